import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FoiscopeError } from "../core/errors.js";

/**
 * Topic of a question by scoring every entry of a taxonomy (labels.md "Topic of a question").
 *
 * Each topic lists strong terms (they name the topic: "ransomware", "cyber insurance") and weak
 * ones (they lean towards it: "premium", "staff"). A question scores every topic: the weight of
 * each term it contains, more for a term said early, since a question that asks two things takes
 * the topic of the first. The best score wins; the taxonomy's order breaks ties. A question
 * that names nothing borrows, in turn, from its answer (short questions: "The annual cost?"),
 * from the question it follows up ("If so, …", "this"), and from the request's subject.
 *
 * A letter outside the taxonomy's domain (for the default taxonomy: neither IT nor cyber
 * security, by its gate words) gives every question the fallback topic, `other`.
 */

export interface Term {
  pattern: RegExp;
  weight: number;
  /** Letters every match holds (lower case unless the term keeps case): a text without them is not searched. */
  literal?: string;
  /** Listed as strong: the term names its topic, where a weak one only leans towards it. */
  strong?: boolean;
  /** The literal's first three characters, ASCII letters in lower case (termStarts). */
  head?: string;
}

export interface TopicEntry {
  topic: string;
  terms: Term[];
  /**
   * A broad topic (spend, staff) that belongs to the taxonomy only when what it counts is in the
   * domain: "the annual IT budget" is spend, "the trust's overall budget" is not. Its terms count
   * where the question, the question it follows up or the request's subject passes the gate.
   */
  qualified?: boolean;
}

/** Multiplier of a topic's term weights: broad topics (spend, staff, systems) yield to specific ones. */
type TopicWeight = number;

export interface TopicWeights {
  /** Weight of a strong term. */
  strong: number;
  /** Weight of a weak term. */
  weak: number;
  /** Extra share for a term at the very start of the question, falling to 0 at its end. */
  early: number;
  /** Share of an answer's score lent to a question that names nothing. */
  answer: number;
  /** Kept for taxonomy files that set it: the subject now speaks before the answer, whole, so its share no longer changes a result. */
  subject: number;
  /** Questions of at most this many words may borrow from their answer or the question before. */
  shortWords: number;
  /** Share counted of each term after a topic's best one (1: plain sum; lower: one clear term decides). */
  extra: number;
}

export interface Taxonomy {
  strong: RegExp | null;
  weak: RegExp[];
  topics: TopicEntry[];
  fallback: string;
  weights: TopicWeights;
}

/** A term written as a string (strong, or the legacy `keywords`) or as { "re": …, "weight": … }. */
type TermSource = string | { re: string; weight?: number };

interface TaxonomyFile {
  gate_strong?: string[];
  gate_weak?: string[];
  fallback?: string;
  weights?: Partial<TopicWeights>;
  topics: { topic: string; weight?: TopicWeight; qualified?: boolean; strong?: TermSource[]; weak?: TermSource[]; keywords?: TermSource[] }[];
}

export const DEFAULT_WEIGHTS: TopicWeights = { strong: 3, weak: 1.5, early: 3, answer: 0.5, subject: 0.5, shortWords: 8, extra: 0.25 };

/**
 * A term matched at a word start. Lower-case terms ignore case; a term written with a leading
 * "=" keeps it ("=IT\\b" is the acronym, never the pronoun "it").
 */
function compile(term: string, where: string): RegExp {
  const caseSensitive = term.startsWith("=");
  const body = caseSensitive ? term.slice(1) : term;
  try {
    return new RegExp(`(?:^|[^A-Za-z0-9])(?:${body})`, caseSensitive ? "g" : "gi");
  } catch (e) {
    throw new FoiscopeError("FOISCOPE_TAXONOMY", `${where}: the term "${term}" is not a valid regular expression (${(e as Error).message}); write it as a lower-case fragment such as "backups?"`);
  }
}

/**
 * The letters a term's every match starts with ("ransom", "insur", "ico" of "\\bico\\b", "back" of
 * "back(?:ed)? ?ups?"): the plain characters before its first group, class, escape, alternative or
 * optional character. "" when fewer than three (such a term is always searched).
 */
export function leadingLiteral(term: string): string {
  const caseSensitive = term.startsWith("=");
  let body = caseSensitive ? term.slice(1) : term;
  if (body.startsWith("\\b")) body = body.slice(2);
  // An alternative at the top level ("a|b") means no letters are common to every match.
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "|" && depth === 0) return "";
  }
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (!/[A-Za-z0-9 '-]/.test(c)) break;
    const next = body[i + 1];
    if (next === "?" || next === "*" || next === "{") break;
    out += c;
    if (next === "+") break;
  }
  if (out.length < 3) return "";
  return caseSensitive ? out : out.toLowerCase();
}

function term(source: string, weight: number, strong: boolean, where: string): Term {
  const literal = leadingLiteral(source);
  return { pattern: compile(source, where), weight, ...(literal ? { literal, head: asciiLower(literal.slice(0, 3)) } : {}), ...(strong ? { strong } : {}) };
}

function terms(list: readonly TermSource[] | undefined, weight: number, scale: number, strong: boolean, where: string): Term[] {
  return (list ?? []).map((t) => (typeof t === "string" ? term(t, weight * scale, strong, where) : term(t.re, (t.weight ?? weight) * scale, strong, where)));
}

export function parseTaxonomy(raw: TaxonomyFile, where = "taxonomy"): Taxonomy {
  if (!raw || !Array.isArray(raw.topics) || raw.topics.length === 0) {
    throw new FoiscopeError("FOISCOPE_TAXONOMY", `${where}: expected { "topics": [ { "topic": "…", "strong": […], "weak": […] } ] }`);
  }
  const weights = { ...DEFAULT_WEIGHTS, ...(raw.weights ?? {}) };
  const gate = (raw.gate_strong ?? []).filter((w) => w.length > 0);
  for (const w of [...gate, ...(raw.gate_weak ?? [])]) compile(w, `${where} gate`);
  return {
    strong: gate.length ? new RegExp(`(?:^|[^a-z0-9])(?:${gate.join("|")})`, "i") : null,
    weak: (raw.gate_weak ?? []).map((w) => new RegExp(`(?:^|[^a-z0-9])(?:${w})`, "i")),
    topics: raw.topics.map((t) => ({
      topic: t.topic,
      // Legacy files list `keywords` only: each is a strong term, and ties keep the file's order.
      terms: [
        ...terms(t.strong, weights.strong, t.weight ?? 1, true, `${where} ${t.topic}`),
        ...terms(t.keywords, weights.strong, t.weight ?? 1, true, `${where} ${t.topic}`),
        ...terms(t.weak, weights.weak, t.weight ?? 1, false, `${where} ${t.topic}`),
      ],
      ...(t.qualified ? { qualified: true } : {}),
    })),
    fallback: raw.fallback ?? "other",
    weights,
  };
}

export function loadTaxonomy(path?: string): Taxonomy {
  const file = path ?? fileURLToPath(new URL("../../data/topics.json", import.meta.url));
  return parseTaxonomy(JSON.parse(readFileSync(file, "utf8")) as TaxonomyFile, file);
}

export const defaultTaxonomy: Taxonomy = loadTaxonomy();

/** True when the request is about the taxonomy's subject: one strong word, or two different weak ones. */
export function inScope(taxonomy: Taxonomy, requestText: string): boolean {
  if (!taxonomy.strong) return true;
  if (taxonomy.strong.test(requestText)) return true;
  return taxonomy.weak.filter((w) => w.test(requestText)).length >= 2;
}

/**
 * Every topic's score over one text. A term counts once, where it first occurs; terms of one
 * topic that match the same words ("value of" and "value") count once, at the larger weight.
 * `named` receives the topics a strong term of which the text holds.
 */
export function scoreTopics(taxonomy: Taxonomy, text: string, named?: Set<string>): Map<string, number> {
  const scores = new Map<string, number>();
  const length = Math.max(1, text.length);
  // Terms whose first letters the text lacks are not searched: most of the taxonomy, for any one text.
  const lower = text.toLowerCase();
  const starts = termStarts(text);
  for (const entry of taxonomy.topics) {
    const matches: { start: number; end: number; weight: number; strong: boolean }[] = [];
    for (const term of entry.terms) {
      if (term.literal && (!starts.has(term.head!) || !(term.pattern.ignoreCase ? lower : text).includes(term.literal))) continue;
      term.pattern.lastIndex = 0;
      const m = term.pattern.exec(text);
      if (m) matches.push({ start: m.index, end: m.index + m[0].length, weight: term.weight, strong: term.strong === true });
    }
    matches.sort((a, b) => b.weight - a.weight || a.start - b.start);
    const counted: { start: number; end: number }[] = [];
    const values: number[] = [];
    for (const m of matches) {
      if (counted.some((c) => m.start < c.end && c.start < m.end)) continue;
      counted.push(m);
      values.push(m.weight * (1 + taxonomy.weights.early * (1 - m.start / length)));
    }
    values.sort((a, b) => b - a);
    const score = values.reduce((sum, v, i) => sum + (i === 0 ? v : v * taxonomy.weights.extra), 0);
    if (score > 0) scores.set(entry.topic, score);
    if (named && matches.some((m) => m.strong)) named.add(entry.topic);
  }
  return scores;
}

/**
 * The first three characters, ASCII letters in lower case, at every place a term's match can
 * start (the text's start, and after each character that is not A–Z, a–z or 0–9, as the compiled
 * pattern requires): a term whose literal's first three are not among them cannot match, and is
 * not searched for its literal through the whole text. Only ASCII letters change case for the
 * patterns (no `u` flag), so lowering them alone keeps every possible match.
 */
function termStarts(text: string): Set<string> {
  const out = new Set<string>();
  let after = true;
  for (let i = 0; i < text.length; i++) {
    if (after && i + 3 <= text.length) out.add(asciiLower(text.slice(i, i + 3)));
    const c = text.charCodeAt(i);
    after = !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  }
  return out;
}

function asciiLower(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]!;
  }
  return out;
}

/** The best-scoring topic, ties to the taxonomy's order; null when nothing scores. */
export function bestTopic(taxonomy: Taxonomy, scores: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let top = 0;
  for (const entry of taxonomy.topics) {
    const s = scores.get(entry.topic) ?? 0;
    if (s > top) {
      top = s;
      best = entry.topic;
    }
  }
  return best;
}

/** The best topic of a text by itself; null when it names none. */
export function topicOf(taxonomy: Taxonomy, text: string): string | null {
  return bestTopic(taxonomy, scoreTopics(taxonomy, text));
}

export interface TopicQuestion {
  /** The question as asked (may be empty when only the answers are in the letter). */
  text: string;
  /** Its answer's text, or "". */
  answer: string;
}

export interface TopicContext {
  /** The request's subject or title ("IT security budget"), when known. */
  subject: string;
  /** The request as a whole: every question, or the letter's opening. */
  scope: string;
  /** All the text that can say what the request is about: the gate reads it. */
  request: string;
}

/** "If so, …", "this", "these", "the incident": a question that follows up the one before. */
const FOLLOW_UP = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:if (?:so|yes|not)|and\b|also\b|of (?:these|those|this)|how (?:many|much|long|often) of)|\b(?:this|these|those|that|the same|such|it|they|the (?:incident|attack|breach|system|contract|product|service)s?)\b/i;

function words(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

/**
 * Sentences of an answer that say why nothing is given ("exempt under section 24 because
 * disclosure would help attackers", "we do not hold this"): they talk about the refusal, not
 * about what was asked, so they never lend a topic.
 */
const REFUSAL_TALK = /\b(?:exempt|exemption|section \d|regulation \d|withh[eo]ld|disclos|prejudic|refus|neither confirm|do(?:es)? not hold|not held|no information|unable to|cannot|can ?not|would be likely|national security|law enforcement|thank you|dear\b)/i;

/**
 * Sentences about the cost of answering ("longer than the appropriate limit of 18 hours", "the
 * Fees Regulations") and about the handling of the request ("your request has been reviewed",
 * internal review, appeal, the Information Commissioner): the fee or review they mention is the
 * letter's own procedure, never what was asked.
 */
const HANDLING_TALK = /\b(?:appropriate limit|cost limit|costs? (?:of|in) (?:complying|compliance|locating|answering)|fees? regulations|\d+ hours|officer time|estimat|exceed|(?:request|response|decision)s? (?:\w+ ){0,3}(?:has been|have been|was|were|is|be|being) (?:\w+ )?(?:received|reviewed|considered|reconsidered|processed|handled|responded|logged|dealt)|internal review|information commissioner|\bappeal|complain|freedom of information act|legal obligation)/i;

function answerTalk(answer: string): string {
  return answer
    .slice(0, 600)
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !REFUSAL_TALK.test(sentence) && !HANDLING_TALK.test(sentence))
    .join(" ")
    .slice(0, 400);
}

/** The topic of every question of one letter, in order. */
export function assignTopics(taxonomy: Taxonomy, questions: readonly TopicQuestion[], context: TopicContext): string[] {
  if (!inScope(taxonomy, `${context.subject}\n${context.request}`)) return questions.map(() => taxonomy.fallback);
  const w = taxonomy.weights;
  const subject = context.subject.trim() ? scoreTopics(taxonomy, context.subject) : new Map<string, number>();
  const scope = scoreTopics(taxonomy, context.scope);
  const qualifiedTopics = new Set(taxonomy.topics.filter((t) => t.qualified).map((t) => t.topic));
  const subjectInDomain = context.subject.trim() !== "" && inDomain(taxonomy, context.subject, qualifiedTopics);
  const out: string[] = [];
  let previous: string | null = null;
  let previousText = "";
  for (const q of questions) {
    const text = q.text.replace(/\s+/g, " ").trim();
    const short = words(text) <= w.shortWords;
    const followUp = previous !== null && text !== "" && FOLLOW_UP.test(text);
    const named = new Set<string>();
    const own = text ? scoreTopics(taxonomy, text, named) : new Map<string, number>();
    // A broad topic counts only where what it counts is in the domain: the question says so, or
    // the question it follows up, or the request's subject.
    const qualifies = inDomain(taxonomy, text, qualifiedTopics) || inDomain(taxonomy, previousText, qualifiedTopics) || subjectInDomain;
    const unqualified = [...own.keys()].filter((k) => qualifiedTopics.has(k));
    if (!qualifies) for (const k of unqualified) own.delete(k);
    let topic = bestTopic(taxonomy, own);
    if (!topic && followUp) topic = previous;
    // Named nothing but a broad topic outside the domain ("How many staff does the trust employ?"): outside the taxonomy.
    // A broad topic's weak word in passing ("reports to officials, staff or others about X") names
    // nothing: such a question reads its context like any other.
    if (!topic && !qualifies && unqualified.some((k) => named.has(k))) {
      out.push(taxonomy.fallback);
      previous = taxonomy.fallback;
      previousText = text;
      continue;
    }
    // A short question borrows from the request's subject first, and from its answer last (less
    // what the answer says about a refusal).
    if (!topic && (short || !text)) topic = bestTopic(taxonomy, subject);
    if (!topic && (short || !text) && q.answer) {
      const talk = answerTalk(q.answer);
      // A broad topic lent by the answer needs the domain too: "Financial year | Crimes" lends no spend.
      const lendsBroad = qualifies || inDomain(taxonomy, talk, qualifiedTopics);
      const lent = new Map([...scoreTopics(taxonomy, talk)].filter(([k]) => lendsBroad || !qualifiedTopics.has(k)).map(([k, v]) => [k, v * w.answer]));
      topic = bestTopic(taxonomy, lent);
    }
    // A question in a list that names nothing is most likely about what its neighbour was about;
    // the first one, about what the request is about.
    if (!topic && previous && text) topic = previous;
    if (!topic) topic = bestTopic(taxonomy, subject) ?? bestTopic(taxonomy, scope);
    out.push(topic ?? previous ?? taxonomy.fallback);
    previous = out[out.length - 1]!;
    previousText = text;
  }
  return out;
}

/**
 * Letterhead and reference fields ("Dept: Digital & Technology", "Email: …", "Our ref: …") name the
 * office that answers, not what was asked: the gate does not read them.
 */
const LETTERHEAD_FIELD = /^[ \t]*(?:dept|department|directorate|division|service|team|unit|office|from|name|e-?mail|tel(?:ephone)?|phone|fax|mobile|web(?: ?site)?|address|contact|direct (?:line|dial)|(?:our|your|my) ref(?:erence)?|ref(?:erence)?|date)\b[ \t]*[.:].*$/gim;

export function withoutLetterhead(text: string): string {
  return text.replace(LETTERHEAD_FIELD, "");
}

/**
 * The request as a whole: its title and every question's words; where the questions have no words
 * of their own (a table whose request sits in the answer cell, answers only), the letter's opening
 * less its letterhead.
 */
export function requestScope(title: string, questionTexts: readonly string[], letterText: string): string {
  const asked = questionTexts.filter((t) => t.trim() !== "").join("\n");
  return `${title}\n${asked || withoutLetterhead(letterText.slice(0, 3000))}`;
}

/** A text is in the taxonomy's domain: a gate word, or a topic that needs no qualifying. */
function inDomain(taxonomy: Taxonomy, text: string, qualifiedTopics: ReadonlySet<string>): boolean {
  if (!text.trim()) return false;
  if (taxonomy.strong?.test(text) || taxonomy.weak.some((g) => g.test(text))) return true;
  return [...scoreTopics(taxonomy, text).keys()].some((k) => !qualifiedTopics.has(k));
}

/**
 * The request's subject: its title, else the words of the last path segment of the page it was
 * published at (disclosure logs and WhatDoTheyKnow name a request in its address:
 * ".../request/content_filtering_software_76" → "content filtering software").
 */
export function requestSubject(meta: { title: string; source: string }): string {
  if (meta.title.trim()) return meta.title;
  // No scheme, no address (a plain file's source): said without building a URL that throws.
  if (!meta.source.includes(":")) return "";
  let path: string;
  try {
    path = new URL(meta.source).pathname;
  } catch {
    return "";
  }
  // The last non-empty path segment ("/request/content_filtering_software_76/" → its name); no regex over the slashes.
  const segment = decodeURIComponent(path.split("/").filter((part) => part !== "").pop() ?? "").replace(/\.(?:html?|aspx?|php|pdf)$/i, "");
  const words = segment.split(/[-_\s]+/).filter((w) => /^[a-z]{2,}$/i.test(w));
  return words.length >= 2 ? words.join(" ") : "";
}
