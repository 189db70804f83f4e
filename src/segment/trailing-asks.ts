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
  if (after.length === 0) reportedLater(ctx, questions);
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

/** "In your follow-up email of 2 May you also asked whether …", "You further asked …": an ask the request's list does not hold. */
// redos-ok: one bounded lazy gap ({0,60}) before fixed words, anchored at the start
const REPORTED_LATER = /^(?:(?:in|by|with) your [^.?\n]{0,60}?,? )?(?:you (?:also|further|then|additionally|later|separately) (?:asked|requested|wanted to know|enquired)|your (?:further|additional|follow-up|supplementary|separate) (?:question|request|enquiry) (?:asked|was|about|regarding|concerning))\b/i;

/**
 * A question that appears only in the reply: after the last numbered answer, a paragraph that reports a
 * further ask ("In your follow-up email you also asked whether …. Yes - …") is a question of its own
 * (labels.md), numbered on from the list; its first sentence asks, the rest of the paragraph answers.
 */
function reportedLater(ctx: Context, questions: Question[]): void {
  const { text } = ctx;
  const owner = questions[questions.length - 1]!;
  const a = owner.answerSpan;
  if (!a || owner.answerVia !== "own" || a.start < ctx.responseStart) return;
  const body = text.slice(a.start, a.end);
  for (const m of body.matchAll(/\n[ \t]*\n[ \t]*/g)) {
    const from = a.start + m.index + m[0].length;
    const para = text.slice(from, a.end);
    if (!REPORTED_LATER.test(para)) continue;
    const stop = /[.?](?=\s)/.exec(para);
    if (!stop) return;
    const asked = trimSpan(text, { start: from, end: from + stop.index + 1 });
    const end = text.slice(from).search(/\n[ \t]*\n/);
    const own = trimSpan(text, { start: asked.end, end: end < 0 ? a.end : Math.min(a.end, from + end) });
    if (own.end <= own.start || !hasContent(text.slice(own.start, own.end))) return;
    // Questions sharing the last answer (one reply read for all) share it still, without the new one.
    const cut = trimSpan(text, { start: a.start, end: from });
    for (const q of questions) if (q.answerSpan && q.answerSpan.start === a.start && q.answerSpan.end === a.end) q.answerSpan = cut;
    questions.push({ label: String(questions.length + 1), questionSpan: asked, answerSpan: own, answerVia: "own" });
    return;
  }
}
