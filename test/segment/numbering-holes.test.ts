import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

// Fixtures written for these tests. Family: the requester's numbering has a hole (a question dropped, or
// numbered by hand), and the reply keeps it: "1, 2, 4" or "1, 2, 3, 5, 6" in the request and in the answers.

const origin = { file: "x.txt", path: "x.txt" };

function letter(labels: number[], style: "." | ")"): string {
  const asks = ["How many boats were inspected in 2024?", "How many failed the inspection?", "What was the commonest fault?", "Which company carries out the inspections?", "How much did the inspections cost?"];
  const replies = ["218 boats were inspected.", "31 failed.", "We do not hold a breakdown of faults.", "The inspections are carried out by our own staff.", "The inspections cost £14,200."];
  return [
    "Riverside Navigation Authority",
    "",
    "Dear Ms Penrose,",
    "",
    "You asked:",
    ...labels.map((n, i) => `${n}${style} ${asks[i]}`),
    "",
    "We have kept your numbering.",
    "",
    "Our response",
    "",
    ...labels.flatMap((n, i) => [`${n}${style} ${replies[i]}`, ""]),
    "Yours sincerely,",
    "Information Officer",
  ].join("\n");
}

describe("a numbering with a hole, kept by the reply", () => {
  it.each([
    [[1, 2, 3, 5, 6], "."],
    [[1, 2, 4, 5], ")"],
    [[1, 3, 4], "."],
    [[1, 2, 3, 4, 7], "."],
  ] as const)("%j with %s", (labels, style) => {
    const l = analyzeText(letter([...labels], style), origin);
    expect(l.answers.map((a) => a.label)).toEqual(labels.map(String));
    expect(l.answers.map((a) => a.outcome)).toEqual(["disclosed", "disclosed", "not_held", "disclosed", "disclosed"].slice(0, labels.length));
  });
  it("a skip made once (a list, then a stray later number) joins nothing", () => {
    const text = ["Dear Mr Hale,", "", "1. How many boats were inspected?", "2. How many failed?", "", "1. 218.", "2. 31.", "", "4. Note on fees: none are charged.", "", "Yours sincerely,"].join("\n");
    const l = analyzeText(text, origin);
    expect(l.answers.map((a) => a.label)).toEqual(["1", "2"]);
  });
});
