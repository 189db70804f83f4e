import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Layout families that generalise (issue 10 A): each fixture is written for these tests, in the
 * shape authorities use, never in a real letter's words. Each states the questions the letter must
 * give and, where it matters, their answers or outcomes.
 */
const origin = { file: "t.txt", path: "t.txt" };
const read = (text: string): { layout: string; labels: string[]; asked: string[]; answers: string[] } => {
  const s = segment(text);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), asked: s.questions.map((q) => cut(q.questionSpan)), answers: s.questions.map((q) => cut(q.answerSpan)) };
};
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

describe("bulleted questions, each with an answer cue under it", () => {
  it("bullets built alike are separate questions, and a bullet that opens with a condition is one too", () => {
    const text = [
      "Vehicle fleet",
      "",
      "For the vans your depot bought in 2021 please give me the following details about each of them.",
      "",
      "- The make of the van?",
      "Response: Eleven of one make and four of another.",
      "",
      "- The colour of the van?",
      "Response: All are white.",
      "",
      "- If any of the vans were bought second hand, and from which dealer",
      "Response: We do not hold a record of where the vans were bought.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual(["Eleven of one make and four of another.", "All are white.", "We do not hold a record of where the vans were bought."]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });

  it("under a 'Trust response' heading the first bullet with its own cue is still a question", () => {
    const text = [
      "Dear Mr Reyes,",
      "",
      "Please find below our reply to your request about desk booking.",
      "",
      "Trust response",
      "",
      "- How many desks can staff book each day?",
      "Response: 420 desks.",
      "",
      "- Which product runs the booking system?",
      "Response: A hosted product bought through a national framework.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers).toEqual(["420 desks.", "A hosted product bought through a national framework."]);
  });

  it("noun-phrase bullets (documents named, no ask words) with a cue each are questions", () => {
    const text = [
      "Published request 5521 - planning documents",
      "",
      "- Parking Strategy - the current plan for car parks across the district",
      "Response: The strategy is attached.",
      "",
      "- Enforcement Staff Rota - a chart of who patrols which zone",
      "Response: We do not hold a rota of this kind.",
      "",
      "- Signage Budget - the sums set aside for new road signs",
      "Response: This is published on our website under section 21.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });

  it("the last item of a list completing a lead, right above the response, is not a question of its own", () => {
    const text = [
      "Request",
      "",
      "Please send all letters your planning team sent in May that mention any of these streets:",
      "",
      "  • Quarry Lane",
      "  • Mill Row",
      "  • Fenwick Road",
      "",
      "Our response",
      "",
      "We hold no letters that mention these streets.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
  });
});

describe("Question | Response tables", () => {
  it("a table under a page heading that starts the response, below request paragraphs, is read row by row, not as one blanket reply", () => {
    const text = [
      "Outcome",
      "Partly successful",
      "Request & response",
      "I am looking into how councils buy street lighting and would be glad of some figures about these contracts:",
      "1. Lamp column maintenance – the upkeep of columns and brackets across the borough",
      "2. Energy supply for lighting – the power bought to run the lamps at night",
      "I only need the buying side and nothing that could put the network at risk.",
      "For each contract could you tell me:",
      "Question | Response",
      "Who holds this contract at present? | 1) A regional lighting firm 2) A national energy company",
      "How much is paid under each contract each year? | This is withheld under section 43(2) of the Act.",
      "When does each contract end? | 1) March 2027 2) October 2026",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("table");
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed"]);
  });
});
