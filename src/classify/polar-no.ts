/**
 * A "no" written out as a sentence. Asked "Does the Trust hold Cyber Essentials certification?" or
 * "Have you purchased a cyber insurance policy?", authorities often answer with the question's own
 * words negated ("The Trust does not hold Cyber Essentials", "We have not purchased a separate
 * cyber insurance policy") instead of a bare "No". That is a yes/no answer (labels.md: disclosed
 * includes a yes/no), not a statement that information is not held. Read only when the question is
 * a closed one, the negated sentence repeats the thing asked about, and that thing is not itself
 * information (records, figures, data): "We do not hold records of this" stays not held.
 */

// redos-ok: fixed words anchored at the start, one optional bounded label
const CLOSED_OPENING = /^[^a-z]{0,8}(?:does|do|did|has|have|is|are)\b/i;
// redos-ok: alternation of fixed words
const INFO_NOUN = /\b(?:information|data|records?|recorded|figures?|statistics|details|breakdown|numbers?|log|logs|register|central(?:ly)?|collated?|report(?:ed)?)\b/i;
// redos-ok: alternation of fixed words
const NEGATED_HOLDING = /\b(?:not|never|no longer)(?: currently| yet)? (?:hold|have|own|purchased?|procured?|bought|use|operate|subscribe|signed?|adopted?|taken out)\b/i;
const STOP = new Set(["does", "have", "hold", "holds", "held", "with", "that", "this", "there", "their", "your", "which", "from", "into", "currently", "separate", "standalone", "trust", "council", "board", "health", "university", "authority", "organisation", "what", "when", "whether", "been", "were", "will", "would", "about", "other", "such", "also", "yet", "policy"]);

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !STOP.has(w)).map((w) => w.replace(/s$/, "")));
}

/** The not-held sentences all answer the closed question with its own thing negated. */
export function writtenOutNo(question: string, notHeldSentences: readonly string[]): boolean {
  if (!notHeldSentences.length || !CLOSED_OPENING.test(question.trim())) return false;
  const asked = contentWords(question);
  return notHeldSentences.every((s) => {
    const m = NEGATED_HOLDING.exec(s);
    if (!m || INFO_NOUN.test(s)) return false;
    const object = contentWords(s.slice(m.index + m[0].length));
    let shared = 0;
    for (const w of object) if (asked.has(w)) shared++;
    return shared >= 1 && shared * 2 >= Math.min(object.size, 4);
  });
}
