import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { FoiscopeError } from "../core/errors.js";
import type { OutputSlice } from "./output-worker.js";
import { createOutputWriters } from "../report/writers.js";
import { emptySummary, type RunSummary } from "./run.js";
import type { ResultStore } from "./store.js";

/**
 * Output-writing threads: --jobs of them for stores of 2,000 letters or more. They
 * start after the analysis workers have stopped, so they do not raise the peak:
 * measured for 100,000 letters on 2 busy cores, 21.9 s with two threads against
 * 27.6 s with one, at 138 MB peak for this phase against ~245 MB during analysis.
 */
export function autoParts(requested: number, jobs: number, letters: number): number {
  if (requested > 0) return requested;
  return letters >= 2000 ? Math.max(1, jobs) : 1;
}

/** Files the writers produce from the store. */
export const OUTPUT_FILES = ["answers.csv", "letters.csv", "answers.jsonl", "letters.jsonl"];

interface OutputStamp {
  generation: number;
  bom: boolean;
  files: { name: string; size: number; mtimeMs: number }[];
}

function stampOf(dir: string, generation: number, bom: boolean): OutputStamp | null {
  const files = [];
  for (const name of OUTPUT_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) return null;
    const st = statSync(path);
    files.push({ name, size: st.size, mtimeMs: st.mtimeMs });
  }
  return { generation, bom, files };
}

/** Counts for the printed summary, straight from the store (every letter of the run, reused or not). */
export function summaryFromStore(store: ResultStore): RunSummary {
  const db = store.db;
  const letters = db.prepare("SELECT status, count(*) AS n FROM letters GROUP BY status").all() as { status: string; n: number }[];
  const outcomes = db.prepare("SELECT outcome, count(*) AS n FROM answers GROUP BY outcome").all() as { outcome: string; n: number }[];
  const summary = emptySummary();
  for (const r of letters) {
    if (r.status === "not_a_letter") {
      summary.notLetters += r.n;
      continue;
    }
    summary.letters += r.n;
    if (r.status === "error") summary.errors += r.n;
    if (r.status === "no_response") summary.noResponse += r.n;
  }
  for (const r of outcomes) {
    summary.questions += r.n;
    summary.outcomes[r.outcome] = r.n;
  }
  return summary;
}

/**
 * answers.csv, letters.csv, answers.jsonl and letters.jsonl from the store, in
 * file-name order, one letter in memory at a time. Letters reused from earlier
 * runs are in them as much as those analysed now. When the store has not changed
 * since these files were last written from it (and they are untouched), they are
 * left as they are: a re-run over an unchanged corpus then costs a stat per file.
 */
export async function writeOutputs(
  store: ResultStore,
  out: string,
  options: { bom: boolean; parts?: number; dbPath?: string; codeRoot?: string },
): Promise<{ written: boolean }> {
  const key = `outputs:${resolve(out)}`;
  const generation = store.generation();
  const previous = store.getMeta(key);
  const current = stampOf(out, generation, options.bom);
  if (previous !== null && current !== null && previous === JSON.stringify(current)) return { written: false };
  const parts = Math.min(options.parts ?? 1, store.count());
  if (parts > 1 && options.dbPath && options.codeRoot) {
    await writeInSlices(store, out, options.bom, parts, options.dbPath, options.codeRoot);
  } else {
    const sink = createOutputWriters(out, { bom: options.bom });
    for (const letter of store.letters()) await sink.write(letter);
    await sink.close();
  }
  const stamp = stampOf(out, generation, options.bom);
  if (stamp) store.setMeta(key, JSON.stringify(stamp));
  return { written: true };
}

/**
 * Runs `build` (the aggregate reports: tables, report.html) unless the store and
 * `params` are those the files it last wrote came from and those files are
 * untouched. Aggregates over 100,000 letters take seconds; an unchanged corpus
 * should not pay for them again.
 */
export async function buildIfChanged(
  store: ResultStore,
  out: string,
  params: unknown,
  build: () => Promise<string[]>,
): Promise<{ built: boolean }> {
  const key = `reports:${resolve(out)}`;
  const wanted = JSON.stringify({ generation: store.generation(), params });
  const previous = store.getMeta(key);
  if (previous !== null) {
    const stamp = JSON.parse(previous) as { wanted: string; files: { name: string; size: number; mtimeMs: number }[] };
    const same = stamp.wanted === wanted && stamp.files.every((f) => {
      const path = join(out, f.name);
      if (!existsSync(path)) return false;
      const st = statSync(path);
      return st.size === f.size && st.mtimeMs === f.mtimeMs;
    });
    if (same) return { built: false };
  }
  const names = await build();
  const files = names.map((name) => {
    const st = statSync(join(out, name));
    return { name, size: st.size, mtimeMs: st.mtimeMs };
  });
  store.setMeta(key, JSON.stringify({ wanted, files }));
  return { built: true };
}

/**
 * The outputs written by `parts` worker threads, each a range of file names into
 * its own folder, then joined in order: a CSV slice after the first loses its header
 * line (and byte-order mark). With the analysis over, the cores are free; writing
 * 100,000 letters' CSV and JSONL is otherwise seconds of one thread.
 */
async function writeInSlices(store: ResultStore, out: string, bom: boolean, parts: number, dbPath: string, codeRoot: string): Promise<void> {
  // The slices read a consistent store: everything committed so far, WAL folded in.
  store.db.pragma("wal_checkpoint(PASSIVE)");
  const cuts = store.cuts(parts);
  const bounds = [null, ...cuts, null];
  const scratch = join(out, ".foiscope-slices");
  rmSync(scratch, { recursive: true, force: true });
  const dirs = Array.from({ length: parts }, (_, k) => join(scratch, String(k)));
  const script = join(codeRoot, "dist", "engine", "output-worker.js");
  await Promise.all(
    dirs.map((dir, k) => {
      mkdirSync(dir, { recursive: true });
      const slice: OutputSlice = { db: resolve(dbPath), dir, bom, from: bounds[k]!, to: bounds[k + 1]! };
      return new Promise<void>((done, fail) => {
        // A small young generation, as for the analysis workers: rows are written and dropped one by one.
        const worker = new Worker(script, { workerData: slice, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        worker.on("error", fail);
        worker.on("exit", (code) => (code === 0 ? done() : fail(new FoiscopeError("FOISCOPE_OUTPUT_FAILED", `Writing outputs slice ${k + 1} of ${parts} stopped (exit ${code}); run again`))));
      });
    }),
  );
  mkdirSync(out, { recursive: true });
  for (const name of OUTPUT_FILES) {
    // The first slice grows by the others where it lies, then is renamed into place whole.
    const first = join(dirs[0]!, name);
    const fd = openSync(first, "a");
    try {
      for (const dir of dirs.slice(1)) appendFile(fd, join(dir, name), name.endsWith(".csv"));
    } finally {
      closeSync(fd);
    }
    renameSync(first, join(out, name));
  }
  rmSync(scratch, { recursive: true, force: true });
}

function appendFile(fd: number, path: string, skipHeader: boolean): void {
  const input = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(1 << 20);
  try {
    let first = true;
    for (;;) {
      const n = readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      let start = 0;
      if (first && skipHeader) {
        // The header line ends at the first newline (the byte-order mark, if any, is before it).
        start = buffer.subarray(0, n).indexOf(10) + 1;
        if (start === 0) throw new FoiscopeError("FOISCOPE_OUTPUT_FAILED", `No header line in ${path}`);
      }
      first = false;
      writeSync(fd, buffer, start, n - start);
    }
  } finally {
    closeSync(input);
  }
}
