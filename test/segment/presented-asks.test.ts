import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { segment } from "../../src/segment/segment.js";

/**
 * A request sent as one paragraph that the reply sets out again as separate questions, each under
 * its own "You asked:" (or "Question:") and answered under its own "Response:": the response presents
 * two questions (labels.md, Units), whatever mark each ask carries (none, a bullet, a number).
 * Fixtures written here.
 */
const origin = { file: "t.txt", path: "t.txt" };
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

function letter(mark: string): string {
  return [
    "FOI Request",
    "",
    "Please tell me how much the trust spent on agency interpreters in each of the last three years. Please also list the five languages that cost the most last year, with the spend on each.",
    "",
    "FOI Response",
    "",
    "Thank you for your request. Please find our response below.",
    "",
    "You asked:",
    "",
    `${mark}How much the trust spent on agency interpreters in each of the last three years.`,
    "Response: 2021/22 £40,120; 2022/23 £52,800; 2023/24 £61,005.",
    "",
    "You asked:",
    "",
    `${mark}The five languages that cost the most last year, with the spend on each.`,
    "Response: Polish £9,800, Romanian £7,200, Arabic £6,100, Urdu £4,000, Farsi £3,900.",
  ].join("\n");
}

describe("asks the reply presents one by one under 'You asked:'", () => {
  for (const [name, mark] of [["no mark", ""], ["a bullet", "- "], ["a bullet glyph", "• "]] as const) {
    it(`are two questions, not one paragraph with one blanket answer (${name})`, () => {
      expect(segment(letter(mark)).layout).not.toBe("single");
      expect(outcomes(letter(mark))).toEqual(["1:disclosed", "2:disclosed"]);
    });
  }
});
