/**
 * A file the pool could not finish: what its stored letter says (a time limit, a worker heap,
 * a crash), and whether a later run should try it again.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Message } from "../core/types.js";
import type { InputFile } from "./files.js";
import type { AnalyzeOptions } from "./options.js";
import type { TaskOutcome } from "./pool.js";
import type { StoredLetter } from "./record.js";
import type { Limits, StoredState } from "./store.js";

/** A stored error letter for `input` with one fatal message. */
export type FailureMaker = (input: InputFile, size: number, mtimeMs: number, hash: string, m: Omit<Message, "severity" | "source">) => StoredLetter;

/** Errors caused by a limit or a fault outside the file: tried again when the limit is raised (or always). */
export function worthRetrying(state: StoredState, limits: Limits): boolean {
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

export function sha256File(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

export function outcomeToLetter(
  outcome: TaskOutcome,
  input: InputFile,
  size: number,
  mtimeMs: number,
  options: AnalyzeOptions,
  failure: FailureMaker,
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
