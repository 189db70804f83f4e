/**
 * Pure functions from answer records (and letter records) to report tables. No I/O:
 * src/report/build.ts reads the run and writes the files; tests call these directly.
 */
import type { AnswerFact, LetterFact } from "./records.js";
import { joinLetters, type LetterWithAnswers } from "./letters.js";
import { outcomesTable, type OutcomeRow } from "./outcomes.js";
import { groundsTable, type GroundRow } from "./grounds.js";
import { authoritiesTable, breakdownTable, outcomeCounts, type AuthorityRow, type BreakdownRow, type OutcomeCounts } from "./rates.js";
import { reviewTable, type ReviewRow } from "./review.js";
import { parseGround } from "./ground.js";

export * from "./records.js";
export * from "./wilson.js";
export * from "./ground.js";
export * from "./letters.js";
export * from "./outcomes.js";
export * from "./grounds.js";
export * from "./rates.js";
export * from "./review.js";

export interface AggregateOptions {
  /** Questions under which a group's rate is flagged small_n. */
  minN: number;
  /** Confidence under which a question goes to review.csv. */
  lowConfidence: number;
}

export const DEFAULT_LOW_CONFIDENCE = 0.6;

export interface Headline extends OutcomeCounts {
  /** Every letter of the run, including those with no question analysed. */
  lettersTotal: number;
  lettersWithError: number;
  lettersWithoutQuestions: number;
  authorities: number;
  /** Exempt questions citing a procedural ground (cost limit, vexatious, manifestly unreasonable). */
  proceduralRefusals: number;
  uncitedRefusals: number;
  ncnd: number;
  review: number;
}

export interface Tables {
  headline: Headline;
  letters: LetterWithAnswers[];
  outcomes: OutcomeRow[];
  grounds: GroundRow[];
  authorities: AuthorityRow[];
  topics: BreakdownRow[];
  sectors: BreakdownRow[];
  years: BreakdownRow[];
  review: ReviewRow[];
}

export function aggregate(answers: readonly AnswerFact[], letterFacts: readonly LetterFact[], options: AggregateOptions): Tables {
  const letters = joinLetters(letterFacts, answers);
  const authorities = authoritiesTable(answers, options.minN);
  const review = reviewTable(answers, { lowConfidence: options.lowConfidence });
  const exempt = answers.filter((a) => a.outcome === "exempt");
  const headline: Headline = {
    ...outcomeCounts(answers, options.minN),
    lettersTotal: letters.length,
    lettersWithError: letters.filter((l) => l.letter.status.startsWith("error")).length,
    lettersWithoutQuestions: letters.filter((l) => l.answers.length === 0).length,
    authorities: authorities.length,
    proceduralRefusals: exempt.filter((a) => a.grounds.some((g) => parseGround(g).procedural)).length,
    uncitedRefusals: exempt.filter((a) => a.grounds.length === 0).length,
    ncnd: exempt.filter((a) => a.ncnd).length,
    review: review.length,
  };
  return {
    headline,
    letters,
    outcomes: outcomesTable(letters),
    grounds: groundsTable(answers),
    authorities,
    topics: breakdownTable(answers, "topic", options.minN),
    sectors: breakdownTable(answers, "sector", options.minN),
    years: breakdownTable(answers, "year", options.minN),
    review,
  };
}
