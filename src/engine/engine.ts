import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { failedLetter } from "../core/letter.js";
import type { Message } from "../core/types.js";
import { countInputs, fallbackName, walkInputs, type InputFile } from "./files.js";
import type { AnalyzeOptions } from "./options.js";
import { autoParts, buildIfChanged, writeOutputs, summaryFromStore } from "./outputs.js";
import { AnalysisPool, type TaskOutcome } from "./pool.js";
import { silentProgress, type ProgressSink } from "./progress.js";
import { toStoredLetter, type StoredLetter } from "./record.js";
import type { RunSummary } from "./run.js";
import { inShard, parseShard } from "./shard.js";
import { ResultStore, type Limits, type StoredState } from "./store.js";
import { packageRoot, pipelineFingerprint } from "./version.js";

/** What one run did, for the summary table and the benchmark. */
export interface RunStats {
  /** Inputs of this run (after sharding). */
  files: number;
  /** Analysed now (new, changed, or stored under another pipeline version). */
  analysed: number;
  /** Taken from the store unchanged. */
  reused: number;
  /** Stored letters whose file is no longer among the inputs, removed. */
  removed: number;
  /** Error letters among those analysed now, by code. */
  errorCodes: Record<string, number>;
  /** Pages of the letters analysed now. */
  pages: number;
  elapsedMs: number;
  /** Of which: walking, analysing and storing; writing the outputs from the store; the aggregate reports. */
  phasesMs: { analysis: number; outputs: number; reports: number };
  outputsWritten: boolean;
  /** Peak resident memory of the whole process (main thread, workers, outputs and aggregate reports), in MB. */
  peakRssMb: number;
  /** Whether the aggregate reports were built (false: unchanged since the last build). */
  reportsBuilt: boolean;
  dbPath: string;
  pipelineVersion: string;
}

export interface RunResult {
  stats: RunStats;
  summary: RunSummary;
}

export function defaultDbPath(options: Pick<AnalyzeOptions, "out" | "db">): string {
  return options.db || join(options.out, "foiscope.sqlite");
}

/** Errors caused by a limit or a fault outside the file: tried again when the limit is raised (or always). */
function worthRetrying(state: StoredState, limits: Limits): boolean {
  if (state.status !== "error") return false;
  const then = JSON.parse(state.limits || "{}") as Partial<Limits>;
  switch (state.errorCode) {
    case "FOISCOPE_TIMEOUT":
      return (then.timeoutMs ?? 0) < limits.timeoutMs || (then.ocrPageTimeoutMs ?? 0) < limits.ocrPageTimeoutMs;
    case "FOISCOPE_OUT_OF_MEMORY":
      return (then.maxMemoryMb ?? 0) < limits.maxMemoryMb;
    case "FOISCOPE_WORKER_CRASHED":
    case "FOISCOPE_READ_FAILED":
    case "FOISCOPE_TOO_LARGE":
      return true;
    default:
      return false;
  }
}

function sha256File(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

/**
 * Analyse files and folders into the result store, then write the outputs from it.
 *
 * Every input becomes exactly one stored letter. A file whose bytes (sha256),
 * pipeline version and options match what the store holds is not analysed again;
 * its stat is checked first, so an unchanged file is not even read. Results are
 * written as they arrive, a few whole letters per transaction, so memory holds at
 * most the in-flight window and a killed run resumes where it stopped.
 */
/** Builds the aggregate reports from the outputs in `out`; returns the names of the files it wrote there. */
export type ReportBuilder = () => Promise<string[]>;

export async function runAnalysis(
  paths: readonly string[],
  options: AnalyzeOptions,
  progress: ProgressSink = silentProgress,
  buildReports: ReportBuilder | null = null,
): Promise<RunResult> {
  const began = performance.now();
  const shard = parseShard(options.shard);
  const dbPath = defaultDbPath(options);
  const codeRoot = options.codeRoot || packageRoot();
  const pipelineVersion = pipelineFingerprint(codeRoot);
  // The OCR page budget is part of the key only when it is not the default, so stores made before it existed stay valid.
  const optionsKey = `ocr=${options.ocr ? 1 : 0}${options.maxOcrPages !== 100 ? `;ocr-pages=${options.maxOcrPages}` : ""}`;
  const limits: Limits = { timeoutMs: options.timeoutMs, ocrPageTimeoutMs: options.ocrPageTimeoutMs, maxMemoryMb: options.maxMemoryMb };
  const version = { pipelineVersion, optionsKey, limits: JSON.stringify(limits) };
  const stats: RunStats = {
    files: 0, analysed: 0, reused: 0, removed: 0, errorCodes: {}, pages: 0, elapsedMs: 0, phasesMs: { analysis: 0, outputs: 0, reports: 0 }, outputsWritten: false, peakRssMb: 0, reportsBuilt: false, dbPath, pipelineVersion,
  };

  const store = new ResultStore(dbPath);
  const window = Math.max(4, options.jobs * 4);
  // Started on the first file that needs analysing: a re-run over an unchanged corpus starts no workers.
  const started: { pool: AnalysisPool | null } = { pool: null };
  const pool = (): AnalysisPool => (started.pool ??= new AnalysisPool(options.jobs, window, { timeoutMs: options.timeoutMs, ocrPageTimeoutMs: options.ocrPageTimeoutMs }, options.maxMemoryMb, codeRoot));
  const pending: StoredLetter[] = [];
  let done = 0;
  const countError = (s: StoredLetter): void => {
    if (s.status === "error") stats.errorCodes[s.errorCode] = (stats.errorCodes[s.errorCode] ?? 0) + 1;
  };
  const flush = (): void => {
    store.saveLetters(pending, version);
    pending.length = 0;
  };
  const accept = (s: StoredLetter): void => {
    stats.analysed++;
    stats.pages += s.status === "error" ? 0 : s.pages;
    countError(s);
    pending.push(s);
    if (pending.length >= options.commitEvery) flush();
    done++;
  };
  const report = (): void => progress.update({ done, analysed: stats.analysed, reused: stats.reused, errors: Object.values(stats.errorCodes).reduce((a, b) => a + b, 0) });
  const ticker = setInterval(() => {
    report();
    // Results that trickle in slowly still reach the store within a second.
    flush();
  }, 500);
  ticker.unref();
  const failure = (input: InputFile, size: number, mtimeMs: number, contentHash: string, message: Omit<Message, "severity" | "source">): StoredLetter =>
    toStoredLetter(failedLetter(input.file, input.path, "", { severity: "fatal", source: "engine", ...message }), { contentHash, size, mtimeMs, elapsedMs: 0 });

  // Counting first (folder listings only) gives the progress bar its total; the
  // inputs are then walked again one at a time, never held as a list.
  if (progress !== silentProgress) progress.start(countInputs(paths, (file) => inShard(file, shard)));
  try {
    const inFlight = new Set<Promise<void>>();
    // One argument: names relative to it are unique, no clash to look for.
    const distinctNames = paths.length === 1;
    for (const found of walkInputs(paths)) {
      // Names are settled over every input before sharding, so each shard settles them alike.
      if (found.kind === "missing") {
        if (store.markSeen(found.argument, found.argument) !== "new" || !inShard(found.argument, shard)) continue;
        stats.files++;
        accept(failure({ file: found.argument, path: found.argument }, 0, 0, "", { code: "FOISCOPE_NOT_FOUND", text: `No such file or directory: ${found.argument}` }));
        continue;
      }
      const input = found.input;
      const seen = store.markSeen(input.file, input.path, distinctNames);
      if (seen === "repeat") continue;
      if (seen === "clash") {
        // Two folders given together both hold this name: the later one is named by its path from here.
        input.file = fallbackName(input.path);
        if (store.markSeen(input.file, input.path) !== "new") continue;
      }
      if (!inShard(input.file, shard)) continue;
      stats.files++;
      let size: number;
      let mtimeMs: number;
      try {
        const st = statSync(input.path);
        size = st.size;
        mtimeMs = st.mtimeMs;
      } catch (error) {
        accept(failure(input, 0, 0, "", { code: "FOISCOPE_READ_FAILED", text: `Could not read file: ${(error as Error).message}` }));
        continue;
      }
      if (size > options.maxBytes) {
        accept(failure(input, size, mtimeMs, "", { code: "FOISCOPE_TOO_LARGE", text: `File is ${size} bytes, over the ${options.maxBytes}-byte limit; raise --max-bytes to read it` }));
        continue;
      }
      const state = store.state(input.file);
      if (state && state.contentHash !== "" && state.pipelineVersion === pipelineVersion && state.optionsKey === optionsKey && !worthRetrying(state, limits)) {
        if (state.path === input.path && state.size === size && state.mtimeMs === mtimeMs) {
          stats.reused++;
          done++;
          continue;
        }
        // Touched, copied or moved: the bytes decide.
        if (sha256File(input.path) === state.contentHash) {
          store.touch(input.file, input.path, size, mtimeMs);
          stats.reused++;
          done++;
          continue;
        }
      }
      while (inFlight.size >= window) await Promise.race(inFlight);
      const task = pool().run({ file: input.file, path: input.path, size, mtimeMs, ocr: options.ocr, maxBytes: options.maxBytes, maxOcrPages: options.maxOcrPages });
      const settled: Promise<void> = task.then((outcome) => {
        inFlight.delete(settled);
        accept(outcomeToLetter(outcome, input, size, mtimeMs, options, failure));
      });
      inFlight.add(settled);
    }
    await Promise.all(inFlight);
    flush();
    // Files no longer among the inputs (of this shard) leave the store, and so the reports.
    const gone = store.unseenFiles().filter((f) => inShard(f, shard));
    store.removeLetters(gone);
    stats.removed = gone.length;
  } finally {
    clearInterval(ticker);
    report();
    progress.stop();
    await started.pool?.close();
  }
  try {
    const analysed = performance.now();
    stats.phasesMs.analysis = analysed - began;
    const parts = autoParts(options.outputParts, options.jobs, store.count());
    stats.outputsWritten = (await writeOutputs(store, options.out, { bom: options.bom, parts, dbPath, codeRoot })).written;
    const written = performance.now();
    stats.phasesMs.outputs = written - analysed;
    if (buildReports) {
      const params = { bom: options.bom, minN: options.minN, reports: options.reports };
      stats.reportsBuilt = (await buildIfChanged(store, options.out, params, buildReports)).built;
    }
    stats.phasesMs.reports = performance.now() - written;
    const summary = summaryFromStore(store);
    // getrusage's high-water mark: every thread of the process, whatever phase it peaked in.
    stats.peakRssMb = process.resourceUsage().maxRSS / 1024;
    stats.elapsedMs = performance.now() - began;
    return { stats, summary };
  } finally {
    store.close();
  }
}

function outcomeToLetter(
  outcome: TaskOutcome,
  input: InputFile,
  size: number,
  mtimeMs: number,
  options: AnalyzeOptions,
  failure: (input: InputFile, size: number, mtimeMs: number, hash: string, m: Omit<Message, "severity" | "source">) => StoredLetter,
): StoredLetter {
  if (outcome.kind === "done") return outcome.letter;
  // Hash the bytes here so an unchanged file that failed this way is not retried under the same limits.
  const hash = sha256File(input.path) ?? "";
  switch (outcome.kind) {
    case "timeout":
      return failure(input, size, mtimeMs, hash, { code: "FOISCOPE_TIMEOUT", text: timeoutReason(options, outcome.ocrPages) });
    case "out_of_memory":
      return failure(input, size, mtimeMs, hash, {
        code: "FOISCOPE_OUT_OF_MEMORY",
        text: `Needed more than the ${options.maxMemoryMb} MB worker heap; abandoned the file and replaced its worker (raise --max-memory to allow more)`,
      });
    case "crashed":
      return failure(input, size, mtimeMs, hash, { code: "FOISCOPE_WORKER_CRASHED", text: `The worker stopped while analysing this file (${outcome.message}); replaced it` });
  }
}

/** "Took longer than the 60 s per-file limit plus 10 s for each of its 40 OCR pages (460 s); …" */
export function timeoutReason(options: Pick<AnalyzeOptions, "timeoutMs" | "ocrPageTimeoutMs">, ocrPages: number): string {
  const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;
  const allowance =
    ocrPages > 0 && options.ocrPageTimeoutMs > 0
      ? ` plus ${seconds(options.ocrPageTimeoutMs)} for each of its ${ocrPages} OCR page${ocrPages === 1 ? "" : "s"} (${seconds(options.timeoutMs + ocrPages * options.ocrPageTimeoutMs)})`
      : "";
  const raise = ocrPages > 0 ? "raise --timeout or --timeout-per-ocr-page to allow more" : "raise --timeout to allow more";
  return `Took longer than the ${seconds(options.timeoutMs)} per-file limit${allowance}; abandoned the file and replaced its worker (${raise})`;
}

/** The table printed after a run. */
export function formatRunTable(stats: RunStats): string {
  const seconds = stats.elapsedMs / 1000;
  const rows: [string, string][] = [
    ["files", String(stats.files)],
    ["analysed now", String(stats.analysed)],
    ["reused from store", String(stats.reused)],
    ["removed (no longer input)", String(stats.removed)],
    ["pages analysed", String(stats.pages)],
    ["time", `${seconds.toFixed(1)} s (analysis ${(stats.phasesMs.analysis / 1000).toFixed(1)} s, outputs ${stats.outputsWritten ? `${(stats.phasesMs.outputs / 1000).toFixed(1)} s` : "unchanged"}, reports ${stats.reportsBuilt ? `${(stats.phasesMs.reports / 1000).toFixed(1)} s` : "unchanged"})`],
    ["peak memory", `${stats.peakRssMb.toFixed(0)} MB (whole process: main thread, workers, outputs and reports)`],
    ["rate", `${seconds > 0 ? (stats.analysed / seconds).toFixed(0) : "0"} files/s analysed`],
  ];
  for (const [code, n] of Object.entries(stats.errorCodes).sort()) rows.push([`error ${code}`, String(n)]);
  rows.push(["store", `${stats.dbPath} (${stats.pipelineVersion})`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join("\n");
}
