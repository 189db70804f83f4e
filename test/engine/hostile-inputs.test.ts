import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { runAnalysis } from "../../src/engine/engine.js";
import { LOCK_NAME } from "../../src/engine/lock.js";
import { capCell, CELL_LIMIT } from "../../src/report/writers.js";
import { letterEntry, MARK_LIMIT } from "../../src/report/html.js";
import { runCli } from "../cli/run-cli.js";
import { lettersCsv, oneWorker, tempDir, writeLetters } from "./helpers.js";

const secret = "root:x:0:0:OUTSIDE-SECRET-LINE:/root:/bin/bash\n";

describe("inputs that are not plain files in the folder", () => {
  it("a link to a file outside the folder is not followed (a row says why) unless --follow-symlinks", async () => {
    const dir = tempDir("links");
    const outside = join(dir, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "passwd"), secret);
    const input = join(dir, "in");
    writeLetters(input, 2);
    symlinkSync(join(outside, "passwd"), join(input, "passwd.txt"));
    symlinkSync(join(input, "even", "letter-000.txt"), join(input, "same-letter.txt"));
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    expect(rows["passwd.txt"]!.status).toBe("error: A symbolic link to a file outside the folders given; not followed (pass --follow-symlinks to read it)");
    // A link to a file inside the folder is the same letter: counted once.
    expect(Object.keys(rows).sort()).toEqual(["even/letter-000.txt", "odd/letter-001.txt", "passwd.txt"]);
    for (const name of readdirSync(out)) if (!name.endsWith(".sqlite")) expect(readFileSync(join(out, name), "utf8"), name).not.toContain("OUTSIDE-SECRET-LINE");
    const followed = join(dir, "followed");
    await runAnalysis([input], oneWorker(followed, { followSymlinks: true }));
    expect(readFileSync(join(followed, "letters.jsonl"), "utf8")).toContain("OUTSIDE-SECRET-LINE");
  });

  it("a FIFO in a folder, and /dev/zero as an argument, are skipped with a row instead of hanging the run", async () => {
    const dir = tempDir("fifo");
    const input = join(dir, "in");
    writeLetters(input, 1);
    execFileSync("mkfifo", [join(input, "pipe.txt")]);
    const out = join(dir, "out");
    await runAnalysis([input, "/dev/zero"], oneWorker(out));
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r.status]));
    expect(rows["pipe.txt"]).toBe("error: a named pipe (FIFO), not a regular file; skipped (reading it could block or never end)");
    expect(rows["zero"]).toBe("error: a character device, not a regular file; skipped (reading it could block or never end)");
    expect(rows["even/letter-000.txt"]).toBe("ok");
  });
});

describe("the output folder", () => {
  it("a second run into a locked --out says who holds it and exits non-zero; a stale lock is taken over", async () => {
    const dir = tempDir("lock");
    const input = join(dir, "in");
    writeLetters(input, 1);
    const out = join(dir, "out");
    mkdirSync(out);
    // A live holder: this test's own process.
    writeFileSync(join(out, LOCK_NAME), JSON.stringify({ pid: process.pid, host: hostname(), started: "2026-01-01T00:00:00.000Z", command: "foiscope analyze other" }));
    await expect(runAnalysis([input], oneWorker(out))).rejects.toThrow(`is in use by another foiscope run (pid ${process.pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z: foiscope analyze other)`);
    expect(existsSync(join(out, "letters.csv"))).toBe(false);
    const cli = await runCli(["analyze", input, "--out", out, "--jobs", "1"]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("is in use by another foiscope run");
    // A holder that no longer runs: taken over, and released at the end.
    writeFileSync(join(out, LOCK_NAME), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), started: "x", command: "killed" }));
    await runAnalysis([input], oneWorker(out));
    expect(lettersCsv(out)).toHaveLength(1);
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
    // Every output went through a temporary file renamed into place: none is left behind.
    expect(readdirSync(out).filter((n) => n.includes("foiscope-tmp"))).toEqual([]);
  });
});

describe("caps for spreadsheets and the report page", () => {
  it("a CSV cell is cut at Excel's 32,767 characters with a marker", () => {
    const cell = capCell("x".repeat(2_000_000));
    expect(cell.length).toBe(CELL_LIMIT);
    expect(cell.endsWith(" […cut at Excel's 32,767-character cell limit; the whole text is in the JSONL]")).toBe(true);
    expect(capCell("short")).toBe("short");
  });

  it("a letter's evidence marks are capped on the page, with a note", () => {
    const evidence = Array.from({ length: 5_000 }, (_, i) => ({ rule: "not-held", span: { start: i, end: i + 1 }, quote: "x" }));
    const answer = { question: "1", questionText: "", outcome: "not_held", grounds: [], topic: "", partial: false, ncnd: false, pit: false, confidence: 1, rule: "not-held", conflicts: [], questionSpan: null, answerSpan: null, evidence };
    const letter = { file: "a.txt", messages: [], text: "x".repeat(6000), hasText: true };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entry = letterEntry(letter as any, [answer, answer] as any, "not_held", true) as { questions: { evidence: unknown[] }[]; messages: string[] };
    expect(MARK_LIMIT).toBe(2_000);
    expect(entry.questions[0]!.evidence).toHaveLength(2_000);
    expect(entry.questions[1]!.evidence).toHaveLength(0);
    expect(entry.messages).toEqual(["info FOISCOPE_MARKS_CAPPED: 8000 of this letter's 10000 evidence marks are not shown on this page (at most 2000 a letter); answers.jsonl holds them all"]);
  });
});
