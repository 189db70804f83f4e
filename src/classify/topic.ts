import { inScope, type Taxonomy } from "./topic-taxonomy.js";
import { bestTopic, scoreTopics } from "./topic-score.js";
import { squeezeSpaces } from "../core/spaces.js";

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

export * from "./topic-taxonomy.js";
export * from "./topic-score.js";

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

/**
 * A question about the consequences of what the one before asked ("If so, how long?", "How much
 * downtime did this cause?", "the cost of the incident", "was anyone disciplined as a result?"): narrower than FOLLOW_UP, since "the
 * systems" of a document request refers to the request's subject, not to the question before.
 */
const REFERS_BACK = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?if (?:so|yes)\b|\b(?:did|does|do|has|have|had|was|were|is|are) (?:this|that|it|these|they)\b|\b(?:the|this|that|these|those|each) (?:incident|attack|breach|event)s?\b|\bas a (?:direct )?(?:result|consequence)\b(?!\s+of\b)/i;

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
  // The request's scope is scored only for a letter none of whose questions names a topic (most name one).
  let scope: Map<string, number> | undefined;
  const qualifiedTopics = new Set(taxonomy.topics.filter((t) => t.qualified).map((t) => t.topic));
  const broadTopics = new Set(taxonomy.topics.filter((t) => (t.scale ?? 1) < 1).map((t) => t.topic));
  const subjectInDomain = context.subject.trim() !== "" && inDomain(taxonomy, context.subject, qualifiedTopics);
  // Each question's own reading first: what it names, and whether its broad topics are in the domain.
  const readings = questions.map((q, i) => readOwn(taxonomy, q.text, i > 0 ? questions[i - 1]!.text : "", subjectInDomain, qualifiedTopics));
  // What the request is about, for a first question that names nothing: what its other questions
  // are about as each was read (a broad topic outside the domain counts as the fallback), not the
  // raw words of the whole request ("How many FOI requests …" among questions counting FOI staff
  // overall is outside the taxonomy, though "staff" is the request's most frequent term).
  // Where most of its asks, said at length, name nothing of the taxonomy (admissions figures, CCTV
  // counts, with one question on the software among them), the request is about something else;
  // twice as many as name a topic, since a request about one named system ("Northgate Watch")
  // often names its kind once.
  const unnamed = readings.filter((r) => r.text && !r.topic && !r.short).length;
  const named = readings.filter((r) => r.topic).length;
  const frequent = unnamed > 2 * named ? taxonomy.fallback : mostFrequent(readings.map((r) => r.topic ?? (r.outside ? taxonomy.fallback : null)));
  const requestTopic = (): string | null => frequent ?? bestTopic(taxonomy, (scope ??= scoreTopics(taxonomy, context.scope)));
  const out: string[] = [];
  let previous: string | null = null;
  questions.forEach((q, i) => {
    const { text, short, qualifies, outside } = readings[i]!;
    let topic = readings[i]!.topic;
    const followUp = previous !== null && text !== "" && FOLLOW_UP.test(text);
    // A follow-up of a specific topic that names only a broad one ("What did this cost?", "the
    // cost of the incident") is about the incident it refers to.
    if (previous && previous !== taxonomy.fallback && !broadTopics.has(previous) && topic && broadTopics.has(topic) && REFERS_BACK.test(text)) topic = previous;
    if (!topic && followUp) topic = previous;
    // Named nothing but a broad topic outside the domain ("How many staff does the trust employ?"): outside the taxonomy.
    if (!topic && outside) {
      out.push(taxonomy.fallback);
      previous = taxonomy.fallback;
      return;
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
    if (!topic) topic = bestTopic(taxonomy, subject) ?? requestTopic();
    out.push(topic ?? previous ?? taxonomy.fallback);
    previous = out[out.length - 1]!;
  });
  return out;
}

/** One question read by itself: its text, the topic it names (null: none), and whether its broad topics are in the domain. */
interface OwnReading {
  text: string;
  short: boolean;
  topic: string | null;
  /** Its broad topics count: the question, the one before it, or the request's subject is in the domain. */
  qualifies: boolean;
  /** It names a broad topic by a strong term outside the domain ("How many staff does the trust employ?"). */
  outside: boolean;
}

function readOwn(taxonomy: Taxonomy, raw: string, before: string, subjectInDomain: boolean, qualifiedTopics: ReadonlySet<string>): OwnReading {
  const text = squeezeSpaces(raw).trim();
  const previousText = squeezeSpaces(before).trim();
  const named = new Set<string>();
  const own = text ? scoreTopics(taxonomy, text, named) : new Map<string, number>();
  // A broad topic counts only where what it counts is in the domain: the question says so, or
  // the question it follows up, or the request's subject.
  // A question that widens to the whole body ("employed by your organisation", "overall budget")
  // needs the domain in its own words.
  const ownDomain = inDomain(taxonomy, text, qualifiedTopics);
  const qualifies = ownDomain || (!ORGANISATION_WIDE.test(text) && (inDomain(taxonomy, previousText, qualifiedTopics) || subjectInDomain));
  const unqualified = [...own.keys()].filter((k) => qualifiedTopics.has(k));
  if (!qualifies) for (const k of unqualified) own.delete(k);
  const topic = bestTopic(taxonomy, own);
  // A broad topic's weak word in passing ("reports to officials, staff or others about X") names
  // nothing: such a question reads its context like any other.
  const outside = !topic && !qualifies && unqualified.some((k) => named.has(k));
  return { text, short: words(text) <= taxonomy.weights.shortWords, topic, qualifies, outside };
}

/** The most frequent value, ties to the earliest; null when there is none. */
function mostFrequent(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
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
  if (asked) return `${title}\n${asked}`;
  // The opening less its refusal reasoning and handling ("would help attackers", "your request has
  // been considered"), but with what it says the request was about, which a thank-you sentence often holds.
  const opening = withoutLetterhead(letterText.slice(0, 3000));
  const restated = RESTATED.exec(opening)?.[1] ?? "";
  const talk = opening
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !REFUSAL_TALK.test(sentence) && !HANDLING_TALK.test(sentence))
    .join(" ");
  return `${title}\n${restated}\n${talk}`;
}

/** "your request … asking for information about our network", "your letter … in relation to the rollout of …": what the request was about, said back. */
// redos-ok: run once a letter on its first 3,000 characters (requestScope); the gaps are bounded (80 lazy, 160 greedy), so at most 3,000 × 240 steps
const RESTATED = /\b(?:request(?:ing|ed)?|asking|asked|enquiry|letter|e-?mail)\b[^.?!\n]{0,80}?\b(?:about|regarding|concerning|in relation to|relating to|on the subject of)\s+([^.?!\n]{3,160})/i;

/** "overall", "in total", "employed by your organisation", "the whole trust": the question asks about the body as a whole. */
const ORGANISATION_WIDE = /\b(?:overall|in total|organi[sz]ation[- ]wide|(?:the|your) (?:whole|entire) (?:organi[sz]ation|trust|council|force|authority|workforce)|(?:employed by|within|in|across) (?:the|your) (?:whole |entire )?(?:organi[sz]ation|trust|council|force|authority)\b(?! ['’]?s)|including (?:both )?full[- ]time and part[- ]time)/i;

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
