import type { LetterOutcome } from "../core/types.js";
import { letterOutcome } from "../core/letter.js";
import { type AnswerFact, type LetterFact, lettersFromAnswers } from "./records.js";

/** A letter with its answers, in input order. */
export interface LetterWithAnswers {
  letter: LetterFact;
  answers: AnswerFact[];
  /** Derived from the answers exactly as labels.md defines it ("" when there are none). */
  outcome: LetterOutcome | "";
}

/**
 * Joins answers to letters by file. Letter outcomes are derived again from the answers
 * rather than read from the letter record, so every letter count reconciles with answers.csv.
 * Answers whose letter is missing from `letters` (a run without letters.jsonl) get a letter
 * inferred from the answer's own metadata.
 */
export function joinLetters(letters: readonly LetterFact[], answers: readonly AnswerFact[]): LetterWithAnswers[] {
  const byFile = new Map<string, LetterWithAnswers>();
  for (const letter of letters) if (!byFile.has(letter.file)) byFile.set(letter.file, { letter, answers: [], outcome: "" });
  const orphans = answers.filter((a) => !byFile.has(a.file));
  for (const letter of lettersFromAnswers(orphans)) byFile.set(letter.file, { letter, answers: [], outcome: "" });
  for (const a of answers) byFile.get(a.file)!.answers.push(a);
  for (const entry of byFile.values()) entry.outcome = letterOutcome(entry.answers);
  return [...byFile.values()];
}
