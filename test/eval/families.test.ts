import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateFolder } from "../../src/eval/run-eval.js";
import { formatReport, idFamily } from "../../src/eval/metrics.js";

/** Two families of labelled letters written for this test: "a-" answered right, "b-" with a wrong label. */
function goldFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-families-"));
  const letter = "1. What was your cyber security budget in 2023?\n\nThank you for your request.\n\n1. The budget was £12,000.\n";
  const label = (id: string, outcome: string) =>
    JSON.stringify({ id, regime: "FOIA", questions: [{ n: "1", outcome, grounds: [], partial: false, ncnd: false, pit: false, topic: "spend" }] });
  for (const id of ["a-001", "a-002"]) {
    writeFileSync(join(dir, `${id}.txt`), letter);
    writeFileSync(join(dir, `${id}.json`), label(id, "disclosed"));
  }
  writeFileSync(join(dir, "b-001.txt"), letter);
  writeFileSync(join(dir, "b-001.json"), label("b-001", "not_held"));
  return dir;
}

describe("eval per id family and on a subset", () => {
  it("names the family by the id's prefix", () => {
    expect(idFamily("p-012")).toBe("p");
    expect(idFamily("seed")).toBe("seed");
  });

  it("reports each family's accuracy so one cannot hide another", async () => {
    const { report } = await evaluateFolder(goldFolder());
    expect(report.outcomeAccuracy).toBeCloseTo(2 / 3, 5);
    expect(report.families?.a?.outcomeAccuracy).toBe(1);
    expect(report.families?.b?.outcomeAccuracy).toBe(0);
    expect(formatReport(report, false)).toContain("| b | 1 | 1 | 0.000 |");
  });

  it("scores only the letters whose id starts with --only's prefix", async () => {
    const { report } = await evaluateFolder(goldFolder(), { only: ["b-"] });
    expect(report.letters).toBe(1);
    expect(report.outcomeAccuracy).toBe(0);
    expect(report.families).toBeUndefined();
  });

  it("says so when no letter matches the prefix", async () => {
    await expect(evaluateFolder(goldFolder(), { only: ["z-"] })).rejects.toThrow(/z-/);
  });
});
