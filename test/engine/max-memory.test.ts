import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { codeRoot, lettersCsv, tempDir, writeLetters } from "./helpers.js";

/** A text letter of about `mb` MB: the same two lines over and over. */
function bigLetter(path: string, mb: number): void {
  const chunk = "1. How many parking fines were issued in the year?\nWe do not hold this information.\n".repeat(10_000);
  const fd = openSync(path, "w");
  for (let written = 0; written < mb * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
}

describe("--max-memory", () => {
  it("a 50 MB text file among 100 letters: its worker's heap is exceeded, it gets an error row, the run goes on (101 rows, exit 0)", { timeout: 300_000 }, () => {
    const dir = tempDir("maxmem");
    const input = join(dir, "in");
    writeLetters(input, 100);
    bigLetter(join(input, "big.txt"), 50);
    const bin = join(codeRoot(), "bin", "foiscope.js");
    for (const mb of ["96", "48"]) {
      const out = join(dir, `out-${mb}`);
      // Before: the whole process died (exit 134) at 48-192 MB and wrote no letters.csv.
      const r = spawnSync(process.execPath, [bin, "analyze", input, "--out", out, "--max-memory", mb, "--jobs", "2", "--no-ocr", "--no-progress"], { encoding: "utf8" });
      expect(r.status, r.stderr.slice(0, 500)).toBe(0);
      const rows = lettersCsv(out);
      expect(rows).toHaveLength(101);
      const big = rows.find((row) => row.file === "big.txt")!;
      expect(big.messages).toMatch(/^fatal FOISCOPE_OUT_OF_MEMORY: /);
      expect(rows.filter((row) => row.status === "ok")).toHaveLength(100);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
