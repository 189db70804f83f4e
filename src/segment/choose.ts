import type { Question, Span } from "../core/types.js";
import type { Segmentation } from "./types.js";
import { contentStems, countIn, overlap, words } from "../core/stems.js";
import { REQUESTER_LIKE } from "./cues.js";
import { ANSWER_LIKE, NUMBERED, type Context } from "./context.js";
import { type Unit } from "./roles.js";
import { readsAsAsk } from "./asks-read.js";
import { answeredByNumber, inlineRun } from "./layouts/inline-numbered.js";
import { lettersAnsweredInReply } from "./layouts/lettered-parts.js";
import { intersect, nonSpaceCounts, union } from "../core/span-sets.js";

/**
 * How well a reading explains the letter, 0–1, from four things a careful reader checks:
 * - answered: every question has an answer of its own that reads as an answer (not a question,
 *   not the requester's words); a shared or blanket answer counts for less;
 * - asks explained: every ask in the letter (a line, bullet or paragraph that reads as a question)
 *   is its own question: an ask merged into another question's text, left inside an answer, or
 *   left outside every question is one the reading missed;
 * - coverage: the share of the response body that some answer covers;
 * - continuity: labels run 1, 2, 3 (or a, b, c) without skips or repeats.
 */
export interface Scored {
  segmentation: Segmentation;
  score: number;
  parts: { answered: number; asks: number; coverage: number; continuity: number };
}

const WEIGHTS = { answered: 0.45, asks: 0.35, coverage: 0.1, continuity: 0.1 };

export function scoreReading(ctx: Context, units: readonly Unit[], seg: Segmentation): Scored {
  const qs = seg.questions;
  const facts = factsOf(ctx);
  const answered = qs.length ? qs.reduce((sum, q) => sum + answerCredit(ctx.text, q, facts), 0) / qs.length : 0;
  const asks = asksExplained(ctx, units, qs, seg.closingStart) * (1 - answersAsQuestions(ctx.text, qs));
  const coverage = responseCoverage(ctx, units, qs, seg.closingStart);
  const continuity = labelContinuity(qs.map((q) => q.label));
  const parts = { answered, asks, coverage, continuity };
  const score = WEIGHTS.answered * answered + WEIGHTS.asks * asks + WEIGHTS.coverage * coverage + WEIGHTS.continuity * continuity;
  return { segmentation: seg, score, parts };
}

/**
 * What the chooser reads of a letter alike for every reading (up to seven are scored): computed
 * once per letter (per segment() call's Context), not once per reading.
 */
interface LetterFacts {
  /** nonSpace[i]: characters of text[0, i) that are not white space (as `\s` matches). */
  nonSpace: Int32Array | null;
  /** Whether an answer span, by "start:end", reads as an answer. */
  readsAsAnswer: Map<string, boolean>;
  /** Whether a unit's text reads as answer-like (ANSWER_LIKE). */
  answerLike: Map<Unit, boolean>;
  /** Asks sharing a unit with others (askStretches), found on the first reading scored. */
  stretches: readonly Stretch[] | null;
}
const letterFacts = new WeakMap<Context, LetterFacts>();
function factsOf(ctx: Context): LetterFacts {
  let f = letterFacts.get(ctx);
  if (!f) letterFacts.set(ctx, (f = { nonSpace: null, readsAsAnswer: new Map(), answerLike: new Map(), stretches: null }));
  return f;
}

function answerCredit(text: string, q: Question, facts: LetterFacts): number {
  if (!q.answerSpan) return q.answerVia === "cross_reference" ? 1 : 0;
  const key = `${q.answerSpan.start}:${q.answerSpan.end}`;
  let reads = facts.readsAsAnswer.get(key);
  if (reads === undefined) facts.readsAsAnswer.set(key, (reads = readsAsAnswer(text.slice(q.answerSpan.start, q.answerSpan.end))));
  // The whole letter as the answer: the reading could not tell where the response starts.
  if (q.answerVia === "whole_letter") return 0.6;
  if (q.answerVia === "own" || q.answerVia === "cross_reference") return reads ? 1 : 0.3;
  return reads ? 1 : 0.2;
}

/** Answer text: not mostly questions, not the requester writing. */
export function readsAsAnswer(answer: string): boolean {
  const lines = answer.split("\n").map((l) => l.trim()).filter((l) => /[A-Za-z0-9£]/.test(l));
  if (!lines.length) return false;
  const asking = lines.filter((l) => /\?["”’)]?\s*$/.test(l) || REQUESTER_LIKE.test(l) || readsAsAsk(l.replace(/^(?:\(?\d{1,2}[a-z]?[.)]|[-•*])\s*/, ""))).length;
  return asking * 2 < lines.length || (lines.length >= 4 && asking * 3 < lines.length);
}

/** A unit belongs to a span it overlaps (spans start after a unit's list marker). */
const inside = (s: Span, outer: Span | null): boolean => outer !== null && s.start < outer.end && s.end > outer.start;

/** Share of the letter's asks that the reading makes questions of their own. */
function namesWhatFollows(ctx: Context, u: Unit, said: string, qs: readonly Question[]): boolean {
  // A numbered item is a question of its own (labels.md), never a lead naming the others.
  if (u.inResponse || (u.marker !== null && NUMBERED.has(u.marker.kind)) || qs.length < 2 || qs.length > 6 || qs.some((q) => q.questionSpan === null || q.questionSpan.start < u.span.end)) return false;
  if (qs.some((q) => q.questionSpan!.start >= ctx.responseStart && ctx.responseStart >= 0 && q.questionSpan!.start < u.span.end)) return false;
  const lead = contentStems(said);
  const sets = qs.map((q) => contentStems(ctx.text.slice(q.questionSpan!.start, q.questionSpan!.end)));
  return sets.every((set, i) => countIn([...set].filter((w) => lead.has(w) && sets.every((o, j) => j === i || !o.has(w))), lead) >= 1);
}

function asksExplained(ctx: Context, units: readonly Unit[], qs: readonly Question[], closingStart: number): number {
  const { text, lines } = ctx;
  const responseStart = Math.max(0, ctx.responseStart);
  // Asks, and numbered request items whatever they read as (labels.md: each numbered item is a question).
  // A table row whose first cell asks ("Which supplier? | Withheld") is an ask too: a reading that
  // leaves it inside one blanket answer has not read the table.
  const rowAsks = (u: Unit): boolean => u.role === "table-row" && rowAsksAt(text, u.span.start, u.span.end);
  const asky = (u: Unit): boolean => u.role === "ask" || rowAsks(u);
  // Lettered parts with no number above them, answered by letter in the reply ("(c) We hold …", "Parts a) to c)"),
  // are asks of their own, as numbered items are.
  const byLetter = lettersAnsweredInReply(ctx);
  const letteredAsk = (u: Unit): boolean => !u.inResponse && u.marker?.kind === "letter" && byLetter.has(u.marker.label) && u.role !== "boilerplate";
  const asks = units.filter((u) => u.span.start < closingStart && (letteredAsk(u) || (!isSubItem(u) && (asky(u) || (!u.inResponse && u.marker !== null && NUMBERED.has(u.marker.kind) && u.role !== "boilerplate")))));
  let missed = 0;
  const perQuestion = new Map<Question, number>();
  for (const u of asks) {
    // A numbered item whose parts are the questions ("1." answered as 1a, 1b) is explained by them.
    const parts = u.marker !== null && NUMBERED.has(u.marker.kind) && qs.some((q) => q.label.length > u.marker!.label.length && q.label.startsWith(u.marker!.label.toLowerCase()) && /[a-z]$/.test(q.label));
    if (parts) continue;
    const owner = qs.find((q) => inside(u.span, q.questionSpan));
    if (owner) {
      // Bullets under a numbered item ("1. Do you fund tutoring?" / "• If yes, how much?") are its
      // parts, not asks merged into it (labels.md: sub-items belong to their parent).
      if (u.marker?.kind !== "bullet" || !numberedAt(ctx, owner.questionSpan!.start)) perQuestion.set(owner, (perQuestion.get(owner) ?? 0) + 1);
      continue;
    }
    const said = text.slice(u.span.start, u.span.end);
    // A restated question (before its answer, or inside it) is explained by the question it restates.
    const restated = (q: Question): boolean => {
      const asked = q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : "";
      // Part of a request's question repeated inside its own answer in the reply (a note run on after the answer) is a restatement too.
      if (asked === "") return false;
      // A numbered item copies the question of its own number ("1. …" in the reply does not restate question 3).
      if (otherNumber(u, q)) return false;
      const repeatsRequest = ctx.responseStart >= 0 && q.questionSpan!.end <= ctx.responseStart && u.span.start >= ctx.responseStart && inside(u.span, q.answerSpan);
      return overlap(said, asked) >= 0.7 && (overlap(asked, said) >= 0.6 || repeatsRequest);
    };
    if (qs.some((q) => (restated(q) || restatesByNumber(ctx, u, q)) && q.questionSpan!.end <= u.span.start)) continue;
    // A sub-question of a numbered item restated inside that item's answer, before its figure.
    if (qs.length > 1 && qs.some((q) => q.questionSpan !== null && inside(u.span, q.answerSpan) && numberedAt(ctx, q.questionSpan.start) && overlap(said, text.slice(q.questionSpan.start, q.questionSpan.end)) >= 0.8)) continue;
    // A request paragraph the response restates question by question is explained by those questions.
    // Not a numbered item: it is a question of its own (labels.md), whatever later items repeat its words.
    if (qs.some((q) => q.questionSpan !== null && q.questionSpan.start >= u.span.end && !otherNumber(u, q) && overlap(text.slice(q.questionSpan.start, q.questionSpan.end), said) >= 0.7)) continue;
    // A lead that names the asks that follow ("I would like the inspection data and the route data"),
    // before every question, is explained by them when each question takes words of it the others do not.
    if (namesWhatFollows(ctx, u, said, qs)) continue;
    // A lead-in right above the list the reading asks by ("Regarding the site, please provide" / "(a) copies of …"):
    // it opens the list, it asks nothing of its own.
    if (leadsTheList(units, u, said, qs)) continue;
    // A numbered item inside an answer is part of it, unless that answer is the whole letter.
    if (asky(u) || !qs.some((q) => q.answerVia !== "whole_letter" && inside(u.span, q.answerSpan))) missed++;
  }
  let merged = 0;
  for (const n of perQuestion.values()) merged += Math.max(0, n - 1);
  // Labels the response answers by ("Question 1a.", "Answers 3 and 4") that the reading lacks.
  const have = new Set(qs.map((q) => q.label));
  const named = new Set<string>();
  for (const u of units) if (u.inResponse && u.labelNumber) named.add(u.labelNumber);
  for (const l of lines) if (l.header === "response" && l.start >= responseStart) for (const x of l.headerLabels) named.add(x);
  const unnamed = [...named].filter((x) => !have.has(x)).length;
  const presented = presentedInOneAnswer(units, qs, closingStart);
  // Asks inside one unit (a flattened form's numbered stretches, a table's later rows): each is
  // explained only by a question that starts inside it.
  const stretches = askStretches(ctx, units).filter((st) => st.unitStart < closingStart);
  const stretchMissed = stretches.filter((st) => !qs.some((q) => q.questionSpan !== null && q.questionSpan.start >= st.start && q.questionSpan.start < st.end)).length;
  const total = asks.length + named.size + presented.labels + stretches.length;
  return total === 0 ? 1 : Math.max(0, 1 - (missed + merged + unnamed + presented.merged + stretchMissed) / total);
}

/**
 * Share of a reading's questions whose text is a reply, not an ask: it opens as answers do ("We do
 * not hold …", "No. …", "Yes. Incidents are …", "Fewer than five …") and nothing in it asks. A
 * reading that takes replies for questions (a table flattened one cell a line, read by its bare
 * numbers) has misread the letter however well its spans cover it.
 */
function answersAsQuestions(text: string, qs: readonly Question[]): number {
  if (qs.length < 3) return 0;
  const replies = qs.filter((q) => {
    if (!q.questionSpan) return false;
    // Its opening sentence: a reading that runs a reply on into the next ask still opens with the reply.
    const said = /^[^.?!]*[.?!]?/.exec(text.slice(q.questionSpan.start, q.questionSpan.end).replace(/\s+/g, " ").trim())![0];
    return REPLY_OPENING.test(said) && !/\?/.test(said) && !readsAsAsk(said, true);
  }).length;
  return replies >= 2 ? replies / qs.length : 0;
}
const REPLY_OPENING = /^(?:(?:yes|no)(?:[.,;:](?:\s|$))|(?:we|the (?:council|agency|force|service|trust|department|authority)) (?:do|does|did|can|cannot|can't|are|is|have|has|hold|holds) (?:not\s)?|(?:none|nil|not held|not applicable|n\/a)\b|(?:fewer|less|more) than \w+\b|this (?:information|is) (?:is |was )?(?:not|withheld|exempt|attached|held|available|published)\b|withheld\b|exempt\b)/i;

/** A table row whose first cell past a column of row numbers asks ("| 3 | Who maintains …? | …"). */
function rowAsksAt(text: string, start: number, end: number): boolean {
  const cells = text.slice(start, end).split("\n")[0]!.split(/\s*\|\s*|\t+|\s{3,}/);
  return readsAsAsk(cells.find((c) => c.trim() !== "" && !/^(?:q\.?\s?)?\(?\d{1,2}[a-z]?[.)]?$/i.test(c.trim())) ?? "", true);
}

interface Stretch {
  /** Where the unit holding the ask starts (the reading's closing cuts units, not stretches). */
  unitStart: number;
  start: number;
  end: number;
}

/**
 * Asks that share one unit with others, alike for every reading, so found once per letter:
 * - a table of several rows is one unit: its first row is weighed as the unit is, and each later
 *   row that asks is an ask of its own;
 * - asks numbered inside one long line ("Details of request: 1) the number of … 2) the cost of …"),
 *   a flattened web form the reply answers by those numbers: each numbered stretch is an ask. A
 *   reading that keeps the line whole missed the rest.
 */
function askStretches(ctx: Context, units: readonly Unit[]): readonly Stretch[] {
  const facts = factsOf(ctx);
  if (facts.stretches) return facts.stretches;
  const out: Stretch[] = [];
  for (const u of units) {
    if (u.role === "table-row" && u.last !== u.first) {
      for (const l of ctx.lines.slice(u.first + 1, u.last + 1)) {
        if (!l.blank && rowAsksAt(ctx.text, l.start, l.end)) out.push({ unitStart: u.span.start, start: l.start, end: l.end });
      }
    }
  }
  for (const u of units) {
    if (u.span.end - u.span.start < 60) continue;
    const run = inlineRun(ctx.text, u.span.start, u.span.end);
    if (run.length < 2 || !answeredByNumber(ctx, run, u.last + 1)) continue;
    run.forEach((f, i) => out.push({ unitStart: u.span.start, start: f.at, end: run[i + 1]?.at ?? u.span.end }));
  }
  facts.stretches = out;
  return out;
}

/**
 * The reply setting the request out as questions of its own, each under a label ("You asked:",
 * "Question:", "Your request:"): two or more such labels inside one answer are questions that reading
 * merged (labels.md: a question is an item as the response presents it), however the request was sent.
 */
function presentedInOneAnswer(units: readonly Unit[], qs: readonly Question[], closingStart: number): { labels: number; merged: number } {
  const perAnswer = new Map<Question, number>();
  let labels = 0;
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    if (!u.inResponse || u.role !== "question-label" || u.span.start >= closingStart || units[i + 1]!.role === "question-label") continue;
    labels++;
    const owner = qs.find((q) => q.answerVia !== "whole_letter" && inside(u.span, q.answerSpan));
    if (owner) perAnswer.set(owner, (perAnswer.get(owner) ?? 0) + 1);
  }
  let merged = 0;
  for (const n of perAnswer.values()) if (n >= 2) merged += n - 1;
  return { labels: merged > 0 ? labels : 0, merged };
}

/**
 * A request unit with no "?" and no marker whose next unit opens the reading's first question, a
 * lettered or numbered item, every question coming after it.
 */
function leadsTheList(units: readonly Unit[], u: Unit, said: string, qs: readonly Question[]): boolean {
  if (u.inResponse || u.marker !== null || qs.length < 2 || /\?/.test(said)) return false;
  const next = units[units.indexOf(u) + 1];
  if (!next?.marker || (next.marker.kind !== "letter" && !NUMBERED.has(next.marker.kind))) return false;
  const first = qs[0]!.questionSpan;
  return first !== null && inside(first, next.span) && qs.every((q) => q.questionSpan !== null && q.questionSpan.start >= u.span.end);
}

/** A numbered unit and a question of another number ("2." and question 4): the one cannot stand for the other. */
function otherNumber(u: Unit, q: Question): boolean {
  if (!u.marker || !NUMBERED.has(u.marker.kind) || !/^\d/.test(q.label)) return false;
  const own = /^\d+/.exec(u.marker.label)?.[0];
  return own !== undefined && own !== /^\d+/.exec(q.label)?.[0];
}

/**
 * The reply copying back a numbered question's heading ("2. Advice delivered by partners", its parts
 * restated after it): the unit carries the question's own number and its words are the question's.
 */
function restatesByNumber(ctx: Context, u: Unit, q: Question): boolean {
  if (!u.marker || !NUMBERED.has(u.marker.kind) || u.marker.label.toLowerCase() !== q.label || !q.questionSpan) return false;
  // In the reply (a request it quotes included), copying a question of the request.
  if (ctx.responseStart < 0 || q.questionSpan.end > ctx.responseStart || u.span.start < ctx.responseStart) return false;
  return overlap(ctx.text.slice(u.span.start, u.span.end), ctx.text.slice(q.questionSpan.start, q.questionSpan.end)) >= 0.7;
}

/**
 * One part of a request question copied back in the reply ("b. How much of the funding comes from
 * grants?" under a question answered as a whole): a list item or a "?" line of six words or more whose
 * words are nearly all the question's. Question text, not body the answers leave uncovered.
 */
function restatedPiece(u: Unit, said: string, asked: string): boolean {
  if (u.marker === null && !/\?["”’)]?\s*$/.test(said)) return false;
  return words(said).length >= 6 && overlap(said, asked) >= 0.85;
}

/** Whether the line holding `offset` carries a number, "Q1" or "Request 1" marker. */
function numberedAt(ctx: Context, offset: number): boolean {
  const line = ctx.lines.find((l) => l.start <= offset && offset <= l.end);
  return line?.marker !== null && line?.marker !== undefined && NUMBERED.has(line.marker.kind);
}

function isSubItem(u: Unit): boolean {
  return u.marker !== null && (u.marker.kind === "letter" || u.marker.kind === "roman");
}

/** Share of the response body (between its start and the closing) that answers cover. */
function responseCoverage(ctx: Context, units: readonly Unit[], qs: readonly Question[], closingStart: number): number {
  const facts = factsOf(ctx);
  // The body starts at the response, or earlier at the first answer-like text after a question
  // (a reply under each question with no response cue before the first).
  const firstAsked = Math.min(...qs.map((q) => q.questionSpan?.end ?? Infinity));
  const answerLike = (u: Unit): boolean => {
    let v = facts.answerLike.get(u);
    if (v === undefined) facts.answerLike.set(u, (v = ANSWER_LIKE.test(ctx.text.slice(u.span.start, u.span.end))));
    return v;
  };
  const early = units.find((u) => u.role === "text" && u.span.start >= firstAsked && answerLike(u) && !qs.some((q) => inside(u.span, q.questionSpan)));
  const start = Math.min(ctx.responseStart >= 0 ? ctx.responseStart : ctx.text.length, early?.span.start ?? Infinity, ctx.responseStart >= 0 ? Infinity : 0);
  // Characters of the body outside question text, and those an answer covers (question text wins
  // where both lie), counted from the letter's running count of non-space characters.
  const end = Math.max(start, closingStart);
  const ns = (facts.nonSpace ??= nonSpaceCounts(ctx.text));
  const count = (runs: readonly [number, number][]): number => runs.reduce((n, [a, b]) => n + ns[b]! - ns[a]!, 0);
  const asked = union(qs.map((q) => q.questionSpan), start, end);
  const answers = union(qs.map((q) => q.answerSpan), start, end);
  // A question of the request that the reply restates before its answer is question text too, not body left
  // unanswered: a unit starting outside every question and answer that repeats an asked question's words.
  const requestAsks = qs.filter((q) => q.questionSpan && ctx.responseStart >= 0 && q.questionSpan.end <= ctx.responseStart).map((q) => ctx.text.slice(q.questionSpan!.start, q.questionSpan!.end));
  const explained = union([...qs.map((q) => q.questionSpan), ...qs.map((q) => q.answerSpan)], start, end);
  const within = (at: number): boolean => explained.some(([x, y]) => at >= x && at < y);
  const restated = requestAsks.length === 0 ? [] : union(
    units
      .filter((u) => u.span.start >= start && u.span.end <= end && !within(u.span.start))
      .filter((u) => {
        const said = ctx.text.slice(u.span.start, u.span.end);
        return requestAsks.some((x) => (overlap(said, x) >= 0.7 && overlap(x, said) >= 0.6) || restatedPiece(u, said, x));
      })
      .map((u) => u.span),
    start,
    end,
  );
  const restatedOnly = count(restated) - count(intersect(restated, explained));
  const body = ns[end]! - ns[start]! - count(asked) - restatedOnly;
  const covered = count(answers) - count(intersect(answers, asked));
  return body === 0 ? 1 : covered / body;
}

/** 1 for labels that run on (1, 2, 3 or 3a, 3b, 4), less for each skip, repeat or step back. */
export function labelContinuity(labels: readonly string[]): number {
  if (labels.length <= 1) return 1;
  let breaks = 0;
  for (let i = 1; i < labels.length; i++) {
    const a = parse(labels[i - 1]!);
    const b = parse(labels[i]!);
    if (!a || !b) continue;
    // A section's numbering restarts at 1 in the next section ("1.3" then "2.1", "A3" then "B1").
    if (a.sec !== b.sec) {
      if (b.sec - a.sec !== 1 || b.n !== 1 || (b.sub !== "" && b.sub !== "a" && b.sub !== "i")) breaks++;
      continue;
    }
    const step = b.n - a.n;
    const ok = (step === 1 && (b.sub === "" || b.sub === "a" || b.sub === "i")) || (step === 0 && b.sub > a.sub) || (step === 1 && a.sub !== "");
    if (!ok) breaks++;
  }
  return 1 - breaks / (labels.length - 1);
}

/** A label as section (0 when the list has none), number and sub-part: "3b", "2.1", "a2ii" (section A, item 2, part ii). */
function parse(label: string): { sec: number; n: number; sub: string } | null {
  const m = /^(\d+)(?:\.(\d+))?([a-z]*)$/.exec(label);
  if (m) return m[2] ? { sec: Number(m[1]), n: Number(m[2]), sub: "" } : { sec: 0, n: Number(m[1]), sub: m[3] ?? "" };
  const coded = /^([a-z])(\d{1,2})([a-z]*)$/.exec(label);
  if (coded) return { sec: coded[1]!.charCodeAt(0) - 96, n: Number(coded[2]), sub: coded[3]! };
  if (/^[a-z]$/.test(label)) return { sec: 0, n: label.charCodeAt(0) - 96, sub: "" };
  return null;
}
