import { describe, expect, it } from "vitest";
import { composeThread, threadExtracted } from "../../src/extract/thread-messages.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";
import { keepAnswersInReply, segment } from "../../src/segment/segment.js";
import { readLetterKind } from "../../src/kind/letter-kind.js";

// A thread puts the requester's message first, then the chosen reply: the reader knows where the
// reply begins, so nothing in the request (its asks, its sign-off) is read as the authority's answer.
const thread = composeThread(
  [
    {
      direction: "outgoing",
      date: "2025-03-01",
      text: "Dear Hallam Vale Council,\nPlease tell me:\n1. How many gritting lorries do you own?\n2. How many of them run on electricity?\n3. Who maintains them?\nYours faithfully,\nPat Quill",
    },
    { direction: "incoming", date: "2025-03-02", text: "Dear Pat Quill,\nThank you for your request. It has been logged and we will respond within 20 working days.\nInformation Team" },
    {
      direction: "incoming",
      date: "2025-03-20",
      text: "Dear Pat Quill,\nPlease find our response below.\nWe own 22 gritting lorries.\nNone of them run on electricity.\nThe maintenance contractor's name is exempt under section 43(2).\nKind regards\nInformation Team",
    },
  ],
  "test",
);

describe("where a thread's reply begins", () => {
  it("is given with the composed letter, at the reply's greeting", () => {
    expect(thread.responseStart).toBeDefined();
    expect(thread.text.slice(thread.responseStart!, thread.responseStart! + 21)).toBe("Dear Pat Quill,\nPleas");
  });

  it("keeps every answer inside the reply", () => {
    const seg = segment(thread.text, thread.responseStart);
    expect(seg.questions.map((q) => q.label)).toEqual(["1", "2", "3"]);
    for (const q of seg.questions) if (q.answerSpan) expect(q.answerSpan.start).toBeGreaterThanOrEqual(thread.responseStart!);
    expect(seg.responseStart).toBeGreaterThanOrEqual(thread.responseStart!);
  });

  it("cuts an answer to the reply, and leaves a question whose only answer is the requester's text unanswered", () => {
    const text = "Dear Hallam Vale Council,\n1. How many bridges did you inspect?\n2. How many were closed?\nYours faithfully,\nPat Quill\n\nDear Pat Quill,\nWe inspected 14 bridges.\nTwo were closed.";
    const from = text.indexOf("Dear Pat Quill");
    const lines = text.split("\n");
    const at = (s: string): number => text.indexOf(s);
    const seg = {
      questions: [
        { label: "1", questionSpan: null, answerSpan: { start: at("Pat Quill\n\n"), end: at("Pat Quill\n\n") + 9 }, answerVia: "own" as const },
        { label: "2", questionSpan: null, answerSpan: { start: at("Yours"), end: at("Two were closed.") + 16 }, answerVia: "own" as const },
        { label: "3", questionSpan: null, answerSpan: { start: at("We inspected"), end: at("We inspected") + 24 }, answerVia: "own" as const },
      ],
      responseStart: from, explanations: [], closingStart: text.length, layout: "test", messages: [],
    };
    keepAnswersInReply({ text, lines: [], responseStart: from, responseLine: lines.length }, seg);
    expect(seg.questions[0]!.answerSpan).toBeNull();
    expect(seg.questions[0]!.answerVia).toBe("none");
    expect(text.slice(seg.questions[1]!.answerSpan!.start, seg.questions[1]!.answerSpan!.end)).toBe("Dear Pat Quill,\nWe inspected 14 bridges.\nTwo were closed.");
    expect(text.slice(seg.questions[2]!.answerSpan!.start, seg.questions[2]!.answerSpan!.end)).toBe("We inspected 14 bridges.");
  });

  it("reads the letter kind from the reply alone, not from the requester's own asks", () => {
    const text = "Dear Hallam Vale Council,\nCould you please clarify whether the council has a winter plan, and could you confirm when it was last reviewed?\nYours faithfully,\nPat Quill\n\nDear Pat Quill,\nThe winter plan was last reviewed in October 2024 and a copy is on our website.\nInformation Team";
    expect(readLetterKind(text, [], []).kind).toBe("clarification");
    expect(readLetterKind(text, [], [], text.indexOf("Dear Pat Quill")).kind).toBe("response");
  });
});

describe("a thread with no answer yet keeps the kind of its last reply (labels.md)", () => {
  const request = { direction: "outgoing" as const, date: "2025-05-01", text: "Dear Hallam Vale Council,\nPlease send me the depot's gritting schedule for 2024.\nYours faithfully,\nPat Quill" };
  const kindOf = (reply?: string) => composeThread(reply ? [request, { direction: "incoming", date: "2025-05-02", text: reply }] : [request], "test");

  it("an acknowledgement", () => {
    const t = kindOf("Dear Pat Quill,\nYour request has been logged and will be dealt with under the Act. We must respond within 20 working days, by 30/05/2025.\nInformation Team");
    expect(t.status).toBe("no_response");
    expect(t.letterKind).toBe("acknowledgement");
  });

  it("a request to clarify that also logs the request", () => {
    const t = kindOf("Dear Pat Quill,\nYour request has been logged. Before we can begin to process it, we would like to know which depot you mean.\nThe 20 working days do not include any time spent clarifying a request, so we will continue once we have received your clarification.\nInformation Team");
    expect(t.status).toBe("no_response");
    expect(t.letterKind).toBe("clarification");
  });

  it("an extension", () => {
    const t = kindOf("Dear Pat Quill,\nWe need more time to consider the public interest and are extending the deadline for our reply by a further 20 working days under section 10(3).\nInformation Team");
    expect(t.status).toBe("no_response");
    expect(t.letterKind).toBe("extension");
  });

  it("reaches the letter row: no questions, no outcome, the kind kept", () => {
    const t = kindOf("Dear Pat Quill,\nBefore we can begin to process your request, please could you specify which year you mean?\nInformation Team");
    const letter = analyzeExtracted(threadExtracted("wdtk-thread", t, t.meta), { file: "t.json", path: "t.json" });
    expect(letter.status).toBe("no_response");
    expect(letter.letterKind).toBe("clarification");
    expect(letter.answers).toEqual([]);
    expect(letter.letterOutcome).toBe("");
  });

  it("none when nothing has come back", () => {
    const t = kindOf();
    expect(t.status).toBe("no_response");
    expect(t.letterKind).toBeUndefined();
  });
});
