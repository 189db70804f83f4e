/** Options normalised once at the boundary into a fully populated type: no stage tests for undefined. */
export interface AnalyzeOptions {
  out: string;
  jobs: number;
  ocr: boolean;
  maxBytes: number;
  /** Per-file time limit in milliseconds. */
  timeoutMs: number;
  bom: boolean;
  minN: number;
  reports: string[];
  /** Path of the result store; "" for the default inside `out`. */
  db: string;
  /** Shard "K/N" (1-based K), or "" for all files. */
  shard: string;
  progress: boolean;
}

export function defaultAnalyzeOptions(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    out: "reports",
    jobs: 1,
    ocr: true,
    maxBytes: 200 * 1024 * 1024,
    timeoutMs: 60_000,
    bom: false,
    minN: 10,
    reports: ["csv", "html", "jsonl"],
    db: "",
    shard: "",
    progress: false,
    ...overrides,
  };
}
