import type { LetterOutcome } from "../core/types.js";
import type { LetterWithAnswers } from "./letters.js";
import { groupKey, yearOf } from "./records.js";
import { groupBy } from "./group.js";

/**
 * Letter outcomes in the shape of the Cabinet Office FOI statistics: granted in full,
 * withheld in part, withheld in full, information not held, plus mixed/other.
 */
export const LETTER_OUTCOMES: readonly LetterOutcome[] = ["granted_full", "withheld_part", "withheld_full", "not_held", "mixed_other"];

export const OUTCOMES_COLUMNS = [
  "scope", "group", "letters",
  "granted_full", "withheld_part", "withheld_full", "not_held", "mixed_other", "no_outcome",
  "granted_full_share", "withheld_part_share", "withheld_full_share", "not_held_share", "mixed_other_share",
] as const;

export interface OutcomeRow {
  /** "all", "sector" or "year" (of the letter date). */
  scope: "all" | "sector" | "year";
  group: string;
  /** Letters with an outcome: at least one question analysed. The shares are of this number. */
  letters: number;
  counts: Record<LetterOutcome, number>;
  /** Letters with no question analysed (unreadable, no response, nothing segmented); not in `letters`. */
  noOutcome: number;
}

function outcomeRow(scope: OutcomeRow["scope"], group: string, letters: readonly LetterWithAnswers[]): OutcomeRow {
  const counts = Object.fromEntries(LETTER_OUTCOMES.map((o) => [o, 0])) as Record<LetterOutcome, number>;
  let noOutcome = 0;
  for (const l of letters) {
    if (l.outcome === "") noOutcome++;
    else counts[l.outcome]++;
  }
  return { scope, group, letters: letters.length - noOutcome, counts, noOutcome };
}

/** One row overall, then one per sector, then one per year of the letter date. */
export function outcomesTable(letters: readonly LetterWithAnswers[]): OutcomeRow[] {
  const rows = [outcomeRow("all", "all", letters)];
  for (const [sector, group] of groupBy(letters, (l) => groupKey(l.letter.sector))) rows.push(outcomeRow("sector", sector, group));
  for (const [year, group] of groupBy(letters, (l) => yearOf(l.letter.date))) rows.push(outcomeRow("year", year, group));
  return rows;
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
