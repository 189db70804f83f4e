/**
 * Large runs: report.html embeds detail only within its budgets, and review.csv still quotes
 * the evidence of every row; runs in another order are read again at the byte position of each line.
 */
import { describe, expect, it } from "vitest";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReports } from "../../src/report/build.js";
import { readJsonlAt, readJsonlLines } from "../../src/report/jsonl.js";
import { fixtureLetters, writeRun } from "./fixtures.js";

describe("readJsonlLines", () => {
  it("gives byte positions that read each line back, across multi-byte characters and CRLF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "foiscope-jsonl-"));
    const path = join(dir, "x.jsonl");
    const records = [{ a: "£45,000 — spent" }, { b: "’quoted’ ✓" }, { c: 3 }];
    writeFileSync(path, `${JSON.stringify(records[0])}\r\n\n${JSON.stringify(records[1])}\n${JSON.stringify(records[2])}`);
    const lines = [];
    for await (const line of readJsonlLines(path)) lines.push(line);
    expect(lines.map((l) => [l.number, l.record])).toEqual([[1, records[0]], [3, records[1]], [4, records[2]]]);
    const fd = openSync(path, "r");
    try {
      expect(lines.map((l) => readJsonlAt(fd, l.offset, l.length))).toEqual(records);
    } finally {
      closeSync(fd);
    }
  });

  it("names the line that is not JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "foiscope-jsonl-"));
    writeFileSync(join(dir, "answers.jsonl"), '{"outcome":"exempt"}\n{oops\n');
    await expect(buildReports(dir, { bom: false, minN: 10, reports: ["csv"] })).rejects.toMatchObject({
      code: "FOISCOPE_BAD_RECORD",
      message: expect.stringContaining("line 2 is not JSON"),
    });
  });
});

describe("report budgets", () => {
  it("embeds detail for the first letters only, and review.csv is the same either way", async () => {
    const full = await writeRun(fixtureLetters());
    await buildReports(full, { bom: false, minN: 10, reports: ["csv", "html"] });
    const small = await writeRun(fixtureLetters());
    // 4 questions: the two Ashdown letters (2 + 2), and the unreadable one (0); 200 characters of
    // text: the first letter's 195, not the second's 123, and the unreadable letter's empty text.
    await buildReports(small, { bom: false, minN: 10, reports: ["csv", "html"], limits: { questionBudget: 4, textBudget: 200 } });
    expect(readFileSync(join(small, "review.csv"), "utf8")).toBe(readFileSync(join(full, "review.csv"), "utf8"));
    expect(readFileSync(join(small, "authorities.csv"), "utf8")).toBe(readFileSync(join(full, "authorities.csv"), "utf8"));
    const data = JSON.parse(/id="report-data">([^]*?)<\/script>/.exec(readFileSync(join(small, "report.html"), "utf8"))![1]!) as {
      letters: { file: string; detail: boolean; text: string | null; textOmitted: boolean; questions: unknown[]; counts: Record<string, number> }[];
    };
    expect(data.letters.map((l) => `${l.file} ${l.detail} ${l.text !== null} ${l.textOmitted} ${l.questions.length}`)).toEqual([
      "ashdown-2022.txt true true false 2",
      "ashdown-2023.txt true false true 2",
      "brook-2023.txt false false true 0",
      "brook-2024.txt false false true 0",
      "glen-2024.txt false false true 0",
      "moor-2023.txt false false true 0",
      "scan-unreadable.pdf true true false 0",
      "hostile.txt false false true 0",
    ]);
    expect(data.letters[7]!.counts).toEqual({ disclosed: 0, not_held: 1, exempt: 2, other: 1 });
  });
});
