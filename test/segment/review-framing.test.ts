import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/**
 * An internal review's own headings and the questions the reviewer puts to itself frame the review;
 * they are not asks. Fixtures written for these tests, not in any real letter's words.
 */
describe("internal review self-questions and headings", () => {
  it("a one-paragraph request stays one question under a review that asks itself whether exemptions were applied", () => {
    const text = [
      "Dear Council,",
      "Please send me every grant application made to the ward fund in 2019 and say which ones were funded.",
      "Yours faithfully,",
      "D Resident",
      "",
      "Dear Ms Resident,",
      "I have now completed the internal review you asked for.",
      "Time for compliance",
      "We replied within 20 working days, so the time limit was met.",
      "The exemption(s) which were applied to the information you requested",
      "Section 14(1) - vexatious requests",
      "Have the exemptions been correctly applied in this case?",
      "I am satisfied that section 14(1) was correctly applied, given the burden of your recent requests, and the request is refused.",
      "Yours sincerely,",
      "Review Officer",
    ].join("\n");
    expect(segment(text).questions.map((q) => q.label)).toEqual(["1"]);
  });

  it("a question the reply restates from the request is still an ask", () => {
    const text = [
      "Dear Council,",
      "1. How many grants did the ward fund make in 2019?",
      "2. Has the fund been audited?",
      "Yours faithfully,",
      "D Resident",
      "",
      "Dear Ms Resident,",
      "1. How many grants did the ward fund make in 2019?",
      "41 grants.",
      "2. Has the fund been audited?",
      "Yes, in 2020.",
      "Yours sincerely,",
      "Grants Team",
    ].join("\n");
    expect(segment(text).questions.map((q) => q.label)).toEqual(["1", "2"]);
  });
});
