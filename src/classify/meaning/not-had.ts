import { INFO, STANDING } from "./lexicon.js";
import { readWords, type Word } from "./words.js";

/**
 * A thing the authority does not have, said as a fact about itself: one idea, read one way, wherever it is met.
 *
 * Asked "Does the Trust hold Cyber Essentials?", "What cover do you have against ransomware?" or "Have you
 * bought a managed SOC service?", authorities answer with the thing negated ("The Trust does not hold Cyber
 * Essentials", "we are not insured against that", "the council has not purchased a SOC service") instead of
 * a bare "No" or "None". That is a yes/no or nil answer (labels.md: disclosed includes a yes/no), not a
 * statement that information is not held. The thing not had is either
 *  - a standing the authority has or not (a certification, an accreditation, insurance, a membership): read
 *    so in any sentence, with or without the question; or
 *  - the very thing a closed question asks about ("Does the Board hold a locksmith contract?" — "The Board
 *    does not hold a locksmith contract"): read so only beside that question.
 * Information as the object ("we do not hold records of this", "we do not have that breakdown") is never it.
 *
 * This replaces two mechanisms that read the same idea apart (a regex over the not-held sentence beside the
 * question, and a standing noun in the cue families' object test): both callers now ask this module.
 */

/** Verbs of having or taking on a thing (not of keeping information: "record", "log", "collect" are not here). */
const POSSESS = new Set(["hold", "holds", "held", "have", "has", "had", "own", "owns", "owned", "purchase", "purchased", "procure", "procured", "buy", "bought", "use", "uses", "used", "operate", "operates", "subscribe", "subscribes", "subscribed", "sign", "signed", "adopt", "adopted", "taken", "take", "took", "carry", "carries", "obtain", "obtained", "achieve", "achieved", "attain", "attained", "gain", "gained"]);
/** Words that may stand between the negator and the verb: auxiliaries and adverbs of time. */
const BETWEEN = /^(?:do|does|did|have|has|had|is|are|was|were|be|been|currently|yet|presently|at|present|still|ever|also|therefore|as|such)$/;
/** Information as the object, or the pronoun standing for it. */
const INFO_OBJECT = /^(?:it|this|that|these|them|those|centrally|further|additional|more|other)$/;
/** Words that say nothing about which thing is meant. */
const STOP = new Set(["doe", "do", "have", "ha", "hold", "held", "with", "that", "this", "there", "their", "your", "which", "from", "into", "current", "currentli", "separ", "standalon", "stand", "alon", "trust", "council", "board", "health", "univers", "author", "organis", "organ", "what", "when", "whether", "been", "were", "will", "would", "about", "other", "such", "also", "yet", "polici", "ani", "either", "neither", "the", "our", "its", "and", "for", "not", "you", "are", "was", "had", "all", "own", "use", "but", "can", "may", "who", "how", "why", "per", "one", "two", "get", "got"]);

function contentOf(words: readonly Word[]): Set<string> {
  return new Set(words.filter((w) => /^[a-z0-9]{3,}$/.test(w.text.replace(/[.,]$/, "")) && !STOP.has(w.stem) && !STOP.has(w.text)).map((w) => w.stem.replace(/[.,]$/, "")));
}

/** The verb (or standing word) at i negated closely, as a fact: "does not currently hold", "has not yet bought", "are not certified". */
function negatedAt(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.negated || w.conditional || w.distance > 4) return false;
  if (w.negator !== "not" && w.negator !== "never") return false;
  return words.slice(i - w.distance + 1, i).every((x) => BETWEEN.test(x.text));
}

/** The object of the verb at i: the rest of its clause, at most eight words. */
function objectAt(words: readonly Word[], i: number): Word[] {
  return words.slice(i + 1).filter((x) => x.clause === words[i]!.clause).slice(0, 8);
}

/** The object is information (or stands for it): "records of this", "it", "that breakdown", "any further detail". */
export function informationObject(object: readonly Word[]): boolean {
  return object.some((x) => (INFO.has(x.stem) && !/ing$/.test(x.text)) || INFO_OBJECT.test(x.text));
}

/** The object names a standing: "that certification", "these accreditations", "cyber insurance cover" ("these" is a determiner there). */
export function standingObject(object: readonly Word[]): boolean {
  return !object.some((x) => INFO.has(x.stem) && !/ing$/.test(x.text)) && object.some((x) => STANDING.has(x.stem));
}

/**
 * Each negated clause of the sentence that says a thing is not had: its object (or the clause's own negated
 * standing word) is a standing, or, beside a closed question, the question's own thing.
 * False when the sentence has no such clause, or when any negated having clause is about information.
 */
export function thingNotHad(words: readonly Word[], asked?: ReadonlySet<string>): boolean {
  let found = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!negatedAt(words, i)) continue;
    // "we are not certified to ISO 27001", "the council is not insured", "we are not a member of …".
    if (STANDING.has(w.stem) && !/ion$/.test(w.text)) {
      found = true;
      continue;
    }
    if (!POSSESS.has(w.text)) continue;
    // "has been", "have had to": an auxiliary, not having.
    if (/^(?:been|to|got)$/.test(words[i + 1]?.text ?? "")) continue;
    const object = objectAt(words, i);
    if (standingObject(object)) {
      found = true;
      continue;
    }
    if (object.length === 0 || informationObject(object)) return false;
    if (!asked) return false;
    const said = contentOf(object);
    let shared = 0;
    for (const s of said) if (asked.has(s)) shared++;
    if (shared >= 1 && shared * 2 >= Math.min(said.size, 4)) found = true;
    else return false;
  }
  return found;
}

// redos-ok: fixed words anchored at the start, one optional bounded label
const CLOSED_OPENING = /^[^a-z]{0,8}(?:does|do|did|has|have|is|are|whether|(?:please )?(?:confirm|state|tell us|advise) (?:whether|if))\b/i;

/**
 * The not-held sentences all answer the closed question with its own thing (or a standing) negated: a
 * written-out "no". A question that asks for something else ("Which pool cars …?") is answered so only
 * where the thing is a standing.
 */
export function writtenOutNo(question: string, notHeldSentences: readonly string[]): boolean {
  if (!notHeldSentences.length) return false;
  const asked = CLOSED_OPENING.test(question.trim()) ? contentOf(readWords(question)) : undefined;
  return notHeldSentences.every((s) => thingNotHad(readWords(s), asked));
}
