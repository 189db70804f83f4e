import type { Message, Question } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { unitsOf } from "../roles.js";
import { DATE_OR_REFERENCE, replyParagraphs } from "./ordered-answers.js";

/**
 * The request only in an attachment, the answers in the text: "The request is set out in the attached
 * PDF", "Your questions are in the attached document", "Request: see attached". labels.md makes each
 * separately given answer a question, in order. A disclosure-log page or a covering email then gives
 * its answers as paragraphs: a figure, a figure broken down, "we do not hold …", an exemption. The
 * paragraphs that go on with the one before (a public interest argument, "However, …", the list under
 * a colon) belong to its answer; those that state no answer (the reply's framing, "our annual report
 * is published each year") are none.
 *
 * Proposed only where the letter says the request is attached, the request text asks nothing itself,
 * and at least two paragraphs answer, one with a figure: a covering letter that sends the answers in
 * the attachment too ("the answers are in the enclosed file", then one refusal with its public
 * interest test) stays one question, as labels.md has it when neither side is in the text.
 */
// redos-ok: one bounded gap ({0,60}) between fixed words; anchored on word boundaries
const REQUEST_ATTACHED = /\b(?:request|questions?)\b[^.\n]{0,60}\b(?:(?:in|within|on) the attach(?:ed|ment)|(?:is|are|was|were) (?:attached|enclosed)|see (?:the )?attach(?:ed|ment))\b|\bsee (?:the )?attached (?:request|questions?|list)\b/i;
/** What a paragraph answers with. */
const NOT_HELD = /\b(?:(?:do|does|did)(?: not|n['’]t)(?: therefore| currently)? (?:hold|record|keep|collect|categori[sz]e)|not (?:held|recorded|collected)|no (?:information|records?|data) (?:is|are|was|were )?held)\b/i;
const REFUSED = /\b(?:exempt(?:ion)?|withh[eo]ld(?:ing)?|excepted|refus(?:e|ed|al)|neither confirm nor deny|(?:section|regulation|s\.?)\s?\d{1,2})\b/i;
// redos-ok: alternation of fixed words and bounded digit runs
const CITATION = /\b(?:sections?|regulations?|s\.?)\s?\d{1,2}(?:\(\w{1,3}\))*/gi;
const hasFigure = (s: string): boolean => /\d/.test(s.replace(DATE_OR_REFERENCE, "").replace(CITATION, ""));

export function attachedRequest(ctx: Context, messages: Message[]): Segmentation | null {
  if (ctx.responseStart <= 0 || !REQUEST_ATTACHED.test(ctx.text.slice(0, ctx.responseStart))) return null;
  const units = unitsOf(ctx);
  const pointer = (u: (typeof units)[number]): boolean => REQUEST_ATTACHED.test(ctx.text.slice(u.span.start, u.span.end));
  if (units.some((u) => !u.inResponse && (u.role === "ask" || u.role === "lead") && !pointer(u))) return null;
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const paragraphs = replyParagraphs(ctx, units, closing);
  if (!paragraphs) return null;
  // Answers: a paragraph that states one, with the paragraphs going on from it.
  const answers: { start: number; end: number; figure: boolean }[] = [];
  let open = false;
  for (const p of paragraphs) {
    const said = ctx.text.slice(p.span.start, p.span.end);
    if (p.goesOn && open) {
      answers.at(-1)!.end = p.span.end;
      continue;
    }
    const figure = hasFigure(said);
    open = figure || NOT_HELD.test(said) || REFUSED.test(said);
    if (open) answers.push({ start: p.span.start, end: p.span.end, figure });
  }
  if (answers.length < 2 || !answers.some((a) => a.figure)) return null;
  const questions: Question[] = answers.map((a, i) => ({ label: String(i + 1), questionSpan: null, answerSpan: trimSpan(ctx.text, a), answerVia: "own" }));
  return finish(ctx, questions, answers.at(-1)!.end, "attached-request", messages);
}
