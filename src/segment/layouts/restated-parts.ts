import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { overlap, words } from "../../core/stems.js";
import { NUMBERED, closingAfter, hasContent, trimSpan, type Context } from "../context.js";
import type { Line } from "../lines.js";
import { finish } from "../finish.js";

/**
 * Lettered parts restated in the reply, each with its own answer. The request lists its asks as
 * lettered parts, under numbered headings or items ("1. CRM" / "a. Which platform?" / "b. When does
 * the contract end?", "2) For each charger: a) … b) …", "1.A …" / "1.B …"), and the reply repeats
 * each part's letter and words and answers it: on the same line after the question ("c. How many
 * agents do you have? 105."), on the lines below, or run on after the previous answer. labels.md:
 * sub-items answered separately are questions of their own (`1a`, `1b`); numbered items with no
 * parts stay questions (`2`).
 *
 * Examples (own wording):
 *   request "1. Parking" / "a. How many permits?" / "b. What do they cost?" / "2. Who issues them?"
 *   reply   "1. Parking" / "a. How many permits? 1,200" / "b. What do they cost? £40 a year" / "2. Who issues them? The parking team."
 */

interface Entry {
  parent: string;
  letter: string;
  /** The part's text in the request. */
  span: Span;
}

const PART_START = /^\(?([a-h])[.)]\s*(?=\S)/i;

/**
 * A numbered item whose lead asks the reader to pick among its lettered lines ("Please select one
 * option:", "choose from the list below", "tick all that apply", "which of the following…"): the
 * lines are answer options, not asks, so the item is one question however the reply marks them
 * (labels.md: a list inside one ask that completes one request is one question). Leads asking for
 * something for each line ("a number for each option") are not choices: those lines are asked.
 */
const CHOICE_LEAD = /\b(?:(?:select|choose|pick|tick|circle|mark|highlight)\s+(?:one|only\s+one|an?\s+option|one\s+option|all\s+that\s+apply|any\s+that\s+apply|from\s+(?:the|this)\s+(?:list|options)|(?:the\s+)?(?:appropriate|relevant|applicable)\s+(?:option|answer|box))|which\s+of\s+the\s+following)\b/i;

/** The request's numbered items and their lettered parts, from the last numbered run that starts at 1. */
function requestEntries(ctx: Context): Entry[] {
  const { text, lines } = ctx;
  let entries: Entry[] = [];
  let parent = "";
  const endOf = (from: number): number => {
    // A part runs to the next marker line, blank line or the response.
    let end = lines[from]!.end;
    for (let i = from + 1; i < lines.length && lines[i]!.start < ctx.responseStart; i++) {
      const l = lines[i]!;
      if (l.blank || l.marker) break;
      end = l.end;
    }
    return end;
  };
  for (const l of lines) {
    if (l.start >= ctx.responseStart) break;
    const m = l.marker;
    if (!m) continue;
    if (NUMBERED.has(m.kind)) {
      const number = /^\d+/.exec(m.label)?.[0] ?? "";
      const content = text.slice(m.contentStart, l.end);
      // "1.A Can the council …": a capital after the number's dot names a part.
      const capital = /^\d{1,2}\.[A-H]\s/.test(l.trimmed) ? l.trimmed[l.trimmed.indexOf(".") + 1]!.toLowerCase() : "";
      const letter = /[a-z]$/.exec(m.label)?.[0] ?? (PART_START.exec(content)?.[1]?.toLowerCase() || capital);
      // A new run from 1: a numbered list quoted before the asks is not them.
      if (m.value === 1 && entries.some((x) => x.parent !== "1")) entries = [];
      parent = number;
      const skip = capital ? 2 : 0;
      entries.push({ parent: number, letter, span: trimSpan(text, { start: m.contentStart + (capital && /^[A-H]\s/.test(content) ? skip : 0), end: endOf(l.index) }) });
    } else if (m.kind === "letter" && parent) {
      entries.push({ parent, letter: m.label.toLowerCase(), span: trimSpan(text, { start: m.contentStart, end: endOf(l.index) }) });
    }
  }
  // A numbered item whose text opens with its part's letter ("1. a) …") keeps only the part's words.
  return entries.map((e) => (e.letter && PART_START.test(text.slice(e.span.start, e.span.end)) ? { ...e, span: { start: e.span.start + PART_START.exec(text.slice(e.span.start, e.span.end))![0].length, end: e.span.end } } : e));
}

const norm = (w: string): string => w.toLowerCase().replace(/[^a-z0-9£%]/g, "");

/** Where the reply's restatement of `asked` that starts at `from` ends: after the last word it repeats in order. */
function restatementEnd(text: string, from: number, limit: number, asked: string): number {
  const want = asked.split(/\s+/).map(norm).filter(Boolean);
  const re = /\S+/g;
  re.lastIndex = from;
  let k = 0;
  let end = from;
  let misses = 0;
  for (let m = re.exec(text); m && m.index < limit && k < want.length; m = re.exec(text)) {
    const w = norm(m[0]);
    if (!w) continue;
    // Allow a word dropped or changed on either side ("5,000" / "5000", a word retyped).
    const at = want.indexOf(w, k);
    if (at >= 0 && at - k <= 2) {
      k = at + 1;
      end = m.index + m[0].length;
      misses = 0;
    } else if (/\?["”’)]?$/.test(text.slice(from, end)) || ++misses > 2) break;
  }
  return end;
}

/** The reply's restatement of an entry at or after `cursor`: where its marker starts and its words begin. */
function findRestated(ctx: Context, e: Entry, cursor: number, limit: number): { at: number; words: number } | null {
  const { text } = ctx;
  const asked = text.slice(e.span.start, e.span.end);
  const head = asked.split(/\s+/).slice(0, 12).join(" ");
  const letter = e.letter;
  const pattern = letter
    ? new RegExp(String.raw`(?:^|[\s.)])(?:(?:${e.parent}\s*\.?\s*)?\(?${letter}[.)]|${e.parent}\.${letter}(?=\s))\s*(?=\S)`, "gim")
    : new RegExp(String.raw`(?:^|\n)[ \t]*\(?${e.parent}[.)][ \t]*(?=\S)`, "g");
  pattern.lastIndex = cursor;
  for (let m = pattern.exec(text); m && m.index < limit; m = pattern.exec(text)) {
    const start = m.index + m[0].length;
    const said = text.slice(start, Math.min(limit, start + head.length + 40));
    if (words(head).length >= 2 && overlap(head, said) >= 0.6) return { at: m.index + (/^[\s.)]/.test(m[0]) ? 1 : 0), words: start };
    if (words(head).length < 2) break;
  }
  return null;
}

export function restatedParts(ctx: Context, messages: Message[]): Segmentation | null {
  if (ctx.responseStart < 0) return null;
  const entries = requestEntries(ctx);
  const parts = entries.filter((e) => e.letter);
  if (parts.length < 2) return null;
  // Parents with parts are headings: their parts are the questions.
  const parented = new Set(parts.map((e) => e.parent));
  const asked = entries.filter((e) => e.letter || !parented.has(e.parent));
  const { text } = ctx;
  const limit = closingAfter(ctx, ctx.responseLine + 1);
  const found: ({ at: number; words: number } | null)[] = [];
  let cursor = ctx.responseStart;
  for (const e of asked) {
    const hit = findRestated(ctx, e, cursor, limit);
    found.push(hit);
    if (hit) cursor = hit.words;
  }
  const restatedParts = asked.filter((e, i) => e.letter && found[i]).length;
  if (restatedParts < 2 || restatedParts * 2 < parts.length) return null;
  // Headings restated in the reply ("2. CMS Platform Information:") end the answer before them.
  const headingStarts = ctx.lines
    .filter((l: Line) => l.start >= ctx.responseStart && l.start < limit && l.marker && NUMBERED.has(l.marker.kind) && parented.has(/^\d+/.exec(l.marker.label)?.[0] ?? ""))
    .map((l) => l.start);
  const questions: Question[] = [];
  let lastEnd = ctx.responseStart;
  asked.forEach((e, i) => {
    const hit = found[i];
    const label = `${e.parent}${e.letter}`;
    let answer: Span | null = null;
    if (hit) {
      const next = found.slice(i + 1).find((x) => x)?.at ?? limit;
      const heading = headingStarts.find((s) => s > hit.words && s < next);
      const end = heading ?? next;
      const from = restatementEnd(text, hit.words, end, text.slice(e.span.start, e.span.end));
      const span = trimSpan(text, { start: from, end });
      if (hasContent(text.slice(span.start, span.end))) answer = span;
      lastEnd = Math.max(lastEnd, end);
    }
    questions.push({ label, questionSpan: e.span, answerSpan: answer, answerVia: answer ? "own" : "none" });
  });
  // Parts restated one after another with one answer after the last were answered together: they
  // belong to their number (labels.md), which takes that answer.
  const choice = new Set(entries.filter((x) => !x.letter && CHOICE_LEAD.test(text.slice(x.span.start, x.span.end))).map((x) => x.parent));
  const kept: Question[] = [];
  for (let i = 0; i < questions.length; i++) {
    const e = asked[i]!;
    if (!e.letter) {
      kept.push(questions[i]!);
      continue;
    }
    let j = i;
    while (j + 1 < asked.length && asked[j + 1]!.letter && asked[j + 1]!.parent === e.parent) j++;
    const group = questions.slice(i, j + 1);
    if (group.length >= 2 && choice.has(e.parent)) {
      // Options of one choice: the reply's marked option (or note beside it) answers the item.
      const whole = entries.find((x) => x.parent === e.parent && !x.letter);
      const hits = found.slice(i, j + 1).filter((x) => x !== null);
      const ends = group.filter((q) => q.answerSpan).map((q) => q.answerSpan!.end);
      const answer = hits.length && ends.length ? trimSpan(text, { start: hits[0]!.at, end: Math.max(...ends) }) : null;
      kept.push({ label: e.parent, questionSpan: whole ? whole.span : group[0]!.questionSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
    } else if (group.length >= 2 && group.slice(0, -1).every((q) => !q.answerSpan)) {
      const whole = entries.find((x) => x.parent === e.parent && !x.letter);
      kept.push({ label: e.parent, questionSpan: whole ? whole.span : group[0]!.questionSpan, answerSpan: group[group.length - 1]!.answerSpan, answerVia: group[group.length - 1]!.answerVia });
    } else kept.push(...group);
    i = j;
  }
  if (kept.filter((q) => /[a-z]$/.test(q.label)).length < 2) return null;
  return finish(ctx, kept, lastEnd, "restated-parts", messages);
}
