import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);

describe("part held and part not held (labels.md: disclosed, partial)", () => {
  it("a part said to be held, beside a part not held, is a part given", () => {
    expect(read("1. How many adults are waiting for a care package?\n\nWe do not hold figures for people who buy their own care. We only hold figures for packages the council arranges, and 52 people are waiting for one.\n\n2. How many providers are on the list?\n\n14.")).toEqual(["1:disclosed+partial", "2:disclosed"]);
    expect(read("1. Please give the number of repairs for each estate.\n\nThe council holds some of the information you asked for: 212 repairs on the Hill estate. Repairs on the other estates are not recorded by estate.")).toEqual(["1:disclosed+partial"]);
  });
  it("a firm not-held answer stays not held", () => {
    expect(read("1. How many adults are waiting for a care package?\n\nWe do not hold this information.")).toEqual(["1:not_held"]);
  });
});

describe("a yes or no before a not-held statement (labels.md: nil or not held, the wording decides)", () => {
  it("'no' before a statement that the information is not held is not held", () => {
    expect(read("1. Does the Board keep a separate budget for phishing training?\n\nNo. Training is paid from the general learning budget and is not recorded separately, so under section 17(1) of FOISA the information is not held.")).toEqual(["1:not_held"]);
    expect(read("1. Do you hold a register of the council's drones?\n\nNo, we do not hold this information.")).toEqual(["1:not_held"]);
  });
  it("'no' to a factual question, with a thing not had, is the answer", () => {
    expect(read("1. Does the council have cyber insurance?\n\nNo. We do not have a cyber insurance policy.")).toEqual(["1:disclosed"]);
  });
});
