import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/**
 * Requests in sections whose numbering starts again at 1 under each heading (sections.ts). Fixtures
 * are written for these tests in the shape such requests take, not in any real letter's words.
 */
const read = (text: string): { labels: string[]; answers: string[] } => {
  const s = segment(text);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? text.slice(sp.start, sp.end) : "");
  return { labels: s.questions.map((q) => q.label), answers: s.questions.map((q) => cut(q.answerSpan)) };
};

const request = [
  "Dear County Council,",
  "Please send me the following about your library services.",
  "Mobile libraries",
  "1. How many mobile library vans do you run?",
  "2. What did the fleet cost to run in 2023?",
  "3. Who supplies the vans?",
  "Home delivery",
  "1. How many residents use the home delivery service?",
  "2. Is the service run by volunteers?",
  "Opening hours:",
  "1. Which branches cut their opening hours last year?",
  "Yours faithfully,",
  "A Reader",
  "",
];

describe("request sections with numbering that restarts", () => {
  it("numbers the questions straight through when the reply restates each section", () => {
    const text = [
      ...request,
      "Dear A Reader,",
      "Thank you for your request. Our response is set out below:",
      "Mobile libraries",
      "1. How many mobile library vans do you run?",
      "Two vans.",
      "2. What did the fleet cost to run in 2023?",
      "£81,000 including fuel.",
      "3. Who supplies the vans?",
      "A regional coachbuilder under a framework contract.",
      "Home delivery",
      "1. How many residents use the home delivery service?",
      "About 400 residents each month.",
      "2. Is the service run by volunteers?",
      "Yes, with one paid coordinator.",
      "Opening hours:",
      "1. Which branches cut their opening hours last year?",
      "None of them.",
      "Yours sincerely,",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(r.answers[3]).toContain("400 residents");
    expect(r.answers[5]).toContain("None of them.");
  });

  it("does not run on when a section asks the same list again for another group", () => {
    const text = [
      "Dear Borough Council,",
      "Please tell me about tower blocks with unsafe panels.",
      "Council owned",
      "1. The number of blocks affected",
      "2. The names of the blocks affected",
      "3. The cost of the remedial works",
      "Privately owned",
      "1. The number of blocks affected",
      "2. The names of the blocks affected",
      "3. The cost of the remedial works",
      "Yours faithfully,",
      "B Tenant",
      "",
      "Dear B Tenant,",
      "Thank you for your request. We hold no list of privately owned blocks. One council block is affected and its works cost £2m.",
      "Yours sincerely,",
      "Information Team",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
  });

  it("never joins the request's list with the reply's list of answers", () => {
    const text = [
      "Dear Council,",
      "1. How many parking fines did you issue in 2023?",
      "2. How many were cancelled on appeal?",
      "Yours faithfully,",
      "C Driver",
      "",
      "Dear C Driver,",
      "Thank you for your request.",
      "Response",
      "1. 12,400 fines.",
      "2. 310 were cancelled.",
      "Yours sincerely,",
      "Parking Services",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2"]);
  });
});
