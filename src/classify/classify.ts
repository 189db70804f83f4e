import type { Answer, Citation, Decision, Evidence, Letter, Outcome, Question, Span } from "../core/types.js";
import { contains, quote } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { isQualified, isNcndProvision, parseGround } from "../cite/statutes.js";
import { mostPrecise } from "../cite/grounds.js";
import { letterGroundStatements, withLetterGrounds } from "../cite/letter-grounds.js";
import { preset } from "./preset.js";
import { ruleMatches, type Rule, type Signal } from "./rule.js";
import { sentences } from "./sentences.js";
import { sharedAnswerFocus, type Focus } from "./shared.js";
import { contentStems, share } from "../core/stems.js";
import { QUESTION_LIKE, REQUESTER_LIKE } from "../segment/cues.js";
import { assignTopics, defaultTaxonomy, requestSubject, type Taxonomy } from "./topic.js";

interface Hit {
  rule: Rule;
  span: Span;
}

export interface ClassifyOptions {
  rules: readonly Rule[];
  taxonomy: Taxonomy;
}

const defaults: ClassifyOptions = { rules: preset, taxonomy: defaultTaxonomy };

/** Signals found in a span, sentence by sentence. */
export function findHits(text: string, span: Span, rules: readonly Rule[], exclude: readonly Span[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const s of sentences(text, span)) {
    if (exclude.some((e) => contains(e, s))) continue;
    hits.push(...sentenceHits(text, s, rules));
  }
  return hits;
}

/** The rules that match one sentence. */
function sentenceHits(text: string, s: Span, rules: readonly Rule[]): Hit[] {
  const hits: Hit[] = [];
  const raw = text.slice(s.start, s.end);
  const sentence = forMatching(raw);
  const oneLine = !sentence.includes("\n");
  const boxTable = raw !== sentence && /[│┃]/.test(raw);
  // Hard-wrapped prose reads as one line ("… because we do not\nhave it."): rules and vetoes see single spaces.
  const flat = oneLine ? sentence : sentence.replace(/\s+/g, " ");
  // "Please find our response set out below:" frames the answers and is none of them.
  if (FRAMING.test(flat)) return hits;
  for (const rule of rules) {
    if (rule.id === "data-table" && !oneLine) {
      // A drawn table is one sentence of many rows; any row of data is data.
      if (boxTable && sentence.split("\n").some((row) => ruleMatches(rule, row))) hits.push({ rule, span: s });
      continue;
    }
    if (ruleMatches(rule, flat)) hits.push({ rule, span: s });
  }
  return hits;
}

/**
 * A sentence as the rules read it: "• 121" and "◦ No, the contract runs to 2026." without their
 * bullet; a table drawn in box characters (WhatDoTheyKnow's rendering of attachments) as rows of
 * cells, so a row reads like any other table row.
 */
function forMatching(sentence: string): string {
  let out = sentence.replace(/^\s*[•◦▪●·‣]\s+/, "");
  if (/[│┃┌┐└┘├┤┬┴┼─]/.test(out)) {
    out = out
      .split("\n")
      .filter((line) => !/^[\s┌┐└┘├┤┬┴┼─━]*$/.test(line))
      .map((line) => line.replace(/[│┃]/g, " ").replace(/\s{2,}/g, " ").trim())
      .join("\n");
  }
  return out;
}

function evidenceOf(text: string, rule: string, span: Span): Evidence {
  return { rule, span, quote: quote(text, span, 240) };
}


interface Scope {
  answer: Span;
  /** Sentences of the answer that speak to other questions only. */
  exclude: readonly Span[];
  letterRegions: Span[];
}

function groundsFor(letter: Letter, scope: Scope, hits: Hit[]): { grounds: string[]; evidence: Evidence[] } {
  const inSpan = (c: Citation, s: Span): boolean => contains(s, c.span);
  const numbered = (spans: Span[]): Citation[] => letter.citations.filter((c) => c.applied && !c.byName && spans.some((s) => inSpan(c, s)));
  const ownAnswer = (c: Citation): boolean => !scope.exclude.some((e) => contains(e, c.span));
  let found = numbered([scope.answer]).filter(ownAnswer);
  if (found.length === 0) found = numbered(scope.letterRegions);
  if (found.length === 0) {
    // Grounds named without a number: strong names always; others only in a refusal sentence.
    const refusalSentences = hits.filter((h) => h.rule.signal === "exempt" || h.rule.signal === "ncnd").map((h) => h.span);
    const named = (spans: Span[]): Citation[] =>
      letter.citations.filter((c) => c.byName && spans.some((s) => inSpan(c, s)) && (c.reason === "cite/name-strong" || refusalSentences.some((r) => contains(r, c.span))));
    found = named([scope.answer]).filter(ownAnswer);
    if (found.length === 0) found = named(scope.letterRegions);
  }
  const grounds = mostPrecise(found.map((c) => c.ground));
  const evidence = found.filter((c) => grounds.includes(c.ground)).map((c) => evidenceOf(letter.text, c.byName ? "cite/ground-by-name" : "cite/ground", c.span));
  return { grounds, evidence };
}

/** Disclosure signals that, inside a refusal, are its reasoning rather than a part given. */
const WEAK_IN_REFUSAL = new Set(["figures-in-prose", "nil-statement"]);

/** Grounds that point to where the information already is. */
const SIGNPOSTING = /^(?:FOIA s21|FOISA s25|EIR 6\(1\)\(b\)|EISR 6\(1\)\(b\))(?:\(|$)/;

/** "Please see the attached spreadsheet", "enclosed is": something sent, not a pointer elsewhere. */
const ENCLOSED = /\b(?:attached|enclosed|attachment|enclosure)\b/i;

/**
 * Signals read once per letter, whichever answers need them: a shared reply is decided once per
 * focus, and its sentences are also read to find which question they speak to.
 */
class LetterHits {
  private pitHits: Hit[] | undefined;
  private readonly bySentence = new Map<string, Hit[]>();
  private readonly bySpan = new Map<string, Span[]>();
  constructor(
    private readonly text: string,
    private readonly seg: Segmentation,
    private readonly rules: readonly Rule[],
  ) {}

  /** The hits of one sentence (a span `sentences` returned). */
  sentence(s: Span): Hit[] {
    const key = `${s.start}:${s.end}`;
    let hits = this.bySentence.get(key);
    if (!hits) {
      hits = sentenceHits(this.text, s, this.rules);
      this.bySentence.set(key, hits);
    }
    return hits;
  }

  /** The hits of a span's sentences, less those inside `exclude`; as findHits, read once. */
  inSpan(span: Span, exclude: readonly Span[] = []): Hit[] {
    const key = `${span.start}:${span.end}`;
    let list = this.bySpan.get(key);
    if (!list) {
      list = sentences(this.text, span);
      this.bySpan.set(key, list);
    }
    return list.filter((s) => !exclude.some((e) => contains(e, s))).flatMap((s) => this.sentence(s));
  }

  /** Public interest test wording anywhere in the response. */
  pit(): Hit[] {
    this.pitHits ??= findHits(this.text, { start: this.seg.responseStart, end: this.text.length }, this.rules.filter((r) => r.signal === "pit"));
    return this.pitHits;
  }
}

/** Refusal cues that name no ground and say no more than "cannot provide". */
const SOFT_REFUSAL = new Set(["cannot-provide"]);

/** "Please find our response below", "Our answers are set out below": framing, not an answer. */
const FRAMING =
  /^\s*(?:(?:please )?(?:find|see) (?:below )?(?:the |our |my )?(?:[\w'’]+ ){0,4}(?:response|reply|answers?)\b[^.]{0,60}(?:below|follows?|set out)\W*$|(?:our|the|my) (?:response|reply|answers?)\b[^.\n]{0,40}(?:is|are) (?:set out |given )?(?:below|as follows)\W*$|(?:the |our |my )?(?:[\w'’]+(?:['’]s) )?(?:response|reply|answers?)s?\s*:?\s*$)/i;

/** Greeting, thanks or sign-off: never an answer, even alone. */
const GREETING = /^\s*(?:(?:dear|hi|hello|good (?:morning|afternoon))\b[^.\n]{0,60}$|thank(?:s| you)\b|(?:kind |best )?regards\b|yours (?:sincerely|faithfully)\b)/i;

const STRONG: Record<Signal, number> = { exempt: 0, ncnd: 0, not_held: 0, disclosed: 0, moot: 0, clarification: 0, partial: 0, pit: 0 };

/**
 * Decide one answer span. Pure; shared answers are decided once per focus. `exclude` lists
 * sentences of the span that speak to other questions only (see shared.ts).
 */
export function decideAnswer(
  letter: Letter,
  seg: Segmentation,
  answer: Span | null,
  others: Span[],
  options: ClassifyOptions = defaults,
  exclude: readonly Span[] = [],
  letterHits: LetterHits = new LetterHits(letter.text, seg, options.rules),
): Omit<Decision, "topic"> {
  const text = letter.text;
  if (!answer) {
    return { outcome: "other", grounds: [], partial: false, ncnd: false, pit: false, confidence: 0.4, rule: "segment/no-answer", evidence: [], conflicts: [] };
  }
  const hits = letterHits.inSpan(answer, exclude);
  const by = (signal: Signal): Hit[] => hits.filter((h) => h.rule.signal === signal);
  const strength = { ...STRONG };
  for (const h of hits) strength[h.rule.signal] = Math.max(strength[h.rule.signal], h.rule.weight);

  const appliedInAnswer = letter.citations.filter((c) => c.applied && !c.byName && contains(answer, c.span) && !exclude.some((e) => contains(e, c.span)));
  // "refused under regulation 12(4)(a)": a refusal whose only provision is a not-held one says the information is not held.
  const notHeldProvisionSentence = (h: Hit): boolean =>
    letter.citations.some((c) => c.reason === "cite/not-held-provision" && contains(h.span, c.span)) &&
    !letter.citations.some((c) => c.applied && !c.byName && contains(h.span, c.span));
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.rule.signal === "exempt" && notHeldProvisionSentence(hits[i]!)) hits.splice(i, 1);
  const refusalSpans = new Set([...by("exempt"), ...by("ncnd")].map((h) => `${h.span.start}:${h.span.end}`));
  const notHeldHits = by("not_held").filter((h) => !refusalSpans.has(`${h.span.start}:${h.span.end}`));
  const disclosedHits = [...by("disclosed"), ...by("moot")].filter((h) => !refusalSpans.has(`${h.span.start}:${h.span.end}`) && !notHeldHits.some((n) => n.span.start === h.span.start));

  const ncnd = by("ncnd").length > 0 || appliedInAnswer.some((c) => c.ncnd);
  const exemptByCitation = appliedInAnswer.length > 0;
  // "We do not possess that data … so we are unable to provide a date": a bare "cannot provide"
  // beside a statement that the information is not held is explained by it, not a refusal.
  const softRefusalOnly = by("exempt").every((h) => SOFT_REFUSAL.has(h.rule.id));
  const explainedByNotHeld = softRefusalOnly && notHeldHits.some((h) => h.rule.weight >= 0.85);
  const exempt = ncnd || exemptByCitation || (by("exempt").length > 0 && !explainedByNotHeld);
  const evidence: Evidence[] = [];
  const conflicts: string[] = [];
  let outcome: Outcome;
  let rule: string;
  let partial = false;
  let confidence: number;

  const strongest = (list: Hit[]): Hit | undefined => [...list].sort((a, b) => b.rule.weight - a.rule.weight || a.span.start - b.span.start)[0];

  if (exempt) {
    outcome = "exempt";
    const decisive = strongest(by("ncnd")) ?? strongest(by("exempt"));
    if (decisive) {
      rule = decisive.rule.id;
      evidence.push(evidenceOf(text, rule, decisive.span));
    } else {
      rule = "cite/applied-ground";
      evidence.push(evidenceOf(text, rule, appliedInAnswer[0]!.span));
    }
    // In a refusal, figures and nil statements in prose are usually its reasoning; a part given is a table, a direct answer or an attachment.
    const givenHits = disclosedHits.filter((h) => !WEAK_IN_REFUSAL.has(h.rule.id));
    partial = givenHits.length > 0 || by("partial").length > 0 || notHeldHits.length > 0;
    for (const h of [...givenHits, ...by("partial"), ...notHeldHits].slice(0, 3)) evidence.push(evidenceOf(text, h.rule.id, h.span));
    confidence = decisive ? Math.min(0.97, decisive.rule.weight + (exemptByCitation ? 0.05 : 0)) : 0.7;
    if (notHeldHits.length) conflicts.push(...new Set(notHeldHits.map((h) => h.rule.id)));
  } else if (notHeldHits.length && !opensWithYesNo(text, answer, disclosedHits)) {
    const decisive = strongest(notHeldHits)!;
    evidence.push(evidenceOf(text, decisive.rule.id, decisive.span));
    // Beside a firm "not held", a nil statement explains it and a pointer to published material is advice and assistance.
    // An attachment sent with the reply is a part given, whatever else is not held.
    const pointer = (h: Hit): boolean => h.rule.id === "attached-or-linked" && !ENCLOSED.test(text.slice(h.span.start, h.span.end));
    const explainsNotHeld = decisive.rule.weight >= 0.85 && disclosedHits.every((h) => h.rule.weight <= 0.6 || pointer(h));
    if (disclosedHits.length && !explainsNotHeld) {
      outcome = "disclosed";
      partial = true;
      rule = strongest(disclosedHits)!.rule.id;
      evidence.unshift(evidenceOf(text, rule, strongest(disclosedHits)!.span));
      confidence = 0.65;
      conflicts.push(decisive.rule.id);
    } else {
      outcome = "not_held";
      rule = decisive.rule.id;
      partial = false;
      confidence = decisive.rule.weight;
    }
  } else if (by("clarification").length && disclosedHits.length === 0) {
    const decisive = strongest(by("clarification"))!;
    outcome = "other";
    rule = decisive.rule.id;
    evidence.push(evidenceOf(text, rule, decisive.span));
    confidence = decisive.rule.weight;
  } else if (disclosedHits.length) {
    const decisive = strongest(disclosedHits)!;
    outcome = "disclosed";
    rule = decisive.rule.id;
    evidence.push(evidenceOf(text, rule, decisive.span));
    partial = by("partial").length > 0;
    confidence = decisive.rule.weight;
  } else {
    // Something was said in answer but no rule recognised it: an answer, with low confidence.
    // Greetings, thanks and "our response is below" say nothing; with only those, nothing was answered.
    const own = sentences(text, answer).filter((s) => !exclude.some((e) => contains(e, s)));
    const said = own.find((s) => !GREETING.test(text.slice(s.start, s.end)) && !FRAMING.test(text.slice(s.start, s.end)));
    // "Please see response below" alone under a question points to an answer further on.
    const pointer = own.find((s) => !GREETING.test(text.slice(s.start, s.end)));
    if (said ?? pointer) {
      outcome = "disclosed";
      rule = "fallback/statement";
      evidence.push(evidenceOf(text, rule, (said ?? pointer)!));
      confidence = said ? 0.5 : 0.45;
    } else {
      outcome = "other";
      rule = "fallback/no-statement";
      confidence = 0.4;
    }
  }

  let grounds: string[] = [];
  let pit = false;
  if (outcome === "exempt") {
    const regions: Span[] = [...seg.explanations];
    if (regions.length === 0 || !letter.citations.some((c) => c.applied && !c.byName && regions.some((r) => contains(r, c.span)))) {
      regions.push(...responseRemainder(seg, letter.text.length, others));
    }
    const g = groundsFor(letter, { answer, exclude, letterRegions: regions }, hits);
    grounds = g.grounds;
    if (partial && grounds.some((gr) => SIGNPOSTING.test(gr))) {
      // Section 21 / FOISA 25 / EIR 6(1)(b): the link is how the ground is applied, not a part given.
      partial = disclosedHits.some((h) => h.rule.id !== "attached-or-linked" && !WEAK_IN_REFUSAL.has(h.rule.id)) || by("partial").length > 0 || notHeldHits.length > 0;
    }
    evidence.push(...g.evidence);
    if (grounds.length === 0) {
      confidence = Math.min(confidence, 0.6);
      conflicts.push("uncited-refusal");
    }
    const pitHits = letterHits.pit();
    const qualified = grounds.length === 0 || grounds.some((gr) => {
      const p = parseGround(gr);
      return p ? isQualified(p.act, p.provision) : false;
    });
    pit = pitHits.length > 0 && qualified;
    if (pit) evidence.push(evidenceOf(text, pitHits[0]!.rule.id, pitHits[0]!.span));
  }
  const ncndFlag = outcome === "exempt" && (ncnd || grounds.some((gr) => {
    const p = parseGround(gr);
    return p ? isNcndProvision(p.act, p.provision) : false;
  }));
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.rule}:${e.span.start}:${e.span.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { outcome, grounds, partial, ncnd: ncndFlag, pit, confidence: Number(confidence.toFixed(3)), rule, evidence: unique, conflicts: [...new Set(conflicts)] };
}

/** "No. We do not hold a cyber insurance policy.": the yes/no answers; what follows explains it. */
function opensWithYesNo(text: string, answer: Span, disclosed: Hit[]): boolean {
  const first = sentences(text, answer)[0];
  if (!first || !/^\s*["'‘“]?(?:yes|no)\b/i.test(text.slice(first.start, first.end))) return false;
  return disclosed.some((h) => h.rule.id === "direct-answer" && h.span.start === first.start);
}

/** The response outside any question's own answer and before the closing: where blanket explanations live. */
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

/** Every question of a letter: outcome, grounds, flags, topic, confidence, evidence. */
export function classifyLetter(letter: Letter, seg: Segmentation, options: ClassifyOptions = defaults): Answer[] {
  const text = letter.text;
  const ownAnswers = seg.questions.filter((q) => q.answerVia === "own" && q.answerSpan).map((q) => q.answerSpan!);
  const spanKey = (q: Question): string => (q.answerSpan ? `${q.answerSpan.start}:${q.answerSpan.end}` : `none:${q.label}`);
  // Questions answered by one shared span: which of its sentences speak to which question.
  const groups = new Map<string, Question[]>();
  for (const q of seg.questions) if (q.answerSpan && !q.refersTo) groups.set(spanKey(q), [...(groups.get(spanKey(q)) ?? []), q]);
  const focus = new Map<string, Map<string, Focus>>();
  for (const [key, group] of groups) if (group.length > 1) focus.set(key, sharedAnswerFocus(text, group[0]!.answerSpan!, group));
  const letterHits = new LetterHits(text, seg, options.rules);
  const signals = (s: Span): Signal[] => letterHits.sentence(s).map((h) => h.rule.signal);
  // The request quoted back inside a reply ("You asked: I would be grateful if you could supply …
  // refusing the initial application …") is the requester's words, never a signal of the answer.
  const asked = seg.questions.map((q) => (q.questionSpan ? contentStems(text.slice(q.questionSpan.start, q.questionSpan.end)) : new Set<string>()));
  const quotedRequest = new Map<string, Span[]>();
  const requestQuotes = (q: Question): Span[] => {
    if (!q.answerSpan) return [];
    const key = spanKey(q);
    let found = quotedRequest.get(key);
    if (!found) {
      found = sentences(text, q.answerSpan).filter((s) => {
        const sentence = text.slice(s.start, s.end);
        if (!QUESTION_LIKE.test(sentence) && !REQUESTER_LIKE.test(sentence.trim())) return false;
        // Long and nearly all the request's own words: an answer echoing a few of them ("The number of
        // incidents recorded was 11 in 2022") is short of either.
        const said = contentStems(sentence);
        if (said.size < 8) return false;
        return asked.some((set) => share(said, set) >= 0.85);
      });
      quotedRequest.set(key, found);
    }
    return found;
  };
  const excluded = (q: Question): Span[] => [...focusExcluded(q), ...requestQuotes(q)].sort((a, b) => a.start - b.start);
  const focusExcluded = (q: Question): Span[] => {
    const f = focus.get(spanKey(q))?.get(q.label);
    if (!f) return [];
    // "Please see the attached spreadsheet. … We are unable to answer question 4.": what is said
    // to question 4 by name, or about its subject alone, overrides what is given to all.
    const ownRefusal = f.own.some((s) => signals(s).some((g) => g === "exempt" || g === "ncnd" || g === "not_held"));
    if (!ownRefusal) return f.others;
    const givenToAll = f.general.filter((s) => {
      const g = signals(s);
      return g.length > 0 && g.every((x) => x === "disclosed");
    });
    return [...f.others, ...givenToAll].sort((a, b) => a.start - b.start);
  };
  const cache = new Map<string, Omit<Decision, "topic">>();
  const decide = (q: Question): Omit<Decision, "topic"> => {
    const exclude = excluded(q);
    const key = `${spanKey(q)}|${exclude.map((e) => e.start).join(",")}`;
    let d = cache.get(key);
    if (!d) {
      const others = ownAnswers.filter((s) => !q.answerSpan || s.start !== q.answerSpan.start || s.end !== q.answerSpan.end);
      d = decideAnswer(letter, seg, q.answerSpan, others, options, exclude, letterHits);
      cache.set(key, d);
    }
    return d;
  };
  const byLabel = new Map(seg.questions.map((q) => [q.label, q]));
  const decisions = new Map<string, Omit<Decision, "topic">>();
  const resolve = (q: Question, depth: number): Omit<Decision, "topic"> => {
    const done = decisions.get(q.label);
    if (done) return done;
    let d: Omit<Decision, "topic">;
    const target = q.refersTo ? byLabel.get(q.refersTo) : undefined;
    if (target && depth < 5) {
      const t = resolve(target, depth + 1);
      d = {
        ...t,
        rule: "cross-reference",
        confidence: Number((t.confidence * 0.95).toFixed(3)),
        evidence: [evidenceOf(text, "cross-reference", q.answerSpan!), ...t.evidence],
      };
    } else {
      d = decide(q);
      // Under the question only the request quoted back: the answer is the next one given.
      const index = seg.questions.indexOf(q);
      const next = seg.questions.slice(index + 1).find((x) => x.answerSpan);
      if (d.rule === "fallback/no-statement" && requestQuotes(q).length > 0 && next && depth < 5) {
        const t = resolve(next, depth + 1);
        d = { ...t, confidence: Number((t.confidence * 0.95).toFixed(3)) };
      }
    }
    decisions.set(q.label, d);
    return d;
  };

  const questionTexts = seg.questions.map((q) => (q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : "")).join("\n");
  const scopeText = `${letter.meta.title}\n${questionTexts || text.slice(0, Math.min(text.length, 3000))}`;
  const requestText = `${scopeText}\n${seg.responseStart > 0 ? text.slice(0, seg.responseStart) : ""}`;
  const asText = (s: Span | null | undefined): string => (s ? text.slice(s.start, s.end).replace(/\s+/g, " ").trim() : "");
  const topics = assignTopics(options.taxonomy, seg.questions.map((q) => ({ text: asText(q.questionSpan), answer: asText(q.answerSpan) })), { subject: requestSubject(letter.meta), scope: scopeText, request: requestText });
  const statedOnce = letterGroundStatements(letter, seg);
  return seg.questions.map((q, index) => {
    const d = withLetterGrounds(resolve(q, 0), statedOnce, q.label, text);
    const questionText = asText(q.questionSpan);
    const topic = topics[index]!;
    const blanket = q.answerVia === "pending" || q.answerVia === "blanket";
    return {
      ...q,
      questionText,
      ...d,
      topic,
      confidence: blanket ? Number((d.confidence * 0.95).toFixed(3)) : d.confidence,
    };
  });
}
