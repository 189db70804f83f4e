import type { RunSummary } from "./run.js";

/**
 * The account of one run: what it analysed, reused, removed and kept, how long each phase
 * took, and the table the CLI prints after it.
 */
/** What one run did, for the summary table and the benchmark. */
export interface RunStats {
  /** Inputs of this run (after sharding). */
  files: number;
  /** Analysed now (new, changed, or stored under another pipeline version). */
  analysed: number;
  /** Taken from the store unchanged. */
  reused: number;
  /** Stored letters whose file is gone from a folder given in this run, removed. */
  removed: number;
  /** Stored letters of files not among this run's inputs (not under a folder given, or under one that could not be read), kept. */
  kept: number;
  /** Arguments that name nothing on disk (each has an error row). */
  missing: number;
  /** Files that could not be read this time whose earlier result the store holds: kept, not replaced by an error. */
  readFailuresKept: number;
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

/** The table printed after a run. */
export function formatRunTable(stats: RunStats): string {
  const seconds = stats.elapsedMs / 1000;
  const rows: [string, string][] = [
    ["files", String(stats.files)],
    ["analysed now", String(stats.analysed)],
    ["reused from store", String(stats.reused)],
    ["removed (gone from a folder given)", String(stats.removed)],
    ["kept (not among these inputs)", String(stats.kept)],
    ...(stats.readFailuresKept ? [["unreadable now, earlier result kept", String(stats.readFailuresKept)] as [string, string]] : []),
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
