import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { classifyLetter } from "../../src/classify/classify.js";
import type { Segmentation } from "../../src/segment/types.js";
import { requestReadBack } from "../../src/classify/requester-text.js";
import { splitLines } from "../../src/segment/lines.js";


// A reply that pastes the request back above its answer, re-wrapped so that the numbers fall mid-line:
// the pieces of the request the layout takes for answers are the requester's words, and the
// questions take the answer given after them.
describe("the request read back, re-flowed, inside a reply", () => {
  it("sets aside reply lines that are word for word the request, never a short answer", () => {
    const request = "Dear Council,\n1. The number of units on the high street\n2. The addresses of the units\nYours faithfully,\nA\n\n";
    const reply = "Dear A,\n1. The number of units on the high street 2. The addresses of the\nunits\nThere are 14 units.\nYes.\n";
    const text = request + reply;
    const span = { start: request.length, end: text.length };
    const found = requestReadBack(text, request.length, splitLines(text), span).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(["1. The number of units on the high street 2. The addresses of the\nunits"]);
    // With no request before the reply, nothing is set aside.
    expect(requestReadBack(reply, 0, splitLines(reply), { start: 0, end: reply.length })).toEqual([]);
  });

  it("gives every question the answer that follows the read-back, when pieces of it were taken for answers", () => {
    const request = "Dear Brackenford City Council,\nPlease send me the following about shop units empty for over a year.\n1. The number of such units on the high street\n2. The addresses of the units\n3. The name of each landlord and any estimate of the rates lost\nYours faithfully,\nL. Varga\n\n";
    const reply = [
      "Dear L. Varga,",
      "Please find below the Council's response to your request:",
      "1. The number of such units on the high street 2. The addresses of the",
      "units 3. The name of each landlord and any estimate of the rates lost",
      "We do not keep a register of units that have stood empty for a year or more.",
      "From our rates records, there are 14 units on the high street that have",
      "been empty since before March 2024. Their rates liability is £212,400.",
      "Information Management Team",
    ].join("\n");
    const text = request + reply;
    const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
    const at = (s: string): number => text.indexOf(s, request.length);
    const asked = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    // The reading that went wrong: the numbers inside the re-flowed read-back were taken for answer markers.
    const own = (from: string, to: string): { start: number; end: number } => ({ start: at(from), end: at(to) });
    const seg: Segmentation = {
      questions: [
        { label: "1", questionSpan: asked("The number of such units on the high street"), answerSpan: own("The addresses of the\nunits", "3. The name"), answerVia: "own" },
        { label: "2", questionSpan: asked("The addresses of the units"), answerSpan: own("The name of each landlord and any estimate of the rates lost\nWe", "We do not"), answerVia: "own" },
        { label: "3", questionSpan: asked("The name of each landlord"), answerSpan: own("We do not", "Information Management"), answerVia: "own" },
      ],
      responseStart: request.length,
      explanations: [],
      closingStart: at("Information Management"),
      layout: "test",
      messages: [],
    };
    const answers = classifyLetter(letter, seg);
    expect(answers.map((a) => [a.label, a.outcome, a.partial])).toEqual([
      ["1", "disclosed", true],
      ["2", "disclosed", true],
      ["3", "disclosed", true],
    ]);
  });
});
