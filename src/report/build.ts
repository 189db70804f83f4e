import { createReadStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { FoiscopeError } from "../core/errors.js";
import {
  AUTHORITIES_COLUMNS, BREAKDOWN_COLUMNS, DEFAULT_LOW_CONFIDENCE, GROUNDS_COLUMNS, LETTER_OUTCOMES, OUTCOMES_COLUMNS, REVIEW_COLUMNS,
  aggregate, answerFact, letterFact, share,
  type AnswerFact, type BreakdownKey, type BreakdownRow, type LetterFact, type OutcomeCounts, type Tables,
} from "../aggregate/index.js";
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
    {
      name: "review",
      columns: REVIEW_COLUMNS,
      rows: tables.review.map((r) => ({
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
        question_text: r.answer.questionText,
        evidence: r.evidence,
      })),
    },
  ];
}

async function readJsonl<T>(path: string, parse: (record: unknown, where: string) => T): Promise<T[]> {
  const out: T[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new FoiscopeError("FOISCOPE_BAD_RECORD", `${path} line ${n} is not JSON; rerun 'foiscope analyze' to rewrite it`);
    }
    out.push(parse(record, `${path} line ${n}`));
  }
  return out;
}

/** Reads a run folder: answers.jsonl, and letters.jsonl when the run wrote one. */
export async function readRun(dir: string): Promise<{ answers: AnswerFact[]; letters: LetterFact[] }> {
  const answersPath = join(dir, "answers.jsonl");
  if (!existsSync(answersPath)) {
    throw new FoiscopeError("FOISCOPE_NO_RUN", `No answers.jsonl in ${dir}; run 'foiscope analyze <letters> --out ${dir}' first, or name the folder it wrote`);
  }
  const answers = await readJsonl(answersPath, answerFact);
  const lettersPath = join(dir, "letters.jsonl");
  const letters = existsSync(lettersPath) ? await readJsonl(lettersPath, letterFact) : [];
  return { answers, letters };
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
  const { answers, letters } = await readRun(options.from ?? outDir);
  const tables = aggregate(answers, letters, { minN: options.minN, lowConfidence: options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE });
  const kinds = new Set(options.reports.map((r) => r.trim().toLowerCase()));
  const files = tableFiles(tables);
  const written: string[] = [];
  mkdirSync(outDir, { recursive: true });
  if (kinds.has("csv")) {
    for (const file of files) {
      await writeCsv(join(outDir, `${file.name}.csv`), file, options.bom);
      written.push(`${file.name}.csv`);
    }
  }
  if (kinds.has("jsonl")) {
    const lines = files.flatMap((f) => f.rows.map((row) => JSON.stringify({ table: f.name, ...row })));
    writeFileSync(join(outDir, "tables.jsonl"), lines.length ? `${lines.join("\n")}\n` : "");
    written.push("tables.jsonl");
  }
  if (kinds.has("html")) {
    writeFileSync(join(outDir, "report.html"), renderReport(tables, files, { minN: options.minN }));
    written.push("report.html");
  }
  return written;
}
