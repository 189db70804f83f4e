import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { evaluateFolder } from "../../src/eval/run-eval.js";
import { evaluate, sectionLevel } from "../../src/eval/metrics.js";
import type { GoldLetter } from "../../src/eval/gold.js";
import { analyzeText } from "../../src/engine/analyze.js";

const corpus = fileURLToPath(new URL("../../corpus", import.meta.url));

describe("eval on the project's own labelled corpus", () => {
  it("holds the accuracy floor (raise it as results improve)", async () => {
    const { report } = await evaluateFolder(corpus);
    expect(report.letters).toBeGreaterThanOrEqual(30);
    expect(report.outcomeAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(report.groundsExact.f1).toBeGreaterThanOrEqual(0.98);
    expect(report.questionCountExact).toBeGreaterThanOrEqual(0.97);
    expect(report.partial.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe("metrics", () => {
  const gold: GoldLetter = {
    id: "x",
    regime: "FOIA",
    letterPath: "x.txt",
    questions: [
      { n: "1", outcome: "exempt", grounds: ["FOIA s31(1)(a)"], partial: false, ncnd: false, pit: true, topic: "attacks" },
      { n: "2", outcome: "disclosed", grounds: [], partial: false, ncnd: false, pit: false, topic: "spend" },
    ],
  };
  it("scores a letter question by question", () => {
    const letter = analyzeText("1. How many cyber attacks?\nThis is exempt under section 31(1)(a).\n2. What is the cyber budget?\nIt is £40,000.", { file: "x.txt", path: "x.txt" });
    const r = evaluate([{ gold, letter }]);
    expect(r.questions).toBe(2);
    expect(r.outcomeAccuracy).toBe(1);
    expect(r.groundsExact.f1).toBe(1);
    expect(r.confusion.exempt!.exempt).toBe(1);
    expect(r.questionCountExact).toBe(1);
  });
  it("counts a missing question as an error", () => {
    const letter = analyzeText("Please tell me your budget.\n\nThank you for your request. It is £40,000.", { file: "x.txt", path: "x.txt" });
    const r = evaluate([{ gold, letter }]);
    expect(r.missingQuestions).toBe(1);
    expect(r.outcomeAccuracy).toBe(0);
    expect(r.confusion.disclosed!.missing).toBe(1);
  });
  it("section level drops sub-sections", () => {
    expect(sectionLevel("FOIA s31(1)(a)")).toBe("FOIA s31");
    expect(sectionLevel("EIR 12(4)(b)")).toBe("EIR 12");
  });
});
