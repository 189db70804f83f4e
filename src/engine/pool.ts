import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { FoiscopeError } from "../core/errors.js";
import type { StoredLetter } from "./record.js";
import { ocrSlotsLength, releaseAbandoned } from "../extract/ocr-slots.js";
import { compilePdfium } from "../extract/pdfium.js";
import type { WorkerData, WorkerTask } from "./worker.js";

export type TaskOutcome =
  | { kind: "done"; letter: StoredLetter }
  | { kind: "timeout"; ocrPages: number }
  | { kind: "out_of_memory" }
  | { kind: "crashed"; message: string };

export interface TimeLimits {
  /** Every file's limit, from when a worker picks it up. */
  timeoutMs: number;
  /** Added for each page the file's extractor says it is about to OCR. */
  ocrPageTimeoutMs: number;
}

/**
 * Worker threads (piscina) with a per-file time limit that starts when a worker
 * picks the file up, not when it was queued. Each worker writes its task's start
 * time into a shared table; a watchdog aborts any task past the limit, and
 * piscina then terminates that worker and starts a fresh one. A file that makes
 * its worker run out of heap (resourceLimits) or exit is isolated the same way.
 *
 * The limit grows with the OCR a file needs: before OCR starts, the extractor
 * announces its page count, which the worker adds to a second shared table, and
 * the watchdog allows `ocrPageTimeoutMs` more per announced page. Shared memory
 * rather than messages because a worker stuck in a loop (or in a synchronous
 * WASM call) answers no message, while the watchdog still reads what it wrote
 * last. A hung file that announced nothing is abandoned at the base limit; one
 * that hangs during its OCR at the base plus its pages' allowance, never later.
 */
export class AnalysisPool {
  private readonly pool: Piscina;
  private readonly starts: Int32Array;
  private readonly ocrPlanned: Int32Array;
  private readonly ocrRunning: Int32Array;
  private readonly epoch = Date.now();
  private readonly freeSlots: number[];
  private readonly running = new Map<number, { controller: AbortController; timedOut: boolean; ocrPages: number }>();
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    readonly jobs: number,
    readonly capacity: number,
    private readonly limits: TimeLimits,
    maxMemoryMb: number,
    codeRoot: string,
    sharePdfium = false,
  ) {
    const filename = join(codeRoot, "dist", "engine", "worker.js");
    if (!existsSync(filename)) {
      throw new FoiscopeError("FOISCOPE_NOT_BUILT", `The compiled worker ${filename} is missing; run 'npm run build' first`);
    }
    const shared = new SharedArrayBuffer(4 * capacity);
    this.starts = new Int32Array(shared);
    const planned = new SharedArrayBuffer(4 * capacity);
    this.ocrPlanned = new Int32Array(planned);
    this.freeSlots = Array.from({ length: capacity }, (_, i) => capacity - 1 - i);
    // One count of running OCR engines for the whole pool (ocr-slots.ts): a long scan's pages take the slots other workers leave free.
    this.ocrRunning = new Int32Array(new SharedArrayBuffer(4 * ocrSlotsLength(capacity)));
    const workerData: WorkerData = { starts: shared, ocrPlanned: planned, epoch: this.epoch, ocrRunning: this.ocrRunning.buffer as SharedArrayBuffer, ocrCapacity: jobs, ...(sharePdfium ? { pdfium: pdfiumForWorkers() } : {}) };
    this.pool = new Piscina({
      filename: pathToFileURL(filename).href,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 60_000,
      // Queue everything the caller submits; the caller bounds how much that is.
      maxQueue: capacity,
      // A small young generation: measured 250 MB peak RSS for main + 2 workers against 400 MB
      // with 64 MB (letters are small; little survives a scavenge). 16 MB rather than 8: a text
      // letter allocates ~0.6 MB, and with 8 MB a worker scavenged every 6 letters (489 scavenges
      // for 3,000 letters against 254), promoting what a letter in progress still held; measured
      // −2.2 %, −2.2 % and −2.7 % CPU a letter side by side (20,000 letters, --jobs 2), peak RSS
      // 258–282 MB against 241–252 MB (docs/bench.md, "sixth pass").
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 16 },
      workerData,
      // Workers run exactly as under the CLI, whatever flags the parent was started with: under
      // vitest, inherited "--conditions development" made Node fail intermittently with "Unexpected
      // status of a module that is imported again after being required".
      execArgv: [],
    });
    this.watchdog = setInterval(() => this.check(), Math.max(20, Math.min(250, limits.timeoutMs / 4)));
    this.watchdog.unref();
  }

  /** Tasks submitted and not yet finished. */
  get size(): number {
    return this.running.size;
  }

  run(task: Omit<WorkerTask, "slot">): Promise<TaskOutcome> {
    const slot = this.freeSlots.pop();
    if (slot === undefined) throw new FoiscopeError("FOISCOPE_INTERNAL", "More tasks submitted than the pool's capacity");
    Atomics.store(this.starts, slot, 0);
    Atomics.store(this.ocrPlanned, slot, 0);
    const entry = { controller: new AbortController(), timedOut: false, ocrPages: 0 };
    this.running.set(slot, entry);
    const full: WorkerTask = { ...task, slot };
    return this.pool.run(full, { signal: entry.controller.signal }).then(
      (letter: StoredLetter): TaskOutcome => ({ kind: "done", letter }),
      (error: unknown): TaskOutcome => {
        if (entry.timedOut) return { kind: "timeout", ocrPages: entry.ocrPages };
        const code = (error as { code?: string }).code;
        if (code === "ERR_WORKER_OUT_OF_MEMORY") return { kind: "out_of_memory" };
        return { kind: "crashed", message: error instanceof Error ? error.message : String(error) };
      },
    ).finally(() => {
      this.running.delete(slot);
      // A task abandoned mid-OCR (time limit, memory, crash) never released its engine slots.
      releaseAbandoned(this.ocrRunning, slot);
      Atomics.store(this.starts, slot, 0);
      Atomics.store(this.ocrPlanned, slot, 0);
      this.freeSlots.push(slot);
    });
  }

  private check(): void {
    const now = Date.now() - this.epoch;
    for (const [slot, entry] of this.running) {
      const started = Atomics.load(this.starts, slot);
      if (started <= 0 || entry.timedOut) continue;
      const ocrPages = Atomics.load(this.ocrPlanned, slot);
      if (now - started > this.limits.timeoutMs + ocrPages * this.limits.ocrPageTimeoutMs) {
        entry.timedOut = true;
        entry.ocrPages = ocrPages;
        entry.controller.abort(new FoiscopeError("FOISCOPE_TIMEOUT", "time limit"));
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await this.pool.destroy();
  }
}

/**
 * PDFium compiled once here and handed to every worker (pdfium.ts, `compilePdfium`): the
 * workers then share one copy of its machine code, so the optimising compiler's work on
 * the hot functions is done once for the pool rather than once a worker, and a worker
 * started to replace one (after a time limit) starts with it. ~0.05 CPU-s and ~9 MB here,
 * so only for a run whose first file is a PDF (engine.ts); in any other run, and if the
 * package cannot be read, each worker that meets a PDF compiles its own as before.
 */
function pdfiumForWorkers(): WebAssembly.Module | undefined {
  try {
    return compilePdfium();
  } catch {
    return undefined;
  }
}
