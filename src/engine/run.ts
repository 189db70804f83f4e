import type { Letter } from "../core/types.js";
import { failedLetter } from "../core/letter.js";
import type { AnalyzeOptions } from "./options.js";
import { listInputs } from "./files.js";
import { processFile } from "./process.js";

export interface RunSummary {
  letters: number;
  questions: number;
  outcomes: Record<string, number>;
  errors: number;
  noResponse: number;
}

export function emptySummary(): RunSummary {
  return { letters: 0, questions: 0, outcomes: { disclosed: 0, not_held: 0, exempt: 0, other: 0 }, errors: 0, noResponse: 0 };
}

export function addToSummary(summary: RunSummary, letter: Letter): void {
  summary.letters++;
  if (letter.status === "error") summary.errors++;
  if (letter.status === "no_response") summary.noResponse++;
  for (const a of letter.answers) {
    summary.questions++;
    summary.outcomes[a.outcome] = (summary.outcomes[a.outcome] ?? 0) + 1;
  }
}

/**
 * Every input becomes exactly one letter, in a stable order, streamed to the
 * caller; the corpus is never held in memory. A path that does not exist is a
 * letter row with status error.
 */
export async function* analyzeFiles(paths: readonly string[], options: AnalyzeOptions): AsyncGenerator<Letter> {
  const { inputs, missing } = listInputs(paths);
  for (const m of missing) {
    yield failedLetter(m, m, "", { severity: "fatal", code: "FOISCOPE_NOT_FOUND", source: "engine", text: `No such file or directory: ${m}` });
  }
  for (const input of inputs) {
    yield await processFile(input, { ocr: options.ocr, maxBytes: options.maxBytes });
  }
}
