import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import type { Line } from "../lines.js";
import { LABEL_ORDER, NUMBERED, answerSpan, closingAfter, explanationAfter, lineAt, trimSpan, type Context } from "../context.js";
import type { Item, Run } from "../runs.js";
import { cellAnswer, dashAnswer, questionEnd, questionText, sameLineAnswer } from "../item-span.js";
import { cutLetterLevelTail, finish } from "../finish.js";
import { readsAsAsk } from "../asks-read.js";

export function itemsLayout(ctx: Context, q: Run, messages: Message[]): Segmentation {
  const { text } = ctx;
  const questions: Question[] = [];
  let lastEnd = 0;
  const parents = new Map<string, { index: number; item: Item }>();
  for (let k = 0; k < q.items.length; k++) {
    const it = q.items[k]!;
    const next = q.items[k + 1];
    const parentLabel = /^(\d+)[a-z]$/.exec(it.label)?.[1];
    const found = parentLabel ? parents.get(parentLabel) : undefined;
    // "2b. The total number of …" under "2." with no lettered line to name: a sibling request item
    // written with a lettered number (a restated list "1. 2. 2b. 2c. 3." answered as a whole), not
    // the reply to part b: its body asks, as the items around it do.
    const sibling = found !== undefined && !hasPartLine(ctx, found.item, it) && readsAsAsk(text.slice(it.marker.contentStart, it.line.end), true);
    const parent = sibling ? undefined : found;
    if (parent) {
      // "1(a) …" after "1. … (a) … (b) …": a part answered separately; its whole body is the answer.
      const end = next ? next.line.start : closingAfter(ctx, it.line.index + 1);
      const letter = it.label.slice(-1);
      const partLine = ctx.lines.slice(parent.item.line.index + 1, it.line.index).find((l) => l.marker?.kind === "letter" && l.marker.label === letter);
      const qSpan = partLine ? trimSpan(text, { start: partLine.marker!.contentStart, end: partLine.end }) : questions[parent.index]!.questionSpan;
      const answer = answerSpan(ctx, it.marker.contentStart, end);
      questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
      // "2." then "2b.", "2c." with no "2a.": the parent is the first part and stays a question.
      if (q.items.some((x) => x.label === `${parentLabel}a`)) {
        questions[parent.index]!.refersTo = "__split__";
        questions[parent.index]!.answerSpan = null;
      }
      lastEnd = answer ? answer.end : it.line.end;
      continue;
    }
    parents.set(it.label, { index: questions.length, item: it });
    if (it.repeat) {
      // "2. question" … "2. answer": the repeated number starts the answer.
      const end = next ? next.line.start : closingAfter(ctx, it.repeat.index + 1);
      const qSpan = questionText(text, it, Math.min(questionEnd(ctx, it, it.repeat.index), it.repeat.start));
      const answer = answerSpan(ctx, it.repeat.marker?.contentStart ?? it.repeat.start, end);
      questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
      lastEnd = answer ? answer.end : qSpan.end;
      continue;
    }
    let end: number;
    if (next) end = next.line.start;
    else {
      const closing = closingAfter(ctx, it.line.index + 1);
      end = closing;
    }
    const bodyEndLine = lineAt(ctx.lines, Math.max(it.line.start, end - 1)) + 1;
    const asked = Math.min(questionEnd(ctx, it, bodyEndLine), end);
    // The answer after the question mark, or run on after a dash at the end of the question's own lines.
    const qEnd = sameLineAnswer(ctx, it) ?? cellAnswer(ctx, it) ?? dashAnswer(ctx, it, asked) ?? asked;
    const qSpan = questionText(text, it, qEnd);
    let answer: Span | null = null;
    if (qEnd < end) {
      // An explanation heading after the last item's own answer starts the letter's explanation.
      const own = answerSpan(ctx, qEnd, end);
      if (own && !next) {
        const expl = explanationAfter(ctx, lineAt(ctx.lines, own.start) + 1, own.end);
        const sharing = questions.filter((x) => !x.answerSpan).map((x) => x.label);
        answer = cutLetterLevelTail(ctx, expl > own.start ? trimSpan(text, { start: own.start, end: expl }) : own, it.label, sharing);
      } else answer = own;
    }
    questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
    lastEnd = answer ? answer.end : qSpan.end;
  }
  // A parent whose parts were answered separately is not itself a question: its lettered parts are,
  // including parts answered only under a joint heading ("Questions 1c and 1d").
  const kept: Question[] = [];
  for (const qq of questions) {
    if (qq.refersTo !== "__split__") {
      if (!kept.some((k) => k.label === qq.label)) kept.push(qq);
      continue;
    }
    const parent = parents.get(qq.label)!;
    // Its lettered lines up to the next numbered item.
    const partLines: Line[] = [];
    for (const l of ctx.lines.slice(parent.item.line.index + 1)) {
      if (l.marker && NUMBERED.has(l.marker.kind)) break;
      if (l.marker?.kind === "letter") partLines.push(l);
    }
    for (const l of partLines) {
      const label = qq.label + l.marker!.label;
      if (questions.some((x) => x.label === label)) continue;
      kept.push({ label, questionSpan: trimSpan(text, { start: l.marker!.contentStart, end: l.end }), answerSpan: null, answerVia: "none" });
    }
  }
  kept.sort((a, b) => LABEL_ORDER.compare(a.label, b.label));
  return finish(ctx, kept, lastEnd, "items", messages);
}


/** Whether the parent item's text, up to the part, has the lettered line "(b)" that a part "1b" answers. */
function hasPartLine(ctx: Context, parent: Item, part: Item): boolean {
  const letter = part.label.slice(-1);
  return ctx.lines.slice(parent.line.index + 1, part.line.index).some((l) => l.marker?.kind === "letter" && l.marker.label === letter);
}
