import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/**
 * Layout families found by comparing request and reply counts on request threads
 * (scripts/wdtk-counts.mjs, docs/segmentation.md). Fixtures are written for these tests in the
 * shape requesters and authorities use, never in a real letter's words. A thread is read as the
 * request, a blank line, then the reply, whose start is known.
 */
const thread = (request: string[], reply: string[]): { text: string; from: number } => {
  const req = request.join("\n");
  return { text: `${req}\n\n${reply.join("\n")}`, from: req.length + 2 };
};
const read = (t: { text: string; from: number }): { layout: string; labels: string[]; answers: string[] } => {
  const s = segment(t.text, t.from);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? t.text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), answers: s.questions.map((q) => cut(q.answerSpan).replace(/\s+/g, " ")) };
};

const CLOSE = ["If you are unhappy with this response you may ask for an internal review.", "", "Yours sincerely,", "Records Team"];

describe("lettered parts restated in the reply, each answered", () => {
  it("numbered headings with lettered parts: every part is a question with the answer after its restatement", () => {
    const t = thread(
      [
        "Dear Borough Council,",
        "1. Parking permits",
        "a. How many resident permits were issued last year?",
        "b. What does a permit cost?",
        "2. Enforcement",
        "a. How many wardens do you employ?",
        "b. Who supplies the handheld devices used by wardens?",
        "Yours faithfully,",
        "Sam Requester",
      ],
      [
        "Dear Sam Requester,",
        "Please find our response below.",
        "1. Parking permits",
        "a. How many resident permits were issued last year? 4,310.",
        "b. What does a permit cost?",
        "£45 a year for the first vehicle.",
        "2. Enforcement",
        "a. How many wardens do you employ? Twenty-two full time.",
        "b. Who supplies the handheld devices used by",
        "wardens? This is withheld under section 43(2).",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.layout).toBe("restated-parts");
    expect(r.labels).toEqual(["1a", "1b", "2a", "2b"]);
    expect(r.answers).toEqual(["4,310.", "£45 a year for the first vehicle.", "Twenty-two full time.", "This is withheld under section 43(2)."]);
  });

  it("a numbered item beside one with parts stays a question, and a part run on after the last answer is found", () => {
    const t = thread(
      [
        "Dear Council,",
        "1) Please list the libraries you run.",
        "2) For each library listed above please tell me",
        "a) the weekly opening hours",
        "b) whether it closed for repairs in 2023",
        "Yours faithfully,",
        "Alex",
      ],
      [
        "Dear Alex,",
        "Our response is set out below.",
        "1. Please list the libraries you run.",
        "Central, Northgate and Riverside.",
        "2. For each library listed above please tell me",
        "a) the weekly opening hours Central 48 hours, the others 30 hours. b) whether it closed for repairs in 2023",
        "Riverside closed for six weeks.",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2a", "2b"]);
    expect(r.answers).toEqual(["Central, Northgate and Riverside.", "Central 48 hours, the others 30 hours.", "Riverside closed for six weeks."]);
  });

  it("parts written '1.A' and '1.B' are the questions 1a and 1b", () => {
    const t = thread(
      [
        "Dear Council,",
        "1.A Does the retention schedule mention the marking of legal advice?",
        "1.B Please send the guidance given to staff about that marking.",
        "Yours faithfully,",
        "Kim",
      ],
      [
        "Dear Kim,",
        "Thank you for your request.",
        "1.A Does the retention schedule mention the marking of legal advice?",
        "The schedule does not mention it.",
        "1.B Please send the guidance given to staff about that marking.",
        "The guidance is attached.",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1a", "1b"]);
    expect(r.answers).toEqual(["The schedule does not mention it.", "The guidance is attached."]);
  });

  it("parts that are options of one question, restated together with one answer, stay that one question", () => {
    const t = thread(
      [
        "Dear Council,",
        "1) How many notices did you issue in 2024?",
        "2) What share of them was issued because of:",
        "a) no reply from the family",
        "b) a report from a school",
        "c) a missed meeting",
        "3) How many went to court?",
        "Yours faithfully,",
        "Jo",
      ],
      [
        "Dear Jo,",
        "Please see our response below.",
        "1. How many notices did you issue in 2024?",
        "• 96",
        "2. What share of them was issued because of:",
        "a. no reply from the family",
        "b. a report from a school",
        "c. a missed meeting",
        "• We do not record the reason, so this information is not held.",
        "3. How many went to court?",
        "• 14",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toBe("• We do not record the reason, so this information is not held.");
  });
});

describe("the requester's notes on handling the request are not asks", () => {
  it("a statutory reminder, an offer to clarify and an 'if exempt' instruction around one ask leave one question", () => {
    const t = thread(
      [
        "Dear Council,",
        "I am making a request for the following information under the Act. If any of it is exempt or over the cost limit, please send the remainder.",
        "The number of public benches the council maintained on 1 April 2024.",
        "Please let me know if you have any questions about this request.",
        "The Act requires that a response be sent within twenty working days of receipt.",
        "Yours faithfully,",
        "Robin",
      ],
      ["Dear Robin,", "Thank you for your request.", "The council maintained 1,870 benches on that date.", "", ...CLOSE],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1"]);
    expect(r.answers).toEqual(["Dear Robin, Thank you for your request. The council maintained 1,870 benches on that date."]);
  });

  it("two asks keep their own questions, and a follow-up that asks about the subject is still one", () => {
    const t = thread(
      [
        "Dear Council,",
        "Please tell me which company cleans the town hall.",
        "If so, please state when that contract ends.",
        "Please provide the requested information in the order listed above.",
        "If any of this information is already publicly available, please send me a link to it.",
        "Yours faithfully,",
        "Robin",
      ],
      ["Dear Robin,", "Please find our response below.", "1. Brightway Services Ltd.", "2. The contract ends in March 2026.", "", ...CLOSE],
    );
    const s = segment(t.text, t.from);
    expect(s.questions.map((q) => q.label)).toEqual(["1", "2"]);
    expect(s.questions.map((q) => (q.questionSpan ? t.text.slice(q.questionSpan.start, q.questionSpan.end) : ""))).toEqual([
      "Please tell me which company cleans the town hall.",
      "If so, please state when that contract ends.",
    ]);
  });
});
