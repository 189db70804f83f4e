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
const INLINE = /(?:^|[\s,:;?.])(\d{1,2}\.\d{1,2}(?=[.)]?\s)|\d{1,2}(?=[.)]))[.)]?\s*(?=[A-Z])/g;

export function inlineNumbered(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  for (const l of lines) {
    if (ctx.responseStart >= 0 && l.start >= ctx.responseStart) break;
    if (l.trimmed.length < 60) continue;
    const line = text.slice(l.start, l.end);
    const found: { label: string; at: number; content: number }[] = [];
    for (const m of line.matchAll(INLINE)) {
      const label = m[1]!;
      const numberAt = m.index + m[0].indexOf(label);
      found.push({ label, at: l.start + numberAt, content: l.start + m.index + m[0].length });
    }
    // A run of at least two items numbered in sequence (1, 2, 3 or 1.1, 1.2, 1.3).
    const run = sequence(found);
    if (run.length < 2) continue;
    const questions: Question[] = run.map((f, i) => ({
      label: f.label,
      questionSpan: trimSpan(text, { start: f.content, end: i + 1 < run.length ? run[i + 1]!.at : l.end }),
      answerSpan: null,
      answerVia: "none",
    }));
    pairByNumber(ctx, questions, l.index + 1);
    unnumberedLastAnswers(ctx, questions);
    const lastEnd = Math.max(l.end, ...questions.map((q) => q.answerSpan?.end ?? 0));
    return finish(ctx, questions, lastEnd, "inline-numbered", messages);
  }
  return null;
}

function sequence<T extends { label: string }>(found: T[]): T[] {
  const value = (label: string): number => Number(label.includes(".") ? label.split(".")[1] : label);
  for (let i = 0; i < found.length; i++) {
    if (value(found[i]!.label) !== 1) continue;
    const run = [found[i]!];
    for (let j = i + 1; j < found.length; j++) {
      const last = run[run.length - 1]!;
      const sameParent = !last.label.includes(".") || found[j]!.label.split(".")[0] === last.label.split(".")[0];
      if (value(found[j]!.label) === value(last.label) + 1 && sameParent && found[j]!.label.includes(".") === last.label.includes(".")) run.push(found[j]!);
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
      q.answerSpan = span;
      q.answerVia = "own";
    }
  });
}

/**
 * The reply's numbering stops short ("1. …" / "2. …" / a last paragraph with no number): the last
 * questions, left without a numbered answer, take the paragraphs after the last numbered answer's
 * first, one each in order, rather than none at all.
 */
function unnumberedLastAnswers(ctx: Context, questions: Question[]): void {
  const lastAnswered = questions.map((q) => q.answerSpan !== null).lastIndexOf(true);
  if (lastAnswered < 0) return;
  const left = questions.slice(lastAnswered + 1);
  if (!left.length || questions.slice(0, lastAnswered).some((q) => !q.answerSpan)) return;
  const own = questions[lastAnswered]!;
  const paras = ctx.lines.filter((x) => !x.blank && !x.marker && x.start > own.answerSpan!.start && x.end <= own.answerSpan!.end);
  if (paras.length < left.length) return;
  const taken = paras.slice(paras.length - left.length);
  own.answerSpan = trimSpan(ctx.text, { start: own.answerSpan!.start, end: taken[0]!.start });
  left.forEach((q, k) => {
    q.answerSpan = trimSpan(ctx.text, { start: taken[k]!.start, end: taken[k]!.end });
    q.answerVia = "own";
  });
}
