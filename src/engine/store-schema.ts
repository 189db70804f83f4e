import type Database from "better-sqlite3";

/** Bump when the tables change shape; an older store is migrated on open, a newer one refused. */
export const STORE_SCHEMA = 2;

/**
 * Plain tables any SQLite tool can query, laid out the way Datasette users expect:
 * one row per thing, each child table pointing at its parent with a declared foreign
 * key (Datasette links them), NULL where a value is unknown (no authority read, no
 * error, no WhatDoTheyKnow page), never an empty string standing in for it.
 *
 * `letters.file` (the path relative to the folder argument) is the key: the same name
 * on another machine is the same letter, which is what lets shards be merged.
 * `content_hash` + `pipeline_version` + `options_key` say whether a stored result
 * still holds for the bytes on disk (`content_hash` is NULL when the bytes were never
 * read: missing, or over the size limit).
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS letters (
  file TEXT PRIMARY KEY,
  letter_id TEXT NOT NULL,
  path TEXT NOT NULL,
  content_hash TEXT,
  pipeline_version TEXT NOT NULL,
  options_key TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  status TEXT NOT NULL,
  error_code TEXT,
  reason TEXT,
  limits TEXT NOT NULL,
  format TEXT,
  pages INTEGER NOT NULL,
  ocr_pages INTEGER NOT NULL,
  authority TEXT,
  sector TEXT,
  date TEXT,
  reference TEXT,
  regime TEXT,
  letter_outcome TEXT,
  questions INTEGER NOT NULL,
  letter_kind TEXT,
  metadata_source TEXT,
  elapsed_ms REAL NOT NULL,
  title TEXT,
  url TEXT,
  display_status TEXT,
  law_used TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS letters_content ON letters (content_hash, pipeline_version);
-- Covers the per-file "is the stored result still good?" lookup, so a re-run never
-- reads the pages holding letter texts (measured: 36 µs a lookup without it).
CREATE INDEX IF NOT EXISTS letters_state ON letters (file, path, content_hash, pipeline_version, options_key, size, mtime_ms, status, error_code, limits);
CREATE TABLE IF NOT EXISTS answers (
  file TEXT NOT NULL REFERENCES letters (file) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  label TEXT NOT NULL, question_text TEXT, outcome TEXT NOT NULL,
  partial INTEGER NOT NULL, ncnd INTEGER NOT NULL, pit INTEGER NOT NULL, topic TEXT,
  confidence REAL NOT NULL, rule TEXT NOT NULL, answer_via TEXT NOT NULL, refers_to TEXT,
  question_start INTEGER, question_end INTEGER, answer_start INTEGER, answer_end INTEGER,
  evidence TEXT NOT NULL, conflicts TEXT NOT NULL,
  PRIMARY KEY (file, ordinal)
) WITHOUT ROWID;
-- One row per ground an answer applies ("FOIA s31(1)(a)"), with the section it rolls up to.
CREATE TABLE IF NOT EXISTS grounds (
  file TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  position INTEGER NOT NULL,
  ground TEXT NOT NULL,
  act TEXT,
  section TEXT,
  section_ground TEXT NOT NULL,
  procedural INTEGER NOT NULL,
  PRIMARY KEY (file, ordinal, position),
  FOREIGN KEY (file, ordinal) REFERENCES answers (file, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS grounds_ground ON grounds (section_ground, ground);
CREATE TABLE IF NOT EXISTS citations (
  file TEXT NOT NULL REFERENCES letters (file) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  act TEXT NOT NULL, section TEXT NOT NULL, provision TEXT NOT NULL, ground TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, applied INTEGER NOT NULL, by_name INTEGER NOT NULL,
  ncnd INTEGER NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (file, ordinal)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
  file TEXT NOT NULL REFERENCES letters (file) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  severity TEXT NOT NULL, code TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL,
  start INTEGER, "end" INTEGER,
  PRIMARY KEY (file, ordinal)
) WITHOUT ROWID;
`;

export const LETTER_COLUMNS_SQL = [
  "file", "letter_id", "path", "content_hash", "pipeline_version", "options_key", "size", "mtime_ms", "status", "error_code",
  "reason", "limits", "format", "pages", "ocr_pages", "authority", "sector", "date", "reference", "regime", "letter_outcome",
  "questions", "letter_kind", "metadata_source", "elapsed_ms", "title", "url", "display_status", "law_used", "text", "record",
];
/** Tables holding rows of a letter, parents before children (insert in this order, delete in reverse). */
export const CHILD_TABLES = ["answers", "grounds", "citations", "messages"] as const;

/** '' (how layout 1 wrote "unknown") as NULL. */
const blank = (column: string): string => `NULLIF(${column}, '')`;

/**
 * Layout 1 → 2, in place, in one transaction: the tables are rebuilt (SQLite cannot
 * relax NOT NULL or add a foreign key to a table), unknown values become NULL, the
 * WhatDoTheyKnow title, URL, status and law come out of each letter's stored record,
 * and each answer's ';'-joined grounds become rows of `grounds`. Stored results stay
 * valid: nothing is re-analysed because of the migration itself.
 */
function migrate1to2(db: Database.Database, parseGround: GroundParser): void {
  db.pragma("foreign_keys = OFF");
  db.transaction(() => {
    db.exec(`
      ALTER TABLE letters RENAME TO letters_v1;
      ALTER TABLE answers RENAME TO answers_v1;
      ALTER TABLE citations RENAME TO citations_v1;
      ALTER TABLE messages RENAME TO messages_v1;
      DROP INDEX IF EXISTS letters_content;
      DROP INDEX IF EXISTS letters_state;
    `);
    db.exec(SCHEMA);
    const meta = (key: string): string => blank(`json_extract(record, '$.meta.${key}')`);
    db.exec(`
      INSERT INTO letters (${LETTER_COLUMNS_SQL.join(", ")})
      SELECT file, letter_id, path, ${blank("content_hash")}, pipeline_version, options_key, size, mtime_ms, status, ${blank("error_code")},
        ${blank("reason")}, limits, ${blank("format")}, pages, ocr_pages, ${blank("authority")}, ${blank("sector")}, ${blank("date")}, ${blank("reference")},
        ${blank("regime")}, ${blank("letter_outcome")}, questions, NULL, NULL, elapsed_ms, ${meta("title")}, ${meta("source")}, ${meta("displayStatus")}, ${meta("lawUsed")},
        text, record
      FROM letters_v1;
      INSERT INTO answers
      SELECT file, ordinal, label, ${blank("question_text")}, outcome, partial, ncnd, pit, ${blank("topic")}, confidence, rule, answer_via, refers_to,
        question_start, question_end, answer_start, answer_end, evidence, conflicts
      FROM answers_v1 WHERE file IN (SELECT file FROM letters);
      INSERT INTO citations SELECT * FROM citations_v1 WHERE file IN (SELECT file FROM letters);
      INSERT INTO messages SELECT * FROM messages_v1 WHERE file IN (SELECT file FROM letters);
    `);
    const insert = db.prepare("INSERT INTO grounds VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    // In pages (a statement cannot write while another one is still reading), so memory stays flat.
    const page = db.prepare("SELECT file, ordinal, grounds FROM answers_v1 WHERE (file, ordinal) > (?, ?) AND grounds <> '' AND file IN (SELECT file FROM letters) ORDER BY file, ordinal LIMIT 2000");
    for (let after: [string, number] = ["", -1]; ;) {
      const rows = page.all(...after) as { file: string; ordinal: number; grounds: string }[];
      if (rows.length === 0) break;
      for (const r of rows) groundRows(r.grounds.split(";"), parseGround).forEach((g, i) => insert.run(r.file, r.ordinal, i, ...g));
      const last = rows[rows.length - 1]!;
      after = [last.file, last.ordinal];
    }
    db.exec("DROP TABLE letters_v1; DROP TABLE answers_v1; DROP TABLE citations_v1; DROP TABLE messages_v1;");
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema'").run();
  })();
}

export type GroundParser = (ground: string) => { act: string; section: string; sectionGround: string; procedural: boolean };

/** Values of `grounds` rows after (file, ordinal, position). */
export type GroundValues = [ground: string, act: string | null, section: string | null, sectionGround: string, procedural: number];

export function groundRows(grounds: readonly string[], parseGround: GroundParser): GroundValues[] {
  return grounds.filter((g) => g.trim() !== "").map((g) => {
    const p = parseGround(g);
    return [g, p.act || null, p.section || null, p.sectionGround, p.procedural ? 1 : 0];
  });
}

/**
 * Creates the tables of a new store, or brings an older layout up to date. Returns a message
 * when the store is of a layout this foiscope cannot write (a newer one), null when it is fine.
 */
export function prepareSchema(db: Database.Database, parseGround: GroundParser): string | null {
  db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined;
  if (stored === "1") migrate1to2(db, parseGround);
  else if (stored !== undefined && stored !== String(STORE_SCHEMA)) return `has table layout ${stored}, this foiscope writes layout ${STORE_SCHEMA}`;
  db.exec(SCHEMA);
  if (stored === undefined) db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(STORE_SCHEMA));
  return null;
}
