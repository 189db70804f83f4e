import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { QUESTION_LIKE } from "../cues.js";
import { closingAfter, hasContent, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";

export function single(ctx: Context, messages: Message[]): Segmentation {
  const { text, lines } = ctx;
  const rs = ctx.responseStart;
  // The request: the paragraphs before the response that ask something.
  let qSpan: Span | null = null;
  const before = rs > 0 ? rs : 0;
  if (before > 0) {
    const asking = lines.filter((l) => l.end <= before && !l.blank && !l.header && QUESTION_LIKE.test(l.trimmed));
    if (asking.length) qSpan = trimSpan(text, { start: asking[0]!.start, end: asking[asking.length - 1]!.end });
  }
  // Without a known response start, a sign-off may be the requester's: read to the end.
  const closing = rs >= 0 ? closingAfter(ctx, Math.max(0, ctx.responseLine) + 1) : text.length;
  const start = rs >= 0 ? rs : 0;
  const answer = trimSpan(text, { start, end: closing > start ? closing : text.length });
  const q: Question = {
    label: "1",
    questionSpan: qSpan,
    answerSpan: hasContent(text.slice(answer.start, answer.end)) ? answer : null,
    answerVia: rs >= 0 ? "own" : "whole_letter",
  };
  if (rs < 0) messages.push({ severity: "info", code: "FOISCOPE_NO_RESPONSE_START", source: "segment", text: "Could not tell where the response begins; the whole letter is read as the answer" });
  return finish(ctx, [q], answer.end, "single", messages);
}

