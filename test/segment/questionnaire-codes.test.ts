import { describe, expect, it } from "vitest";
import { read, outcomes } from "./read-letter.js";

/**
 * Questionnaires an authority answers by the requester's own codes: items coded by section letter
 * (A1, A2 … B1) with parts answered apart ("A2 (i)", "A2 (ii)"), and grids whose reference column
 * numbers rows under sections (1.1, 1.2, 2.1) with reply cells that wrap onto the next line. Every
 * fixture is invented for these tests.
 */
const wrap = (body: string[]): string =>
  [
    "Eastbrook College",
    "Information Governance",
    "",
    "Ref: IG-0412                                   4 March 2025",
    "",
    "Dear Mr Rowe",
    "",
    ...body,
    "",
    "If you are dissatisfied you may ask for an internal review within 40 working days.",
    "",
    "Yours sincerely",
    "Records Manager",
  ].join("\n");

describe("items coded by section letter", () => {
  const coded = wrap([
    "You asked as follows:",
    "",
    "Part A - Staffing",
    "A1. How many people work in the IT security team?",
    "A2. (i) Are any of them contractors? (ii) If so, what is the day rate?",
    "Part B - Tools",
    "B1. Which firewall vendor do you use?",
    "B2. Is multi-factor authentication used for remote access?",
    "Part C - Testing",
    "C1. When was the last phishing exercise?",
    "",
    "Our answers follow your codes.",
    "",
    "A1   Six full-time staff.",
    "A2 (i)   Yes, two.",
    "A2 (ii)  The day rate is withheld under section 43(2) as it would prejudice the supplier's commercial interests.",
    "B1   Withheld under section 31(1)(a), as naming the vendor would help an attacker.",
    "B2   Yes.",
    "C1   November 2024.",
  ]);

  it("labels each item by its code and splits a part answered on its own", () => {
    const r = read(coded);
    expect(r.labels).toEqual(["a1", "a2i", "a2ii", "b1", "b2", "c1"]);
    expect(r.asked[2]).toContain("day rate");
    expect(r.answers[1]).toBe("Yes, two.");
    expect(r.answers[3]).toContain("section 31(1)(a)");
  });

  it("reads each coded answer's outcome", () => {
    expect(outcomes(coded)).toEqual(["a1:disclosed", "a2i:disclosed", "a2ii:exempt", "b1:exempt", "b2:disclosed", "c1:disclosed"]);
  });

  it("reads codes closed by a bracket with no section headings, answered by the same codes", () => {
    const r = read(
      wrap([
        "Your request:",
        "",
        "A1) How many laptops were lost or stolen in 2024?",
        "A2) How many were encrypted?",
        "B1) Do you run a bug bounty scheme?",
        "B2) What was spent on it in 2024?",
        "",
        "Response:",
        "",
        "A1) 14",
        "A2) All of them.",
        "B1) No.",
        "B2) Not applicable; we hold no information as there is no scheme.",
      ]),
    );
    expect(r.labels).toEqual(["a1", "a2", "b1", "b2"]);
    expect(r.answers[0]).toBe("14");
    expect(r.answers[3]).toContain("no scheme");
  });

  it("keeps A1, A2 as answer labels under Q1, Q2 when no second section follows", () => {
    const r = read(
      wrap([
        "Q1. How many servers do you run?",
        "A1. Around 120.",
        "",
        "Q2. How many are out of support?",
        "A2. We do not hold this information.",
      ]),
    );
    expect(r.labels).toEqual(["1", "2"]);
  });
});

describe("grids numbered under sections with wrapped cells", () => {
  const grid = wrap([
    "Our reply to each of your questions is in the table below.",
    "",
    "| Ref | Your question | Our response |",
    "|-----|---------------|--------------|",
    "| 1.1 | Number of laptops issued to staff | 1,240 |",
    "| 1.2 | Number reported lost in 2024 | 9 |",
    "| 2.1 | Annual spend on endpoint protection | Not held. Endpoint protection is part of a wider licence",
    "and its cost is not recorded separately. |",
    "| 2.2 | Name of the endpoint protection product | Withheld under section 31(1)(a) |",
    "| 3.1 | Is there a clear-desk policy | Yes |",
  ]);

  it("labels rows by their reference and joins a reply cell carried onto the next line", () => {
    const r = read(grid);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1"]);
    expect(r.answers[2]).toContain("not recorded separately");
    expect(r.answers[3]).toContain("31(1)(a)");
  });

  it("reads the grid's outcomes row by row", () => {
    expect(outcomes(grid)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:not_held", "2.2:exempt", "3.1:disclosed"]);
  });

  it("reads a grid numbered under sections with no wrapped cells and a 'No.' column", () => {
    const r = read(
      wrap([
        "| No. | Question | Answer |",
        "|---|---|---|",
        "| 1.1 | Do staff complete security training | Yes, every year |",
        "| 1.2 | Completion rate | 88% |",
        "| 2.1 | Cyber insurance provider | We do not hold cyber insurance |",
      ]),
    );
    expect(r.labels).toEqual(["1.1", "1.2", "2.1"]);
  });
});
