/**
 * Report tables from answer records (and letter records), accumulated one letter at a time:
 * memory grows with the number of groups (authorities, grounds, topics, sectors, years), not
 * with the number of letters or answers. No I/O: src/report/build.ts reads the run and writes
 * the files.
 */
import type { LetterOutcome } from "../core/types.js";
import { letterOutcome } from "../core/letter.js";
import type { AnswerFact, LetterFact } from "./records.js";
import { OutcomesTable, type OutcomeRow } from "./outcomes.js";
import { GroundsTable, type GroundRow } from "./grounds.js";
import { AuthoritiesTable, BreakdownTable, OutcomeTally, type AuthorityRow, type BreakdownRow, type OutcomeCounts } from "./rates.js";
import { reviewReasons, type ReviewReason } from "./review.js";
import { parseGround } from "./ground.js";

export * from "./records.js";
export * from "./wilson.js";
export * from "./ground.js";
export * from "./group.js";
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
  /** Every letter of the run, including those with no question analysed; files that are not letters excluded. */
  lettersTotal: number;
  lettersWithError: number;
  /** Letters that should have questions (neither error-free replies that answer nothing yet, nor non-letters) but have none. */
  lettersWithoutQuestions: number;
  /** Replies that answer nothing yet (labels.md: acknowledgement, extension, clarification, fees, transfer): in no outcome table. */
  lettersNoResponse: number;
  /** Files set aside as not correspondence (a README, a manifest, a label file, junk): in no table. */
  notLetters: number;
  authorities: number;
  /** Exempt questions citing a procedural ground (cost limit, vexatious, manifestly unreasonable). */
  proceduralRefusals: number;
  uncitedRefusals: number;
  ncnd: number;
  review: number;
}

/** Every table but review.csv, whose rows (one per doubtful answer) the caller keeps on disk. */
export interface Tables {
  headline: Headline;
  outcomes: OutcomeRow[];
  grounds: GroundRow[];
  authorities: AuthorityRow[];
  topics: BreakdownRow[];
  sectors: BreakdownRow[];
  years: BreakdownRow[];
}

/** What one letter added: its outcome, derived again from its answers, and why each answer needs review ([] for none). */
export interface LetterResult {
  outcome: LetterOutcome | "";
  reasons: ReviewReason[][];
}

/**
 * The aggregate tables, fed one letter at a time with all of its answers. Each letter (file)
 * must come exactly once: that is how letters are counted once per group without remembering
 * them. Letter outcomes are derived again from the answers rather than read from the letter
 * record, so every letter count reconciles with answers.csv.
 */
export class Aggregator {
  private readonly all = new OutcomeTally();
  private readonly outcomes = new OutcomesTable();
  private readonly grounds = new GroundsTable();
  private readonly authorities = new AuthoritiesTable();
  private readonly topics = new BreakdownTable("topic");
  private readonly sectors = new BreakdownTable("sector");
  private readonly years = new BreakdownTable("year");
  private letters = 0;
  private lettersWithError = 0;
  private lettersWithoutQuestions = 0;
  private lettersNoResponse = 0;
  private notLetters = 0;
  private proceduralRefusals = 0;
  private uncitedRefusals = 0;
  private ncnd = 0;
  private review = 0;

  constructor(private readonly options: AggregateOptions) {}

  add(letter: LetterFact, answers: readonly AnswerFact[]): LetterResult {
    const outcome = letterOutcome(answers);
    // A file that is not correspondence (a README, a manifest, a label file, junk) is listed in
    // letters.csv and counted in no table, not even as a letter.
    if (letter.status === "not_a_letter") {
      this.notLetters++;
      return { outcome: "", reasons: answers.map(() => []) };
    }
    const serial = this.letters++;
    if (letter.status.startsWith("error")) this.lettersWithError++;
    // labels.md: a reply that answers nothing yet "counts in no outcome table" (nor as a letter without an outcome).
    if (letter.status === "no_response") this.lettersNoResponse++;
    else {
      if (answers.length === 0) this.lettersWithoutQuestions++;
      this.outcomes.add(letter, outcome);
    }
    const reasons: ReviewReason[][] = [];
    for (const a of answers) {
      this.all.add(a, serial);
      this.authorities.add(a, serial);
      this.grounds.add(a, serial);
      this.topics.add(a, serial);
      this.sectors.add(a, serial);
      this.years.add(a, serial);
      if (a.outcome === "exempt") {
        if (a.grounds.some((g) => parseGround(g).procedural)) this.proceduralRefusals++;
        if (a.grounds.length === 0) this.uncitedRefusals++;
        if (a.ncnd) this.ncnd++;
      }
      const why = reviewReasons(a, { lowConfidence: this.options.lowConfidence });
      if (why.length > 0) this.review++;
      reasons.push(why);
    }
    return { outcome, reasons };
  }

  tables(): Tables {
    const { minN } = this.options;
    const headline: Headline = {
      ...this.all.counts(minN),
      lettersTotal: this.letters,
      lettersWithError: this.lettersWithError,
      lettersWithoutQuestions: this.lettersWithoutQuestions,
      lettersNoResponse: this.lettersNoResponse,
      notLetters: this.notLetters,
      authorities: this.authorities.size,
      proceduralRefusals: this.proceduralRefusals,
      uncitedRefusals: this.uncitedRefusals,
      ncnd: this.ncnd,
      review: this.review,
    };
    return {
      headline,
      outcomes: this.outcomes.rows(),
      grounds: this.grounds.rows(),
      authorities: this.authorities.rows(minN),
      topics: this.topics.rows(minN),
      sectors: this.sectors.rows(minN),
      years: this.years.rows(minN),
    };
  }
}
