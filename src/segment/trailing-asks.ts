import type { Question } from "../core/types.js";
import { overlap } from "../core/stems.js";
import { trimSpan, hasContent, type Context } from "./context.js";
import { unitsOf } from "./roles.js";

/**
 * An unnumbered ask after the request's numbered list ("1. … 6. …" then "Could you also tell me how much
 * was spent on appeals?"), before the sign-off: when the reply restates it and answers it after the last
 * numbered answer, it is a question of its own (labels.md: each separately given answer is a question),
 * numbered on from the list (7). The restatement ends the last numbered answer and starts its own.
 * Only for a list numbered 1, 2, 3 … with no parts: lettered or dotted labels are left as they are.
 */
export function trailingAsks(ctx: Context, questions: Question[]): void {
  const { text } = ctx;
  if (ctx.responseStart < 0 || questions.length < 2 || !questions.every((q, i) => q.label === String(i + 1))) return;
  const units = unitsOf(ctx);
  // The request's own last item (the reading may have taken the questions from the reply's restatement).
  const lastLabel = String(questions.length);
  const lastItem = units.filter((u) => u.span.end <= ctx.responseStart && u.marker?.label === lastLabel).pop();
  if (!lastItem) return;
  const after = units.filter((u) => u.role === "ask" && u.marker === null && u.span.start > lastItem.span.start && u.span.end <= ctx.responseStart);
  for (const u of after) {
    const said = text.slice(u.span.start, u.span.end);
    const owner = questions[questions.length - 1]!;
    const a = owner.answerSpan;
    if (!a || owner.answerVia !== "own") return;
    const restated = units.find((r) => r.span.start >= ctx.responseStart && r.span.start > a.start && r.span.end < a.end && overlap(text.slice(r.span.start, r.span.end), said) >= 0.7 && overlap(said, text.slice(r.span.start, r.span.end)) >= 0.6);
    if (!restated) return;
    const own = trimSpan(text, { start: restated.span.end, end: a.end });
    if (own.end <= own.start || !hasContent(text.slice(own.start, own.end))) return;
    owner.answerSpan = trimSpan(text, { start: a.start, end: restated.span.start });
    questions.push({ label: String(questions.length + 1), questionSpan: trimSpan(text, u.span), answerSpan: own, answerVia: "own" });
  }
}
