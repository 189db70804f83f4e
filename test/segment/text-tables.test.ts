import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Question | Response tables written as text, as authorities paste them into letters: a number
 * column, a header row ("No. | Your question | Our response"), a rule under it, rows whose reply
 * wraps onto a carried-on row with blank number and question cells. Fixtures written for these
 * tests, in the shape such letters take.
 */
const origin = { file: "t.txt", path: "t.txt" };
const read = (text: string): { layout: string; labels: string[]; asked: string[]; answers: string[] } => {
  const s = segment(text);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), asked: s.questions.map((q) => cut(q.questionSpan)), answers: s.questions.map((q) => cut(q.answerSpan)) };
};
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

const letter = (rows: string[]): string =>
  [
    "Dear Mr Oduya,",
    "",
    "Thank you for your request about the council's leisure centres. Our answers are set out in the table below.",
    "",
    ...rows,
    "",
    "If you are not satisfied with this response you may ask for an internal review.",
    "",
    "Yours sincerely,",
    "Information Governance Team",
  ].join("\n");

describe("a bar-separated table with a number column", () => {
  it("rows are the questions, labelled by their own numbers; a carried-on row extends the reply above it", () => {
    const text = letter([
      "| Ref | Your question | Our response |",
      "|-----|---------------|--------------|",
      "| 1 | How many leisure centres does the council run? | Four, one in each district. |",
      "| 2 | Who operates them? | A charitable trust runs all four under a management agreement. |",
      "| 3 | What subsidy did the council pay the operator in 2023/24? | The subsidy is paid as one sum for all leisure services and |",
      "|   |   | is not split by centre, so we hold no figure for this. |",
      "| 4 | How many swims were recorded at each centre last year? | The operator does not pass visitor numbers to the council, so we do not hold this information. |",
    ]);
    const r = read(text);
    expect(r.layout).toBe("table");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.asked[2]).toBe("What subsidy did the council pay the operator in 2023/24?");
    expect(r.answers[2]).toMatch(/^The subsidy is paid as one sum.*so we hold no figure for this\.$/s);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:not_held"]);
  });

  it("a header naming the columns in other words ('No.' / 'Request' / 'Council's response') is read the same way", () => {
    const text = letter([
      "| No. | Request | Council's response |",
      "| --- | --- | --- |",
      "| 1 | Please list the opening hours of the main pool. | 6am to 10pm on weekdays and 8am to 6pm at weekends. |",
      "| 2 | Please send a copy of the pool's safety inspection report. | Attached. |",
      "| 3 | Which firm supplies the pool chemicals? | Withheld under section 43(2) of the Act. |",
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[0]).toBe("6am to 10pm on weekdays and 8am to 6pm at weekends.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });
});
