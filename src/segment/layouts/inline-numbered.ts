import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";

/**
 * Questions numbered inside one paragraph, as web forms and disclosure logs flatten them:
 * "… with, 1.1. Provide the total … 1.2. Provide the total … 1.3 Provide …" or
 * "… questions. 1. How many …? 2. What is …?3. What is …?". Hierarchical numbers keep their dot
 * (labels.md). Each numbered stretch is a question; a numbered line in the response with the
 * same label answers it, otherwise the response answers them all.
 *
 * Example: "Please tell me: 1. How many staff? 2. What budget?\n\nResponse\n1. Four.\n2. None."
 */
// A number closed by ")" may open a lower-case ask ("provide 1) the number of … (2) the results …"); a
// number closed by "." needs a capital after it, as "section 1. the" or "£1.50" are no items.
const INLINE = /(?:^|[\s,:;?.])(?:(\d{1,2}\.\d{1,2}(?=[.)]?\s)|\d{1,2}(?=[.)]))[.)]?\s*(?=[A-Z])|\(?(\d{1,2})\)\s*(?=[a-z]))/g;

export interface InlineItem {
  label: string;
  /** Offset of the item's number. */
  at: number;
  /** Offset of the item's text, after its number. */
  content: number;
}

/** The items numbered in sequence inside text[start, end) (1, 2, 3 or 1.1, 1.2, 1.3): at least two, or none. */
export function inlineRun(text: string, start: number, end: number): InlineItem[] {
  const found: InlineItem[] = [];
  for (const m of text.slice(start, end).matchAll(INLINE)) {
    const label = (m[1] ?? m[2])!;
    found.push({ label, at: start + m.index + m[0].search(/[(\d]/), content: start + m.index + m[0].length });
  }
  return sequence(found);
}

/** Whether lines after `fromLine` answer at least two of the items by their numbers ("Q1." / "1."). */
export function answeredByNumber(ctx: Context, run: readonly InlineItem[], fromLine: number): boolean {
  const labels = new Set(run.map((f) => f.label));
  const closing = closingAfter(ctx, fromLine);
  const answered = new Set(ctx.lines.slice(fromLine).filter((l) => l.start < closing && l.marker && labels.has(l.marker.label)).map((l) => l.marker!.label));
  return answered.size >= 2;
}

export function inlineNumbered(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  for (const l of lines) {
    // Past the reply's opening, a flattened request is one quoted back ("Your request read: … 1) … 2) …"):
    // read only when the reply answers its items by number.
    const quoted = ctx.responseStart >= 0 && l.start >= ctx.responseStart;
    // A request paragraph hard-wrapped over several lines ("… could you please provide (1) the number of\n
    // … (2) how many …") is read whole: its lines carry no markers of their own.
    const last = paragraphEnd(ctx, l.index);
    const end = lines[last]!.end;
    if (text.slice(l.start, end).trim().length < 60) continue;
    const run = inlineRun(text, l.start, end);
    if (run.length < 2) continue;
    // Every number opening a line of its own: a marked list, which the lists reading reads.
    if (run.every((f) => lines.some((x) => x.marker && x.start <= f.at && text.slice(x.start, f.at).trim() === ""))) continue;
    const questions: Question[] = run.map((f, i) => ({
      label: f.label,
      questionSpan: trimSpan(text, { start: f.content, end: i + 1 < run.length ? run[i + 1]!.at : formFieldAfter(text, f.content, end) }),
      answerSpan: null,
      answerVia: "none",
    }));
    pairByNumber(ctx, questions, last + 1);
    if (quoted && questions.filter((q) => q.answerSpan).length < 2) continue;
    unnumberedLastAnswers(ctx, questions);
    const lastEnd = Math.max(end, ...questions.map((q) => q.answerSpan?.end ?? 0));
    return finish(ctx, questions, lastEnd, "inline-numbered", messages);
  }
  return null;
}

/** The last line of the paragraph from line `i`: its continuation lines, up to a blank line, a new item after a closed line, or the response. */
function paragraphEnd(ctx: Context, i: number): number {
  let j = i;
  while (j + 1 < ctx.lines.length) {
    const next = ctx.lines[j + 1]!;
    // A numbered line after a line left open ("… the force's firewalls,\n(6) whether …") goes on with it.
    const open = !/[.?!:;]["'”’)]?$/.test(ctx.lines[j]!.trimmed);
    if (next.blank || (next.marker && !open) || next.start === ctx.responseStart) break;
    j++;
  }
  return j;
}

/**
 * A web form flattened onto one line runs its fields together with wide gaps: "… last ask?   Preferred
 * format: email   I confirm …". The last ask ends at the first gap that opens another field.
 */
const FORM_GAP = /(?<! ) {2,}(?=[A-Z])/g;
const FIELD_NAME = /^[A-Z][A-Za-z ]{0,40}:\s/;

function formFieldAfter(text: string, from: number, end: number): number {
  const stretch = text.slice(from, end);
  for (const m of stretch.matchAll(FORM_GAP)) if (FIELD_NAME.test(stretch.slice(m.index + m[0].length))) return from + m.index;
  return end;
}

function sequence<T extends { label: string }>(found: T[]): T[] {
  const value = (label: string): number => Number(label.includes(".") ? label.split(".")[1] : label);
  for (let i = 0; i < found.length; i++) {
    if (value(found[i]!.label) !== 1) continue;
    const run = [found[i]!];
    for (let j = i + 1; j < found.length; j++) {
      const last = run[run.length - 1]!;
      const label = found[j]!.label;
      if (label.includes(".") !== last.label.includes(".")) continue;
      const parent = (x: string): number => Number(x.split(".")[0]);
      const sameParent = !last.label.includes(".") || parent(label) === parent(last.label);
      // Hierarchical numbers pass from one section to the next ("1.3 …" then "2.1 …"), as a form's sections do.
      const nextSection = label.includes(".") && parent(label) === parent(last.label) + 1 && value(label) === 1;
      if ((value(label) === value(last.label) + 1 && sameParent) || nextSection) run.push(found[j]!);
    }
    if (run.length >= 2) return run;
  }
  return [];
}

/** "1. …" lines after the request answer question 1, up to the next such line or the closing. */
function pairByNumber(ctx: Context, questions: Question[], fromLine: number): void {
  const heads = ctx.lines.slice(fromLine).filter((l) => l.marker && questions.some((q) => q.label === l.marker!.label));
  const closing = closingAfter(ctx, fromLine);
  heads.forEach((h, k) => {
    if (h.start >= closing) return;
    const q = questions.find((x) => x.label === h.marker!.label && !x.answerSpan);
    if (!q) return;
    const end: number = Math.min(heads[k + 1]?.start ?? closing, closing);
    const span: Span = trimSpan(ctx.text, { start: h.marker!.contentStart, end });
    if (span.end > span.start) {
      q.answerSpan = k === heads.length - 1 ? withoutSharedTail(ctx, span, questions) : span;
      q.answerVia = "own";
    }
  });
}

/** "the information at 3 and 5", "questions 1, 2 and 6", "Q3 and Q5": two or more of the questions named together. */
// redos-ok: each repetition needs a separator word and a number
const NAMES_SEVERAL = /\b(?:questions?|q|items?|parts?|points?|at|to)\s?\d{1,2}(?:,? (?:and|or|&) (?:q\s?)?\d{1,2}|, (?:q\s?)?\d{1,2})+\b/gi;
/** "Section 31 is a qualified exemption", "Both exemptions are qualified": the public interest weighed once for the letter. */
const LETTER_BALANCE = /^(?:sections? \d{1,2}(?:\(\w{1,3}\))*(?: and \d{1,2}(?:\(\w{1,3}\))*)? (?:is|are) (?:a )?qualified exemptions?|(?:both|all|these|the) exemptions (?:cited |applied |above )?are qualified)\b/i;

/**
 * The last numbered answer runs to the closing, over what is said once for the letter after it: a
 * paragraph that names several of the questions ("keeping back what we held for items 2 and 4
 * serves the public better") or weighs the public interest for the exemptions ("Section 38 is a
 * qualified exemption …") ends that answer.
 */
function withoutSharedTail(ctx: Context, span: Span, questions: Question[]): Span {
  const known = new Set(questions.map((q) => q.label));
  const paragraphs = ctx.text.slice(span.start, span.end).split(/\n[ \t]*\n/);
  let at = span.start + paragraphs[0]!.length;
  for (const p of paragraphs.slice(1)) {
    const from = ctx.text.indexOf(p, at);
    const named = [...p.matchAll(NAMES_SEVERAL)].some((m) => (m[0].match(/\d{1,2}/g) ?? []).filter((d) => known.has(d)).length >= 2);
    if (named || LETTER_BALANCE.test(p.trim())) return trimSpan(ctx.text, { start: span.start, end: from });
    at = from + p.length;
  }
  return span;
}

/**
 * The reply's numbering stops short ("1. …" / "2. …" / a last paragraph with no number): the last
 * questions, left without a numbered answer, take the paragraphs after the last numbered answer's
 * first, one each in order, rather than none at all. A paragraph wrapped over several lines is one
 * paragraph: a line that ends mid-sentence runs on into the next.
 */
function unnumberedLastAnswers(ctx: Context, questions: Question[]): void {
  const lastAnswered = questions.map((q) => q.answerSpan !== null).lastIndexOf(true);
  if (lastAnswered < 0) return;
  const left = questions.slice(lastAnswered + 1);
  if (!left.length || questions.slice(0, lastAnswered).some((q) => !q.answerSpan)) return;
  const own = questions[lastAnswered]!;
  const paras = paragraphsIn(ctx, own.answerSpan!).slice(1);
  if (paras.length < left.length) return;
  const taken = paras.slice(paras.length - left.length);
  own.answerSpan = trimSpan(ctx.text, { start: own.answerSpan!.start, end: taken[0]!.start });
  left.forEach((q, k) => {
    q.answerSpan = trimSpan(ctx.text, taken[k]!);
    q.answerVia = "own";
  });
}

/** The paragraphs of a span, a wrapped paragraph's lines joined: a blank line, or a line ending a sentence, closes one. */
function paragraphsIn(ctx: Context, span: Span): Span[] {
  const inside = ctx.lines.filter((x) => x.end > span.start && x.start < span.end);
  const out: Span[] = [];
  let open: Span | null = null;
  for (const x of inside) {
    if (x.blank) {
      open = null;
      continue;
    }
    const start = Math.max(x.start, span.start);
    if (open && !x.marker) open.end = x.end;
    else out.push((open = { start, end: x.end }));
    if (/[.?!:;]["'”’)]?$/.test(x.trimmed)) open = null;
  }
  return out;
}
