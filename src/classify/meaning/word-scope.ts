import type { Word } from "./words.js";
import { RELEASE } from "./lexicon.js";

/** What the cue families share in reading a sentence's words: clauses, negation reach, a verb's object. */
export const PRONOUN_OBJECT = /^(?:it|this|that|these|them|such)$/;
export const AUTHORITY = /^(?:we|i|us|our|council|trust|force|authority|department|board|service|office|university|college|organisation|company)$/;
export const MORE = /^(?:further|additional|more|other|else)$/;

export function clauseOf(words: readonly Word[], w: Word): Word[] {
  return words.filter((x) => x.clause === w.clause);
}
export function after(words: readonly Word[], i: number): Word[] {
  return words.slice(i + 1).filter((x) => x.clause === words[i]!.clause);
}
export const fact = (w: Word): boolean => !w.conditional;
/** A giving verb, not the noun that shares its stem ("provider", "supplier", "publisher"). */
export const releasing = (w: Word): boolean => RELEASE.has(w.stem) && !/(?:er|ers)$/.test(w.text);

/** Words that may stand between a negator and the verb it negates: "not be released", "unable to provide", "not in a position to share". */
export const BETWEEN = /^(?:be|been|being|to|able|willing|prepared|going|in|a|position|currently|therefore|also|routinely|normally|usually|always|directly|centrally|ever|able|possible|it|is|we|are|will|can|longer|such|any)$/;

/** The word is negated by a negator a few words back, with nothing but auxiliaries between. */
export function closeNegation(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.negated || w.distance > 5) return false;
  return words.slice(i - w.distance + 1, i).every((x) => BETWEEN.test(x.text));
}

/** The words a verb takes as its object: the next few of its clause, up to a condition ("give permission if it …" has no information as object). */
export function objectOf(words: readonly Word[], i: number): Word[] {
  const out: Word[] = [];
  for (const x of after(words, i).slice(0, 4)) {
    if (x.conditional && !words[i]!.conditional) break;
    out.push(x);
  }
  return out;
}
