import type { LetterOutcome } from "../core/types.js";
import { groupKey, yearOf, type LetterFact } from "./records.js";
import { sortedEntries } from "./group.js";

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

class LetterOutcomeTally {
  letters = 0;
  noOutcome = 0;
  readonly counts = Object.fromEntries(LETTER_OUTCOMES.map((o) => [o, 0])) as Record<LetterOutcome, number>;

  add(outcome: LetterOutcome | ""): void {
    if (outcome === "") this.noOutcome++;
    else {
      this.counts[outcome]++;
      this.letters++;
    }
  }

  row(scope: OutcomeRow["scope"], group: string): OutcomeRow {
    return { scope, group, letters: this.letters, counts: { ...this.counts }, noOutcome: this.noOutcome };
  }
}

/** One row overall, then one per sector, then one per year of the letter date; fed one letter at a time. */
export class OutcomesTable {
  private readonly all = new LetterOutcomeTally();
  private readonly bySector = new Map<string, LetterOutcomeTally>();
  private readonly byYear = new Map<string, LetterOutcomeTally>();

  add(letter: Pick<LetterFact, "sector" | "date">, outcome: LetterOutcome | ""): void {
    this.all.add(outcome);
    for (const [map, key] of [[this.bySector, groupKey(letter.sector)], [this.byYear, yearOf(letter.date)]] as const) {
      let t = map.get(key);
      if (!t) map.set(key, (t = new LetterOutcomeTally()));
      t.add(outcome);
    }
  }

  rows(): OutcomeRow[] {
    return [
      this.all.row("all", "all"),
      ...sortedEntries(this.bySector).map(([sector, t]) => t.row("sector", sector)),
      ...sortedEntries(this.byYear).map(([year, t]) => t.row("year", year)),
    ];
  }
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
