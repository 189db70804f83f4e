import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/**
 * A reply that restates each question and writes the answer after a colon on the question's last line,
 * as on a form. Fixtures written for these tests, not in any real letter's words.
 */
const answers = (text: string): string[] => {
  const s = segment(text);
  return s.questions.map((q) => (q.answerSpan ? text.slice(q.answerSpan.start, q.answerSpan.end) : ""));
};

describe("restated questions answered after a colon on the same line", () => {
  const request = [
    "Dear Council,",
    "Please provide the following information:",
    "1. the number of dog fouling fines issued in the town centre during 2023",
    "2. the number of those fines that were paid within 14 days",
    "3. the number of fines cancelled after an appeal to the council",
    "Yours faithfully,",
    "E Walker",
    "",
  ];
  it("takes the figure or statement after the colon as the answer, the question's wrapped lines not", () => {
    const text = [
      ...request,
      "Dear Mr Walker,",
      "Thank you for your request. Our response is set out below:",
      "1. the number of dog fouling fines issued in the town centre during",
      "2023: 57",
      "2. the number of those fines that were paid within 14 days: 41",
      "3. the number of fines cancelled after an appeal to the council: We do not hold this information.",
      "Yours sincerely,",
      "Environmental Services",
    ].join("\n");
    expect(answers(text)).toEqual(["57", "41", "We do not hold this information."]);
  });
  it("a colon that leads the restated question on to its next line is not an answer", () => {
    const text = [
      ...request,
      "Dear Mr Walker,",
      "Thank you for your request. Our response is set out below:",
      "1. the number of dog fouling fines issued in the town centre during 2023",
      "57 fines were issued.",
      "2. the number of those fines that were paid within 14 days",
      "41 were paid on time.",
      "3. the number of fines cancelled after an appeal to the council",
      "Two were cancelled.",
      "Yours sincerely,",
      "Environmental Services",
    ].join("\n");
    expect(answers(text)).toEqual(["57 fines were issued.", "41 were paid on time.", "Two were cancelled."]);
  });
});
