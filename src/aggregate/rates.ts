import type { Outcome } from "../core/types.js";
import type { AnswerFact } from "./records.js";
import { groupKey, yearOf } from "./records.js";
import { groupBy, mostFrequent } from "./group.js";
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

export function outcomeCounts(answers: readonly AnswerFact[], minN: number): OutcomeCounts {
  const n: Record<Outcome, number> = { disclosed: 0, not_held: 0, exempt: 0, other: 0 };
  const letters = new Set<string>();
  for (const a of answers) {
    n[a.outcome]++;
    letters.add(a.file);
  }
  const interval = wilson(n.exempt, answers.length);
  return {
    letters: letters.size,
    questions: answers.length,
    disclosed: n.disclosed,
    notHeld: n.not_held,
    exempt: n.exempt,
    other: n.other,
    refusalRate: interval.rate,
    refusalRateLow: interval.low,
    refusalRateHigh: interval.high,
    smallN: answers.length < minN,
  };
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

export function authoritiesTable(answers: readonly AnswerFact[], minN: number): AuthorityRow[] {
  const rows: AuthorityRow[] = [];
  for (const [authority, group] of groupBy(answers, (a) => groupKey(a.authority))) {
    const exempt = group.filter((a) => a.outcome === "exempt");
    const sectionGrounds = exempt.flatMap((a) => [...new Set(a.grounds.map((g) => parseGround(g).sectionGround))]);
    rows.push({
      authority,
      sector: groupKey(mostFrequent(group.map((a) => a.sector.trim()))),
      ...outcomeCounts(group, minN),
      topGround: mostFrequent(sectionGrounds),
      uncitedRefusals: exempt.filter((a) => a.grounds.length === 0).length,
    });
  }
  return rows;
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
export function breakdownTable(answers: readonly AnswerFact[], key: BreakdownKey, minN: number): BreakdownRow[] {
  return [...groupBy(answers, KEY_OF[key])].map(([k, group]) => ({ key: k, ...outcomeCounts(group, minN) }));
}
