import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { toStoredLetter } from "../../src/engine/record.js";
import { ResultStore } from "../../src/engine/store.js";

const LETTER = `Dear Requester,

1. How many cyber attacks did the council record in 2023?

We can confirm that the information is held. However, it is exempt under section 31(1)(a) and section 24(1) of the Freedom of Information Act.

2. What is the annual budget for cyber security?

This information is not held by the council.

Yours sincerely,
Information Governance Team
`;

const version = { pipelineVersion: "v-test", optionsKey: "ocr=1", limits: "{}" };
const fresh = (): string => join(mkdtempSync(join(tmpdir(), "foiscope-store-")), "foiscope.sqlite");

function stored(file: string, meta: Record<string, string> = {}) {
  const letter = analyzeText(LETTER, { file, path: `/letters/${file}` }, meta);
  return toStoredLetter(letter, { contentHash: "ab12", size: LETTER.length, mtimeMs: 1, elapsedMs: 2 });
}

describe("result store tables, as Datasette and sqlite3 users read them", () => {
  it("keeps one row per ground, linked to its answer and letter by declared foreign keys", () => {
    const path = fresh();
    const store = new ResultStore(path);
    store.saveLetters([stored("council.txt")], version);
    const grounds = store.db.prepare("SELECT ordinal, position, ground, act, section, section_ground, procedural FROM grounds ORDER BY ordinal, position").all();
    expect(grounds).toEqual([
      { ordinal: 0, position: 0, ground: "FOIA s24(1)", act: "FOIA", section: "24", section_ground: "FOIA s24", procedural: 0 },
      { ordinal: 0, position: 1, ground: "FOIA s31(1)(a)", act: "FOIA", section: "31", section_ground: "FOIA s31", procedural: 0 },
    ]);
    const keys = (table: string) => store.db.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('${table}')`).all();
    expect(keys("answers")).toEqual([{ table: "letters", from: "file", to: "file", on_delete: "CASCADE" }]);
    expect(keys("grounds")).toEqual([
      { table: "answers", from: "file", to: "file", on_delete: "CASCADE" },
      { table: "answers", from: "ordinal", to: "ordinal", on_delete: "CASCADE" },
    ]);
    expect(keys("citations")).toEqual([{ table: "letters", from: "file", to: "file", on_delete: "CASCADE" }]);
    expect(keys("messages")).toEqual([{ table: "letters", from: "file", to: "file", on_delete: "CASCADE" }]);
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    // Re-storing and removing keep them: no row is left pointing at nothing.
    store.saveLetters([stored("council.txt"), stored("other.txt")], version);
    store.removeLetters(["other.txt"]);
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    expect(store.db.prepare("SELECT count(*) FROM grounds").pluck().get()).toBe(2);
    store.close();
    // A sqlite3 user with foreign keys on deletes a letter and its rows go with it.
    const user = new Database(path);
    user.pragma("foreign_keys = ON");
    user.prepare("DELETE FROM letters WHERE file = 'council.txt'").run();
    expect(user.prepare("SELECT (SELECT count(*) FROM answers) + (SELECT count(*) FROM grounds) + (SELECT count(*) FROM citations) + (SELECT count(*) FROM messages)").pluck().get()).toBe(0);
    expect(() => user.prepare("INSERT INTO grounds VALUES ('nowhere.txt', 0, 0, 'FOIA s40(2)', 'FOIA', '40', 'FOIA s40', 0)").run()).toThrow(/FOREIGN KEY/);
    user.close();
  });

  it("writes NULL for what is unknown and the WhatDoTheyKnow title and URL as columns", () => {
    const store = new ResultStore(fresh());
    store.saveLetters(
      [
        stored("plain.txt"),
        stored("thread.json", { title: "Cyber attacks on the council", source: "https://www.whatdotheyknow.com/request/cyber_attacks", displayStatus: "successful", authority: "Ashdown Council" }),
      ],
      version,
    );
    const rows = store.db.prepare("SELECT file, authority, sector, date, reference, error_code, reason, title, url, display_status FROM letters ORDER BY file").all();
    expect(rows).toEqual([
      { file: "plain.txt", authority: null, sector: null, date: null, reference: null, error_code: null, reason: null, title: null, url: null, display_status: null },
      {
        file: "thread.json", authority: "Ashdown Council", sector: null, date: null, reference: null, error_code: null, reason: null,
        title: "Cyber attacks on the council", url: "https://www.whatdotheyknow.com/request/cyber_attacks", display_status: "successful",
      },
    ]);
    expect(store.db.prepare("SELECT name FROM pragma_table_info('answers') WHERE name = 'grounds'").all()).toEqual([]);
    store.close();
  });

  it("migrates a layout-1 store in place: NULLs, title and URL from the record, grounds split into rows", () => {
    const path = fresh();
    const v1 = new Database(path);
    v1.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO meta VALUES ('schema', '1'), ('generation', '4');
      CREATE TABLE letters (file TEXT PRIMARY KEY, letter_id TEXT NOT NULL, path TEXT NOT NULL, content_hash TEXT NOT NULL, pipeline_version TEXT NOT NULL,
        options_key TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, status TEXT NOT NULL, error_code TEXT NOT NULL, reason TEXT NOT NULL,
        limits TEXT NOT NULL, format TEXT NOT NULL, pages INTEGER NOT NULL, ocr_pages INTEGER NOT NULL, authority TEXT NOT NULL, sector TEXT NOT NULL,
        date TEXT NOT NULL, reference TEXT NOT NULL, regime TEXT NOT NULL, letter_outcome TEXT NOT NULL, questions INTEGER NOT NULL, elapsed_ms REAL NOT NULL,
        text TEXT NOT NULL, record TEXT NOT NULL);
      CREATE INDEX letters_content ON letters (content_hash, pipeline_version);
      CREATE TABLE answers (file TEXT NOT NULL, ordinal INTEGER NOT NULL, label TEXT NOT NULL, question_text TEXT NOT NULL, outcome TEXT NOT NULL,
        grounds TEXT NOT NULL, partial INTEGER NOT NULL, ncnd INTEGER NOT NULL, pit INTEGER NOT NULL, topic TEXT NOT NULL, confidence REAL NOT NULL,
        rule TEXT NOT NULL, answer_via TEXT NOT NULL, refers_to TEXT, question_start INTEGER, question_end INTEGER, answer_start INTEGER, answer_end INTEGER,
        evidence TEXT NOT NULL, conflicts TEXT NOT NULL, PRIMARY KEY (file, ordinal)) WITHOUT ROWID;
      CREATE TABLE citations (file TEXT NOT NULL, ordinal INTEGER NOT NULL, act TEXT NOT NULL, section TEXT NOT NULL, provision TEXT NOT NULL,
        ground TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, applied INTEGER NOT NULL, by_name INTEGER NOT NULL, ncnd INTEGER NOT NULL,
        reason TEXT NOT NULL, PRIMARY KEY (file, ordinal)) WITHOUT ROWID;
      CREATE TABLE messages (file TEXT NOT NULL, ordinal INTEGER NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, source TEXT NOT NULL,
        text TEXT NOT NULL, start INTEGER, "end" INTEGER, PRIMARY KEY (file, ordinal)) WITHOUT ROWID;
      INSERT INTO letters VALUES ('a.json', 'a', '/x/a.json', 'ff00', 'v1-old', 'ocr=1', 10, 1.5, 'ok', '', '', '{}', 'thread', 1, 0, 'Ashdown Council',
        '', '2023-05-02', '', 'FOIA', 'withheld_part', 2, 3.0, 'letter text',
        '{"meta":{"title":"Cyber attacks","source":"https://www.whatdotheyknow.com/request/cyber_attacks","displayStatus":"refused","lawUsed":""}}');
      INSERT INTO letters VALUES ('gone.pdf', 'gone', '/x/gone.pdf', '', 'v1-old', 'ocr=1', 0, 0, 'error', 'FOISCOPE_NOT_FOUND', 'No such file', '{}',
        '', 0, 0, '', '', '', '', '', '', 0, 0, '', '{"meta":{}}');
      INSERT INTO answers VALUES ('a.json', 0, '1', 'How many attacks?', 'exempt', 'FOIA s31(1)(a);EIR 12(4)(b)', 0, 0, 1, 'attacks', 0.9, 'r', 'own',
        NULL, 0, 5, 6, 9, '[]', '[]');
      INSERT INTO answers VALUES ('a.json', 1, '2', '', 'not_held', '', 0, 0, 0, 'spend', 0.8, 'r', 'own', NULL, NULL, NULL, 6, 9, '[]', '[]');
      INSERT INTO citations VALUES ('a.json', 0, 'FOIA', '31', '31(1)(a)', 'FOIA s31(1)(a)', 1, 2, 1, 0, 0, 'applied');
    `);
    v1.close();

    const store = new ResultStore(path);
    expect(store.getMeta("schema")).toBe("2");
    expect(store.generation()).toBe(4);
    expect(store.db.prepare("SELECT file, content_hash, error_code, sector, reference, title, url, display_status, law_used, format FROM letters ORDER BY file").all()).toEqual([
      { file: "a.json", content_hash: "ff00", error_code: null, sector: null, reference: null, title: "Cyber attacks", url: "https://www.whatdotheyknow.com/request/cyber_attacks", display_status: "refused", law_used: null, format: "thread" },
      { file: "gone.pdf", content_hash: null, error_code: "FOISCOPE_NOT_FOUND", sector: null, reference: null, title: null, url: null, display_status: null, law_used: null, format: null },
    ]);
    expect(store.db.prepare("SELECT ordinal, question_text FROM answers ORDER BY ordinal").all()).toEqual([
      { ordinal: 0, question_text: "How many attacks?" },
      { ordinal: 1, question_text: null },
    ]);
    expect(store.db.prepare("SELECT ordinal, position, ground, section_ground, procedural FROM grounds ORDER BY ordinal, position").all()).toEqual([
      { ordinal: 0, position: 0, ground: "FOIA s31(1)(a)", section_ground: "FOIA s31", procedural: 0 },
      { ordinal: 0, position: 1, ground: "EIR 12(4)(b)", section_ground: "EIR 12(4)(b)", procedural: 1 },
    ]);
    expect(store.db.prepare("SELECT count(*) FROM citations").pluck().get()).toBe(1);
    // The engine's reuse check still reads '' for "no hash" and "no error".
    expect(store.state("gone.pdf")).toMatchObject({ contentHash: "", errorCode: "FOISCOPE_NOT_FOUND" });
    expect(store.state("a.json")).toMatchObject({ contentHash: "ff00", errorCode: "" });
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    store.close();
    // Opened again: already layout 2, nothing to do.
    const again = new ResultStore(path);
    expect(again.db.prepare("SELECT count(*) FROM grounds").pluck().get()).toBe(2);
    again.close();
  });

  it("refuses a store of a newer layout, naming both", () => {
    const path = fresh();
    const db = new Database(path);
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; INSERT INTO meta VALUES ('schema', '9');");
    db.close();
    expect(() => new ResultStore(path)).toThrow(/has table layout 9, this foiscope writes layout 2; delete it or pass another --db/);
  });
});
