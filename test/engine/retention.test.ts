import { describe, expect, it } from "vitest";
import { appendFileSync, chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runAnalysis } from "../../src/engine/engine.js";
import { lettersCsv, oneWorker, tempDir, withEnv, writeLetters } from "./helpers.js";

const isRoot = process.getuid?.() === 0;

describe("what leaves the store", () => {
  it("letters of a folder not given this time are kept; a mistyped folder touches nothing", async () => {
    const dir = tempDir("keep");
    writeLetters(join(dir, "a"), 3);
    writeLetters(join(dir, "b"), 2);
    const out = join(dir, "out");
    await runAnalysis([join(dir, "a")], oneWorker(out));
    const second = await runAnalysis([join(dir, "b")], oneWorker(out));
    // Names are relative to the folder given: b's two letters take the keys of a's first two; a's third stays.
    expect(second.stats.removed).toBe(0);
    expect(second.stats.kept).toBe(1);
    expect(lettersCsv(out).map((r) => r.file)).toEqual(["even/letter-000.txt", "even/letter-002.txt", "odd/letter-001.txt"]);
    await expect(runAnalysis([join(dir, "typo")], oneWorker(out))).rejects.toThrow(/Nothing to analyse/);
    expect(lettersCsv(out)).toHaveLength(3);
  });

  it("a thread x.json beside a letter x.txt gets two rows; an eval label file a row saying what it is", async () => {
    const dir = tempDir("stems");
    const input = join(dir, "in");
    mkdirSync(input);
    writeFileSync(join(input, "x.txt"), "1. How many fines were issued?\nWe do not hold this information.\n");
    writeFileSync(join(input, "x.json"), JSON.stringify({ id: "x", title: "Parking fines", url_title: "parking_fines", events: [] }));
    writeFileSync(join(input, "y.txt"), "1. How many fines were issued?\nWe do not hold this information.\n");
    writeFileSync(join(input, "y.json"), JSON.stringify({ id: "y", regime: "FOIA", questions: [{ n: "1", outcome: "not_held" }] }));
    // A letter with two extensions (a thread saved as z.thread.json) and its label z.json.
    writeFileSync(join(input, "z.thread.json"), JSON.stringify({ id: "z", title: "Parking fines", url_title: "parking_fines", events: [] }));
    writeFileSync(join(input, "z.json"), JSON.stringify({ id: "z", regime: "FOIA", questions: [{ n: "1", outcome: "not_held" }] }));
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    expect(Object.keys(rows).sort()).toEqual(["x.json", "x.txt", "y.json", "y.txt", "z.json", "z.thread.json"]);
    expect(rows["y.json"]!.status).toBe("not_a_letter");
    expect(rows["y.json"]!.messages).toContain("FOISCOPE_LABEL_FILE");
    expect(rows["z.json"]!.messages).toContain("info FOISCOPE_LABEL_FILE: A label file for z ");
    expect(rows["x.json"]!.messages).not.toContain("FOISCOPE_LABEL_FILE");
    expect(rows["z.thread.json"]!.messages).not.toContain("FOISCOPE_LABEL_FILE");
  });

  it("an unreadable sub-folder gets an error row and its stored letters stay", async () => {
    const dir = tempDir("unreadable");
    const input = join(dir, "in");
    writeLetters(input, 6);
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    expect(lettersCsv(out)).toHaveLength(6);
    // Root reads any folder: there the walk's test hook refuses it instead.
    chmodSync(join(input, "odd"), 0o000);
    try {
      const run = await withEnv({ FOISCOPE_TEST_UNREADABLE: isRoot ? "odd" : "" }, () => runAnalysis([input], oneWorker(out)));
      expect(run.stats.removed).toBe(0);
      const rows = lettersCsv(out);
      expect(rows.filter((r) => r.file.startsWith("odd/letter-")).map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
      const folder = rows.find((r) => r.file === "odd/")!;
      expect(folder.status).toMatch(/^error: Could not list this folder \(EACCES\)/);
    } finally {
      chmodSync(join(input, "odd"), 0o755);
    }
    // Readable again: the folder's row goes, its letters are still there.
    await runAnalysis([input], oneWorker(out));
    expect(lettersCsv(out).map((r) => r.file)).toHaveLength(6);
  });

  it("a file that cannot be read this time keeps its stored result; a new unreadable file gets an error row", async () => {
    const dir = tempDir("readfail");
    const input = join(dir, "in");
    writeLetters(input, 4);
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    // Changed on disk (so it must be read again), then unreadable; and a new file, unreadable from the start.
    appendFileSync(join(input, "even", "letter-000.txt"), "\nA postscript.\n");
    writeLetters(input, 1, 4);
    const run = await withEnv({ FOISCOPE_TEST_UNREADABLE: "letter-000.txt,letter-004.txt" }, () => runAnalysis([input], oneWorker(out)));
    expect(run.stats.readFailuresKept).toBe(1);
    expect(run.stats.removed).toBe(0);
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r.status]));
    expect(rows["even/letter-000.txt"]).toBe("ok");
    expect(rows["even/letter-004.txt"]).toBe("error: Could not read file: Error: EACCES: permission denied");
  });

  it("the same file through two arguments, or a folder and its sub-folder, is counted once", async () => {
    const dir = tempDir("twice");
    const input = join(dir, "in");
    writeLetters(input, 4);
    const out = join(dir, "out");
    const run = await runAnalysis([join(input, "even"), input, join(input, "odd", "letter-001.txt")], oneWorker(out));
    expect(run.stats.files).toBe(4);
    expect(lettersCsv(out)).toHaveLength(4);
  });
});
