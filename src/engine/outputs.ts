import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createOutputWriters } from "../report/writers.js";
import type { RunSummary } from "./run.js";
import type { ResultStore } from "./store.js";

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
  const summary: RunSummary = { letters: 0, questions: 0, outcomes: { disclosed: 0, not_held: 0, exempt: 0, other: 0 }, errors: 0, noResponse: 0 };
  for (const r of letters) {
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
export async function writeOutputs(store: ResultStore, out: string, options: { bom: boolean }): Promise<{ written: boolean }> {
  const key = `outputs:${resolve(out)}`;
  const generation = store.generation();
  const previous = store.getMeta(key);
  const current = stampOf(out, generation, options.bom);
  if (previous !== null && current !== null && previous === JSON.stringify(current)) return { written: false };
  const sink = createOutputWriters(out, { bom: options.bom });
  for (const letter of store.letters()) await sink.write(letter);
  await sink.close();
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
