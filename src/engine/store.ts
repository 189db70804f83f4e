import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { FoiscopeError } from "../core/errors.js";
import type { Letter } from "../core/types.js";
import { parseGround } from "../aggregate/ground.js";
import { fromStoredRow, type StoredLetter } from "./record.js";
import { CHILD_TABLES, LETTER_COLUMNS_SQL, prepareSchema } from "./store-schema.js";

export { CHILD_TABLES, LETTER_COLUMNS_SQL, STORE_SCHEMA } from "./store-schema.js";

/** What decides whether a stored result can be reused, read without the text. */
export interface StoredState {
  path: string;
  contentHash: string;
  pipelineVersion: string;
  optionsKey: string;
  size: number;
  mtimeMs: number;
  status: string;
  errorCode: string;
  limits: string;
}

/** The limits a result was produced under: an error caused by a limit is retried when the limit is raised. */
export interface Limits {
  timeoutMs: number;
  /** Per OCR page allowance; absent in results stored before it existed (read as 0). */
  ocrPageTimeoutMs: number;
  maxMemoryMb: number;
}

export class ResultStore {
  readonly db: Database.Database;
  private readonly getState: Database.Statement<[string], Record<string, unknown>>;
  private readonly insertLetter: Database.Statement;
  private readonly insertAnswer: Database.Statement;
  private readonly insertGround: Database.Statement;
  private readonly insertCitation: Database.Statement;
  private readonly insertMessage: Database.Statement;
  private readonly deleteChildren: Database.Statement[];
  private readonly deleteLetter: Database.Statement;
  private readonly updateStat: Database.Statement;
  private seenInsert: Database.Statement | null = null;
  private seenPath: Database.Statement | null = null;
  private readonly seenPending = new Map<string, string>();
  private realInsert: Database.Statement | null = null;
  private realFind: Database.Statement | null = null;
  private readonly realPending = new Set<string>();

  constructor(path: string, options: { readonly?: boolean } = {}) {
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (error) {
      throw new FoiscopeError("FOISCOPE_STORE_OPEN", `Cannot open the result store ${path}: ${(error as Error).message}`);
    }
    // WAL: a kill -9 loses at most the transaction in progress, readers never block the writer.
    // synchronous=NORMAL is durable against a killed process (not against power loss), at a fraction of FULL's fsyncs.
    if (!options.readonly) {
      // 16 KB pages (on a new store; an existing one keeps its size): a letter's row (text and
      // JSON record, ~5 KB) then fits one page instead of an overflow chain. Measured 65-70 µs
      // a letter to store against 100-115 µs with 4 KB pages.
      this.db.pragma("page_size = 16384");
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
    }
    this.db.pragma("busy_timeout = 10000");
    // better-sqlite3 builds SQLite with a 16 MB page cache per database (main and temp): it
    // filled up over a 100,000-letter run and showed as memory growing with the corpus.
    // 4 MB holds the hot B-tree pages; the rest comes from the OS file cache.
    this.db.pragma("cache_size = -4000");
    this.db.pragma("temp.cache_size = -2000");
    // The foreign keys are declared (Datasette and sqlite3 users follow them; with foreign_keys on, deleting a
    // letter cascades) but not enforced here: the writes below keep them in every transaction, and enforcing
    // them cost 60-80 % more time to store a letter (20,000 letters, store-only benchmark, load ≈ 15).
    if (!options.readonly) {
      const refused = prepareSchema(this.db, parseGround);
      if (refused) {
        this.db.close();
        throw new FoiscopeError("FOISCOPE_STORE_SCHEMA", `The result store ${path} ${refused}; delete it or pass another --db`);
      }
    }
    this.getState = this.db.prepare(
      "SELECT path, content_hash, pipeline_version, options_key, size, mtime_ms, status, error_code, limits FROM letters WHERE file = ?",
    );
    const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ");
    this.insertLetter = this.db.prepare(`INSERT OR REPLACE INTO letters (${LETTER_COLUMNS_SQL.join(", ")}) VALUES (${placeholders(LETTER_COLUMNS_SQL.length)})`);
    this.insertAnswer = this.db.prepare(`INSERT INTO answers VALUES (${placeholders(19)})`);
    this.insertGround = this.db.prepare(`INSERT INTO grounds VALUES (${placeholders(8)})`);
    this.insertCitation = this.db.prepare(`INSERT INTO citations VALUES (${placeholders(12)})`);
    this.insertMessage = this.db.prepare(`INSERT INTO messages VALUES (${placeholders(8)})`);
    this.deleteChildren = CHILD_TABLES.map((t) => this.db.prepare(`DELETE FROM ${t} WHERE file = ?`));
    this.deleteLetter = this.db.prepare("DELETE FROM letters WHERE file = ?");
    this.updateStat = this.db.prepare("UPDATE letters SET path = ?, size = ?, mtime_ms = ? WHERE file = ?");
  }

  state(file: string): StoredState | null {
    const r = this.getState.get(file);
    if (!r) return null;
    return {
      path: r.path as string,
      contentHash: (r.content_hash as string | null) ?? "",
      pipelineVersion: r.pipeline_version as string,
      optionsKey: r.options_key as string,
      size: r.size as number,
      mtimeMs: r.mtime_ms as number,
      status: r.status as string,
      errorCode: (r.error_code as string | null) ?? "",
      limits: r.limits as string,
    };
  }

  /**
   * Writes letters in one transaction: each letter's row and all its answers,
   * citations and messages go in together, replacing whatever the store held
   * for that file, so a killed run leaves each letter either whole or absent.
   */
  saveLetters(letters: readonly StoredLetter[], version: { pipelineVersion: string; optionsKey: string; limits: string }): void {
    if (letters.length === 0) return;
    this.db.transaction(() => {
      for (const s of letters) {
        // A letter the store did not hold has no answers, citations or messages to replace (~15 µs a letter saved).
        if (!s.isNew) for (const d of this.deleteChildren) d.run(s.file);
        // Unknown is NULL in the store: no hash (bytes never read), no error, no authority read, no WhatDoTheyKnow page.
        this.insertLetter.run(
          s.file, s.letterId, s.path, s.contentHash || null, version.pipelineVersion, s.optionsKey ?? version.optionsKey, s.size, s.mtimeMs, s.status, s.errorCode || null,
          s.reason || null, version.limits, s.format || null, s.pages, s.ocrPages, s.authority || null, s.sector || null, s.date || null, s.reference || null,
          s.regime || null, s.letterOutcome || null, s.questions, s.letterKind || null, s.metadataSource || null, s.elapsedMs, s.title || null, s.url || null, s.displayStatus || null, s.lawUsed || null,
          s.text, s.record,
        );
        s.answers.forEach((a, i) => this.insertAnswer.run(s.file, i, ...a));
        s.grounds.forEach((rows, i) => rows.forEach((g, position) => this.insertGround.run(s.file, i, position, ...g)));
        s.citations.forEach((c, i) => this.insertCitation.run(s.file, i, ...c));
        s.messages.forEach((m, i) => this.insertMessage.run(s.file, i, ...m));
      }
      this.bumpGeneration();
    })();
  }

  /** Same bytes found under a new path or timestamp: remember the new stat so the next run need not re-read them. */
  touch(file: string, path: string, size: number, mtimeMs: number): void {
    this.updateStat.run(path, size, mtimeMs, file);
  }

  /**
   * Records that this run has an input named `file` (in a temporary table on disk,
   * so memory stays flat however many files there are). "clash" when another path
   * already took the name in this run, "repeat" when the same path was given twice.
   * With `distinct` (one folder argument: names are unique by construction) the
   * answer is always "new" and nothing is looked up. Names are inserted in batches.
   */
  markSeen(file: string, path: string, distinct = false): "new" | "repeat" | "clash" {
    if (!this.seenInsert || !this.seenPath) {
      this.db.exec("CREATE TEMP TABLE IF NOT EXISTS seen (file TEXT PRIMARY KEY, path TEXT NOT NULL) WITHOUT ROWID");
      this.seenInsert = this.db.prepare("INSERT OR IGNORE INTO temp.seen (file, path) VALUES (?, ?)");
      this.seenPath = this.db.prepare("SELECT path FROM temp.seen WHERE file = ?").pluck();
    }
    if (!distinct) {
      const earlier = this.seenPending.get(file) ?? (this.seenPath.get(file) as string | undefined);
      if (earlier !== undefined) return earlier === path ? "repeat" : "clash";
    }
    this.seenPending.set(file, path);
    if (this.seenPending.size >= 1000) this.flushSeen();
    return "new";
  }

  private flushSeen(): void {
    const insert = this.seenInsert;
    if (!insert || this.seenPending.size === 0) return;
    this.db.transaction(() => {
      for (const [file, path] of this.seenPending) insert.run(file, path);
    })();
    this.seenPending.clear();
  }

  /**
   * Records that this run reached the file whose real path (links resolved) is `real`: false when
   * an earlier input already reached it (the same file through two arguments, or a link), so
   * it is analysed and counted once. Kept in a temporary table, like the names.
   */
  markReal(real: string): boolean {
    if (!this.realInsert || !this.realFind) {
      this.db.exec("CREATE TEMP TABLE IF NOT EXISTS seen_real (real TEXT PRIMARY KEY) WITHOUT ROWID");
      this.realInsert = this.db.prepare("INSERT OR IGNORE INTO temp.seen_real (real) VALUES (?)");
      this.realFind = this.db.prepare("SELECT 1 FROM temp.seen_real WHERE real = ?").pluck();
    }
    if (this.realPending.has(real) || this.realFind.get(real) !== undefined) return false;
    this.realPending.add(real);
    if (this.realPending.size >= 1000) {
      const insert = this.realInsert;
      this.db.transaction(() => {
        for (const r of this.realPending) insert.run(r);
      })();
      this.realPending.clear();
    }
    return true;
  }

  /** Stored letters whose file was not marked seen in this run, with where they were read from. */
  unseenLetters(): { file: string; path: string; errorCode: string }[] {
    this.flushSeen();
    const sql = this.seenPath
      ? "SELECT file, path, error_code AS errorCode FROM letters WHERE file NOT IN (SELECT file FROM temp.seen) ORDER BY file"
      : "SELECT file, path, error_code AS errorCode FROM letters ORDER BY file";
    return this.db.prepare(sql).all() as { file: string; path: string; errorCode: string }[];
  }

  /** Every stored file name, in report order. */
  files(): string[] {
    return (this.db.prepare("SELECT file FROM letters ORDER BY file").pluck().all() as string[]);
  }

  removeLetters(files: readonly string[]): void {
    if (files.length === 0) return;
    this.db.transaction(() => {
      for (const f of files) {
        for (const d of this.deleteChildren) d.run(f);
        this.deleteLetter.run(f);
      }
      this.bumpGeneration();
    })();
  }

  /** Letters in report order (file name, as SQLite sorts it), one at a time; `from` inclusive, `to` exclusive, null for open. */
  *letters(from: string | null = null, to: string | null = null): Generator<Letter> {
    const where = [from !== null ? "file >= @from" : "", to !== null ? "file < @to" : ""].filter(Boolean).join(" AND ");
    const sql = `SELECT path, text, record FROM letters ${where ? `WHERE ${where}` : ""} ORDER BY file`;
    const rows = this.db.prepare(sql).iterate({ ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}) }) as Iterable<{ path: string; text: string; record: string }>;
    for (const row of rows) yield fromStoredRow(row);
  }

  /** File names that cut the letters, in report order, into `parts` runs of equal size (first cut excluded). */
  cuts(parts: number): string[] {
    const n = this.count();
    const at = this.db.prepare("SELECT file FROM letters ORDER BY file LIMIT 1 OFFSET ?").pluck();
    const out: string[] = [];
    for (let k = 1; k < parts; k++) out.push(at.get(Math.floor((k * n) / parts)) as string);
    return out;
  }

  count(): number {
    return this.db.prepare("SELECT count(*) FROM letters").pluck().get() as number;
  }

  /** Changes on every write, so outputs written from an unchanged store can be left as they are. */
  generation(): number {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck().get() as string | undefined;
    return r ? Number(r) : 0;
  }

  private bumpGeneration(): void {
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1").run();
  }

  getMeta(key: string): string | null {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as string | undefined;
    return r ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);
  }

  close(): void {
    if (!this.db.open) return;
    // Fold the WAL back into the database so the file alone is the whole store (for copying, merging).
    if (!this.db.readonly) this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }
}
