import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";
import { requestBelow } from "../../src/segment/request-below.js";

/**
 * Email replies with the request quoted below them, and unnumbered asks answered in order by
 * unlabelled paragraphs (request-below.ts, layouts/ordered-answers.ts). Every fixture is written
 * for these tests in the shapes mail programs and authorities use, not in any real letter's words.
 */
const origin = { file: "t.txt", path: "t.txt" };
const read = (text: string): { layout: string; labels: string[]; asked: string[]; answers: string[] } => {
  const s = segment(text);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), asked: s.questions.map((q) => cut(q.questionSpan)), answers: s.questions.map((q) => cut(q.answerSpan)) };
};
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

const SIGN_OFF = ["", "If you are not satisfied with this reply you may ask for an internal review. You may then complain to the Information Commissioner.", "", "Best wishes,", "", "Pat Ellery", "Records Officer", "Millbrook Borough Council"];

describe("the request quoted under the reply", () => {
  it("quoted with '> ' marks: numbered asks answered under 'Question N:' headings", () => {
    const text = [
      "Dear Mr Oduya,",
      "",
      "Thank you for your request, which is quoted at the end of this email.",
      "",
      "Question 1:",
      "We received 31 complaints about street lighting in 2023.",
      "",
      "Question 2:",
      "We do not hold a record of how long each repair took.",
      "",
      "Question 3:",
      "The maintenance contract is published on our contracts register.",
      ...SIGN_OFF,
      "",
      "> From: Sam Oduya",
      "> Sent: 9 January 2024 07:45",
      "> Subject: Street lighting",
      ">",
      "> Dear Council,",
      ">",
      "> 1. How many complaints about street lighting did you receive in 2023?",
      "> 2. How long did each repair take?",
      "> 3. Please send me the street lighting maintenance contract.",
      ">",
      "> Sam Oduya",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[1]).toBe("How long did each repair take?");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:disclosed"]);
  });

  it("a reply that restates the request above its answers is read as it stands", () => {
    const text = [
      "Dear Ms Kahn,",
      "",
      "You asked:",
      "How many dog wardens does the council employ?",
      "",
      "Our response:",
      "Two.",
      "",
      "You asked:",
      "How many stray dogs were collected in 2023?",
      "",
      "Our response:",
      "96.",
      ...SIGN_OFF,
      "",
      "-----Original Message-----",
      "From: R Kahn",
      "Sent: 1 February 2024",
      "",
      "How many dog wardens does the council employ? How many stray dogs were collected in 2023?",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers).toEqual(["Two.", "96."]);
  });

  it("no quoted message, or one that asks nothing: no view", () => {
    expect(requestBelow(["Dear Mr Lowe,", "", "We hold 3 vans.", "", "Yours sincerely,", "Team"].join("\n"))).toBeNull();
    expect(requestBelow(["Dear Mr Lowe,", "", "We hold 3 vans.", "", "Regards,", "Team", "", "-----Original Message-----", "From: A Lowe", "Sent: today", "", "Thank you for the acknowledgement."].join("\n"))).toBeNull();
  });
});
