import Database from "better-sqlite3";
import { REVIEW_COLUMNS, type ReviewKey } from "../aggregate/index.js";
import type { Cell } from "./build.js";

/** The cells of a review.csv row after `rank`, in REVIEW_COLUMNS order. */
export type ReviewCells = string[];

export interface ReviewRow {
  /** The row of review.csv, columns in REVIEW_COLUMNS order. */
  row: Record<string, Cell>;
  /** Position of the row's letter in the report's letter list (report.html links to it). */
  letter: number;
}

/**
 * review.csv's rows, one per doubtful answer, kept sorted on disk rather than in memory: a
 * SQLite table whose primary key is the review order (most reasons, lowest confidence, first
 * answer), so reading it back in order is a scan, however many rows a run flags.
 */
export class ReviewStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[number, number, number, number, string]>;
  private readonly pending: [number, number, number, number, string][] = [];
  private readonly flushPending: () => void;
  private rows = 0;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    this.db.pragma("cache_size = -4000");
    // Reasons negated so that the key sorts ascending; the answer index makes it unique.
    this.db.exec(`CREATE TABLE review (
      neg_reasons INTEGER NOT NULL, confidence REAL NOT NULL, idx INTEGER NOT NULL, letter INTEGER NOT NULL, cells TEXT NOT NULL,
      PRIMARY KEY (neg_reasons, confidence, idx)) WITHOUT ROWID`);
    this.insert = this.db.prepare("INSERT INTO review VALUES (?, ?, ?, ?, ?)");
    this.flushPending = this.db.transaction(() => {
      for (const r of this.pending) this.insert.run(...r);
      this.pending.length = 0;
    });
  }

  add(key: ReviewKey, cells: ReviewCells, letter: number): void {
    this.pending.push([-key.reasons, key.confidence, key.index, letter, JSON.stringify(cells)]);
    this.rows++;
    if (this.pending.length >= 1000) this.flushPending();
  }

  get count(): number {
    return this.rows;
  }

  /** The rows in review order, ranked from 1; at most `limit`. */
  *sorted(limit = Infinity): Generator<ReviewRow> {
    this.flushPending();
    const rows = this.db.prepare("SELECT letter, cells FROM review ORDER BY neg_reasons, confidence, idx").iterate() as IterableIterator<{ letter: number; cells: string }>;
    let rank = 0;
    for (const r of rows) {
      if (rank >= limit) break;
      const cells = JSON.parse(r.cells) as ReviewCells;
      const row: Record<string, Cell> = { rank: ++rank };
      REVIEW_COLUMNS.forEach((column, i) => {
        if (i > 0) row[column] = cells[i - 1]!;
      });
      yield { row, letter: r.letter };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
