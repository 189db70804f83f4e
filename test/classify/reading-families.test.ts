import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.grounds.length ? `[${a.grounds.join(";")}]` : ""}`);

describe("a cost limit only foreseen beside a request to clarify applies no ground (labels.md: other)", () => {
  it("'we think it likely … would exceed', 'may well exceed' with a question back", () => {
    expect(read("1. Please send every email about the new firewall.\n\nThis is very wide, and as worded we think it likely that this part would exceed the cost limit. Please could you clarify which teams or which months you mean.\n\n2. Who supplies the firewall?\n\nThat is exempt under section 31(1)(a).")).toEqual(["1:other", "2:exempt[FOIA s31(1)(a)]"]);
    expect(read("1. How many laptops does the council own?\n\n1,240.\n\n2. Please send all reports about cyber risk since 2020.\n\nFinding them all may well exceed the appropriate limit. Could you please clarify which kinds of report you need?")).toEqual(["1:disclosed", "2:other"]);
  });
  it("a limit applied stays a refusal", () => {
    expect(read("1. Please send every email about the new firewall.\n\nWe estimate that finding and reading every email would exceed the appropriate limit, so this part is refused under section 12.")).toEqual(["1:exempt[FOIA s12]"]);
  });
});
