/**
 * A rule detects one kind of signal in an answer. It is a small declared
 * module: an id (its file name), what it detects and why that matters in law,
 * and examples that the test suite runs (remark-lint keeps examples beside the
 * rule in the same way).
 */
export type Signal =
  | "exempt" // information withheld or request refused
  | "ncnd" // neither confirm nor deny
  | "not_held" // information not held
  | "disclosed" // information given
  | "moot" // "Not applicable" after an earlier answer: an answer
  | "clarification" // clarification sought: outcome other
  | "partial" // explicit statement that only part is given or withheld
  | "pit"; // a public interest test is given

export interface Rule {
  id: string;
  signal: Signal;
  /** What it detects, in one sentence. */
  description: string;
  /** The legal or labelling basis (docs/labels.md). */
  basis: string;
  /** How strongly a match supports its signal, 0–1. */
  weight: number;
  /** Matched against one sentence at a time. Global flag not allowed (state). */
  pattern: RegExp;
  /** A sentence matching `veto` never counts for this rule (hypotheticals, negations). */
  veto?: RegExp;
  examples: { match: string[]; noMatch: string[] };
}

export function ruleMatches(rule: Rule, sentence: string): RegExpExecArray | null {
  // The pattern first: most sentences match no rule, so the veto rarely needs running.
  const m = rule.pattern.exec(sentence);
  if (!m || (rule.veto && rule.veto.test(sentence))) return null;
  return m;
}
