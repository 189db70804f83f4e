/**
 * How many OCR engine processes run at once, across every worker of a run: one
 * page scheduler for the whole pool rather than one page at a time per file.
 *
 * Without it a 60-page scan is read one page after another by the worker that
 * opened it while the other worker, its files done, sits idle: the run ends at
 * half the machine's OCR rate. With it, a worker renders the next page of its scan
 * and starts the engine on it whenever a slot is free anywhere in the pool, so a
 * long scan takes up all the slots the other workers leave unused, and never more
 * than `jobs` engines run together (each tesseract runs one thread).
 *
 * The count lives in shared memory (an Int32Array over a SharedArrayBuffer the
 * pool hands every worker): index 0 is the number of engines running, index
 * 1 + task slot the number a task holds, so that when the pool abandons a task
 * (time limit, out of memory, crash) before it released its slots, the main
 * thread gives them back (`releaseAbandoned`).
 */

/** Releases one slot; calling it again does nothing. */
export type Release = () => void;

export interface OcrSlots {
  /** Most engines running at once. */
  readonly capacity: number;
  /** Resolves when an engine may start; call the release when it has finished. */
  acquire(): Promise<Release>;
}

/** Atomics.waitAsync (Node ≥ 16), missing from the TypeScript library this project targets. */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: boolean; value: Promise<string> | string };
}).waitAsync;

/** The shared array's length for a pool of `taskSlots` task slots. */
export const ocrSlotsLength = (taskSlots: number): number => 1 + taskSlots;

/** Slots counted in `counts` (shared between threads), held on behalf of task slot `task`. */
export function sharedOcrSlots(counts: Int32Array, capacity: number, task: number): OcrSlots {
  const cap = Math.max(1, Math.floor(capacity));
  return {
    capacity: cap,
    async acquire(): Promise<Release> {
      for (;;) {
        const running = Atomics.load(counts, 0);
        if (running < cap) {
          if (Atomics.compareExchange(counts, 0, running, running + 1) !== running) continue;
          Atomics.add(counts, 1 + task, 1);
          let released = false;
          return () => {
            if (released) return;
            released = true;
            Atomics.sub(counts, 1 + task, 1);
            Atomics.sub(counts, 0, 1);
            Atomics.notify(counts, 0);
          };
        }
        // Woken when a slot is released anywhere; the time-out re-reads in case a notify was missed.
        const waited = waitAsync(counts, 0, running, 1000);
        if (waited.async) await waited.value;
      }
    },
  };
}

/** Gives back the slots a task held when it was abandoned before releasing them. */
export function releaseAbandoned(counts: Int32Array, task: number): void {
  const held = Atomics.exchange(counts, 1 + task, 0);
  if (held > 0) {
    Atomics.sub(counts, 0, held);
    Atomics.notify(counts, 0);
  }
}

/** Slots within one thread (a library caller, `explain`, tests): `capacity` engines at once. */
export function localOcrSlots(capacity: number): OcrSlots {
  return sharedOcrSlots(new Int32Array(new SharedArrayBuffer(4 * ocrSlotsLength(1))), capacity, 0);
}
