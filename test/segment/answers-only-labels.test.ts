import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

// Fixtures written for these tests. Family: a reply that numbers its answers to follow the parts of the
// request without restating them, where a withheld part opens on its outcome as a label and then its reason.

const origin = { file: "x.txt", path: "x.txt" };

const reply = (withheld: string): string =>
  [
    "Eastmoor Licensing Authority",
    "",
    "Dear [redacted],",
    "",
    "Thank you for your email about taxi licence checks. Our answers are numbered to match the parts of your request.",
    "",
    "1. 412",
    "",
    "2. Not held. We do not record the age of a vehicle when a check fails.",
    "",
    `3. ${withheld}`,
    "",
    "4. The checklist used by our officers is attached.",
    "",
    "Yours sincerely,",
    "Licensing Team",
  ].join("\n");

describe("numbered answers only, one opening on its outcome as a label", () => {
  it.each([
    ["Exempt - s40(2). The drivers' names are personal data.", "exempt"],
    ["Withheld under section 31(1)(a), as release would help evasion of the checks.", "exempt"],
    ["Refused (s43(2)): the contract prices are commercially sensitive.", "exempt"],
    ["Neither confirm nor deny - s40(5).", "exempt"],
    ["NCND: section 31(3) applies.", "exempt"],
  ])("%s", (answer, outcome) => {
    const l = analyzeText(reply(answer), origin);
    expect(l.answers.map((a) => a.label)).toEqual(["1", "2", "3", "4"]);
    expect(l.answers.map((a) => a.outcome)).toEqual(["disclosed", "not_held", outcome, "disclosed"]);
  });
});
