import type { Citation, Evidence, Letter, Span } from "../core/types.js";
import { contains } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { mostPrecise } from "../cite/grounds.js";
import { evidenceOf, type Hit } from "./hits.js";
import { sentences } from "./sentences.js";
import { redactionStated } from "./partial.js";
import { paragraphsNaming } from "./ground-paragraphs.js";

/**
 * Refusal sentences with the sentence just before and just after each, inside the answer and the
 * same paragraph (no blank line between): where a refusal's reason is stated.
 */
export function withNeighbours(text: string, answer: Span, refusals: readonly Span[]): Span[] {
  if (refusals.length === 0) return [];
  const all = sentences(text, answer);
  const out: Span[] = [...refusals];
  const sameParagraph = (a: Span, b: Span): boolean => !/\n[ \t]*\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  for (const r of refusals) {
    const i = all.findIndex((s) => s.start <= r.start && r.start < s.end);
    if (i < 0) continue;
    for (const j of [i - 1, i + 1]) {
      const n = all[j];
      if (n && sameParagraph(n, all[i]!)) out.push(n);
    }
  }
  return out;
}

/** Where the grounds of a refused answer are looked for: the answer itself, then the letter's blanket explanations. */
export interface Scope {
  answer: Span;
  /** Sentences of the answer that speak to other questions only. */
  exclude: readonly Span[];
  letterRegions: Span[];
  /** The question's label and the words it asks: which explanation paragraph is its own. */
  label?: string;
  asked?: string;
}

export function groundsFor(letter: Letter, scope: Scope, hits: Hit[]): { grounds: string[]; evidence: Evidence[] } {
  const inSpan = (c: Citation, s: Span): boolean => contains(s, c.span);
  const numbered = (spans: Span[]): Citation[] => letter.citations.filter((c) => c.applied && !c.byName && spans.some((s) => inSpan(c, s)));
  const ownAnswer = (c: Citation): boolean => !scope.exclude.some((e) => contains(e, c.span));
  let found = numbered([scope.answer]).filter(ownAnswer);
  if (found.length) found = [...found, ...namedBesideNumbers(letter, scope, hits, found)];
  if (found.length === 0) {
    // A ground named strongly in the answer itself ("… longer than the appropriate limit") is this
    // answer's ground, ahead of numbers the letter cites elsewhere for other questions; a number
    // elsewhere for the same section still gives the precise form.
    const ownNamed = letter.citations.filter((c) => c.byName && c.reason === "cite/name-strong" && inSpan(c, scope.answer) && ownAnswer(c));
    const elsewhere = numbered(paragraphsNaming(letter.text, scope.letterRegions, letter.citations, scope.label, scope.asked) ?? scope.letterRegions);
    found = ownNamed.length ? elsewhere.filter((c) => ownNamed.some((n) => n.act === c.act && n.section === c.section)) : elsewhere;
    if (found.length === 0) found = ownNamed;
  }
  if (found.length === 0) {
    // Grounds named without a number: strong names always; others only in a refusal sentence.
    // A redaction stated as done is a refusal of that part: "we have redacted personal information".
    const refusalSentences = hits.filter((h) => h.rule.signal === "exempt" || h.rule.signal === "ncnd" || redactionStated(h, letter.text.slice(h.span.start, h.span.end))).map((h) => h.span);
    const named = (spans: Span[], refusals: readonly Span[]): Citation[] =>
      letter.citations.filter((c) => c.byName && spans.some((s) => inSpan(c, s)) && (c.reason === "cite/name-strong" || refusals.some((r) => contains(r, c.span))));
    // In the answer itself, the reason is often given in the sentence beside the refusal ("Given
    // the commercially sensitive nature of the prices, … We are therefore withholding them.").
    found = named([scope.answer], withNeighbours(letter.text, scope.answer, refusalSentences)).filter(ownAnswer);
    if (found.length === 0) found = named(scope.letterRegions, refusalSentences);
  }
  if (found.length === 0) found = pointedBack(letter, scope);
  const grounds = mostPrecise(found.map((c) => c.ground));
  const evidence = found.filter((c) => grounds.includes(c.ground)).map((c) => evidenceOf(letter.text, c.byName ? "cite/ground-by-name" : "cite/ground", c.span));
  return { grounds, evidence };
}

export /** The response outside any question's own answer and before the closing: where blanket explanations live. */
function responseRemainder(seg: Segmentation, textLength: number, ownAnswers: Span[]): Span[] {
  const start = seg.responseStart;
  const end = Math.max(start, Math.min(seg.closingStart, textLength));
  const blocked = [...ownAnswers, ...seg.questions.map((q) => q.questionSpan).filter((s): s is Span => Boolean(s))].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cursor = start;
  for (const b of blocked) {
    if (b.end <= cursor) continue;
    if (b.start >= end) break;
    if (b.start > cursor) out.push({ start: cursor, end: b.start });
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < end) out.push({ start: cursor, end });
  return out;
}


/** "under the same exemption", "the exemptions above", "for the reasons given at question 2": a ground given earlier. */
// redos-ok: fixed words around one optional word, no nested quantifier
const SAME_GROUND = /\b(?:(?:the|this|that) (?:same|above|aforementioned|previous|earlier) (?:exemptions?|exceptions?|grounds?|provisions?|sections?)|(?:exemptions?|exceptions?|grounds?|provisions?|sections?) (?:cited |given |set out |applied |mentioned )?(?:above|earlier|previously)|that exemption)\b/i;

/**
 * An answer that points back to a ground already given ("names redacted under the same
 * exemption") takes the provisions of the last list cited as a ground before it.
 */
function pointedBack(letter: Letter, scope: Scope): Citation[] {
  const m = SAME_GROUND.exec(letter.text.slice(scope.answer.start, scope.answer.end));
  if (!m) return [];
  const at = scope.answer.start + m.index;
  const before = letter.citations.filter((c) => c.applied && !c.byName && c.span.end <= at);
  const last = before[before.length - 1];
  return last ? before.filter((c) => c.span.start === last.span.start) : [];
}

/**
 * An answer that withholds two things on two grounds, one cited by number and one only named
 * ("the prices are redacted under section 43(2) …; staff names are redacted as personal
 * information"): the named ground is the answer's too, when its own refusal sentence cites no
 * number and names a section no number in the answer gives.
 */
function namedBesideNumbers(letter: Letter, scope: Scope, hits: Hit[], numbered: readonly Citation[]): Citation[] {
  const text = letter.text;
  const refusals = hits
    .filter((h) => h.rule.id === "exempt-statement" || redactionStated(h, text.slice(h.span.start, h.span.end)))
    .map((h) => h.span)
    .filter((r) => contains(scope.answer, r) && !scope.exclude.some((e) => contains(e, r)) && !letter.citations.some((c) => !c.byName && contains(r, c.span)));
  return letter.citations.filter(
    // A name read under another act (FOIA s43's words in an EIR reply) is the numbered exception's own reason.
    (c) => c.byName && c.applied && refusals.some((r) => contains(r, c.span)) && numbered.every((n) => n.act === c.act && n.section !== c.section),
  );
}
