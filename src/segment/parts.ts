import type { Question, Span } from "../core/types.js";
import type { Line } from "./lines.js";
import { hasContent, trimSpan, type Context } from "./context.js";
import { answerAfterRestatedParts } from "./parts-answered-once.js";

/**
 * Sub-items answered separately, together, or partly together (labels.md "Hard cases"): once any
 * lettered sub-item of a question gets an answer of its own, every sub-item is a question (4a, 4b,
 * 4c) and those answered together share that answer. Two shapes, read from the lettered lines of
 * the question's text and of its answer:
 *
 * - parallel: the answer repeats the letters ("4. No" / "a. Not applicable"): each letter's answer is
 *   its line in the reply; the text before the first letter answers the parent, which stays a
 *   question when it has that answer;
 * - interleaved: new letters are asked inside the answer ("a) printers" / "b) scanners" / "We spent
 *   £4,100 on both." / "c) pagers" / "None are in use."): the text after a run of letters answers
 *   that run; the parent, a lead with no answer of its own, is not a question.
 *
 * Sub-items all answered by one text after them, with no letter in the reply, stay with their parent.
 */
export function splitAnsweredParts(ctx: Context, questions: Question[]): void {
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (!/^\d{1,2}$/.test(q.label) || !q.questionSpan || !q.answerSpan || q.answerVia !== "own") continue;
    const parts = split(ctx, q, q.questionSpan, q.answerSpan);
    if (parts) {
      questions.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  }
}

const lettered = (l: Line): boolean => l.marker?.kind === "letter";

/**
 * The parts of a question: its lettered lines, or, under a "Q2." question, a plain numbered list
 * ("Q2. What are the weekly rents for:" / "1. Temporary accommodation" / "2. Extra care housing"),
 * whose parts are labelled 2.1, 2.2 (labels.md: hierarchical numbers keep their dot).
 */
interface PartKind {
  is: (l: Line) => boolean;
  label: (parent: string, l: Line) => string;
  order: (k: number) => string;
  /** The question with its parts: a numbered list under "Q2." is cut from the question's text by its numbers. */
  asked: Span;
}
function partKind(ctx: Context, asked: Span): PartKind {
  const { lines } = ctx;
  const head = lines.find((l) => l.start <= asked.start && asked.start <= l.end);
  const letteredKind: PartKind = { is: lettered, label: (p, l) => `${p}${l.marker!.label}`, order: (k) => String.fromCharCode(97 + k), asked };
  if (head?.marker?.style !== "Q" || lines.some((l) => l.start > asked.start && l.start < asked.end && lettered(l))) return letteredKind;
  const isPart = (l: Line): boolean => l.marker?.kind === "number" && l.marker.style !== "Q" && /^\d{1,2}$/.test(l.marker.label);
  // The list runs on from the question's last line, to the next "Q" number, a heading, a blank line or the reply.
  let end = asked.end;
  for (let i = lines.findIndex((l) => l.end >= asked.end) + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.header || l.marker?.style === "Q" || (ctx.responseStart >= 0 && l.start >= ctx.responseStart && asked.start < ctx.responseStart)) break;
    if (!isPart(l) && end === asked.end) break;
    end = l.end;
  }
  return { is: isPart, label: (p, l) => `${p}.${l.marker!.label}`, order: (k) => String(k + 1), asked: { start: asked.start, end } };
}

function split(ctx: Context, q: Question, asked: Span, answer: Span): Question[] | null {
  const { text, lines } = ctx;
  const kind = partKind(ctx, asked);
  asked = kind.asked;
  const within = (s: Span): Line[] => lines.filter((l) => l.start >= s.start - 8 && l.start < s.end && kind.is(l) && l.marker!.contentStart >= s.start);
  const inQuestion = within(asked);
  if (!inQuestion.length) return null;
  // The parts copied back one after another and answered once: the parent's question, answered by the text after them.
  const partSpans = inQuestion.map((l, k) => ({ start: l.marker!.contentStart, end: inQuestion[k + 1]?.start ?? asked.end }));
  const together = answerAfterRestatedParts(text, { start: asked.start, end: inQuestion[0]!.start }, partSpans, answer);
  if (together) return [{ ...q, answerSpan: together }];
  const inAnswer = within(answer);
  if (!inAnswer.length) return null;
  // The letters must run a, b, c… over the question and then the answer's new letters.
  const asked1 = inQuestion.map((l) => l.marker!.label);
  if (asked1.some((x, k) => x !== kind.order(k))) return null;
  const seen = new Set(asked1);
  const repeats = inAnswer.filter((l) => seen.has(l.marker!.label));
  const fresh = inAnswer.filter((l) => !seen.has(l.marker!.label));
  const cut = (a: number, b: number): Span | null => {
    const s = trimSpan(text, { start: a, end: b });
    return s.end > s.start && hasContent(text.slice(s.start, s.end)) ? s : null;
  };
  const lineSpan = (l: Line): Span => trimSpan(text, { start: l.marker!.contentStart, end: l.end });
  const out: Question[] = [];
  const part = (l: Line, a: Span | null): Question => ({ label: kind.label(q.label, l), questionSpan: lineSpan(l), answerSpan: a, answerVia: a ? "own" : "none" });
  if (repeats.length && !fresh.length) {
    // Parallel: "4. No" / "a. Not applicable".
    if (repeats.some((l, k) => k > 0 && l.marker!.value <= repeats[k - 1]!.marker!.value)) return null;
    const parentAnswer = cut(answer.start, repeats[0]!.start);
    const parentAsked = cut(asked.start, inQuestion[0]!.start);
    if (parentAnswer && parentAsked) out.push({ ...q, questionSpan: parentAsked, answerSpan: parentAnswer, answerVia: "own" });
    for (const l of inQuestion) {
      const k = repeats.findIndex((r) => r.marker!.label === l.marker!.label);
      const r = repeats[k];
      const a = r ? cut(r.marker!.contentStart, repeats[k + 1]?.start ?? answer.end) : parentAnswer;
      out.push(part(l, a));
    }
    return out;
  }
  if (fresh.length && !repeats.length) {
    // Interleaved: letters asked, their shared answer, more letters asked in the reply, their answer.
    if (fresh.some((l, k) => l.marker!.value !== asked1.length + k + 1)) return null;
    const all = [...inQuestion, ...fresh];
    const firstAnswer = cut(answer.start, fresh[0]!.start);
    if (!firstAnswer) return null;
    let pending: Line[] = [...inQuestion];
    const flush = (a: Span | null): void => {
      for (const l of pending) out.push(part(l, a));
      pending = [];
    };
    flush(firstAnswer);
    for (let k = 0; k < fresh.length; k++) {
      const l = fresh[k]!;
      pending.push(l);
      const a = cut(l.end, fresh[k + 1]?.start ?? answer.end);
      if (a || k === fresh.length - 1) flush(a);
    }
    return all.length === out.length ? out : null;
  }
  return null;
}
