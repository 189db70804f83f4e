import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processBytes } from "../../src/engine/process.js";
import { defaultExtractOptions } from "../../src/extract/registry.js";

/**
 * The HTML and thread-JSON letters in corpus/formats against their labels: the
 * format adapters must hand the pipeline text it can read as well as a .txt.
 */
const letters = [
  { file: "html-council-cyber-ol.html", labels: "html-council-cyber-ol.json", format: "html" },
  { file: "html-wdtk-police-ncnd.html", labels: "html-wdtk-police-ncnd.json", format: "html" },
  { file: "thread-nhs-backups.thread.json", labels: "thread-nhs-backups.json", format: "wdtk-thread" },
];
const corpus = new URL("../../corpus/formats/", import.meta.url);

describe("corpus/formats HTML and thread letters", () => {
  it("give the labelled outcome on at least 90 % of questions", async () => {
    let total = 0;
    let same = 0;
    const differences: string[] = [];
    for (const l of letters) {
      const letter = await processBytes({ path: l.file, file: l.file }, readFileSync(new URL(l.file, corpus)), { ...defaultExtractOptions, ocr: false });
      expect(letter.status).toBe("ok");
      expect(letter.format).toBe(l.format);
      const gold = JSON.parse(readFileSync(new URL(l.labels, corpus), "utf8")) as { questions: { n: string; outcome: string }[] };
      const got = new Map(letter.answers.map((a) => [a.label, a.outcome]));
      for (const q of gold.questions) {
        total++;
        if (got.get(q.n) === q.outcome) same++;
        else differences.push(`${l.file} q${q.n}: labelled ${q.outcome}, got ${got.get(q.n) ?? "missing"}`);
      }
    }
    expect(total).toBe(12);
    expect(same / total, differences.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});
