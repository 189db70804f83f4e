import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { failedLetter } from "../core/letter.js";
import type { Message } from "../core/types.js";
import { FoiscopeError } from "../core/errors.js";
import { countInputs, fallbackName, isUnder, walkInputs, type InputFile, type WalkOptions } from "./files.js";
import type { AnalyzeOptions } from "./options.js";
import { autoParts, buildIfChanged, writeOutputs, summaryFromStore } from "./outputs.js";
import { AnalysisPool } from "./pool.js";
import { silentProgress, type ProgressSink } from "./progress.js";
import { toStoredLetter, type StoredLetter } from "./record.js";
import { inShard, parseShard } from "./shard.js";
import { ResultStore, type Limits } from "./store.js";
import { diskFullError, lockOutput } from "./lock.js";
import { packageRoot, pipelineFingerprint } from "./version.js";
import { outcomeToLetter, sha256File, worthRetrying } from "./failures.js";
import type { RunResult, RunStats } from "./run-stats.js";

// What other modules import from here, now kept beside their idea.
export { timeoutReason } from "./failures.js";
export { formatRunTable, type RunResult, type RunStats } from "./run-stats.js";

/** Heap a worker needs per byte of input, at least: the text itself, its lines and their copies. */
const HEAP_PER_BYTE = 3;

export function defaultDbPath(options: Pick<AnalyzeOptions, "out" | "db">): string {
  return options.db || join(options.out, "foiscope.sqlite");
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
  const walk: WalkOptions = { followSymlinks: options.followSymlinks, include: options.include, exclude: options.exclude };
  // Refused before the store is opened: a run over nothing would otherwise empty it.
  refuseEmptyInputs(paths, walk);
  const shard = parseShard(options.shard);
  const dbPath = defaultDbPath(options);
  const codeRoot = options.codeRoot || packageRoot();
  const pipelineVersion = pipelineFingerprint(codeRoot);
  // The OCR page budget is part of the key only when it is not the default, so stores made before it existed stay valid.
  const optionsKey = `ocr=${options.ocr ? 1 : 0}${options.maxOcrPages !== 100 ? `;ocr-pages=${options.maxOcrPages}` : ""}`;
  const limits: Limits = { timeoutMs: options.timeoutMs, ocrPageTimeoutMs: options.ocrPageTimeoutMs, maxMemoryMb: options.maxMemoryMb };
  const version = { pipelineVersion, optionsKey, limits: JSON.stringify(limits) };
  const stats: RunStats = {
    files: 0, analysed: 0, reused: 0, removed: 0, kept: 0, missing: 0, readFailuresKept: 0, errorCodes: {}, pages: 0, elapsedMs: 0, phasesMs: { analysis: 0, outputs: 0, reports: 0 }, outputsWritten: false, peakRssMb: 0, reportsBuilt: false, dbPath, pipelineVersion,
  };

  // One run per output folder: a second one is refused, saying who holds it.
  const unlock = lockOutput(options.out);
  try {
    return await analyseLocked(paths, options, progress, buildReports, { began, walk, shard, dbPath, codeRoot, pipelineVersion, optionsKey, limits, version, stats });
  } catch (error) {
    // Any other write that met a full disk (opening the store, its index pages, the checkpoint).
    throw diskFullError(error, `the result store ${dbPath}`, dbPath);
  } finally {
    unlock();
  }
}

interface RunSetup {
  began: number;
  walk: WalkOptions;
  shard: ReturnType<typeof parseShard>;
  dbPath: string;
  codeRoot: string;
  pipelineVersion: string;
  optionsKey: string;
  limits: Limits;
  version: { pipelineVersion: string; optionsKey: string; limits: string };
  stats: RunStats;
}

async function analyseLocked(
  paths: readonly string[],
  options: AnalyzeOptions,
  progress: ProgressSink,
  buildReports: ReportBuilder | null,
  setup: RunSetup,
): Promise<RunResult> {
  const { began, walk, shard, dbPath, codeRoot, pipelineVersion, optionsKey, limits, version, stats } = setup;
  const store = new ResultStore(dbPath);
  const window = Math.max(4, options.jobs * 4);
  // Started on the first file that needs analysing: a re-run over an unchanged corpus starts no workers.
  const started: { pool: AnalysisPool | null } = { pool: null };
  // A run whose first file to analyse is a PDF shares one compiled PDFium among its workers (pool.ts); a run of
  // text letters does not carry it (~9 MB).
  const pool = (first: string): AnalysisPool =>
    (started.pool ??= new AnalysisPool(options.jobs, window, { timeoutMs: options.timeoutMs, ocrPageTimeoutMs: options.ocrPageTimeoutMs }, options.maxMemoryMb, codeRoot, /\.pdf$/i.test(first)));
  const pending: StoredLetter[] = [];
  let done = 0;
  const countError = (s: StoredLetter): void => {
    if (s.status === "error") stats.errorCodes[s.errorCode] = (stats.errorCodes[s.errorCode] ?? 0) + 1;
  };
  // A write that fails (a full disk) is kept here and thrown from the run, not from a timer.
  let writeFailure: unknown = null;
  const flush = (): void => {
    if (pending.length === 0 || writeFailure) return;
    try {
      store.saveLetters(pending, version);
    } catch (error) {
      // The transaction rolled back: the store holds what it held before these letters.
      writeFailure = diskFullError(error, `the results of ${pending.map((s) => s.file).slice(0, 3).join(", ")}${pending.length > 3 ? ", …" : ""} to the store`, dbPath);
      throw writeFailure;
    }
    pending.length = 0;
  };
  const accept = (s: StoredLetter): void => {
    // A file that cannot be read this time keeps the result the store holds for it: nothing
    // leaves the store because of a read error (the run table and stderr say so).
    if (s.status === "error" && s.errorCode === "FOISCOPE_READ_FAILED") {
      const held = store.state(s.file);
      if (held !== null && held.status !== "error") {
        stats.readFailuresKept++;
        done++;
        return;
      }
    }
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
    try {
      flush();
    } catch {
      // Kept in writeFailure; the run stops at its next step.
    }
  }, 500);
  ticker.unref();
  const failure = (input: InputFile, size: number, mtimeMs: number, contentHash: string, message: Omit<Message, "severity" | "source">): StoredLetter =>
    toStoredLetter(failedLetter(input.file, input.path, "", { severity: "fatal", source: "engine", ...message }), { contentHash, size, mtimeMs, elapsedMs: 0 });

  // Counting first (folder listings only) gives the progress bar its total; the
  // inputs are then walked again one at a time, never held as a list.
  if (progress !== silentProgress) progress.start(countInputs(paths, (file) => inShard(file, shard), walk));
  // Folders walked in this run, and those of them (or below) that could not be listed: stored
  // letters leave the store only when their file is gone from a folder that was read.
  const roots: string[] = [];
  const unreadable: string[] = [];
  try {
    const inFlight = new Set<Promise<void>>();
    // One argument: names relative to it are unique, no clash to look for.
    const distinctNames = paths.length === 1;
    for (const found of walkInputs(paths, walk)) {
      // Names are settled over every input before sharding, so each shard settles them alike.
      if (found.kind === "root") {
        roots.push(found.dir);
        continue;
      }
      if (found.kind === "missing") {
        stats.missing++;
        if (store.markSeen(found.argument, found.argument) !== "new" || !inShard(found.argument, shard)) continue;
        stats.files++;
        accept(failure({ file: found.argument, path: found.argument }, 0, 0, "", { code: "FOISCOPE_NOT_FOUND", text: `No such file or directory: ${found.argument}` }));
        continue;
      }
      if (found.kind === "skipped") {
        if (found.unreadableDir) unreadable.push(found.unreadableDir);
        if (store.markSeen(found.input.file, found.input.path) !== "new" || !inShard(found.input.file, shard)) continue;
        stats.files++;
        if (found.code === "FOISCOPE_LABEL_FILE") {
          // A label file is not a failure: it is simply not a letter.
          const letter = failedLetter(found.input.file, found.input.path, "json", { severity: "info", source: "engine", code: found.code, text: found.text });
          letter.status = "not_a_letter";
          accept(toStoredLetter(letter, { contentHash: "", size: 0, mtimeMs: 0, elapsedMs: 0 }));
        } else accept(failure(found.input, 0, 0, "", { code: found.code, text: found.text }));
        continue;
      }
      const input = found.input;
      // The same file reached again (through another argument or a link) is analysed and counted once.
      if (input.real !== undefined && !store.markReal(input.real)) continue;
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
      if (size * HEAP_PER_BYTE > options.maxMemoryMb * 1024 * 1024) {
        // A worker given a heap smaller than the file's text cannot even hold it, and V8 then
        // aborts the whole process instead of the worker (one allocation bigger than the room
        // left). Refused before a worker is tried.
        accept(failure(input, size, mtimeMs, "", {
          code: "FOISCOPE_OUT_OF_MEMORY",
          text: `File is ${(size / 1024 / 1024).toFixed(1)} MB: analysing it needs more than the ${options.maxMemoryMb} MB worker heap (about ${HEAP_PER_BYTE} times its size); not tried (raise --max-memory to allow more)`,
        }));
        continue;
      }
      const state = store.state(input.file);
      // Metadata a manifest states is part of what the stored result was made from: a changed row re-analyses the file.
      const fileOptionsKey = input.meta ? `${optionsKey};manifest=${createHash("sha256").update(JSON.stringify(input.meta)).digest("hex").slice(0, 16)}` : optionsKey;
      if (state && state.contentHash !== "" && state.pipelineVersion === pipelineVersion && state.optionsKey === fileOptionsKey && !worthRetrying(state, limits)) {
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
      if (writeFailure) throw writeFailure;
      while (inFlight.size >= window) await Promise.race(inFlight);
      const task = pool(input.file).run({ file: input.file, path: input.path, size, mtimeMs, ocr: options.ocr, maxBytes: options.maxBytes, maxOcrPages: options.maxOcrPages, ...(input.meta ? { meta: input.meta } : {}) });
      const settled: Promise<void> = task.then((outcome) => {
        inFlight.delete(settled);
        const stored = outcomeToLetter(outcome, input, size, mtimeMs, options, failure);
        if (fileOptionsKey !== optionsKey) stored.optionsKey = fileOptionsKey;
        if (state === null) stored.isNew = true;
        accept(stored);
      });
      inFlight.add(settled);
    }
    await Promise.all(inFlight);
    flush();
    // Letters whose file is gone from a folder walked in this run (of this shard) leave the store,
    // and so the reports; so do rows for arguments of earlier runs that named nothing. Letters
    // of folders not given this time, or under a folder that could not be listed, stay.
    const unseen = store.unseenLetters().filter((l) => inShard(l.file, shard));
    const gone = unseen
      .filter((l) => l.errorCode === "FOISCOPE_NOT_FOUND" || (roots.some((r) => isUnder(l.path, r)) && !unreadable.some((u) => isUnder(l.path, u))))
      .map((l) => l.file);
    store.removeLetters(gone);
    stats.removed = gone.length;
    stats.kept = unseen.length - gone.length;
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
    try {
      stats.outputsWritten = (await writeOutputs(store, options.out, { bom: options.bom, parts, dbPath, codeRoot })).written;
    } catch (error) {
      throw diskFullError(error, "answers.csv, letters.csv, answers.jsonl and letters.jsonl", options.out);
    }
    const written = performance.now();
    stats.phasesMs.outputs = written - analysed;
    if (buildReports) {
      const params = { bom: options.bom, minN: options.minN, reports: options.reports };
      try {
        stats.reportsBuilt = (await buildIfChanged(store, options.out, params, buildReports)).built;
      } catch (error) {
        throw diskFullError(error, "the reports", options.out);
      }
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

/** Throws FOISCOPE_NO_INPUT when the arguments hold nothing to analyse (none given, or only empty folders and missing paths). */
function refuseEmptyInputs(paths: readonly string[], walk: WalkOptions): void {
  if (paths.length === 0) throw new FoiscopeError("FOISCOPE_NO_INPUT", "No files or folders given to analyse");
  const missing: string[] = [];
  for (const found of walkInputs(paths, walk)) {
    if (found.kind === "root") continue;
    if (found.kind !== "missing") return;
    missing.push(found.argument);
  }
  const parts = [missing.length ? `${missing.join(", ")} ${missing.length === 1 ? "does" : "do"} not exist` : "", missing.length < paths.length ? "the folders given hold no files" : ""].filter(Boolean);
  throw new FoiscopeError("FOISCOPE_NO_INPUT", `Nothing to analyse: ${parts.join("; ")}. The store and the reports were left as they were`);
}
