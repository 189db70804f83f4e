/**
 * The piscina worker: one file end to end (read, hash, extract, analyse) and the
 * letter in the shape the store writes. Runs in a worker thread from dist/.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { workerData } from "node:worker_threads";
import { errorMessage } from "../core/errors.js";
import { failedLetter } from "../core/letter.js";
import { processBytes } from "./process.js";
// Loaded with the worker, before its first file, so the load never counts against a file's time limit.
import "../extract/registry.js";
import { analyzeText } from "./analyze.js";
import { sharedOcrSlots } from "../extract/ocr-slots.js";
import { usePdfiumModule } from "../extract/pdfium.js";
import { toStoredLetter, type StoredLetter } from "./record.js";
import type { LetterMeta } from "../core/types.js";

export interface WorkerTask {
  file: string;
  path: string;
  size: number;
  mtimeMs: number;
  /** Slot in the shared start-time table that the main thread's watchdog reads. */
  slot: number;
  ocr: boolean;
  maxBytes: number;
  maxOcrPages: number;
  /** Metadata a manifest states for the file. */
  meta?: Partial<LetterMeta>;
}

export interface WorkerData {
  /** Int32Array over a SharedArrayBuffer: per slot, ms since `epoch` at which the task started (0 = not started). */
  starts: SharedArrayBuffer;
  /** Int32Array over a SharedArrayBuffer: per slot, pages the task's extractors announced they will OCR. */
  ocrPlanned: SharedArrayBuffer;
  epoch: number;
  /** Int32Array over a SharedArrayBuffer: OCR engines running in the whole pool, then per slot those a task holds (ocr-slots.ts). */
  ocrRunning: SharedArrayBuffer;
  /** Most OCR engines running at once in the pool: one per worker. */
  ocrCapacity: number;
  /** PDFium compiled by the pool's main thread, shared by every worker (pdfium.ts). */
  pdfium?: WebAssembly.Module;
}

// One small letter read end to end at start-up: the gazetteer's index, the date parser and the
// classifiers' lazily built tables are ready before the first file, whose time limit they would eat.
analyzeText("Northdale Council\nOur ref: W/1\n2 May 2020\nDear Sir,\n1. How many?\nWe do not hold this information.\nYours sincerely,\nNorthdale Council\n", { file: "warm-up.txt", path: "warm-up.txt" });

const shared = workerData as WorkerData | undefined;
if (shared?.pdfium) usePdfiumModule(shared.pdfium);
const starts = shared ? new Int32Array(shared.starts) : null;
const ocrPlanned = shared ? new Int32Array(shared.ocrPlanned) : null;
const ocrRunning = shared ? new Int32Array(shared.ocrRunning) : null;

export default async function analyzeTask(task: WorkerTask): Promise<StoredLetter> {
  // The time limit runs from here, not from when the task was queued.
  if (starts && shared) Atomics.store(starts, task.slot, Math.max(1, Date.now() - shared.epoch));
  const began = performance.now();
  simulateFault(task.file);
  let bytes: Uint8Array;
  try {
    refuseReadForTest(task.file);
    bytes = readFileSync(task.path);
  } catch (error) {
    const { text } = errorMessage(error);
    const letter = failedLetter(task.file, task.path, "", { severity: "fatal", code: "FOISCOPE_READ_FAILED", source: "engine", text: `Could not read file: ${text}` });
    return toStoredLetter(letter, { contentHash: "", size: task.size, mtimeMs: task.mtimeMs, elapsedMs: performance.now() - began });
  }
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  const onOcrPlanned = (pages: number): void => {
    // Read by the watchdog, which allows more time for each page (see pool.ts).
    if (ocrPlanned) Atomics.add(ocrPlanned, task.slot, Math.max(0, Math.floor(pages)));
    simulateOcrFault(task.file, pages);
  };
  const letter = await processBytes({ file: task.file, path: task.path, ...(task.meta ? { meta: task.meta } : {}) }, bytes, {
    ocr: task.ocr,
    maxBytes: task.maxBytes,
    maxOcrPages: task.maxOcrPages,
    onOcrPlanned,
    ...(ocrRunning && shared ? { ocrSlots: sharedOcrSlots(ocrRunning, shared.ocrCapacity, task.slot) } : {}),
  });
  return toStoredLetter(letter, { contentHash, size: bytes.length, mtimeMs: task.mtimeMs, elapsedMs: performance.now() - began });
}

/**
 * Test hooks, read only here and only from the environment, so the engine's
 * failure handling can be tested on demand: a file that hangs, one that eats
 * memory, one that kills its worker, and a per-file delay (to interrupt a run
 * mid-way). Production runs never set these variables.
 */
function simulateFault(file: string): void {
  const env = process.env;
  const named = (v: string | undefined): boolean => v !== undefined && v !== "" && v.split(",").some((n) => n === file || file.endsWith(`/${n}`));
  const delay = Number(env.FOISCOPE_TEST_DELAY_MS ?? 0);
  if (delay > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
  if (named(env.FOISCOPE_TEST_HANG)) for (;;);
  if (named(env.FOISCOPE_TEST_HOG)) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 1e5 }, (_, i) => i + 0.5));
  }
  if (named(env.FOISCOPE_TEST_CRASH)) process.exit(3);
}

/** Test hook: files named in FOISCOPE_TEST_UNREADABLE fail to read as with EACCES (root reads any file). */
function refuseReadForTest(file: string): void {
  const names = process.env.FOISCOPE_TEST_UNREADABLE;
  if (names && names.split(",").some((n) => n === file || file.endsWith(`/${n}`))) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
}

/**
 * Test hooks at the moment a file's OCR pages are announced: slow OCR (a delay per
 * announced page, for every file) and a stuck OCR engine (the named files hang).
 */
function simulateOcrFault(file: string, pages: number): void {
  const env = process.env;
  const delay = Number(env.FOISCOPE_TEST_OCR_DELAY_MS ?? 0);
  if (delay > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay * pages);
  const hang = env.FOISCOPE_TEST_HANG_IN_OCR;
  if (hang && hang.split(",").some((n) => n === file || file.endsWith(`/${n}`))) for (;;);
}
