import type { Message, Question } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { readsAsAnswer } from "../choose.js";

/**
 * A short reply that gives every answer on one line, numbered as the requester's questions were,
 * the questions themselves not in the text: "1. 0 - none in the period   2. No   3. Not held …".
 * The items are set apart by a run of spaces (or a semicolon) and numbered 1, 2, 3 from the line's
 * start; each is a question whose answer is its own text (labels.md: each answer given on its own
 * is a question). Proposed only for a line in the response whose items read as answers.
 *
 * Example: "Answers below:\n\n1. 14   2. None   3. Yes, since 2021\n\nRegards"
 */
// One pass over the line: a number at its start, or after two spaces, a tab or a semicolon. A gap is
// tried only from its first blank (the lookbehind), so a long run of blanks is read once, not once per blank.
const ITEM = /(?:^|(?<![ \t])[ \t]{2,}|(?<![ \t])\t|;[ \t])(\d{1,2})[.)][ \t](?=\S)/g;

export function inlineAnswers(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart < 0) return null;
  for (const l of lines) {
    if (l.start < ctx.responseStart || l.trimmed.length < 40) continue;
    const line = text.slice(l.start, l.end);
    const found = [...line.matchAll(ITEM)].map((m) => ({ n: Number(m[1]), at: l.start + m.index + m[0].indexOf(m[1]!), content: l.start + m.index + m[0].length }));
    if (found.length < 3 || found[0]!.at !== l.start + l.indent) continue;
    if (found.some((f, i) => f.n !== i + 1)) continue;
    const questions: Question[] = found.map((f, i) => {
      const span = trimSpan(text, { start: f.content, end: i + 1 < found.length ? found[i + 1]!.at : l.end });
      return { label: String(f.n), questionSpan: null, answerSpan: span, answerVia: "own" };
    });
    if (questions.some((q) => !readsAsAnswer(text.slice(q.answerSpan!.start, q.answerSpan!.end)))) continue;
    return finish(ctx, questions, l.end, "inline-answers", messages);
  }
  return null;
}
