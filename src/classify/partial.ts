import type { Hit } from "./hits.js";
import { notAnAnswer } from "./not-an-answer.js";
import { readWords } from "./meaning/words.js";
import { INFO } from "./meaning/lexicon.js";
import { squeezeSpaces } from "../core/spaces.js";

/**
 * What `partial` means (labels.md, precedence): within one answer's scope, a part of what was
 * asked is given and the rest is withheld (exempt, partial) or not held (disclosed, partial). So a
 * partial reading needs two things in one scope: a disclosure that is a part given, and a refusal
 * or a not-held statement. Most false partials are the first thing misread: a cue that looks like
 * a part given and is none. This module names those families of look-alikes, each in its common
 * variants, and the one family of wording that says a part was given without showing it.
 */

/** The kinds of sentence that carry a disclosure cue without giving anything. */
export type NotAPart = "enumerator" | "aside" | "assistance" | "hypothetical" | "hedge" | "statute" | "negated" | "label";

/**
 * An internal review setting out the requester's grounds for review: the reviewer introducing them ("you
 * noted some concerns, set out below", "your request for review raised three points") or the requester's
 * own words quoted ("I have made 27 requests since 2014", "I have submitted two complaints"). What the
 * requester said is no part of the information given.
 */
// redos-ok: two bounded runs between fixed words
const REVIEW_POINTS = /\b(?:you|your (?:request for (?:an )?(?:internal )?review|review request|complaint))\b[^.]{0,40}\b(?:noted|raised|set out|listed|expressed|made|outlined)\b[^.]{0,40}\b(?:concerns?|points?|comments?|grounds?|issues?)\b|^i (?:have|had) (?:made|submitted|sent|raised)\b[^.]{0,40}\b(?:requests?|complaints?|foi)\b/i;

/** A page-foot note that is only a numbered link ("3 https://…", with the page number after it): a source cited, not a part given. */
const FOOTNOTE_LINK = /^\s*\d{1,2}\s+(?:https?:\/\/|www\.)\S+(?:\s+page \d+ of \d+)?\s*$/i;

/** "1.", "4)", "(b)", "ii.": a list number left on its own line, the next item's label, not a figure. */
const ENUMERATOR = /^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*$/i;

/** Sentences beside an answer that carry links or figures of their own (review rights, contact, re-use, handling). */
const ASIDES = new Set(["review-rights", "contact", "data-protection", "re-use", "handling"]);

/**
 * Notices a reply carries about itself: that what is released is public and goes on a disclosure
 * log, that the page has no documents for this release, a link to the authority's own FOI,
 * complaints or privacy pages. They mention giving and links, and give nothing.
 */
const NOTICE = /\b(?:information|responses?|replies|disclosures?) (?:(?:that is|which is|we have) )?(?:disclosed|released|provided|given) (?:under|in response)[^.]{0,100}\b(?:public domain|published|publish|disclosure log)\b|\b(?:published|publish|placed|appear) (?:it |this |them )?(?:on|in) (?:our|the) (?:disclosure log|publication scheme|website)\b[^.]{0,40}$|\bno (?:documents?|attachments?|files?)\b[^.]{0,20}\b(?:for|with|in) this (?:release|response|publication|disclosure|request)\b|^\s*\S*https?:\/\/\S*(?:freedom-?of-?information|\bfoi\b|complain|contact-?us|privacy|legislation)\S*\s*$/i;

/**
 * A pointer offered as help after a refusal or a not-held statement (the duty to advise and
 * assist, FOIA s16 / FOISA s15): "under our duty to assist, this page may be of use", "you may wish
 * to look at", "which might be helpful". The requester is helped to look elsewhere; nothing is given.
 */
const ASSISTANCE = /\b(?:advice and assistance|(?:duty|obligation|requirement) (?:under [^.]{1,40} )?to (?:advise|assist|provide (?:advice|assistance|reasonable))|reasonable assistance|to be helpful|in the spirit of (?:helpfulness|assistance)|section 1[56]\b|may be of (?:some )?(?:use|interest|help|assistance)|might be (?:of (?:some )?(?:use|interest|help)|useful|helpful)|you (?:may|might|could) (?:wish|like|want) to|(?:may|might) (?:assist|help) you)\b/i;

/**
 * What the work of answering would involve, said to explain a cost or burden refusal: "to supply
 * every record would mean redacting …", "locating them would require", "we could produce some of
 * it if you narrowed the request". A disclosure or redaction word in such a clause is not a fact.
 */
const MODAL = /\b(?:would|could|might|may)\b(?! (?:like|wish)\b)|\bif\b|\bshould you\b|\bwere (?:we|you|the)\b/i;

/** "in whole or in part", "wholly or partly": the reach of a power or a refusal, not a part given. */
const HEDGE = /\b(?:in whole or in part|in whole or part|wholly or (?:in )?part(?:ly)?|all or part of|all or some of|whole or (?:in )?part)\b/i;

/** "in part due to staff changes", "partly because", "due in part to": a cause weighed, not a part given. */
const CAUSAL = /\b(?:in part|partly|partially) (?:due to|because|owing to|as a result|caused by|down to|driven by|explained by|reflect\w*)\b|\b(?:due|owing|attributable) in part to\b/gi;

/** A provision described, not applied: "Section 24 allows the authority to refuse …", "the regulation provides that …". */
// redos-ok: the provision's description is at most 60 characters, timed linear on recheck's own attack: 24 K, 95 K, 379 K characters in 2, 7, 26 ms
const STATUTE = /\b(?:section|regulation|s\.?|reg\.?)\s*\d+[a-z]?(?:\(\w+\))*[^.]{0,60}?\b(?:allows|permits|enables|entitles|provides|states|says|means|sets out|requires)\b/i;

/** A redaction or omission negated: "this does not include redacting", "no redactions were made". */
// redos-ok: a run of at most 50 characters after each negation word, timed linear on recheck's own attack at 8 s budget: 24 K, 95 K, 379 K characters in 1, 5, 21 ms
const NEGATED_PART = /\b(?:not|no|nor|without|never)\b[^.,;]{0,50}\b(?:redact\w*|in part|partial\w*|some (?:of the )?information)\b/i;

/** Where a rule's pattern matched in a sentence (-1 when it did not). */
function matchAt(hit: Hit, sentence: string): number {
  const pattern = (hit.rule as { pattern?: RegExp }).pattern;
  if (!pattern) return -1;
  const m = pattern.exec(sentence);
  return m ? m.index : -1;
}

/** The clause of the sentence that leads up to a position (from its last clause break). */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, Math.max(0, at));
  const cut = Math.max(before.lastIndexOf(";"), before.search(/\b(?:but|however|although|whereas)\b[^]*$/i));
  return cut >= 0 ? before.slice(cut) : before;
}

/**
 * Why a disclosure cue (`disclosed`, `moot` or `partial` signal) is not a part given, or null
 * when it is one. `sentence` is the sentence the hit was found in, flattened to one line.
 */
export function notAPart(hit: Hit, sentence: string): NotAPart | null {
  const flat = squeezeSpaces(sentence).trim();
  const id = hit.rule.id;
  if ((id === "direct-answer" || id === "data-table") && ENUMERATOR.test(flat)) return "enumerator";
  const aside = notAnAnswer(flat);
  if ((aside && ASIDES.has(aside)) || NOTICE.test(flat)) return "aside";
  if (ASSISTANCE.test(flat)) return "assistance";
  if (REVIEW_POINTS.test(flat) || FOOTNOTE_LINK.test(flat)) return "aside";
  if (hit.rule.signal === "partial") {
    if (HEDGE.test(flat)) return "hedge";
    if (STATUTE.test(flat)) return "statute";
    if (NEGATED_PART.test(flat)) return "negated";
    const pattern = (hit.rule as { pattern?: RegExp }).pattern;
    if (pattern && flat.search(CAUSAL) >= 0 && !pattern.test(flat.replace(CAUSAL, " "))) return "hedge";
  }
  const at = matchAt(hit, flat);
  const lead = at >= 0 ? clauseBefore(flat, at) : flat;
  if (MODAL.test(lead) && !/\b(?:has|have|had|is|are|was|were) (?:been )?(?:attached|enclosed|provided|released|disclosed|redacted|withheld)\b/i.test(lead)) return "hypothetical";
  return null;
}

/**
 * A not-held cue read by meaning counts as a part not held only where it speaks of information or
 * of the authority: a table's category label ("Suspect not identified"), a row of figures or a
 * definition of an outcome category ("the victim is unable to help identify the offender") is
 * data given, not a statement about what is held.
 */
const DATA_GAP_NOTE = /\b(?:records?|rows?|entries|lines|cases|items) (?:have been|has been|are|is|were|was) (?:included|shown|listed|left (?:blank|empty))\b[^.]{0,40}\bwhere\b|\b(?:left|shown as|appear as|marked as) (?:blank|empty)\b[^.]{0,60}\bwhere\b/i;

export function notHeldPart(hit: Hit, sentence: string): boolean {
  const flat = squeezeSpaces(sentence).trim();
  if (NOTICE.test(flat)) return false;
  // A note on the data given: "rows are included where the reading was not recorded", "entries left
  // blank where no grade was recorded" describe gaps inside what was sent, not a part not held.
  if (DATA_GAP_NOTE.test(flat)) return false;
  if (!hit.rule.id.startsWith("meaning/")) return true;
  if ((flat.match(/(?:^|\s)\d[\d,.]*%?(?=\s|$)/g) ?? []).length >= 2) return false;
  const words = readWords(flat);
  return words.some((w) => INFO.has(w.stem) || /^(?:we|i|us|our|council|trust|force|authority|department|board|service|organisation)$/.test(w.text));
}

/**
 * A refusal of what is left once something was given: "having looked at the remainder of your
 * request and withhold it", "the rest of the information is exempt", "any further detail is
 * withheld", "the names of the other officials are personal data" (a senior official named, the
 * rest withheld), "we cannot share the dataset as a whole", "this more detailed information would
 * prejudice …". The part given is implied even where its wording was not recognised. "Any further"
 * said of the work ("we must refuse to process your request any further because …", "we cannot take
 * this any further.") ends the handling and implies no part given. It speaks
 * for the question whose own answer it is; in a reply shared by several questions it cannot say
 * which one had the part given, so it is read only in an unshared answer.
 */
const REMAINDER = /\b(?:the remainder|the rest of|the remaining|(?:names?|details?|identit(?:y|ies)) of (?:the |any |all )?other\b|the other (?:officials?|staff|officers?|employees?|individuals?|people|persons?|members? of staff|team members?|names?)\b|\b(?:junior|more junior) (?:officials?|staff|officers?|employees?|colleagues)\b|\b(?:officials?|staff|officers?|employees?) below (?:the )?(?:senior civil service|scs|grade|band|director|deputy director|head)\b|any (?:further|additional|more)\b(?![.,;:)]|$| (?:because|as|than|until|since|unless|without|at this|in this|on this|with this|for now)\b)|further (?:information|detail|details|data)|(?:more|most) detailed|(?<!request |requests |questions )as a whole|beyond (?:this|that|what)|other than (?:this|that|the above|what))\b/i;

export function remainderWithheld(hit: Hit, sentence: string): boolean {
  if (hit.rule.signal !== "exempt") return false;
  const flat = squeezeSpaces(sentence).trim();
  // "For further information about this exemption, see …" points to more explanation, not to a rest withheld.
  const rest = flat.replace(/\bfor (?:any )?(?:further|more|additional) (?:information|details?)\b/gi, "");
  if (!REMAINDER.test(rest) || HEDGE.test(rest)) return false;
  // "all the other parts of the request", "the rest of your questions": other questions, not a rest of this one.
  return !/\b(?:other|remaining|rest of (?:the|your)) (?:parts?|questions?|points?|elements?|items?)\b/i.test(rest);
}

/**
 * A redaction stated as done: "names have been redacted", "we have redacted personal data",
 * "redactions were made", "a redacted copy is attached". labels.md: a document sent with parts
 * redacted is a part withheld (`exempt`, partial), whatever else the answer gives. Only a
 * `partial` cue already taken as a part (not hypothetical, negated or a hedge) is read.
 */
const REDACTED = /\bredact(?:ed|ions?)\b|\bblacked out\b/i;

export function redactionStated(hit: Hit, sentence: string): boolean {
  return hit.rule.signal === "partial" && REDACTED.test(sentence) && notAPart(hit, sentence) === null;
}

/**
 * A refusal of "the remainder of your request" / "the rest of your questions": the request's other
 * questions, after something was given to the first. In a reply shared by several questions it says
 * which one had the part given: the first.
 */
const REST_OF_REQUEST = /\b(?:the )?(?:remainder|rest|remaining (?:parts?|questions?|points?)) of (?:your|the) (?:request|questions?|enquiry)\b|\b(?:the|your) (?:remaining|other) (?:questions?|parts? of (?:your|the) request)\b/i;

export function remainderOfRequest(hit: Hit, sentence: string): boolean {
  return hit.rule.signal === "exempt" && REST_OF_REQUEST.test(squeezeSpaces(sentence));
}

/**
 * A refusal whose subject is one measure of what was asked, not the whole: "The annual contract value is
 * exempt", "The name of the insurer and the premium are exempt", "The yearly figures are therefore exempt",
 * "The amounts paid by individual sponsors are withheld". Said after a statement of fact (decide.ts checks
 * that one stands before it), it withholds a part of an answer given (labels.md: exempt, partial). The
 * subject opens the sentence: "This information is exempt" or "The figures you asked for are exempt" refuse
 * the whole, so the measure must be narrowed by a word before it (annual, yearly, individual, exact …) or
 * be one that is only ever a part (premium, breakdown, value).
 */
// redos-ok: one bounded run of at most three words before the noun, and two bounded runs between fixed words
const DETAIL_REFUSED = /^\s*(?:the|a|any)\s+(?:(?:annual|yearly|monthly|total|individual|exact|precise|detailed|separate|contract|unit|per[- ]\w+|itemised|actual)\s+){1,3}(?:values?|premiums?|amounts?|figures?|breakdowns?|numbers?|costs?|prices?|sums?|rates?|totals?)\b[^.;]{0,80}?\b(?:is|are|has been|have been|was|were)\s+(?:\w+\s+){0,2}?(?:exempt|withheld|redacted)\b|^\s*the\s+(?:premiums?|breakdowns?|(?:contract\s+)?values?|name of the \w+ and the \w+|(?:values?|amounts?|figures?|sums?|costs?|prices?)\s+(?:(?:paid|charged|received|spent|awarded|given|donated|contributed|made)\s+)?(?:by|to|for|of)\s+(?:(?:individual|each|particular|specific|named)\s+\w+|each))\b[^.;]{0,60}?\b(?:is|are|has been|have been)\s+(?:\w+\s+){0,2}?(?:exempt|withheld|redacted)\b/i;

export function refusesADetail(sentence: string): boolean {
  // "… Kaizen Solutions Ltd. The amount paid to each is withheld.": a company's "Ltd." keeps two sentences in one.
  return squeezeSpaces(sentence).split(/(?<=\b(?:Ltd|Limited|LLP|plc|Inc)\.) (?=[A-Z])/).some((s) => DETAIL_REFUSED.test(s));
}

/**
 * A count given as a band because the exact figure is withheld: "Fewer than five agreements were made",
 * "There were less than 10 such cases", "The number is under five". The band is a part given (labels.md:
 * exempt, partial). A rule about bands ("figures of fewer than five are suppressed", "where numbers are below
 * five we do not publish them") gives nothing.
 */
// redos-ok: fixed words with one bounded run
const BAND_GIVEN = /^\s*(?:(?:there (?:were|was|have been|are|is)|we (?:received|recorded|had|made|issued|identified)|the (?:number|figure|total|count) (?:is|was|was|of \w+ (?:is|was)))\s+)?(?:fewer|less) than (?:five|5|ten|10|three|3|six|6)\b(?![^.;]{0,60}\b(?:are|is|will be|would be|have been) (?:not )?(?:disclosed|suppressed|withheld|redacted|published|released|shown|given|reported)\b)/i;

export function bandGiven(sentence: string): boolean {
  return BAND_GIVEN.test(squeezeSpaces(sentence));
}
