import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FoiscopeError } from "../core/errors.js";
import {
  AUTHORITIES_COLUMNS, BREAKDOWN_COLUMNS, DEFAULT_LOW_CONFIDENCE, GROUNDS_COLUMNS, LETTER_OUTCOMES, OUTCOMES_COLUMNS, REVIEW_COLUMNS,
  aggregate, answerFact, createInterner, evidenceText, letterFact, share, slimAnswer,
  type AnswerFact, type BreakdownKey, type BreakdownRow, type LetterFact, type OutcomeCounts, type ReviewRow, type Tables,
} from "../aggregate/index.js";
import { readJsonlAt, readJsonlLines } from "./jsonl.js";
import { csvStream } from "./writers.js";
import { renderReport } from "./html.js";

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

/** Every table as the rows its CSV file holds, columns declared once in src/aggregate. */
export function tableFiles(tables: Tables, detailOf: (row: ReviewRow) => ReviewDetail): TableFile[] {
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
    {
      name: "review",
      columns: REVIEW_COLUMNS,
      rows: tables.review.map((r) => {
        const detail = detailOf(r);
        return {
          rank: r.rank,
          reasons: r.reasons.join(";"),
          confidence: r.answer.confidence.toFixed(2),
          file: r.answer.file,
          letter_id: r.answer.letterId,
          authority: r.answer.authority,
          question: r.answer.question,
          outcome: r.answer.outcome,
          grounds: r.answer.grounds.join(";"),
          rule: r.answer.rule,
          conflicts: r.answer.conflicts.join(";"),
          question_text: detail.questionText,
          evidence: detail.evidence,
        };
      }),
    },
  ];
}

export interface RunLimits {
  /** Keep letter text and full answer records for the drill-down (only report.html needs them). */
  detail: boolean;
  /** Letter text kept, in characters over all letters; past it, letters have no text in the page. */
  textBudget: number;
  /** Questions kept with their evidence for the drill-down; past it, letters are listed without detail. */
  questionBudget: number;
}

/** What a report build reads of a run, in bounded memory. */
export interface Run {
  /** Every answer, slim (no evidence) unless its letter is in `detailed`. */
  answers: AnswerFact[];
  /** Every letter; text only for detailed letters within the text budget. */
  letters: LetterFact[];
  /** Files whose answers are kept whole, for the drill-down. */
  detailed: Set<string>;
  /** Byte position of each answer's line in answers.jsonl, to fetch the whole record again. */
  answerLines: { offset: number; length: number }[];
  answersPath: string;
}

/** About 20 MB of letter text and 50,000 questions: a page browsers still open; letters.jsonl keeps all of it. */
export const DEFAULT_LIMITS: RunLimits = { detail: true, textBudget: 20_000_000, questionBudget: 50_000 };

/**
 * Reads a run folder: answers.jsonl, and letters.jsonl when the run wrote one. Streams both and
 * keeps whole records only for the letters the drill-down will show, so a run of 100,000
 * letters is reported without holding the corpus.
 */
export async function readRun(dir: string, limits: RunLimits = DEFAULT_LIMITS): Promise<Run> {
  const answersPath = join(dir, "answers.jsonl");
  if (!existsSync(answersPath)) {
    throw new FoiscopeError("FOISCOPE_NO_RUN", `No answers.jsonl in ${dir}; run 'foiscope analyze <letters> --out ${dir}' first, or name the folder it wrote`);
  }
  const intern = createInterner();
  const letters: LetterFact[] = [];
  const detailed = new Set<string>();
  let questionsKept = 0;
  let textKept = 0;
  const lettersPath = join(dir, "letters.jsonl");
  const hasLetters = existsSync(lettersPath);
  if (hasLetters) {
    for await (const line of readJsonlLines(lettersPath)) {
      const letter = letterFact(line.record, `${lettersPath} line ${line.number}`);
      const detail = limits.detail && questionsKept + letter.questions <= limits.questionBudget;
      if (detail) {
        detailed.add(letter.file);
        questionsKept += letter.questions;
      }
      const keepText = detail && letter.text !== null && textKept + letter.text.length <= limits.textBudget;
      if (keepText) textKept += letter.text!.length;
      letters.push({ ...letter, file: intern(letter.file), authority: intern(letter.authority), sector: intern(letter.sector), text: keepText ? letter.text : null });
    }
  }
  const answers: AnswerFact[] = [];
  const answerLines: Run["answerLines"] = [];
  for await (const line of readJsonlLines(answersPath)) {
    const answer = answerFact(line.record, `${answersPath} line ${line.number}`);
    // A run without letters.jsonl: letters are known only through their answers, detail first come.
    if (!hasLetters && limits.detail && !detailed.has(answer.file) && questionsKept < limits.questionBudget) detailed.add(answer.file);
    if (!hasLetters && detailed.has(answer.file)) questionsKept++;
    answers.push(detailed.has(answer.file) ? answer : slimAnswer(answer, intern));
    answerLines.push({ offset: line.offset, length: line.length });
  }
  return { answers, letters, detailed, answerLines, answersPath };
}

export interface ReviewDetail {
  evidence: string;
  questionText: string;
}

/**
 * Evidence and question text of review rows, read again from answers.jsonl for answers the run
 * kept slim (one positioned read per row). Call close() when done.
 */
function reviewDetails(run: Run): { detail: (row: ReviewRow) => ReviewDetail; close: () => void } {
  const texts = new Map(run.letters.map((l) => [l.file, l.text]));
  let fd: number | null = null;
  const full = (row: ReviewRow): AnswerFact => {
    if (run.detailed.has(row.answer.file)) return row.answer;
    fd ??= openSync(run.answersPath, "r");
    const line = run.answerLines[row.index]!;
    return answerFact(readJsonlAt(fd, line.offset, line.length));
  };
  return {
    detail: (row) => {
      const answer = full(row);
      return { evidence: evidenceText(answer, texts.get(row.answer.file) ?? null), questionText: answer.questionText };
    },
    close: () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
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

async function writeCsv(path: string, file: TableFile, bom: boolean): Promise<void> {
  const { csv, done } = csvStream(path, file.columns, { bom });
  for (const row of file.rows) if (!csv.write(row)) await new Promise<void>((r) => csv.once("drain", () => r()));
  csv.end();
  await done;
}

/**
 * Rebuilds the aggregate reports of a run from `<from>/answers.jsonl` (default: outDir) into
 * outDir: outcomes/grounds/authorities/topics/sectors/years/review .csv, tables.jsonl and
 * report.html, as `reports` asks. Resolves to the names of the files written.
 */
export async function buildReports(outDir: string, options: BuildOptions): Promise<string[]> {
  const kinds = new Set(options.reports.map((r) => r.trim().toLowerCase()));
  const run = await readRun(options.from ?? outDir, { ...DEFAULT_LIMITS, ...options.limits, detail: kinds.has("html") });
  const tables = aggregate(run.answers, run.letters, { minN: options.minN, lowConfidence: options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE });
  const details = reviewDetails(run);
  let files: TableFile[];
  try {
    files = tableFiles(tables, details.detail);
  } finally {
    details.close();
  }
  const written: string[] = [];
  mkdirSync(outDir, { recursive: true });
  if (kinds.has("csv")) {
    for (const file of files) {
      await writeCsv(join(outDir, `${file.name}.csv`), file, options.bom);
      written.push(`${file.name}.csv`);
    }
  }
  if (kinds.has("jsonl")) {
    const lines = files.flatMap((f) => f.rows.map((row) => JSON.stringify({ table: f.name, ...jsonRow(row) })));
    writeFileSync(join(outDir, "tables.jsonl"), lines.length ? `${lines.join("\n")}\n` : "");
    written.push("tables.jsonl");
  }
  if (kinds.has("html")) {
    writeFileSync(join(outDir, "report.html"), renderReport(tables, files, { minN: options.minN, detailed: run.detailed }));
    written.push("report.html");
  }
  return written;
}
