import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/engine/process.js";

/**
 * The PDF, scanned PDF, DOCX, Word 97–2003 .doc, EML, MSG and picture (PNG) letters of corpus/formats (rendered from corpus text letters by
 * scripts/render-fixtures.mjs, labels copied beside them) against their labels.
 */
const DIR = resolve("corpus/formats");
const files = readdirSync(DIR)
  .filter((f) => /\.(pdf|docx|doc|eml|msg|png|jpe?g|tif)$/.test(f))
  .sort();

describe("corpus/formats PDF, scan, DOCX, email and picture letters", () => {
  it("give the labelled outcome and grounds on at least 95 % of questions", async () => {
    expect(files.length).toBe(11);
    let total = 0;
    let same = 0;
    const differences: string[] = [];
    for (const file of files) {
      const letter = await processFile({ path: join(DIR, file), file }, { ocr: true, maxBytes: 50 * 1024 * 1024 });
      expect(letter.status, file).toBe("ok");
      const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.[a-z]+$/, ".json")), "utf8")) as {
        questions: { n: string; outcome: string; grounds: string[] }[];
      };
      const got = new Map(letter.answers.map((a) => [a.label, `${a.outcome} [${[...a.grounds].sort().join(";")}]`]));
      for (const q of gold.questions) {
        total++;
        const want = `${q.outcome} [${[...q.grounds].sort().join(";")}]`;
        if (got.get(q.n) === want) same++;
        else differences.push(`${file} q${q.n}: labelled ${want}, got ${got.get(q.n) ?? "missing"}`);
      }
    }
    expect(total).toBe(41);
    expect(same / total, differences.join("\n")).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
