import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { hasContent, type Context } from "../context.js";
import { readsAsAsk } from "../roles.js";
import { finish } from "../finish.js";

/**
 * A table of questions and replies written as text, one row per question ("Question | Response",
 * cells split by a bar, tabs or wide gaps): the question cell asks, the reply cell answers. A header
 * row naming a question column and a reply column fixes which cell is which; without one, a row's
 * first cell must read as an ask.
 *
 * Example:
 *   "Question | Response\nDo you use cloud backup? | Yes\nWhich supplier? | Withheld under s43"
 */
const SEPARATOR = /\s*\|\s*|\t+|\s{3,}/g;
const QUESTION_COLUMN = /^(?:questions?|requests?|quer(?:y|ies)|information requested|you asked|item)\b/i;
const REPLY_COLUMN = /^(?:responses?|answers?|repl(?:y|ies)|our response|decision|information (?:provided|held))\b/i;

interface Cell {
  span: Span;
  text: string;
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const line = text.slice(start, end);
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/^\||\|$/g, "").trim();
    if (t) cells.push({ span: { start: start + a + lead, end: start + a + lead + raw.trim().length }, text: t });
  };
  for (const m of line.matchAll(SEPARATOR)) {
    if (m.index === 0) {
      from = m[0].length;
      continue;
    }
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return cells;
}

export function table(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  let questionColumn = 0;
  let replyColumn = -1;
  const rows: { q: Cell; a: Cell | null }[] = [];
  for (const l of lines) {
    if (l.blank || !/\S(?:\s*\|\s*|\t+|\s{3,})\S/.test(l.trimmed)) continue;
    const cells = cellsOf(text, l.start, l.end);
    if (cells.length < 2) continue;
    const qi = cells.findIndex((c) => QUESTION_COLUMN.test(c.text));
    const ri = cells.findIndex((c) => REPLY_COLUMN.test(c.text));
    if (qi >= 0 && ri > qi && cells.every((c) => c.text.length < 40)) {
      questionColumn = qi;
      replyColumn = ri;
      continue;
    }
    const q = cells[questionColumn];
    if (!q || (replyColumn < 0 && !readsAsAsk(q.text, true))) continue;
    const answerCells = replyColumn >= 0 ? cells.slice(replyColumn) : cells.slice(questionColumn + 1);
    const a = answerCells.length ? { span: { start: answerCells[0]!.span.start, end: answerCells[answerCells.length - 1]!.span.end }, text: "" } : null;
    rows.push({ q, a });
  }
  if (rows.length < 2) return null;
  const questions: Question[] = rows.map((r, i) => {
    const answer = r.a && hasContent(text.slice(r.a.span.start, r.a.span.end)) ? r.a.span : null;
    return { label: String(i + 1), questionSpan: r.q.span, answerSpan: answer, answerVia: answer ? "own" : "none" };
  });
  const lastEnd = Math.max(...questions.map((q) => q.answerSpan?.end ?? q.questionSpan!.end));
  return finish(ctx, questions, lastEnd, "table", messages);
}
