import type { Message, Question } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { answerSpan, closingAfter, type Context } from "../context.js";
import type { Run } from "../runs.js";
import { cutLetterLevelTailEnd } from "../item-span.js";
import { finish } from "../finish.js";

export function answersOnlyLayout(ctx: Context, run: Run, messages: Message[]): Segmentation {
  const questions: Question[] = [];
  let lastEnd = 0;
  for (let k = 0; k < run.items.length; k++) {
    const it = run.items[k]!;
    // Numbers answered together under a heading of their own ("Questions 2 to 4:") before this one: their
    // answer is the heading's text (labelledAnswers in finish.ts).
    for (const label of it.covers ?? []) questions.push({ label, questionSpan: null, answerSpan: null, answerVia: "none" });
    let end = run.items[k + 1]?.line.start ?? closingAfter(ctx, it.line.index + 1);
    const shared = ctx.lines.find((l) => l.index > it.line.index && l.start < end && l.header === "response" && l.headerLabels.length > 1);
    if (shared) end = shared.start;
    const answer = answerSpan(ctx, it.marker.contentStart, cutLetterLevelTailEnd(ctx, it, end));
    questions.push({ label: it.label.toLowerCase(), questionSpan: null, answerSpan: answer, answerVia: answer ? "own" : "none" });
    lastEnd = answer?.end ?? it.line.end;
  }
  return finish(ctx, questions, lastEnd, "answers-only", messages);
}

