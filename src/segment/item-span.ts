/**
 * Where one numbered item's text ends and its answer begins: the question's own paragraph with its
 * wrapped lines and sub-items, an answer on the same line, in a table cell or after a dash, and the
 * text of the question itself. `runs.ts` builds the runs of items; this module reads inside one item.
 */
import type { Span } from "../core/types.js";
import type { Item } from "./runs.js";
import { QUESTION_LIKE, REQUESTER_LIKE, closesQuote } from "./cues.js";
import { readsAsAsk, requestItem } from "./asks-read.js";
import { ANSWER_LIKE, NUMBERED, authorityVoice, explanationAfter, trimSpan, type Context } from "./context.js";

/** A letter hard-wrapped at a fixed width (a PDF or email): no line runs past 130 characters. */
const wrapped = new WeakMap<Context, boolean>();
/** An item that opens like an answer ("All of them.", "We hold none.") and is not a request for documents ("All correspondence between …"). */
function answerLikeItem(content: string): boolean {
  return ANSWER_LIKE.test(content) && !requestItem(content);
}

function hardWrapped(ctx: Context): boolean {
  let w = wrapped.get(ctx);
  if (w === undefined) {
    w = !ctx.lines.some((l) => l.trimmed.length > 130);
    wrapped.set(ctx, w);
  }
  return w;
}

/** The end of an item's question text: its first paragraph, hard-wrapped continuations and sub-items. */
export function questionEnd(ctx: Context, item: Item, bodyEndLine: number): number {
  const { lines } = ctx;
  let i = item.line.index;
  let endLine = i;
  let text = item.line.trimmed;
  let subKind: string | null = null;
  for (let j = i + 1; j < bodyEndLine; j++) {
    const l = lines[j]!;
    if (l.header) break;
    if (ctx.responseLine > i && j >= ctx.responseLine && ctx.responseStart >= 0) break;
    if (l.blank) {
      // A question cut by a blank line mid-sentence continues ("… to a\n\nnew operating system?").
      const next = lines.slice(j + 1, bodyEndLine).find((x) => !x.blank);
      if (next && !next.marker && !next.header && /^[a-z(]/.test(next.trimmed) && !/[?.:!"”)]$/.test(text)) continue;
      // Sub-items after a blank line still belong to the question when they ask something.
      if (next && next.marker && !NUMBERED.has(next.marker.kind) && (next.index < ctx.responseLine || QUESTION_LIKE.test(next.trimmed.slice(next.marker.contentStart - next.start - next.indent)))) continue;
      break;
    }
    if (l.marker && !NUMBERED.has(l.marker.kind)) {
      const content = l.trimmed.slice(l.marker.contentStart - l.start - l.indent);
      // In the reply, a bullet under a finished question that asks nothing itself answers it ("… in 2024?" / "• 121").
      if (ctx.responseStart >= 0 && j >= ctx.responseLine && /\?["”’)]?\s*$/.test(text) && subKind === null && !/\?/.test(content) && !QUESTION_LIKE.test(content)) break;
      if (l.index < ctx.responseLine || QUESTION_LIKE.test(content) || /[:?]$/.test(text) || subKind === l.marker.kind) {
        endLine = j;
        text = l.trimmed;
        subKind = l.marker.kind;
        continue;
      }
      break;
    }
    // A quoted request closes on the last ask's line ("… across the department”"): what follows is the reply's.
    if (closesQuote(text) && /^[A-Z]/.test(l.trimmed)) break;
    // Same paragraph: a hard-wrapped line continues the question unless the question already ended with "?" and this reads as an answer.
    // A form's "Yes/No" after the question mark still ends the question ("… dedicated officer? Yes/No").
    if (/\?(?:\s*(?:\(\s*)?(?:yes\s*\/\s*no|y\s*\/\s*n)(?:\s*\))?)?\s*$/i.test(text) && !/^[a-z(]/.test(l.trimmed)) break;
    // A finished sentence followed by a short line that opens with an amount ("£112.50 in 2015") starts the
    // answer, hard-wrapped letter or not: a wrapped sentence does not resume with a bare figure.
    if (/[.!]["”’)]?\s*$/.test(text) && l.trimmed.length <= 40 && /^[£$€]\s?\d/.test(l.trimmed)) break;
    // Inside the response, an item asked as a finished sentence ("1.1 Tonnage of waste collected in 2023/24.")
    // with a line under it opening on a figure ("37,402 tonnes.", "41.7% (provisional)"): that line answers it.
    if (ctx.responseStart >= 0 && item.line.index >= ctx.responseLine && /[.!]["”’)]?\s*$/.test(text) && /^(?:[£$€]\s?)?\d[\d,.]*%?(?:\s|$)/.test(l.trimmed)) break;
    // Inside the response, a finished sentence followed by a capitalised line starts the answer; so does
    // a field's label ending in a colon on the item's own line ("1.1 Vacancies at 31 March:" / "412.6 WTE").
    if (ctx.responseStart >= 0 && item.line.index > ctx.responseLine && /[.!]["”’)]?\s*$/.test(text) && /^[A-Z]/.test(l.trimmed)) break;
    if (ctx.responseStart >= 0 && item.line.index > ctx.responseLine && j === i + 1 && /:\s*$/.test(text) && /^[A-Z0-9£*]/.test(l.trimmed)) break;
    // A short title-like item ("3. Cleaning products used (contract 1 only)") ends at its line when a finished
    // statement follows that neither asks nor is the requester's: that statement answers it.
    if (j === i + 1 && text.length < 60 && !/[.,;:?!&-]$|\b(?:and|or|of|the|to|for|in|on|by|a|an|with)$/i.test(text) && /^[A-Z]/.test(l.trimmed) && /[.!]["”’)]?\s*$/.test(l.trimmed) && !readsAsAsk(l.trimmed, true) && !REQUESTER_LIKE.test(l.trimmed) && authorityVoice(l.trimmed)) break;
    // Before any response cue, in a letter whose paragraphs are not hard-wrapped (a web page), a new line
    // after a finished sentence is a new paragraph: it answers unless it asks or is the requester's.
    if ((ctx.responseStart < 0 || item.line.index < ctx.responseLine) && !hardWrapped(ctx) && !answerLikeItem(item.line.text.slice(item.marker.contentStart - item.line.start).trim()) && /[.!]["”’)]?\s*$/.test(text) && /^[A-Z]/.test(l.trimmed) && !readsAsAsk(l.trimmed, true) && !REQUESTER_LIKE.test(l.trimmed)) break;
    endLine = j;
    text = l.trimmed;
  }
  return lines[endLine]!.end;
}


/** "1. How many laptops do you have? 340": in the response, an answer after the question mark on the same line. */
export function sameLineAnswer(ctx: Context, it: Item): number | null {
  if (ctx.responseStart < 0 || it.line.start < ctx.responseStart) return null;
  const content = ctx.text.slice(it.marker.contentStart, it.line.end);
  const m = /\?\s+(?=\S)/.exec(content);
  if (!m) return null;
  const rest = content.slice(m.index + m[0].length);
  if (/\?/.test(rest) || !ANSWER_LIKE.test(rest)) return null;
  return it.marker.contentStart + m.index + 1;
}


/**
 * "1.1<TAB>Budget for 2024-25<TAB>£418,000": a two-column table (the ask on the left, the answer on
 * the right) pasted from a web page or document with its cells split by tabs. The answer starts at
 * the first tab after the ask's cell; wrapped cells below it (lines opening with a tab) go with it.
 * In the reply, or in a letter with no response cue (the table is the whole response).
 */
export function cellAnswer(ctx: Context, it: Item): number | null {
  if (ctx.responseStart >= 0 && it.line.start < ctx.responseStart) return null;
  const content = ctx.text.slice(it.marker.contentStart, it.line.end);
  const tab = content.indexOf("\t");
  if (tab < 0) return null;
  const ask = content.slice(0, tab).trim();
  const rest = content.slice(tab + 1).trim();
  if (ask.split(/\s+/).length < 2 || rest === "") return null;
  return it.marker.contentStart + tab;
}

/**
 * "a) The number of providers appointed – See attached" / "c) … since its launch – 16": in the reply, the
 * item restated and its answer run on after a dash, on the item's last line. The part after the dash is
 * short and reads as an answer (a figure, an amount, "See attached", "None", "We …").
 */
export function dashAnswer(ctx: Context, it: Item, end: number): number | null {
  if (ctx.responseStart < 0 || it.line.start < ctx.responseStart) return null;
  const body = ctx.text.slice(it.marker.contentStart, end);
  let at: number | null = null;
  for (const m of body.matchAll(/ [-–—] (?=\S)/g)) at = m.index;
  if (at === null) return null;
  const before = body.slice(0, at);
  const rest = body.slice(at + 3).replace(/\s+/g, " ").trim();
  const words = rest.split(/\s+/).length;
  if (before.split(/\s+/).length < 4 || words > 15 || /\?/.test(rest) || !ANSWER_LIKE.test(rest)) return null;
  return it.marker.contentStart + at;
}



/** The end of the last item's body before an explanation heading. */
export function cutLetterLevelTailEnd(ctx: Context, it: Item, end: number): number {
  return explanationAfter(ctx, it.line.index + 1, end);
}

export function itemContent(it: Item): string {
  return it.line.trimmed.slice(it.marker.contentStart - it.line.start - it.line.indent);
}

export function questionText(text: string, item: Item, end: number): Span {
  return trimSpan(text, { start: item.marker.contentStart, end: Math.max(item.marker.contentStart, end) });
}

