/**
 * foiscope as a library: `import { analyze } from "foiscope"`.
 *
 * A thin, stable surface over the engine the CLI runs. Each function is the
 * same code path as a command: `analyze` is `foiscope explain` without the
 * printing, `analyzeFiles` is `foiscope analyze`, `buildReports` is
 * `foiscope report`, `evaluate` is `foiscope eval`. None of them throws for a
 * bad letter: an unreadable file becomes a letter with status "error" and a
 * fatal message saying why (the same row letters.csv would get).
 */
import { basename, resolve } from "node:path";
import type { Letter, LetterMeta } from "./core/types.js";
import { analyzeText as analyzeTextWith } from "./engine/analyze.js";
import { runAnalysis, type RunResult } from "./engine/engine.js";
import { defaultAnalyzeOptions, type AnalyzeOptions } from "./engine/options.js";
import { processBytes, processFile } from "./engine/process.js";
import { buildReports as buildReportsInto } from "./report/build.js";
import { evaluateFolder } from "./eval/run-eval.js";
import type { EvalReport } from "./eval/metrics.js";

export type {
  Act, Answer, Citation, Decision, Evidence, Letter, LetterMeta, LetterOutcome, LetterStatus, Message, Outcome, Question, Severity, Span,
} from "./core/types.js";
export type { AnalyzeOptions } from "./engine/options.js";
export type { RunResult, RunStats } from "./engine/engine.js";
export type { RunSummary } from "./engine/run.js";
export type { EvalReport } from "./eval/metrics.js";
export { FoiscopeError } from "./core/errors.js";
export { OUTCOMES, ACTS } from "./core/types.js";

export interface LetterOptions {
  /** OCR scanned PDF pages and pictures (default true): system tesseract when installed, else tesseract.js. */
  ocr?: boolean;
  /** Largest input read, in bytes (default 200 MB). */
  maxBytes?: number;
}

export interface BytesInput {
  bytes: Uint8Array;
  /** File name: its extension is a hint only (the format is told by content), and the letter id comes from it. */
  name: string;
}

const MAX_BYTES = 200 * 1024 * 1024;

/**
 * One letter, any supported format (PDF, scan, picture, DOCX, .doc, HTML, .eml, .msg,
 * thread JSON, text): its questions, outcomes, grounds, flags and evidence.
 *
 * ```ts
 * const letter = await analyze("response.pdf");
 * for (const a of letter.answers) console.log(a.label, a.outcome, a.grounds.join("; "));
 * ```
 */
export async function analyze(input: string | BytesInput, options: LetterOptions = {}): Promise<Letter> {
  const extract = { ocr: options.ocr ?? true, maxBytes: options.maxBytes ?? MAX_BYTES };
  if (typeof input === "string") {
    const path = resolve(input);
    return processFile({ path, file: basename(path) }, extract);
  }
  return processBytes({ path: input.name, file: input.name }, input.bytes, extract);
}

/**
 * A letter already in plain text (no extraction, no I/O, synchronous). `meta` stands in for
 * front matter: authority, sector, date, reference and the like.
 */
export function analyzeText(text: string, options: { name?: string; meta?: Partial<LetterMeta> } = {}): Letter {
  const name = options.name ?? "letter.txt";
  return analyzeTextWith(text, { file: name, path: name }, options.meta ?? {});
}

/**
 * Files and folders (walked recursively) into a result store and the CSV/JSONL outputs and
 * aggregate reports in `options.out`, exactly as `foiscope analyze` writes them; unchanged files
 * are reused from the store. Letters run in worker threads (`options.jobs`, default 1).
 */
export async function analyzeFiles(paths: readonly string[], options: Partial<AnalyzeOptions> = {}): Promise<RunResult> {
  const full = defaultAnalyzeOptions(options);
  return runAnalysis(paths, full, undefined, () => buildReportsInto(full.out, full));
}

/** Rebuilds the aggregate reports of a run folder from its answers.jsonl (`foiscope report`); returns the files written. */
export function buildReports(runDir: string, options: { bom?: boolean; minN?: number; reports?: string[] } = {}): Promise<string[]> {
  return buildReportsInto(runDir, { bom: options.bom ?? false, minN: options.minN ?? 10, reports: options.reports ?? ["csv", "html", "jsonl"] });
}

/** Scores a folder of letters with hand labels beside them (`<id>.txt` + `<id>.json`), as `foiscope eval` does. */
export async function evaluate(goldDir: string, options: { only?: readonly string[] } = {}): Promise<{ report: EvalReport; letters: Letter[] }> {
  return evaluateFolder(goldDir, options);
}
