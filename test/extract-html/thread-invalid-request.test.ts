import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/extract/thread-messages.js";
import { extract } from "../../src/extract/registry.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/threads/${name}`, import.meta.url));
const analyze = async (name: string) => analyzeExtracted(await extract({ bytes: fixture(name), name }), { file: name, path: name });

// labels.md: "Invalid requests refused under FOIA s8 are other". A reply that will not process the request
// because the requester gave no full or real name asks nothing about what the request means: it is the
// authority's answer (every question other) while it stays the authority's last word.
describe("a request refused as invalid (FOIA s8)", () => {
  it("reads the usual wordings as a refusal of an invalid request, not a clarification request", () => {
    const kind = (text: string): string => classifyMessage({ direction: "incoming", date: "", text }, text, "");
    expect(kind("We cannot process your request because you have not given us your full name.")).toBe("invalid_request");
    expect(kind("Section 8 of the Act says that a request must include your real name to be valid. Please send it to us.")).toBe("invalid_request");
    expect(kind("As the request was made under a pseudonym it is not a valid request.")).toBe("invalid_request");
    expect(kind("Before we can answer, could you please clarify which years you mean?")).toBe("clarification");
  });

  it("answers each question as other when the refusal is the authority's last word", async () => {
    const l = await analyze("invalid-name.json");
    expect(l.status).toBe("ok");
    expect(l.letterKind).toBe("response");
    expect(l.answers.map((a) => [a.label, a.outcome])).toEqual([
      ["1", "other"],
      ["2", "other"],
      ["3", "other"],
    ]);
    expect(l.letterOutcome).toBe("mixed_other");
  });

  it("gives way to what follows once the requester has supplied a name", async () => {
    const l = await analyze("invalid-name-then-ack.json");
    expect(l.status).toBe("no_response");
    expect(l.letterKind).toBe("acknowledgement");
  });
});

// A review outcome whose decision is only in its attachment ("we attach our findings and conclusion"), wrapped in
// the usual thanks, rights paragraph and sign-off, cannot stand in for the answer it reviews: the earlier answer is read.
describe("a review outcome that only points at its attachment", () => {
  it("gives way to the answer it reviews, however long its framing", async () => {
    const l = await analyze("thin-review.json");
    expect(l.messages.find((m) => m.code === "FOISCOPE_THREAD_RESPONSE")?.text).toContain("message 2 of 4");
    expect(l.answers.map((a) => [a.label, a.outcome])).toEqual([
      ["1", "not_held"],
      ["2", "not_held"],
    ]);
  });
});
