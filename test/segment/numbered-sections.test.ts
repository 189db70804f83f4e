import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";
import { splitLines } from "../../src/segment/lines.js";

/**
 * Letters whose numbering a researcher must read rather than copy: items numbered under numbered
 * sections (1.1, 1.2 under "1. Title"). Every fixture is written for these tests in the shape
 * councils, forces and fire services use; none is a real letter.
 */
const origin = { file: "t.txt", path: "t.txt" };
const labels = (text: string): string[] => segment(text).questions.map((q) => q.label);
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

const letter = (body: string[]): string =>
  [
    "Northvale Borough Council",
    "Our ref: FOI/2025/0101",
    "",
    "Dear Mr Example,",
    "",
    "Thank you for your request. Each part of it is repeated below with our reply.",
    "",
    ...body,
    "",
    "If you are unhappy with this response you may ask for an internal review.",
    "",
    "Yours sincerely",
    "Information Team",
  ].join("\n");

describe("items numbered under numbered sections", () => {
  const sections = letter([
    "1. Parking enforcement",
    "",
    "1.1 How many penalty charge notices were issued in 2024?",
    "",
    "18,240 notices were issued.",
    "",
    "1.2 How many of those were cancelled on appeal?",
    "",
    "The council does not hold this information in a form that records the reason for cancellation.",
    "",
    "2. Enforcement contractor",
    "",
    "2.1 Who holds the contract for on-street enforcement?",
    "",
    "The contract was awarded to a national parking services company in 2021.",
    "",
    "2.2 Please send the contract's pricing schedule.",
    "",
    "The pricing schedule is withheld under section 43(2) of the Act, as release would prejudice the contractor's commercial interests.",
    "",
    "2.3 When does the contract end?",
    "",
    "31 March 2027.",
  ]);

  it("labels each item with its dotted number and reads no question from a section heading", () => {
    expect(labels(sections)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
    expect(outcomes(sections)).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:exempt", "2.3:disclosed"]);
  });

  it("reads the same with headings written '2) Title:' and items written '2.1.' or '2.1)'", () => {
    const variant = sections
      .replace("1. Parking enforcement", "1) Parking enforcement:")
      .replace("2. Enforcement contractor", "2) Enforcement contractor:")
      .replace("1.1 How", "1.1. How")
      .replace("1.2 How", "1.2. How")
      .replace("2.1 Who", "2.1) Who")
      .replace("2.2 Please", "2.2) Please")
      .replace("2.3 When", "2.3) When");
    expect(labels(variant)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
  });

  it("keeps answers under the right item when the reply follows on the next line without a gap", () => {
    const tight = sections.replace(/\?\n\n/g, "?\n").replace(/schedule\.\n\n/, "schedule.\n");
    expect(outcomes(tight)).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:exempt", "2.3:disclosed"]);
  });

  const listed = (mark: (n: string) => string): string =>
    [
      "Dear Mr Example,",
      "",
      "Thank you for your request, which asked:",
      "",
      `${mark("1.1")} How many penalty notices were issued in 2024?`,
      `${mark("1.2")} How many were cancelled?`,
      `${mark("2.1")} Who holds the enforcement contract?`,
      `${mark("2.2")} When does it end?`,
      "",
      "Response",
      "",
      "1.1 18,240 notices were issued.",
      "1.2 The council does not hold this information.",
      "2.1 The contract was awarded to a national parking company.",
      "2.2 31 March 2027.",
      "",
      "Yours sincerely",
      "Information Team",
    ].join("\n");

  it("pairs a request listed 1.1 … 2.2 with the reply's answers numbered the same", () => {
    expect(outcomes(listed((n) => n))).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:disclosed"]);
  });

  it("reads questions written 'Q1.1' or 'Question 1.1:' as 1.1", () => {
    expect(labels(listed((n) => `Q${n}`))).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(labels(listed((n) => `Question ${n}:`))).toEqual(["1.1", "1.2", "2.1", "2.2"]);
  });

  it("reads a review letter in numbered paragraphs (1. Background / 1.1 On 3 March you asked …) as no list of questions", () => {
    const text = [
      "Dear Ms Example,",
      "",
      "Internal review of request FOI/2025/0102",
      "",
      "1. Background",
      "",
      "1.1 On 3 March 2025 you asked the council for copies of its parking enforcement contract.",
      "1.2 The council answered on 28 March 2025, withholding the pricing schedule under section 43(2).",
      "1.3 On 2 April 2025 you asked for an internal review.",
      "",
      "2. Decision",
      "",
      "2.1 I have reviewed the handling of your request and I uphold the original decision.",
      "2.2 The pricing schedule remains withheld under section 43(2) of the Act.",
      "",
      "Yours sincerely",
      "Information Team",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:exempt"]);
  });

  it("does not take a line that opens on a decimal amount for an item", () => {
    const text = letter([
      "1. How many households were on the housing register at 1 April 2025?",
      "",
      "4,310 households.",
      "",
      "2. What did the council spend on temporary accommodation in 2024/25?",
      "",
      "2.6 million pounds was spent, as shown in the published accounts.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });
});

describe("a list whose numbering was lost: every item '1.'", () => {
  it("numbers asks answered in turn 1, 2, 3 … in order", () => {
    const text = letter([
      "1. How many grit bins does the council maintain?",
      "There are 1,240 grit bins on the highway network.",
      "",
      "1. How many tonnes of salt were used in the winter of 2023/24?",
      "9,800 tonnes.",
      "",
      "1. Which company supplies the salt?",
      "The supplier's name is withheld under section 43(2) of the Act, as release would prejudice its commercial interests.",
      "",
      "1. What is the cost of each refill of a grit bin?",
      "This is not recorded: refills are carried out by highways crews and their cost is not held separately.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });

  it("numbers the request's list and the reply's list apart, so each answer meets its question", () => {
    const text = letter([
      "1) How many fire safety audits were carried out in 2024?",
      "1) How many enforcement notices followed them?",
      "1) Please provide the audit checklist you use.",
      "",
      "Response:",
      "",
      "1)",
      "There were 1,112 audits in 2024.",
      "",
      "1)",
      "37 enforcement notices were served.",
      "",
      "1)",
      "The checklist is published on our website and is therefore exempt under section 21 of the Act.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });

  it("leaves a single '1.' in the request and a single '1.' in the reply as they are", () => {
    const text = letter(["1. Please send a copy of the council's winter service plan.", "", "Response:", "", "1. The plan is attached."]);
    expect(labels(text)).toEqual(["1"]);
  });
});

describe("numbers written with no stop or bracket", () => {
  it("reads '2 (i) …', '3 Has …' as the items after '1(a)' to '1(c)' answered one by one", () => {
    const text = letter([
      "1(a) How many complaints about noise did the council receive in 2024?",
      "1,904 complaints were received.",
      "",
      "1(b) How many led to an abatement notice?",
      "52 of them led to a notice.",
      "",
      "1(c) How many notices were appealed?",
      "Three notices were appealed.",
      "",
      "2 (i) How many noise monitoring devices does the council own, and (ii) how many were",
      "in use on 1 January 2025?",
      "The council does not hold a register of its monitoring equipment, so this information is not held.",
      "",
      "3 Has the council prosecuted anyone for breach of a notice since 2022?",
      "No.",
      "",
      "4 Please send the noise team's procedure manual.",
      "The manual is withheld under section 31(1)(a) of the Act, as it would help offenders evade detection.",
    ]);
    expect(labels(text)).toEqual(["1a", "1b", "1c", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1a:disclosed", "1b:disclosed", "1c:disclosed", "2:not_held", "3:disclosed", "4:exempt"]);
  });

  it("keeps parts asked inline in one sentence ('2(i) … and (ii) …?') with their number", () => {
    const text = letter([
      "1(a) How many complaints about noise did the council receive in 2024?",
      "1,904 complaints were received.",
      "",
      "1(b) How many led to an abatement notice?",
      "52 of them led to a notice.",
      "",
      "2(i) How many monitoring devices does the council own, and (ii) how many were in use on 1 January 2025?",
      "The council does not hold a register of its monitoring equipment, so this information is not held.",
      "",
      "3(a) Who supplies the devices and (b) what did they cost?",
      "The supplier's name and the prices are withheld under section 43(2) of the Act.",
    ]);
    expect(labels(text)).toEqual(["1a", "1b", "2", "3"]);
  });

  it("reads a list numbered '1 How …', '2 What …' throughout", () => {
    const text = letter([
      "1 How many school crossing patrols does the council fund?",
      "46.",
      "",
      "2 What was spent on them in 2024/25?",
      "£412,000.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });

  it("leaves a wrapped line opening on a figure or a date inside its answer", () => {
    const text = letter([
      "1. How many wardens does the council employ?",
      "The service has an establishment of",
      "2 Senior wardens and 11 wardens.",
      "",
      "2. When did the warden board last meet?",
      "The board met on",
      "3 March 2025 and on 9 June 2025.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });

  it("takes no item from a flattened table row that repeats an unnumbered ask beside its figures", () => {
    const lines = splitLines(["1. How many wardens does the council employ?", "2 How many wardens 4 11 *as at 31 March", "are agency staff?"].join("\n"));
    expect(lines.map((l) => l.marker?.label ?? null)).toEqual(["1", null, null]);
  });
});

describe("answers only, numbered to match a request that is not reproduced", () => {
  it("keeps the numbered answers as the questions, with bullets inside an answer as its parts", () => {
    const text = letter([
      "Your request came to us as an attachment, so it is not repeated here; our answers follow its numbering.",
      "",
      "1) The council's pest control contract is with a regional contractor and runs until 2026.",
      "",
      "2) A copy of the contract is attached, with two kinds of redaction:",
      "- the rates schedule, redacted under section 43(2) because its release would harm the contractor's commercial interests;",
      "- the names and direct telephone numbers of staff, redacted under section 40(2) as personal data.",
      "",
      "3) 1,380 call-outs were made in 2024.",
      "",
      "4) The council does not hold this information.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed", "4:not_held"]);
  });

  it("reads answers that open on what is given ('The minutes are enclosed.') as answers", () => {
    const text = letter([
      "1. The minutes of the three meetings are enclosed.",
      "",
      "2. The council does not hold a record of attendance.",
      "",
      "3. The briefing note is withheld under section 36(2)(b)(i) of the Act.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });
});

describe("one answer for several numbered questions", () => {
  const request = [
    "You asked:",
    "",
    "1) How many street lights does the council maintain?",
    "2) How many were converted to LED in 2023/24?",
    "3) How many of those conversions were funded by the government's grant?",
    "4) What was the cost of the conversions?",
    "5) Please send the energy contract for street lighting.",
    "",
    "Response",
    "",
  ];

  it("gives the text under 'Questions 2 to 4:' to each of 2, 3 and 4, between numbered answers", () => {
    const text = letter([
      ...request,
      "1) The council maintains 38,400 street lights.",
      "",
      "Questions 2 to 4: The conversion programme is run by our highways contractor and the council does not hold these figures.",
      "",
      "5) The contract is withheld under section 43(2) of the Act, as it would prejudice the supplier's commercial interests.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:not_held", "4:not_held", "5:exempt"]);
  });

  it("reads a heading 'Questions 1 and 2' alone on its line, then 'Question 3', 'Question 4' …", () => {
    const text = letter([
      ...request,
      "Questions 1 and 2",
      "",
      "The council does not hold this information: street lighting is managed under a private finance initiative contract and the records are the contractor's.",
      "",
      "Question 3",
      "",
      "1,920 conversions were funded by the grant.",
      "",
      "Question 4",
      "",
      "The conversions cost £2.3 million.",
      "",
      "Question 5",
      "",
      "The contract is withheld under section 43(2) of the Act.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:disclosed", "4:disclosed", "5:exempt"]);
  });

  it("reads 'Answers to questions 4 and 5:' after the last numbered answer", () => {
    const text = letter([
      ...request,
      "1) 38,400.",
      "",
      "2) 6,100.",
      "",
      "3) 1,920.",
      "",
      "Answers to questions 4 and 5:",
      "This information is withheld under section 43(2) of the Act, as it would prejudice the supplier's commercial interests.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:exempt", "5:exempt"]);
  });

  it("reads the heading's other forms: 'Questions 2, 3 and 4:', 'Q2–Q4:', 'In response to questions 2 to 4:'", () => {
    for (const heading of ["Questions 2, 3 and 4:", "Q2–Q4:", "In response to questions 2 to 4:", "In relation to questions 2, 3 and 4 -"]) {
      const text = letter([
        ...request,
        "1) The council maintains 38,400 street lights.",
        "",
        `${heading} The conversion programme is run by our highways contractor and the council does not hold these figures.`,
        "",
        "5) The contract is withheld under section 43(2) of the Act.",
      ]);
      expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:not_held", "4:not_held", "5:exempt"]);
    }
  });

  it("reads 'Q2 & Q3 –' with its answer on the same line", () => {
    const text = letter([
      ...request,
      "1) 38,400.",
      "",
      "Q2 & Q3 – We do not hold this information.",
      "",
      "4) £2.3 million.",
      "",
      "5) The contract is withheld under section 43(2) of the Act.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:not_held", "4:disclosed", "5:exempt"]);
  });
});

describe("answers under 'Question 1:' labels, the request only quoted below the reply", () => {
  it("reads each label's answer, and gives 'Questions 2 to 4:' to each of 2, 3 and 4", () => {
    const text = [
      "Dear Mr Example,",
      "",
      "Thank you for your email, which we have dealt with under the Freedom of Information Act 2000.",
      "",
      "Question 1:",
      "The department received 31 letters from councils about the bus grant in 2024.",
      "",
      "Questions 2 to 4:",
      "Finding and copying this material would exceed the appropriate limit of £600, so these parts are refused under section 12 of the Act.",
      "",
      "Question 5:",
      "This part asks for the reasons behind a decision rather than for recorded information, so we have not treated it as a request under the Act.",
      "",
      "Kind regards,",
      "FOI Team",
      "",
      "> Dear Department,",
      "> 1. The number of letters from councils about the bus grant in 2024.",
      "> 2. Copies of those letters.",
      "> 3. Your replies to them.",
      "> 4. Internal emails about them.",
      "> 5. Why was the grant cut?",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(outcomes(text).slice(0, 4)).toEqual(["1:disclosed", "2:exempt", "3:exempt", "4:exempt"]);
  });
});

describe("a reply that opens with a decimal figure, and a section asked under its own number", () => {
  it("'12.5 WTE' opening a reply is no item and leaves the next part in line", () => {
    const text = letter([
      "1. Staffing",
      "",
      "1.1 How many pharmacist posts are funded?",
      "",
      "12.5 WTE across both sites.",
      "",
      "1.2 How many of those posts are vacant?",
      "",
      "3.0 WTE at 31 March.",
      "",
      "1.3 How many locum pharmacists were used in 2024?",
      "",
      "We do not hold a central record of locum bookings.",
    ]);
    expect(labels(text)).toEqual(["1.1", "1.2", "1.3"]);
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "1.3:not_held"]);
  });

  it("a plain '3.' after 2.2 is question 3 when it asks; '3. Estates' over '3.1' stays a heading", () => {
    const text = letter([
      "1. Fleet",
      "",
      "1.1 How many pool cars does the trust run?",
      "",
      "Twenty-two.",
      "",
      "1.2 What did they cost to lease in 2024?",
      "",
      "£61,400.",
      "",
      "2. Estates",
      "",
      "2.1 How many car park spaces are there for staff?",
      "",
      "1,830 spaces.",
      "",
      "2.2 What is the monthly staff permit charge?",
      "",
      "£18 for full-time staff.",
      "",
      "3. Please send a copy of the travel plan.",
      "",
      "The plan is attached.",
    ]);
    expect(labels(text)).toEqual(["1.1", "1.2", "2.1", "2.2", "3"]);
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:disclosed", "2.2:disclosed", "3:disclosed"]);
  });
});
