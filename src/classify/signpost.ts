/**
 * Answers that point to published material instead of giving the information. labels.md reads
 * them three ways, and which one holds is scored from the answer and the letter around it:
 *
 * - the letter applies FOIA s21 / FOISA s25 / EIR 6(1)(b) ("reasonably accessible to you") and the
 *   answer's content is a pointer: the ground is applied to that answer → `exempt` on that ground,
 *   whether the ground is stated in the answer (decide.ts) or once for the letter (here);
 * - a pointer to the authority's own published page, no such ground → `disclosed`;
 * - a pointer to someone else's website (a supplier's or vendor's) that gives nothing → not a
 *   disclosure: the hit is dropped and the answer is read from what else it says.
 */
import type { Citation, Decision, Evidence, Letter, Span } from "../core/types.js";
import { contains, quote } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { mostPrecise } from "../cite/grounds.js";
import { namedQuestions } from "../cite/letter-grounds.js";
import type { Hit } from "./hits.js";
import { notAnAnswer } from "./not-an-answer.js";
import { sentences } from "./sentences.js";

/** Grounds that point to where the information already is. */
export const SIGNPOSTING = /^(?:FOIA s21|FOISA s25|EIR 6\(1\)\(b\)|EISR 6\(1\)\(b\))(?:\(|$)/;

/** "Please see the attached spreadsheet", "enclosed is": something sent, not a pointer elsewhere. */
export const ENCLOSED = /\b(?:attached|enclosed|attachment|enclosure)\b/i;

/** A pointer to somewhere the reader must go: a link, a web page, a publication. */
const POINTS_AWAY = /\b(?:links?|websites?|web ?sites?|web ?pages?|url|online|internet|published|publication|can be (?:found|viewed|accessed|downloaded)|(?:is|are) (?:available|accessible) (?:at|on|from|via|through))\b|https?:\/?\/?|\bwww\./i;

/** A place to go, named: what a sentence no rule read needs to count as a pointer ("published in 2021" is a date, not a pointer). */
const NAMES_A_PLACE = /\b(?:links?|websites?|web ?sites?|web ?pages?|url|can be (?:found|viewed|accessed|downloaded)|(?:is|are) (?:available|accessible) (?:at|on|from|via|through))\b|https?:\/?\/?|\bwww\./i;

/** "the supplier's website", "the vendor's own site": someone else's page by name. */
const SOMEONE_ELSES = /\b(?:supplier|vendor|manufacturer|provider|developer|contractor|company|firm)(?:['’]s|s['’])?\s+(?:own\s+)?(?:websites?|web ?sites?|sites?|web ?pages?|pages?|documentation|product (?:pages?|sheets?))\b/i;

/** Domains of public bodies: the authority's own or another public body's published page. */
const PUBLIC_DOMAIN = /(?:^|\.)(?:gov\.uk|gov\.scot|gov\.wales|llyw\.cymru|nhs\.uk|nhs\.scot|nhs\.net|police\.uk|ac\.uk|mod\.uk|parliament\.uk|sch\.uk|org\.uk|gov|europa\.eu)$/i;

/** Hosts named in a sentence ("www.example.com", "https://example.co.uk/path"), and whether the link goes past the site's front page. */
function hosts(sentence: string): { host: string; deep: boolean }[] {
  const out: { host: string; deep: boolean }[] = [];
  for (const m of sentence.matchAll(/(?:https?:\/?\/?|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s)\]>]*)?/gi)) {
    out.push({ host: m[1]!.toLowerCase().replace(/^www\./, ""), deep: /[^/.,;:]/.test(m[2] ?? "") });
  }
  return out;
}

/** Sentence of a hit is a pointer elsewhere (not an attachment, not "set out below"). */
export function isPointer(h: Hit, sentence: string): boolean {
  if (h.rule.signal !== "disclosed" || ENCLOSED.test(sentence)) return false;
  if (h.rule.id !== "attached-or-linked" && !h.rule.id.startsWith("meaning/")) return false;
  return POINTS_AWAY.test(sentence);
}

/** The letter's own domains: those of its e-mail addresses, and any host naming the authority. */
const ownCache = new WeakMap<Letter, { domains: string[]; names: string[] }>();
function ownOf(letter: Letter): { domains: string[]; names: string[] } {
  let own = ownCache.get(letter);
  if (!own) {
    const domains = [...new Set([...letter.text.matchAll(/(?<![\w.+-])[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].map((m) => m[1]!.toLowerCase()))];
    const names = letter.meta.authority
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 5 && !/^(?:council|county|borough|district|authority|service|services|trust|foundation|national|university|police|combined|metropolitan|health|city|greater|royal)$/.test(w));
    own = { domains, names };
    ownCache.set(letter, own);
  }
  return own;
}

/**
 * A sentence pointing to another's website, not to the information: a supplier's page named as
 * such, or a link to the front page of a site that is neither a public body's nor the letter's
 * own. A deep link ("https://slides.example.com/abc123 – Training deck") is a document given,
 * wherever it is kept.
 */
export function pointsToSomeoneElse(sentence: string, letter: Letter): boolean {
  if (ENCLOSED.test(sentence) || !POINTS_AWAY.test(sentence)) return false;
  if (SOMEONE_ELSES.test(sentence)) return true;
  const named = hosts(sentence);
  if (named.length === 0) return false;
  const own = ownOf(letter);
  return named.every(({ host, deep }) => !deep && !PUBLIC_DOMAIN.test(host) && !own.domains.some((d) => host === d || host.endsWith(`.${d}`) || d.endsWith(`.${host}`)) && !own.names.some((n) => host.split(".")[0]!.includes(n)));
}

/** A statement of a signposting ground made for the letter: which questions it covers (null: all). */
export interface SignpostStatement {
  grounds: string[];
  span: Span;
  covers: Set<string> | null;
  /** Made inside an answer's span but speaking to every answer that points elsewhere ("Where we have given a link …"). */
  general: boolean;
}

/** "If information is already accessible we may apply section 21": how the authority handles requests in general, not a ground applied to this one. */
const HYPOTHETICAL = /^\W*(?:if|should|when(?:ever)?)\b|\b(?:may|might|could|can|would|will)\s+(?:\w+\s+)?(?:apply|rely|use|cite|engage|consider)\b/i;

/** "Where we have directed you to …", "Some of the information is …", "for the links above": a ground said of the answers that point elsewhere, not of one answer. */
const GENERAL = /^\W*(?:where|wherever|in (?:each|any) case where|for (?:the|those|any) (?:questions?|answers?|parts?) where)\b|\b(?:some|parts?|much|most) of (?:the|this|that|your) (?:information|data|request)\b|\b(?:links?|references?) (?:above|below|provided|given|included)\b|\bwe have (?:directed|referred|signposted|pointed)\b/i;

/** The signposting grounds a letter applies outside its answers ("Under section 25(1) we need not give you information already reasonably accessible to you."). */
export function signpostStatements(letter: Letter, seg: Segmentation): SignpostStatement[] {
  const own = seg.questions.filter((q) => q.answerVia === "own" && q.answerSpan).map((q) => q.answerSpan!);
  const end = Math.min(seg.closingStart, letter.text.length);
  const sentenceOf = (c: Citation): Span => {
    const lineEnd = letter.text.indexOf("\n", c.span.end);
    return sentences(letter.text, { start: letter.text.lastIndexOf("\n", c.span.start) + 1, end: Math.min(end, lineEnd < 0 ? end : lineEnd) }).find((s) => contains(s, c.span)) ?? c.span;
  };
  // Outside every answer a ground speaks to the letter; inside one only when it says so ("Where we have given a link …").
  const stated = letter.citations
    .filter((c) => c.applied && SIGNPOSTING.test(c.ground) && c.span.start < end)
    .map((c) => ({ c, sentence: sentenceOf(c), inside: own.some((a) => contains(a, c.span)) }))
    .filter(({ sentence, inside }) => !HYPOTHETICAL.test(letter.text.slice(sentence.start, sentence.end)) && (!inside || GENERAL.test(letter.text.slice(sentence.start, sentence.end))));
  // Numbered citations where there are any; a name ("reasonably accessible") only without one.
  const numbered = stated.filter(({ c }) => !c.byName);
  const used = numbered.length ? numbered : stated;
  return used.map(({ c, sentence, inside }) => ({ grounds: [c.ground], span: sentence, covers: namedQuestions(letter.text.slice(sentence.start, sentence.end)), general: inside }));
}

/**
 * The signposted reading of a disclosed answer. It wins when the letter applies a signposting
 * ground that covers the question and everything the answer says (each sentence that is not
 * framing) is a pointer to published material: then the pointer is how the ground is applied, and
 * nothing else was given. Otherwise the decision stands.
 */
export function withSignposting<T extends Omit<Decision, "topic">>(d: T, answerHits: readonly Hit[], answer: Span | null, exclude: readonly Span[], statements: readonly SignpostStatement[], label: string, text: string): T {
  if (d.outcome !== "disclosed" || !answer) return d;
  const covering = statements.filter((s) => s.covers === null || s.covers.has(label.toLowerCase()));
  if (covering.length === 0) return d;
  const pointers = answerHits.filter((h) => isPointer(h, text.slice(h.span.start, h.span.end)));
  // Any other signal of information given (a figure, a yes/no, a table) is a reading of disclosure that the pointer does not outweigh.
  if (answerHits.some((h) => (h.rule.signal === "disclosed" || h.rule.signal === "moot") && !pointers.includes(h))) return d;
  const said = sentences(text, answer).filter((s) => !exclude.some((e) => contains(e, s)) && !notAnAnswer(text.slice(s.start, s.end)));
  // Every sentence said points away: a pointer a rule read, one no rule read ("It is in the same report, at the link above."), or a bare address.
  const pointsAway = (s: Span): boolean => {
    const sentence = text.slice(s.start, s.end);
    return pointers.some((p) => contains(p.span, s) || contains(s, p.span)) || (NAMES_A_PLACE.test(sentence) && !ENCLOSED.test(sentence)) || /^\W*(?:\[\d+\]\s*)?(?:https?:\/\/|www\.)\S+(?:\s\W*)?$/i.test(sentence);
  };
  if (said.length === 0 || !said.every(pointsAway)) return d;
  const first = pointers[0]?.span ?? said[0]!;
  const evidence: Evidence[] = [
    { rule: "signposted", span: first, quote: quote(text, first, 240) },
    ...covering.map((s) => ({ rule: "cite/letter-grounds", span: s.span, quote: quote(text, s.span, 240) })),
  ];
  return { ...d, outcome: "exempt", grounds: mostPrecise(covering.flatMap((s) => s.grounds)).sort(), partial: false, ncnd: false, pit: false, rule: "signposted", confidence: 0.75, evidence, conflicts: [] };
}
