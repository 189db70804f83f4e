import type { Question, Span } from "../core/types.js";
import { trimSpan, type Context } from "./context.js";

/**
 * "For the other part of your request …", "As to the remainder of your request …", "The rest of
 * the request …": a reply that answers the listed items and then the part of the request it did
 * not list (often a cost-limit refusal or an exemption for everything else). That paragraph is an
 * answer of its own to a question that appears only in the response (labels.md), so it becomes
 * the next question, and the listed items stop sharing it.
 */
const REMAINDER = /^(?:(?:for|as (?:for|to)|regarding|in (?:relation|respect|regard) (?:to|of)|with regard to|turning to)\s+)?(?:the\s+)?(?:other|remaining|remainder|rest)\s+(?:parts?\s+|items?\s+|questions?\s+|elements?\s+)?(?:of\s+)?(?:your|the|this)\s+(?:request|questions?|enquiry)\b/i;

export function splitRemainder(ctx: Context, questions: Question[], closingStart: number): void {
  const last = questions[questions.length - 1];
  // Only after a list of asks the letter states: a reading with one inferred question has no list to add to.
  if (questions.length < 2 || questions.some((q) => !q.questionSpan)) return;
  if (!last?.answerSpan || !/^\d{1,2}$/.test(last.label) || questions.some((q) => !/^\d{1,2}$/.test(q.label))) return;
  const span = last.answerSpan;
  const line = ctx.lines.find((l) => l.start >= span.start && l.start < Math.min(span.end, closingStart) && !l.blank && REMAINDER.test(l.trimmed));
  if (!line) return;
  const rest = trimSpan(ctx.text, { start: line.start, end: span.end });
  const before: Span | null = line.start > span.start ? trimSpan(ctx.text, { start: span.start, end: line.start }) : null;
  // Every listed question sharing that answer keeps what came before the remainder paragraph; where
  // nothing came before, the listed items were answered above the list, for the letter ("… section
  // 43(2) is engaged for the following: …"): that statement is their blanket answer.
  const firstAsk = Math.min(...questions.map((q) => q.questionSpan!.start));
  const above = ctx.responseStart >= 0 && ctx.responseStart < firstAsk ? trimSpan(ctx.text, { start: ctx.responseStart, end: firstAsk }) : null;
  const shared = before && before.end > before.start ? before : above && above.end > above.start ? above : null;
  if (!shared) return;
  for (const q of questions) {
    if (!q.answerSpan || q.answerSpan.start !== span.start || q.answerSpan.end !== span.end) continue;
    q.answerSpan = { ...shared };
    if (shared === above) q.answerVia = "blanket";
  }
  questions.push({ label: String(Number(last.label) + 1), questionSpan: null, answerSpan: rest, answerVia: "own" });
}
