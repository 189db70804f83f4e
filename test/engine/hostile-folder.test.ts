import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { HOSTILE_FOLDER, OUTSIDE_SECRET, makeHostileFolder } from "../../src/bench/hostile-folder.js";
import { runAnalysis } from "../../src/engine/engine.js";
import { buildReports } from "../../src/report/build.js";
import { lettersCsv, oneWorker, tempDir } from "./helpers.js";

describe("the hostile folder (issue 13)", () => {
  it("every file a row, nothing from outside leaks, the letter in the broken email kept", { timeout: 240_000 }, async () => {
    const dir = tempDir("hostile-folder");
    const input = join(dir, "in");
    // Smaller than scripts/make-hostile.mjs --folder writes (200 blank pages, 300 KB of blank lines): the same shapes.
    makeHostileFolder(input, join(dir, "outside"), { blankPages: 200, blankLineBytes: 300_000 });
    const out = join(dir, "out");
    const run = await runAnalysis([input], oneWorker(out, { timeoutMs: 120_000 }));
    expect(run.stats.files).toBe(10);
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    expect(Object.keys(rows).sort()).toEqual(Object.keys(HOSTILE_FOLDER).sort());
    // A thread beside a letter of the same stem: both read.
    expect(rows["thread.json"]!.format).toBe("wdtk-thread");
    expect(rows["thread.txt"]!.status).toBe("ok");
    // The link leads outside: a row says why, and its file's text is in no output, nor in the store.
    expect(rows["outside.txt"]!.status).toBe("error: A symbolic link to a file outside the folders given; not followed (pass --follow-symlinks to read it)");
    for (const name of readdirSync(out)) {
      if (name.endsWith(".sqlite") || name.startsWith(".")) continue;
      expect(readFileSync(join(out, name), "utf8"), name).not.toContain(OUTSIDE_SECRET);
    }
    const db = new Database(join(out, "foiscope.sqlite"), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM letters WHERE text LIKE ? OR record LIKE ?").pluck().get(`%${OUTSIDE_SECRET}%`, `%${OUTSIDE_SECRET}%`)).toBe(0);
    db.close();
    // The email's declared boundary is never used: its body is kept, with a warning.
    const email = rows["broken-boundary.eml"]!;
    expect(email.status).toBe("ok");
    expect(email.questions).toBe("2");
    expect(email.not_held).toBe("1");
    expect(email.disclosed).toBe("1");
    expect(email.messages).toContain("warning FOISCOPE_EMAIL_BOUNDARY");
    // The blank-line flood is read, its sign-off found.
    expect(rows["blank-lines.txt"]!.authority).toBe("Northdale Borough Council");
  });
  it("junk (random bytes, a JSON array, passwd-like text) is not_a_letter and counts in no table", { timeout: 120_000 }, async () => {
    const dir = tempDir("hostile-junk");
    const input = join(dir, "in");
    makeHostileFolder(input, join(dir, "outside"), { blankPages: 2, blankLineBytes: 2_000 });
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    await buildReports(out, { bom: false, minN: 10, reports: ["csv"] });
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    for (const junk of ["random.txt", "array.json", "accounts.txt"]) {
      const row = rows[junk]!;
      expect(row.status, junk).toBe("not_a_letter");
      expect(row.questions, junk).toBe("0");
      expect(row.letter_outcome, junk).toBe("");
      expect(row.letter_kind, junk).toBe("");
      expect(row.authority, junk).toBe("");
      expect(row.messages, junk).toContain("info FOISCOPE_NOT_A_LETTER: Not correspondence:");
    }
    expect(rows["accounts.txt"]!.messages).toContain("colon-separated records");
    expect(rows["array.json"]!.messages).toContain("JSON");
    expect(rows["random.txt"]!.messages).toContain("not text in words");
    // No answer of theirs in answers.csv.
    const answered = new Set(readCsv(join(out, "answers.csv")).map((r) => r.file));
    expect([...answered].sort()).toEqual(["blank-lines.txt", "broken-boundary.eml", "thread.txt"]);
    // outcomes.csv: the three letters read have an outcome; the two PDFs without text (OCR off) and
    // the link not followed have none. The junk (and the thread read as awaiting its reply) is in neither column.
    const all = readCsv(join(out, "outcomes.csv")).find((r) => r.scope === "all")!;
    expect(all.letters).toBe("3");
    expect(all.granted_full).toBe("3");
    expect(all.no_outcome).toBe("3");
    expect(readCsv(join(out, "authorities.csv")).map((r) => `${r.authority}: ${r.letters}`)).toEqual(["Northdale Borough Council: 3"]);
  });
});

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
}
