/** Options normalised once at the boundary into a fully populated type: no stage tests for undefined. */
export interface AnalyzeOptions {
  out: string;
  jobs: number;
  ocr: boolean;
  maxBytes: number;
  /** Per-file time limit in milliseconds, before any allowance for OCR. */
  timeoutMs: number;
  /**
   * Added to a file's time limit for each page it is about to OCR (scanned PDF pages,
   * pictures, attachments included), in milliseconds: a 40-page scan needs minutes, a
   * hung text file none of them. The extractor announces the pages before it starts.
   */
  ocrPageTimeoutMs: number;
  /** Most pages of one file OCR'd; the rest are left out with a warning naming them. */
  maxOcrPages: number;
  /** Heap limit of each worker in megabytes (worker resourceLimits): a file that needs more is abandoned. */
  maxMemoryMb: number;
  bom: boolean;
  minN: number;
  reports: string[];
  /** Path of the result store; "" for the default inside `out`. */
  db: string;
  /** Shard "K/N" (1-based K), or "" for all files. */
  shard: string;
  progress: boolean;
  /** Read files behind symbolic links that lead outside the folders given (off: such links get a row saying why). */
  followSymlinks: boolean;
  /**
   * Letters written per store transaction. Each letter is written whole or not at all in any case;
   * grouping a few letters per commit keeps the WAL from being rewritten 100,000 times.
   */
  commitEvery: number;
  /**
   * Package root whose dist/ the workers run and whose compiled code and data/ make
   * the pipeline version; "" for this package. Tests and the benchmark point it at a
   * frozen copy of the build so a rebuild mid-run cannot change the code under them.
   */
  codeRoot: string;
  /** Globs selecting the files found inside folder arguments (`--include` / `--exclude`); see files.ts nameMatcher. */
  include: string[];
  exclude: string[];
  /** Threads writing the outputs from the store; 0 for automatic (--jobs, for stores of 2,000 letters or more). */
  outputParts: number;
}

export function defaultAnalyzeOptions(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    out: "reports",
    jobs: 1,
    ocr: true,
    maxBytes: 200 * 1024 * 1024,
    timeoutMs: 60_000,
    ocrPageTimeoutMs: 10_000,
    maxOcrPages: 100,
    maxMemoryMb: 1024,
    bom: false,
    minN: 10,
    reports: ["csv", "html", "jsonl"],
    db: "",
    shard: "",
    progress: false,
    followSymlinks: false,
    commitEvery: 128,
    codeRoot: "",
    outputParts: 0,
    include: [],
    exclude: [],
    ...overrides,
  };
}
