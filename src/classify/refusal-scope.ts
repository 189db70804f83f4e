import type { Span } from "../core/types.js";
import type { Segmentation } from "../segment/types.js";
import type { LetterHits } from "./hits.js";
import { sentences } from "./sentences.js";
import { named } from "./shared.js";

/** Wording that withholds, when no rule read the sentence as a refusal ("we have decided to withhold the plans asked for at question 3"). */
const WITHHOLDS = /\b(?:withh[oe]ld(?:ing)?|exempt(?:ion)?|refus(?:e|ed|ing|al)|not (?:be )?(?:disclosed|released|provided))\b/i;

/**
 * The questions a letter's refusal notice says it covers. Replies that answer several asks in one
 * run of prose often put the refusal in a notice of its own after the answers ("Refusal notice –
 * section 43(2)", the exemption's text, the public interest) and say there which ask it concerns:
 * "we have therefore withheld the agreements requested at question 5", "the exemption applies to
 * items 2 and 3". A refusal sentence in the shared answer that names no question is that notice's
 * (shared.ts), so the other asks are answered by what else was said.
 *
 * Returns the labels named by refusal sentences of the letter's explanation regions, or null.
 */
export function refusalScope(text: string, seg: Segmentation, hits: LetterHits): ReadonlySet<string> | null {
  const labels = seg.questions.map((q) => q.label);
  const scope = new Set<string>();
  for (const region of seg.explanations) {
    for (const s of sentences(text, region)) {
      const sentence = text.slice(s.start, s.end);
      const refuses = hits.sentence(s).some((h) => h.rule.signal === "exempt" || h.rule.signal === "ncnd") || WITHHOLDS.test(sentence);
      if (!refuses) continue;
      for (const l of named(sentence, labels) ?? []) scope.add(l);
    }
  }
  return scope.size > 0 && scope.size < labels.length ? scope : null;
}

/** For a sentence of a shared answer: the refusal scope when the sentence refuses, else null. */
export function refusalTarget(scope: ReadonlySet<string> | null, hits: LetterHits): (s: Span) => ReadonlySet<string> | null {
  return (s) => (scope && hits.sentence(s).some((h) => h.rule.signal === "exempt" || h.rule.signal === "ncnd") ? scope : null);
}
