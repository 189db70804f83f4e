import type { Message, Question } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { REQUESTER_LIKE } from "../cues.js";
import { answerSpan, closingAfter, trimSpan, type Context } from "../context.js";
import { buildRuns, isQuestionRun, type Item, type Run } from "../runs.js";
import { readsAsAsk } from "../asks-read.js";
import { finish } from "../finish.js";

/**
 * Numbered fields, each with its value under it, and no response cue anywhere: a disclosure-log page
 * or a form-like reply that lists the request's items as short headings ("1. Awarded contractor",
 * "2. Contract value", "3. Number of incidents recorded") and writes the answer on the lines below
 * each ("Acme Ltd", "Exempt under s43(2)", "Total: 41"). The items do not read as questions and may
 * hang off one request sentence ending in a colon, so the list readings take them for one ask's
 * parts; here each heading is a question and the text up to the next heading its answer. The
 * chooser weighs this reading against the others (a request whose items carry explanations of their
 * own, in a letter with a reply elsewhere, is explained better by a blanket or list reading).
 *
 * Proposed only when every item has a body of its own that neither asks nor speaks as the requester,
 * the list runs 1, 2, 3 without a gap, and no response cue splits request from reply.
 *
 * Example: "1. Awarded contractor\nAcme Ltd\n\n2. Contract value\nExempt under section 43(2)."
 */
export function answeredFields(ctx: Context, messages: Message[]): Segmentation | null {
  if (ctx.responseStart >= 0) return null;
  for (const run of buildRuns(ctx.lines, "numbered")) {
    const read = fieldsOf(ctx, run, messages);
    if (read) return read;
  }
  return null;
}

function fieldsOf(ctx: Context, run: Run, messages: Message[]): Segmentation | null {
  const { text } = ctx;
  const items = run.items;
  if (items.length < 2 || isQuestionRun(run) || !items.every((it, i) => it.label === String(i + 1))) return null;
  const questions: Question[] = [];
  let lastEnd = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    const next = items[k + 1];
    const end = next ? next.line.start : closingAfter(ctx, it.line.index + 1);
    if (it.line.end >= end) return null;
    const body = answerSpan(ctx, it.line.end, end);
    if (!body || !valueLike(text.slice(body.start, body.end))) return null;
    questions.push({ label: it.label, questionSpan: fieldText(ctx, it), answerSpan: body, answerVia: "own" });
    lastEnd = body.end;
  }
  return finish(ctx, questions, lastEnd, "fields", messages);
}

/** The heading's own line, after its number. */
function fieldText(ctx: Context, it: Item) {
  return trimSpan(ctx.text, { start: it.marker.contentStart, end: it.line.end });
}

/** A field's value: its first line neither asks nor is the requester writing. */
function valueLike(body: string): boolean {
  const first = body.split("\n").map((l) => l.trim()).find((l) => /[A-Za-z0-9£]/.test(l)) ?? "";
  return !readsAsAsk(first, true) && !REQUESTER_LIKE.test(first);
}
