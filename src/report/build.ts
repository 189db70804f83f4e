import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  AUTHORITIES_COLUMNS, Aggregator, BREAKDOWN_COLUMNS, DEFAULT_LOW_CONFIDENCE, GROUNDS_COLUMNS, LETTER_OUTCOMES, OUTCOMES_COLUMNS, REVIEW_COLUMNS,
  evidenceText, share,
  type BreakdownKey, type BreakdownRow, type OutcomeCounts, type Tables,
} from "../aggregate/index.js";
import { csvStream, temporaryPath } from "./writers.js";
import { DEFAULT_REVIEW_LIMIT, jsonForScript, letterEntry, reportDataPieces, reportPage } from "./html.js";
import { DEFAULT_LIMITS, NotInFileOrder, indexedGroups, orderedGroups, runFiles, type LetterGroup, type RunFiles, type RunLimits } from "./groups.js";
import { ReviewStore } from "./review-store.js";

export { DEFAULT_LIMITS, type RunLimits } from "./groups.js";

export interface BuildOptions {
  /** Write a UTF-8 byte-order mark in the CSV files (for Excel). */
  bom: boolean;
  /** Questions under which an authority, topic, sector or year is flagged small_n. */
  minN: number;
  /** Kinds to write: "csv" (the tables), "html" (report.html), "jsonl" (tables.jsonl); others are ignored. */
  reports: string[];
  /** Folder holding answers.jsonl (and letters.jsonl); default: the output folder itself. */
  from?: string;
  /** Confidence under which a question goes to review.csv; default 0.6. */
  lowConfidence?: number;
  /** How much of the run report.html embeds for the drill-down (default DEFAULT_LIMITS). */
  limits?: Partial<Omit<RunLimits, "detail">>;
}

export type Cell = string | number;
export interface TableFile {
  name: string;
  columns: readonly string[];
  rows: Record<string, Cell>[];
}

/** Rates and shares as decimals to 4 places; an undefined rate (no questions) is an empty cell. */
export function decimal(value: number | null): string {
  return value === null ? "" : value.toFixed(4);
}
const flag = (b: boolean): string => (b ? "true" : "false");

function countCells(c: OutcomeCounts): Record<string, Cell> {
  return {
    letters: c.letters,
    questions: c.questions,
    disclosed: c.disclosed,
    not_held: c.notHeld,
    exempt: c.exempt,
    other: c.other,
    refusal_rate: decimal(c.refusalRate),
    refusal_rate_low: decimal(c.refusalRateLow),
    refusal_rate_high: decimal(c.refusalRateHigh),
    small_n: flag(c.smallN),
  };
}

function breakdownFile(name: string, key: BreakdownKey, rows: readonly BreakdownRow[]): TableFile {
  return { name, columns: BREAKDOWN_COLUMNS(key), rows: rows.map((r) => ({ [key]: r.key, ...countCells(r) })) };
}

/** Every table but review as the rows its CSV file holds, columns declared once in src/aggregate. */
export function tableFiles(tables: Tables): TableFile[] {
  return [
    {
      name: "outcomes",
      columns: OUTCOMES_COLUMNS,
      rows: tables.outcomes.map((r) => {
        const row: Record<string, Cell> = { scope: r.scope, group: r.group, letters: r.letters, no_outcome: r.noOutcome };
        for (const o of LETTER_OUTCOMES) {
          row[o] = r.counts[o];
          row[`${o}_share`] = decimal(share(r.counts[o], r.letters));
        }
        return row;
      }),
    },
    {
      name: "grounds",
      columns: GROUNDS_COLUMNS,
      rows: tables.grounds.map((g) => ({
        ground: g.ground,
        act: g.act,
        section: g.section,
        level: g.level,
        questions: g.questions,
        letters: g.letters,
        authorities: g.authorities,
        share_of_exempt: decimal(g.shareOfExempt),
        procedural: flag(g.procedural),
        with_pit: g.withPit,
        ncnd: g.ncnd,
      })),
    },
    {
      name: "authorities",
      columns: AUTHORITIES_COLUMNS,
      rows: tables.authorities.map((a) => ({
        authority: a.authority,
        sector: a.sector,
        ...countCells(a),
        top_ground: a.topGround,
        uncited_refusals: a.uncitedRefusals,
      })),
    },
    breakdownFile("topics", "topic", tables.topics),
    breakdownFile("sectors", "sector", tables.sectors),
    breakdownFile("years", "year", tables.years),
  ];
}

const JSON_NUMBERS = /^(refusal_rate(_low|_high)?|.*_share|share_of_exempt|confidence)$/;
const JSON_BOOLEANS = new Set(["small_n", "procedural"]);

/** A CSV row with its rates as numbers (null when undefined) and its flags as booleans, for tables.jsonl. */
export function jsonRow(row: Record<string, Cell>): Record<string, Cell | boolean | null> {
  const out: Record<string, Cell | boolean | null> = {};
  for (const [column, value] of Object.entries(row)) {
    if (JSON_NUMBERS.test(column)) out[column] = value === "" ? null : Number(value);
    else if (JSON_BOOLEANS.has(column)) out[column] = value === "true";
    else out[column] = value;
  }
  return out;
}

async function writeCsv(path: string, columns: readonly string[], rows: Iterable<Record<string, Cell>>, bom: boolean): Promise<void> {
  const { csv, done } = csvStream(path, columns, { bom });
  for (const row of rows) if (!csv.write(row)) await new Promise<void>((r) => csv.once("drain", () => r()));
  csv.end();
  await done;
}

/**
 * Text appended to a file through a buffer, with synchronous writes: memory holds one buffer, whatever
 * the file's size. Written to a temporary file beside `path` and renamed into place by `close`.
 */
class TextFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  private open = true;
  private readonly temporary: string;

  constructor(readonly path: string) {
    this.temporary = temporaryPath(path);
    this.fd = openSync(this.temporary, "w");
  }

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  /** Appends a whole file's bytes. */
  copy(path: string): void {
    this.flush();
    const input = openSync(path, "r");
    const buffer = Buffer.allocUnsafe(1 << 20);
    try {
      for (let n; (n = readSync(input, buffer, 0, buffer.length, null)) > 0; ) writeSync(this.fd, buffer, 0, n);
    } finally {
      closeSync(input);
    }
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
    renameSync(this.temporary, this.path);
  }
}

/** What one pass over the run leaves: the tables, review.csv's rows sorted on disk, report.html's letters on disk. */
interface Pass {
  tables: Tables;
  review: ReviewStore;
  /** The page's letter entries as JSON for the script element, comma-separated (null without html). */
  letters: string | null;
}

/**
 * Feeds every letter of the run, with its answers, to the aggregates, sends each doubtful answer
 * to the review store and each letter's drill-down entry to a file in `scratch`: memory holds
 * one letter at a time and the group tallies.
 */
async function pass(groups: AsyncIterable<LetterGroup>, scratch: string, options: { minN: number; lowConfidence: number; html: boolean }): Promise<Pass> {
  const aggregator = new Aggregator({ minN: options.minN, lowConfidence: options.lowConfidence });
  const review = new ReviewStore(join(scratch, "review.sqlite"));
  const lettersPath = join(scratch, "letters.json");
  const letters = options.html ? new TextFile(lettersPath) : null;
  try {
    let position = 0;
    for await (const group of groups) {
      const { letter, answers } = group;
      const { outcome, reasons } = aggregator.add(letter, answers);
      answers.forEach((a, i) => {
        const why = reasons[i]!;
        if (why.length === 0) return;
        // review.csv's columns after rank, in REVIEW_COLUMNS order.
        const cells = [
          why.join(";"), a.confidence.toFixed(2), a.file, a.letterId, a.authority, a.question, a.outcome, a.grounds.join(";"), a.rule, a.conflicts.join(";"),
          a.questionText, evidenceText(a, group.evidenceText),
        ];
        review.add({ reasons: why.length, confidence: a.confidence, index: group.indices[i]! }, cells, position);
      });
      letters?.write(`${position > 0 ? "," : ""}${jsonForScript(letterEntry(letter, answers, outcome, group.detail))}`);
      position++;
    }
    letters?.close();
  } catch (error) {
    review.close();
    letters?.close();
    throw error;
  }
  return { tables: aggregator.tables(), review, letters: letters ? lettersPath : null };
}

/**
 * One pass over the run: side by side when its files are in file-name order (as analyze and merge
 * write them), else again through an index on disk. Either way memory stays bounded.
 */
async function readRun(files: RunFiles, limits: RunLimits, scratch: string, options: { minN: number; lowConfidence: number; html: boolean }): Promise<Pass> {
  try {
    return await pass(orderedGroups(files, limits), scratch, options);
  } catch (error) {
    if (!(error instanceof NotInFileOrder)) throw error;
  }
  for (const name of ["review.sqlite", "letters.json"]) rmSync(join(scratch, name), { force: true });
  return pass(indexedGroups(files, limits, join(scratch, "index.sqlite")), scratch, options);
}

function* reviewRows(review: ReviewStore, limit?: number): Generator<Record<string, Cell>> {
  for (const r of review.sorted(limit)) yield r.row;
}

/** report.html written piece by piece: the page, the tables, the first review rows, then every letter from the pass. */
function writeHtml(path: string, run: Pass, files: readonly TableFile[], minN: number): void {
  const page = reportPage(minN);
  const data = reportDataPieces(run.tables, files, minN, run.review.count);
  const out = new TextFile(path);
  try {
    out.write(page.head);
    out.write(data.head);
    let first = true;
    for (const r of run.review.sorted(DEFAULT_REVIEW_LIMIT)) {
      out.write(`${first ? "" : ","}${jsonForScript({ ...r.row, letter: r.letter })}`);
      first = false;
    }
    out.write(data.middle);
    if (run.letters) out.copy(run.letters);
    out.write(data.end);
    out.write(page.tail);
  } finally {
    out.close();
  }
}

/**
 * Rebuilds the aggregate reports of a run from `<from>/answers.jsonl` (default: outDir) into
 * outDir: outcomes/grounds/authorities/topics/sectors/years/review .csv, tables.jsonl and
 * report.html, as `reports` asks. Resolves to the names of the files written.
 *
 * Streams the run: one letter and its answers in memory at a time, the tables as group tallies,
 * review.csv's rows sorted in a scratch SQLite file and report.html's letters in a scratch file,
 * both in outDir/.foiscope-report, removed at the end. Memory does not grow with the run.
 */
export async function buildReports(outDir: string, options: BuildOptions): Promise<string[]> {
  const kinds = new Set(options.reports.map((r) => r.trim().toLowerCase()));
  const files = runFiles(options.from ?? outDir);
  const limits: RunLimits = { ...DEFAULT_LIMITS, ...options.limits, detail: kinds.has("html") };
  const created = !existsSync(outDir);
  mkdirSync(outDir, { recursive: true });
  // A fixed name, like the output slices': a build killed half-way leaves nothing the next one keeps.
  const scratch = join(outDir, ".foiscope-report");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  let run: Pass | null = null;
  try {
    run = await readRun(files, limits, scratch, { minN: options.minN, lowConfidence: options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE, html: kinds.has("html") });
    const tables = tableFiles(run.tables);
    const written: string[] = [];
    if (kinds.has("csv")) {
      for (const file of tables) {
        await writeCsv(join(outDir, `${file.name}.csv`), file.columns, file.rows, options.bom);
        written.push(`${file.name}.csv`);
      }
      await writeCsv(join(outDir, "review.csv"), REVIEW_COLUMNS, reviewRows(run.review), options.bom);
      written.push("review.csv");
    }
    if (kinds.has("jsonl")) {
      const out = new TextFile(join(outDir, "tables.jsonl"));
      try {
        for (const f of tables) for (const row of f.rows) out.write(`${JSON.stringify({ table: f.name, ...jsonRow(row) })}\n`);
        for (const row of reviewRows(run.review)) out.write(`${JSON.stringify({ table: "review", ...jsonRow(row) })}\n`);
      } finally {
        out.close();
      }
      written.push("tables.jsonl");
    }
    if (kinds.has("html")) {
      writeHtml(join(outDir, "report.html"), run, tables, options.minN);
      written.push("report.html");
    }
    return written;
  } catch (error) {
    // A run that cannot be read leaves no output folder behind it.
    if (created && run === null) rmSync(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    run?.review.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
