import { describe, expect, it } from "vitest";
import { breakFlattenedRuns } from "../../src/extract/run-breaks.js";
import { textExtractor } from "../../src/extract/text.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";

/**
 * Letters whose line breaks were lost (family: flattened letters, copied from a PDF viewer or a web
 * form). Every fixture is invented here: allotments, bridge inspections, a library van, school meals.
 */
async function read(letter: string): Promise<string[]> {
  const extracted = await textExtractor.extract(
    { bytes: new TextEncoder().encode(letter), name: "t.txt" },
    { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("none")) },
  );
  return analyzeExtracted(extracted, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}`);
}

// Variant 1: re-wrapped at a fixed width, each question followed by its answer, one numbered pair running into the next.
const rewrapped = `Brackenmoor District Council Civic Offices Mill Lane Brackenmoor BR2 6TT
Our reference: FOI/5521 Date: 3 March 2025
Dear Mr Lintott, Thank you for your request received on 4 February 2025 about the
allotment sites we manage. We have set out each of your questions with our answer. 1.
How many allotment plots does the Council let? The Council lets 412 plots across nine
sites. 2. How long is the waiting list? There are 188 people on the waiting list at
present. 3. Which residents are on the waiting list for the Hollins Road site? The
names of applicants are personal data and are withheld under section 40(2) of the
Act, as disclosure would breach the data protection principles. 4. What rent did the
Council receive from plot holders in 2023/24? The Council does not hold a separate
record of allotment rent; it is paid into the parks income budget with other fees.
If you are unhappy with this response you may ask for an internal review within 40
working days. You may also complain to the Information Commissioner's Office. Yours
sincerely Ruth Oyelaran Information Officer
`;

// Variant 2: a few very long lines: the asks on one, the answers after an answer cue on the next, "1)" markers.
const longLines = `Eastwater Highways Authority
Dear Ms Fenn,
Thank you for your email. You asked for the following information: 1) How many bridges did the Authority inspect in 2024? 2) Were any bridges closed after an inspection? 3) Please provide the inspection report for the Mardale footbridge. We have handled your request under the Freedom of Information Act 2000.
Our response: 1) 37 bridges were given a principal inspection in 2024. 2) No. 3) The report is exempt under section 31(1)(a) of the Act because it records weaknesses that could be exploited to damage the structure, and the public interest favours withholding it.
If you are dissatisfied you may request an internal review. Yours sincerely, Highways Information Team
`;

// Variant 3: "Q1 Q2 Q3" markers after colons and question marks, wrapped, answered in place.
const qMarkers = `Norbury Schools Catering Service
Dear Sir or Madam, We write in reply to your request about school meals. You asked: Q1
How many primary schools does the Service supply with hot meals? Forty-six schools are
supplied each day. Q2 What was the cost of food purchased in 2023/24? We spent
£1.5 million on food in that year, as set out in section 2. The figure excludes staff
costs. Q3 How many complaints about meal quality did you receive? We do not hold this
information, as complaints are made to each school and not recorded centrally by the
Service. Should you be unhappy with this reply you may ask for a review. Yours
faithfully, Catering Information Officer
`;

describe("flattened letters: numbered runs broken out of long lines", () => {
  it("re-wrapped letter: each numbered question starts its own line, the marker joined to its text", () => {
    const out = breakFlattenedRuns(rewrapped);
    expect(out).toContain("\n1. How many allotment plots");
    expect(out).toContain("\n2. How long is the waiting list?");
    expect(out).toContain("\n4. What rent did the");
    expect(out.split("\n").some((l) => /\.$/.test(l) && /\b1\.$/.test(l))).toBe(false);
  });

  it("re-wrapped letter reads as four questions with their outcomes", async () => {
    expect(await read(rewrapped)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });

  it("long lines: the asks and the answer block are broken, the answer cue starts a line", () => {
    const out = breakFlattenedRuns(longLines);
    expect(out).toContain("\n1) How many bridges");
    expect(out).toContain("\nOur response:");
    expect(out).toContain("\n3) The report is exempt");
  });

  it("long lines read as three questions answered by number", async () => {
    expect(await read(longLines)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });

  it("Q markers: broken, while figures ('£1.5 million', 'section 2. The') stay in their sentence", () => {
    const out = breakFlattenedRuns(qMarkers);
    expect(out).toContain("\nQ1 How many primary schools");
    expect(out).toContain("\nQ3 How many complaints");
    expect(out).toContain("£1.5 million on food in that year, as set out in section 2. The figure");
  });

  it("Q markers read as three questions", async () => {
    expect(await read(qMarkers)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });

  it("a letter already set out one item a line is left alone", () => {
    const text = `Dear Mr Pike,\nThank you for your request, which we have answered below in the order of your questions and with your own numbering for ease of reference throughout.\n1. How many vans? Two.\n2. What did they cost? £40,000 in total.\n3. Who drives them? Library staff.\n`;
    expect(breakFlattenedRuns(text)).toBe(text);
  });

  it("a list inside one answer that is not in sequence from 1, or numbers that are figures, is not broken", () => {
    const text = `Dear Ms Ward, Thank you for your request about the library van service, which we received on 12 May 2024 and have considered under the Act. The van visited 14 villages in 2023. 3 of these visits were cancelled because of snow, and 2. 5 per cent of the stops were moved. The service costs £21,000 a year, met from the libraries budget under section 2. The van is serviced at the Council depot. Yours sincerely, Libraries Team`;
    expect(breakFlattenedRuns(text)).toBe(text);
  });

  it("a one-line web form answered below, one number a line, is left to the inline-numbered layout", () => {
    const text = `Dear Requester,\nYour request read:\nName: A Smith  Details of request: 1) How many gritting lorries does the Council own? 2) How many tonnes of salt were spread last winter? 3) What did the salt cost?  Preferred format: email\n\n1. Eleven.\n2. 9,200 tonnes.\n3. £610,000.\n`;
    expect(breakFlattenedRuns(text)).toBe(text);
  });
});
