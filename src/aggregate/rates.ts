import type { Outcome } from "../core/types.js";
import type { AnswerFact } from "./records.js";
import { groupKey, yearOf } from "./records.js";
import { countValue, mostFrequent, sortedEntries } from "./group.js";
import { parseGround } from "./ground.js";
import { wilson } from "./wilson.js";

/**
 * Refusal rate = exempt questions / all questions analysed (disclosed + not_held + exempt +
 * other). "Not held" is not a refusal: the authority answered that it has nothing to give.
 * Every rate carries its 95 % Wilson interval; rates over fewer than `minN` questions are small_n.
 */
export interface OutcomeCounts {
  letters: number;
  questions: number;
  disclosed: number;
  notHeld: number;
  exempt: number;
  other: number;
  refusalRate: number | null;
  refusalRateLow: number;
  refusalRateHigh: number;
  smallN: boolean;
}

/**
 * Questions by outcome and the letters they come from, counted one answer at a time. Answers
 * arrive letter by letter (every answer of a letter together, `letter` numbering the letters),
 * so a letter is counted once per group by remembering only the last letter seen.
 */
export class OutcomeTally {
  private letters = 0;
  private questions = 0;
  private readonly n: Record<Outcome, number> = { disclosed: 0, not_held: 0, exempt: 0, other: 0 };
  private lastLetter = -1;

  add(a: AnswerFact, letter: number): void {
    this.n[a.outcome]++;
    this.questions++;
    if (letter !== this.lastLetter) {
      this.letters++;
      this.lastLetter = letter;
    }
  }

  counts(minN: number): OutcomeCounts {
    const interval = wilson(this.n.exempt, this.questions);
    return {
      letters: this.letters,
      questions: this.questions,
      disclosed: this.n.disclosed,
      notHeld: this.n.not_held,
      exempt: this.n.exempt,
      other: this.n.other,
      refusalRate: interval.rate,
      refusalRateLow: interval.low,
      refusalRateHigh: interval.high,
      smallN: this.questions < minN,
    };
  }
}

export const AUTHORITIES_COLUMNS = [
  "authority", "sector", "letters", "questions", "disclosed", "not_held", "exempt", "other",
  "refusal_rate", "refusal_rate_low", "refusal_rate_high", "small_n", "top_ground", "uncited_refusals",
] as const;

export interface AuthorityRow extends OutcomeCounts {
  authority: string;
  /** The sector most of its letters give (an authority's letters may disagree). */
  sector: string;
  /** The section-level ground it cites on most exempt questions. */
  topGround: string;
  /** Exempt questions with no ground cited. */
  uncitedRefusals: number;
}

interface AuthorityTally {
  outcomes: OutcomeTally;
  /** Sector of each of its answers, counted. */
  sectors: Map<string, number>;
  /** Section-level grounds of its exempt answers (each once per answer), counted. */
  sectionGrounds: Map<string, number>;
  uncitedRefusals: number;
}

/** One row per authority; memory grows with the number of authorities, not of answers. */
export class AuthoritiesTable {
  private readonly tallies = new Map<string, AuthorityTally>();

  add(a: AnswerFact, letter: number): void {
    const key = groupKey(a.authority);
    let t = this.tallies.get(key);
    if (!t) {
      t = { outcomes: new OutcomeTally(), sectors: new Map(), sectionGrounds: new Map(), uncitedRefusals: 0 };
      this.tallies.set(key, t);
    }
    t.outcomes.add(a, letter);
    countValue(t.sectors, a.sector.trim());
    if (a.outcome === "exempt") {
      for (const g of new Set(a.grounds.map((g) => parseGround(g).sectionGround))) countValue(t.sectionGrounds, g);
      if (a.grounds.length === 0) t.uncitedRefusals++;
    }
  }

  get size(): number {
    return this.tallies.size;
  }

  rows(minN: number): AuthorityRow[] {
    return sortedEntries(this.tallies).map(([authority, t]) => ({
      authority,
      sector: groupKey(mostFrequent(t.sectors)),
      ...t.outcomes.counts(minN),
      topGround: mostFrequent(t.sectionGrounds),
      uncitedRefusals: t.uncitedRefusals,
    }));
  }
}

export type BreakdownKey = "topic" | "sector" | "year";

export const BREAKDOWN_COLUMNS = (key: BreakdownKey) =>
  [key, "letters", "questions", "disclosed", "not_held", "exempt", "other", "refusal_rate", "refusal_rate_low", "refusal_rate_high", "small_n"] as const;

export interface BreakdownRow extends OutcomeCounts {
  key: string;
}

const KEY_OF: Record<BreakdownKey, (a: AnswerFact) => string> = {
  topic: (a) => groupKey(a.topic),
  sector: (a) => groupKey(a.sector),
  year: (a) => yearOf(a.date),
};

/** Questions by topic, sector or year of the letter date, × outcome, with the refusal rate. */
export class BreakdownTable {
  private readonly tallies = new Map<string, OutcomeTally>();
  private readonly keyOf: (a: AnswerFact) => string;

  constructor(key: BreakdownKey) {
    this.keyOf = KEY_OF[key];
  }

  add(a: AnswerFact, letter: number): void {
    const key = this.keyOf(a);
    let t = this.tallies.get(key);
    if (!t) this.tallies.set(key, (t = new OutcomeTally()));
    t.add(a, letter);
  }

  rows(minN: number): BreakdownRow[] {
    return sortedEntries(this.tallies).map(([key, t]) => ({ key, ...t.counts(minN) }));
  }
}
