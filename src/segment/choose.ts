import type { Question, Span } from "../core/types.js";
import type { Segmentation } from "./types.js";
import { overlap } from "../core/stems.js";
import { REQUESTER_LIKE } from "./cues.js";
import { ANSWER_LIKE, NUMBERED, type Context } from "./context.js";
import { readsAsAsk, type Unit } from "./roles.js";

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
  const { text } = ctx;
  const qs = seg.questions;
  const answered = qs.length ? qs.reduce((sum, q) => sum + answerCredit(text, q), 0) / qs.length : 0;
  const asks = asksExplained(ctx, units, qs, seg.closingStart);
  const coverage = responseCoverage(ctx, units, qs, seg.closingStart);
  const continuity = labelContinuity(qs.map((q) => q.label));
  const parts = { answered, asks, coverage, continuity };
  const score = WEIGHTS.answered * answered + WEIGHTS.asks * asks + WEIGHTS.coverage * coverage + WEIGHTS.continuity * continuity;
  return { segmentation: seg, score, parts };
}

function answerCredit(text: string, q: Question): number {
  if (!q.answerSpan) return q.answerVia === "cross_reference" ? 1 : 0;
  const reads = readsAsAnswer(text.slice(q.answerSpan.start, q.answerSpan.end));
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
function asksExplained(ctx: Context, units: readonly Unit[], qs: readonly Question[], closingStart: number): number {
  const { text, lines } = ctx;
  const responseStart = Math.max(0, ctx.responseStart);
  // Asks, and numbered request items whatever they read as (labels.md: each numbered item is a question).
  // A table row whose first cell asks ("Which supplier? | Withheld") is an ask too: a reading that
  // leaves it inside one blanket answer has not read the table.
  const rowAsks = (u: Unit): boolean => u.role === "table-row" && readsAsAsk(text.slice(u.span.start, u.span.end).split(/\s*\|\s*|\t+|\s{3,}/).find((c) => c.trim() !== "") ?? "", true);
  const asky = (u: Unit): boolean => u.role === "ask" || rowAsks(u);
  const asks = units.filter((u) => u.span.start < closingStart && !isSubItem(u) && (asky(u) || (!u.inResponse && u.marker !== null && NUMBERED.has(u.marker.kind) && u.role !== "boilerplate")));
  let missed = 0;
  const perQuestion = new Map<Question, number>();
  for (const u of asks) {
    // A numbered item whose parts are the questions ("1." answered as 1a, 1b) is explained by them.
    const parts = u.marker !== null && NUMBERED.has(u.marker.kind) && qs.some((q) => q.label.length > u.marker!.label.length && q.label.startsWith(u.marker!.label.toLowerCase()) && /[a-z]$/.test(q.label));
    if (parts) continue;
    const owner = qs.find((q) => inside(u.span, q.questionSpan));
    if (owner) {
      perQuestion.set(owner, (perQuestion.get(owner) ?? 0) + 1);
      continue;
    }
    const said = text.slice(u.span.start, u.span.end);
    // A restated question (before its answer, or inside it) is explained by the question it restates.
    const restated = (q: Question): boolean => {
      const asked = q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : "";
      // Part of a request's question repeated inside its own answer in the reply (a note run on after the answer) is a restatement too.
      if (asked === "") return false;
      const repeatsRequest = ctx.responseStart >= 0 && q.questionSpan!.end <= ctx.responseStart && u.span.start >= ctx.responseStart && inside(u.span, q.answerSpan);
      return overlap(said, asked) >= 0.7 && (overlap(asked, said) >= 0.6 || repeatsRequest);
    };
    if (qs.some((q) => restated(q) && q.questionSpan!.end <= u.span.start)) continue;
    // A request paragraph the response restates question by question is explained by those questions.
    if (qs.some((q) => q.questionSpan !== null && q.questionSpan.start >= u.span.end && overlap(text.slice(q.questionSpan.start, q.questionSpan.end), said) >= 0.7)) continue;
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
  const total = asks.length + named.size;
  return total === 0 ? 1 : Math.max(0, 1 - (missed + merged + unnamed) / total);
}

function isSubItem(u: Unit): boolean {
  return u.marker !== null && (u.marker.kind === "letter" || u.marker.kind === "roman");
}

/** Share of the response body (between its start and the closing) that answers cover. */
/** Whether a UTF-16 code unit is one `\s` matches (as /\s/.test on the character, without a string and a regex per character). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function responseCoverage(ctx: Context, units: readonly Unit[], qs: readonly Question[], closingStart: number): number {
  // The body starts at the response, or earlier at the first answer-like text after a question
  // (a reply under each question with no response cue before the first).
  const firstAsked = Math.min(...qs.map((q) => q.questionSpan?.end ?? Infinity));
  const early = units.find((u) => u.role === "text" && u.span.start >= firstAsked && ANSWER_LIKE.test(ctx.text.slice(u.span.start, u.span.end)) && !qs.some((q) => inside(u.span, q.questionSpan)));
  const start = Math.min(ctx.responseStart >= 0 ? ctx.responseStart : ctx.text.length, early?.span.start ?? Infinity, ctx.responseStart >= 0 ? Infinity : 0);
  // Characters of the body outside question text, and those an answer covers.
  const end = Math.max(start, closingStart);
  const mark = new Uint8Array(end - start);
  const paint = (sp: Span | null, v: number): void => {
    if (!sp) return;
    for (let i = Math.max(sp.start, start); i < Math.min(sp.end, end); i++) if (mark[i - start] === 0) mark[i - start] = v;
  };
  for (const q of qs) paint(q.questionSpan, 2);
  for (const q of qs) paint(q.answerSpan, 1);
  // A question of the request that the reply restates before its answer is question text too, not body left unanswered.
  const asked = qs.filter((q) => q.questionSpan && ctx.responseStart >= 0 && q.questionSpan.end <= ctx.responseStart).map((q) => ctx.text.slice(q.questionSpan!.start, q.questionSpan!.end));
  for (const u of units) {
    if (u.span.start < start || u.span.end > end || mark[u.span.start - start] !== 0) continue;
    const said = ctx.text.slice(u.span.start, u.span.end);
    if (asked.some((a) => overlap(said, a) >= 0.7 && overlap(a, said) >= 0.6)) paint(u.span, 2);
  }
  let body = 0;
  let covered = 0;
  for (let i = start; i < end; i++) {
    if (mark[i - start] === 2 || isSpace(ctx.text.charCodeAt(i))) continue;
    body++;
    if (mark[i - start] === 1) covered++;
  }
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
    const step = b.n - a.n;
    const ok = (step === 1 && (b.sub === "" || b.sub === "a")) || (step === 0 && b.sub > a.sub) || (step === 1 && a.sub !== "");
    if (!ok) breaks++;
  }
  return 1 - breaks / (labels.length - 1);
}

function parse(label: string): { n: number; sub: string } | null {
  const m = /^(\d+)(?:\.(\d+))?([a-z]*)$/.exec(label);
  if (m) return m[2] ? { n: Number(m[2]), sub: "" } : { n: Number(m[1]), sub: m[3] ?? "" };
  if (/^[a-z]$/.test(label)) return { n: label.charCodeAt(0) - 96, sub: "" };
  return null;
}
