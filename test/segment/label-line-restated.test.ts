import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { thread } from "./thread-text.js";

/**
 * Requests laid out as "Question 1" on a line of its own with the ask on the next line, which the
 * reply repeats in the same shape (label line, restated ask, answer). The restatement is on the line
 * after the label: the reply's items restate the request's list, so there are as many questions as
 * the request asks, each answered by what follows its restatement. Fixtures in our own words.
 */

describe("label alone on its line, restated in the reply", () => {
  for (const word of ["Question", "Q"]) {
    it(`"${word} N" headings: one question per request item, answer after the restatement`, () => {
      const t = thread(
        [
          "Dear Highways Team,",
          "Please supply the following:",
          `${word} 1`,
          "Do you employ your own gang for filling road defects or use a contractor",
          `${word} 2`,
          "What equipment is used to fill road defects",
          `${word} 3`,
          "What is the average spend on filling one road defect?",
          "Yours faithfully,",
          "Pat Requester",
        ],
        [
          "Dear Pat Requester,",
          "Please find our response set out below:",
          `${word} 1`,
          "Do you employ your own gang for filling road defects or use a",
          "contractor",
          "Our term contractor carries out all defect repairs.",
          `${word} 2`,
          "What equipment is used to fill road defects",
          "The contractor uses a hot box, a compactor plate and a road saw.",
          `${word} 3`,
          "What is the average spend on filling one road defect?",
          "We do not hold this information because the contract is paid as a single monthly sum.",
          "",
          "If you are unhappy with this response you may ask for an internal review.",
          "",
          "Yours sincerely,",
          "Information Team",
        ],
      );
      const s = segment(t.text, t.from);
      const cut = (sp: { start: number; end: number } | null): string => (sp ? t.text.slice(sp.start, sp.end).replace(/\s+/g, " ") : "");
      expect(s.questions.map((q) => q.label)).toEqual(["1", "2", "3"]);
      expect(cut(s.questions[0]!.answerSpan)).toMatch(/^Our term contractor/);
      expect(cut(s.questions[1]!.answerSpan)).toMatch(/^The contractor uses/);
      expect(cut(s.questions[2]!.answerSpan)).toMatch(/^We do not hold/);
    });
  }
});
