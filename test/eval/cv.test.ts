import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { assignFolds, crossValidate, formatCv } from "../../src/eval/cv.js";

describe("cross-validation folds", () => {
  it("keeps every question of a letter in one fold and deals letters round the folds", () => {
    const folds = assignFolds(["p-002", "c-001", "p-002", "h-003", "c-001", "l-004"], 2);
    expect([...folds.entries()]).toEqual([["c-001", 0], ["h-003", 1], ["l-004", 0], ["p-002", 1]]);
  });
});

describe("eval --cv on the project's corpus", () => {
  it("scores every answered question once, in folds that partition the letters", async () => {
    const corpus = fileURLToPath(new URL("../../corpus", import.meta.url));
    const r = await crossValidate(corpus, { folds: 3 });
    expect(r.folds).toHaveLength(3);
    expect(r.folds.reduce((s, f) => s + f.questions, 0)).toBe(r.questions);
    expect(r.questions).toBeGreaterThan(100);
    // The rules column is the rules' own outcome on the same questions: the corpus floor holds it near 1.
    expect(r.rules).toBeGreaterThan(0.95);
    expect(formatCv(r).split("\n")).toHaveLength(4 + 3 + 1);
  }, 120_000);
});
