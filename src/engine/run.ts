import type { Letter } from "../core/types.js";

export interface RunSummary {
  /** Letters (files that are correspondence, read or not); files set aside as not letters are `notLetters`. */
  letters: number;
  questions: number;
  outcomes: Record<string, number>;
  errors: number;
  noResponse: number;
  notLetters: number;
}

export function emptySummary(): RunSummary {
  return { letters: 0, questions: 0, outcomes: { disclosed: 0, not_held: 0, exempt: 0, other: 0 }, errors: 0, noResponse: 0, notLetters: 0 };
}

export function addToSummary(summary: RunSummary, letter: Letter): void {
  if (letter.status === "not_a_letter") {
    summary.notLetters++;
    return;
  }
  summary.letters++;
  if (letter.status === "error") summary.errors++;
  if (letter.status === "no_response") summary.noResponse++;
  for (const a of letter.answers) {
    summary.questions++;
    summary.outcomes[a.outcome] = (summary.outcomes[a.outcome] ?? 0) + 1;
  }
}
