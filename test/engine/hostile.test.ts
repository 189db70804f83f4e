import { describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_FILES, makeHostileCorpus } from "../../src/bench/hostile.js";
import { runAnalysis } from "../../src/engine/engine.js";
import { lettersCsv, options, tempDir } from "./helpers.js";

describe("hostile corpus", () => {
  it("accounts for every file with a status and a reason, without crashing or passing the time limit", async () => {
    const dir = tempDir("hostile");
    const input = join(dir, "in");
    const names = await makeHostileCorpus(input);
    expect(names).toHaveLength(20);
    const run = await runAnalysis([input], options(join(dir, "out"), { timeoutMs: 10_000 }));
    expect(run.stats.files).toBe(20);
    expect(run.stats.analysed).toBe(20);
    const rows = lettersCsv(join(dir, "out"));
    expect(rows.map((r) => r.file).sort()).toEqual(Object.keys(HOSTILE_FILES).sort());
    for (const row of rows) {
      expect(row.status, row.file).toMatch(/^(ok|no_response|not_a_letter|error: \S.*)$/);
      if (row.status.startsWith("error")) expect(row.messages, row.file).toMatch(/^fatal FOISCOPE_[A-Z_]+: /);
    }
    const byFile = Object.fromEntries(rows.map((r) => [r.file, r]));
    expect(byFile["zero-bytes.txt"]!.status).toBe("error: File is empty (0 bytes); nothing to analyse");
    expect(byFile["random.bin"]!.status).toMatch(/^error: /);
    expect(byFile["truncated.pdf"]!.status).toMatch(/^error: /);
    expect(byFile["encrypted.pdf"]!.status).toMatch(/^error: /);
    // Pictures are refused from their headers, before any OCR engine allocates them.
    expect(byFile["image-bomb.png"]!.status).toBe(
      "error: Image is 60000×60000 pixels (3600 megapixels), over the 64-megapixel limit for one page; scale it down to about 300 dpi: image-bomb.png",
    );
    expect(byFile["tiff-loop.tif"]!.status).toBe("error: TIFF image is damaged or truncated (its page directories loop): tiff-loop.tif");
    // Blank pages cost a glance, not OCR: the 2,000 of them are counted and skipped. (The 7,200 pt page is not rendered
    // with OCR off; test/extract/pdf-budget.test.ts renders one within the pixel cap.)
    expect(byFile["blank-2000.pdf"]!.ocr_pages).toBe("0");
    expect(byFile["blank-2000.pdf"]!.messages).toContain("FOISCOPE_BLANK_PAGES: Skipped 2000 blank pages 1–2000 (nothing to read or OCR)");
    expect(byFile["huge-page.pdf"]!.messages).toContain("FOISCOPE_OCR_SKIPPED: No text layer on page 1; OCR is off (--no-ocr), so it was left out");
    // Stalling is bounded: any file still running at the limit is recorded as a timeout, not waited for.
    for (const row of rows.filter((r) => r.messages.includes("FOISCOPE_TIMEOUT"))) {
      expect(row.status).toMatch(/^error: Took longer than the 10 s per-file limit/);
    }
    // The corpus holds a 50 MB file: do not leave it behind.
    rmSync(dir, { recursive: true, force: true });
  });
});
