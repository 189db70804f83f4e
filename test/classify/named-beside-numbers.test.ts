import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * One answer withholding two things on two grounds, one cited by number and one only named.
 * Fixtures written for these tests.
 */
const origin = { file: "t.txt", path: "t.txt" };
const answers = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}:${[...a.grounds].sort().join("+")}`);
const closing = ["", "If you are unhappy with this reply you may ask for an internal review.", "", "Yours sincerely,", "Information Governance"];

describe("a ground named beside a numbered one in the same answer", () => {
  it("prices redacted under a number, staff names redacted as personal information", () => {
    const text = [
      "Dear Mr Quayle,",
      "",
      "Q1: How many parking permits did the college issue in 2024?",
      "A: 1,204 permits.",
      "",
      "Q2: Please send a copy of your contract with the cleaning company.",
      "A: The contract is attached, with some redactions:",
      "- the rate card has been redacted under section 43(2) of the Act, as releasing it would be likely to harm the supplier's commercial interests, and we judge the public interest favours withholding it.",
      "- the names and mobile numbers of the supplier's supervisors have been redacted, as this is personal data about them.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:disclosed:", "2:exempt:FOIA s40+FOIA s43(2)"]);
  });

  it("a cost-limit refusal that mentions redacting personal data stays on its number", () => {
    const text = [
      "Dear Ms Varga,",
      "",
      "Q1: Please send every complaint report for 2023.",
      "A: We hold around 2,000 reports. Reading each one and redacting the personal data in it would take far longer than the 18 hours allowed, so section 12 of the Act applies and we cannot answer this part.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:exempt:FOIA s12"]);
  });
});
