import type { Question } from "../core/types.js";
import { closingAfter, hasContent, trimSpan, type Context } from "./context.js";
import { readsAsAnswer } from "./choose.js";

/**
 * A request reproduced in an annex after the signature ("your request is set out in full at Annex
 * A"): the letter's body, from its response start to its sign-off, is the one reply, and every
 * numbered item in the annex is a question it answers (a refusal of the whole request, or a reply
 * that answers in prose). The annex holds only the requester's words, so an item's "own answer"
 * there (the wrapped end of an ask, the requester's sign-off) answers nothing. Applies only when
 * every question sits after the body's sign-off and at most a minority of them has text of its own
 * that reads as an answer (an annex of numbered answers keeps them).
 */
export function answerAnnexedRequest(ctx: Context, questions: Question[]): void {
  if (ctx.responseStart < 0 || questions.length < 2) return;
  const signOff = closingAfter(ctx, ctx.responseLine + 1);
  if (signOff >= ctx.text.length || questions.some((q) => !q.questionSpan || q.questionSpan.start < signOff)) return;
  const body = trimSpan(ctx.text, { start: ctx.responseStart, end: signOff });
  if (body.end - body.start < 200 || !hasContent(ctx.text.slice(body.start, body.end))) return;
  const answered = questions.filter((q) => q.answerSpan && q.answerVia === "own" && readsAsAnswer(ctx.text.slice(q.answerSpan.start, q.answerSpan.end))).length;
  if (answered * 2 >= questions.length) return;
  for (const q of questions) Object.assign(q, { answerSpan: body, answerVia: "blanket" });
}
