import type { Word } from "./words.js";
import type { Family } from "./families.js";
import { standingObject } from "./not-had.js";
import { AFFECTED, EVENTS, FIND, HAVE, HOLD, INFO } from "./lexicon.js";
import { AUTHORITY, MORE, PRONOUN_OBJECT, after, clauseOf, fact } from "./word-scope.js";

/** The "not held" cue family: a negated keeping verb with information as its object, "no such records exist", "none is kept". */

/** The object of a negated keeping verb: information (not held), an event (none happened), or anything else. */
/** The noun a "no" negates before the word at i ("no records were identified") is an information noun. */
export function negatedNounIsInfo(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  return words.slice(i - w.distance + 1, i).some((x) => INFO.has(x.stem) && !/ing$/.test(x.text));
}

/** "no way to identify", "no means of separating": an inability, not a nil answer. */
export function noMeans(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  return words.slice(i - w.distance + 1, i).some((x) => /^(?:way|ways|means|method|mechanism|ability|facility|possibility)$/.test(x.text));
}

export function objectKind(rest: readonly Word[]): "info" | "event" | "more" | "thing" | "none" {
  if (rest.length === 0 || rest.every((x) => /^[.,;:!?]$/.test(x.text))) return "none";
  if (rest.some((x) => MORE.test(x.text))) return "more";
  // A standing not had ("the trust does not hold that certification") is a nil answer, as an event that did not happen
  // is (not-had.ts reads it, here and beside the question in decide.ts).
  if (standingObject(rest)) return "event";
  const info = rest.some((x) => INFO.has(x.stem) || PRONOUN_OBJECT.test(x.text));
  if (!info && rest.some((x) => EVENTS.has(x.stem))) return "event";
  return info ? "info" : "thing";
}

/** "has been", "have had to", "has got to": "have" as an auxiliary, not the authority having anything. */
function auxiliaryHave(words: readonly Word[], i: number): boolean {
  return HAVE.has(words[i]!.stem) && /^(?:been|to|got)$/.test(words[i + 1]?.text ?? "");
}

/** "nothing to report", "no figures to record": a verb after "to", not a record noun. */
function infinitive(words: readonly Word[], i: number): boolean {
  return words[i - 1]?.text === "to";
}

/**
 * "No personal data was lost", "no records were stolen or exposed": the information is the subject of an event that
 * did not happen (labels.md: a nil answer is disclosed), not information said not to be held.
 */
export function infoAffected(words: readonly Word[], i: number): boolean {
  const rest = after(words, i).slice(0, 5);
  const aux = rest.findIndex((x) => /^(?:was|were|is|are|has|have|had|been)$/.test(x.text));
  return aux >= 0 && rest.slice(aux + 1, aux + 3).some((x) => AFFECTED.has(x.stem));
}

/** "does not have any vehicles": "have" negated by "not", "any" right after it, and a thing (not information) as its object. */
export function noneOfThing(words: readonly Word[], i: number, kind: ReturnType<typeof objectKind>): boolean {
  const w = words[i]!;
  return kind === "thing" && w.negated && w.negator !== "no" && w.negator !== "none" && fact(w) && words[i + 1]?.text === "any" && words[i + 1]!.clause === w.clause;
}

/** Words a negation reaches a keeping verb across: auxiliaries, determiners, information nouns, "no longer", "no way to", "no requirement to". */
const KEEP_BETWEEN = /^(?:do|does|did|have|has|had|is|are|was|were|be|been|being|will|would|can|could|shall|should|may|might|must|the|this|that|these|those|any|such|a|an|our|its|their|longer|able|to|possible|way|of|means|requirement|obligation|duty|need|legal|statutory|for|we|it|they|there|currently|yet|ever|separate|specific|central|formal)$/;

/** Negated near enough to be the verb's own negation: at most two other words between ("there is no statutory duty on councils to compile"). */
function negatedHere(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.negated || !fact(w)) return false;
  const free = words.slice(i - w.distance + 1, i).filter((x) => !KEEP_BETWEEN.test(x.text) && !(INFO.has(x.stem) && !/ing$/.test(x.text)) && !/ly$/.test(x.text));
  return free.length <= 2;
}

/**
 * "separate" before a noun is an adjective, not the verb of separating out: "has not taken out any separate
 * cyber insurance" says nothing about splitting information, where "cannot separate the cyber element" does.
 */
export function findWordAsAdjective(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.text !== "separate" || !next || next.clause !== w.clause) return false;
  return !/^(?:out|the|this|that|these|those|it|them|our|its|their|any|such|a|an|each|from|[.,;:!?])$/.test(next.text);
}

/**
 * A keeping verb whose object is the negation itself: "we hold no records", "the Trust keeps none
 * of the documents listed", "we have nothing of that kind". The verb is not negated (the "no"
 * comes after it), so the negated-verb readings miss it, and the nil reading would count the
 * asked-for things. An event object ("we have had no attacks") or "no further" is not this.
 */
function keptNone(words: readonly Word[], i: number): number {
  const w = words[i]!;
  const next = words[i + 1];
  if (!fact(w) || w.negated || !next || !/^(?:no|none|nothing)$/.test(next.text)) return 0;
  if (!(HOLD.has(w.stem) || HAVE.has(w.stem)) || /ions?$/.test(w.text) || auxiliaryHave(words, i)) return 0;
  // The subject is the authority (or no subject is written: "… and holds none of them").
  // A person is the subject ("the drivers, who would have no expectation that …") is no authority keeping records.
  if (words.slice(0, i).some((x) => x.clause === w.clause && /^(?:you|your|they|he|she|who|individuals?|people|persons?)$/.test(x.text))) return 0;
  // The object ends where a "that"/"whether" clause about it begins: "no expectation that the Council would publish the
  // records" has an expectation as its object, not the records.
  const rest = after(words, i + 1).slice(0, 8);
  const opens = rest.findIndex((x, k) => k > 0 && /^(?:that|whether|which)$/.test(x.text));
  const kind = objectKind(opens > 0 ? rest.slice(0, opens) : rest);
  if (kind === "more" || kind === "event") return 0;
  if (HAVE.has(w.stem) && kind !== "info") return 0;
  return kind === "info" ? 0.75 : 0.65;
}

/**
 * "No separate cyber security budget figure is held", "no breakdown by ward of these costs is kept": "no" before a
 * noun phrase naming information, the subject of a passive keeping verb. The phrase may be long; what makes it
 * one is that nothing but its words stand between "no" and "is held".
 */
function passiveNoneKept(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!HOLD.has(w.stem) || !/(?:ed|held|kept)$/.test(w.text) || w.negator !== "no" || !fact(w) || w.distance > 8) return false;
  const between = words.slice(i - w.distance + 1, i);
  const aux = between.findIndex((x) => /^(?:is|are|was|were|been)$/.test(x.text));
  if (aux < 1 || between.slice(aux + 1).some((x) => !/^(?:been|currently|centrally|separately|routinely|being)$/.test(x.text))) return false;
  const phrase = between.slice(0, aux).filter((x) => !/^(?:has|have)$/.test(x.text));
  return phrase.some((x) => INFO.has(x.stem) && !/ing$/.test(x.text)) && !phrase.some((x) => MORE.test(x.text) || HOLD.has(x.stem) && /ed$/.test(x.text));
}

export const notHeld: Family = {
  id: "meaning/not-held",
  signal: "not_held",
  description: "Information not kept, recorded or findable: a keeping verb negated or with \"no/none\" as its object, \"no\" before information, a finding verb negated.",
  read(words) {
    let best = 0;
    words.forEach((w, i) => {
      best = Math.max(best, keptNone(words, i));
      if (passiveNoneKept(words, i)) best = Math.max(best, 0.8);
      if (!negatedHere(words, i)) return;
      const kind = objectKind(after(words, i));
      if (HOLD.has(w.stem) && !/ions?$/.test(w.text) && !(w.negator === "no" && infoAffected(words, i)) && kind !== "event" && kind !== "more") best = Math.max(best, kind === "info" ? 0.8 : 0.65);
      // "have" with a thing as object is not held only with the authority as subject ("the Council does not have monitoring equipment", not "the change would not have an effect").
      else if (HAVE.has(w.stem) && !auxiliaryHave(words, i) && kind !== "event" && kind !== "more" && !noneOfThing(words, i, kind) && (kind === "info" || words.slice(0, i).some((x) => AUTHORITY.test(x.text) && x.clause === w.clause))) best = Math.max(best, kind === "info" ? 0.75 : 0.6);
      // "we are unable to identify the spend" is not held; "no site has been identified" is a nil answer about sites.
      else if (FIND.has(w.stem) && kind !== "more" && !findWordAsAdjective(words, i) && (w.negator !== "no" && w.negator !== "none" || negatedNounIsInfo(words, i) || noMeans(words, i))) best = Math.max(best, 0.7);
      else if (INFO.has(w.stem) && w.negator === "no" && w.distance <= 3 && kind !== "more" && !/ing$/.test(w.text) && !infinitive(words, i) && !infoAffected(words, i) && !words.slice(i - w.distance, i).some((x) => MORE.test(x.text))) best = Math.max(best, 0.7);
      else if (w.text === "available" && words[i - 1]?.text !== "made" && clauseOf(words, w).some((x) => INFO.has(x.stem) || PRONOUN_OBJECT.test(x.text))) best = Math.max(best, 0.55);
    });
    return best;
  },
  examples: {
    match: ["The Council does not keep that kind of log.", "No such register exists.", "No separate cyber security budget figure is held.", "No breakdown of these costs by ward is currently kept.", "Our finance system gives us no way to identify spend on that campaign.", "The district has no monitoring station which would measure this.", "These figures aren't captured anywhere.", "We no longer retain the minutes.", "No guidance or documentation is issued to staff on that system.", "The Council therefore keeps none of the papers you list.", "We hold nothing that would answer this part.", "We are unable to provide personal data about the callers because we do not hold it."],
    noMatch: ["We have had no ransomware attacks since 2019.", "We have none.", "No separate budget was agreed for the project.", "We do hold the register and it is attached.", "If we held such records they would be with the archive.", "We have not had any ransomware attacks.", "The trust does not yet have either accreditation.", "We hold no further information on this.", "Moving the bins would not have any effect on collection times.", "So far no suitable site has been identified.", "Your reply will not be made available to third parties.", "You have not been clear about which held records you mean.", "Drivers would have no expectation that the Council would publish the outcome.", "The officers, who have no expectation that the lists would be made public, were not asked.", "The council has not bought any separate cover against cyber losses.", "We do not have a stand-alone cyber insurance policy.", "No personal data was lost in either incident.", "So far no officer has been disciplined on this ground.", "The grant was spent in full, so there is no underspend to report.", "No employee has been moved to other duties for this reason."],
  },
};
