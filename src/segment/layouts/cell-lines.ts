import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import type { Line } from "../lines.js";
import { trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { leftBlank, NUMBER_COLUMN, QUESTION_COLUMN, REPLY_COLUMN } from "./table.js";

/**
 * A table as PDF extraction gives it: one cell per line, so a header of short lines ("No." /
 * "Question" / "Response"), then each row as its number alone on a line, the question's wrapped
 * lines, the reply's wrapped lines. The question ends at its first line closing with "?" (else
 * with "."); what follows, up to the next row number, is the reply, which may be blank. Page
 * footers ("Page 1 of 2", protective markings) and the header repeated on a new page are skipped.
 *
 * Example: "No.\nQuestion\nResponse\n1\nHow many vans do you\nown?\nTwelve.\n2\nWho services them?\nOur own garage."
 */
const FOOTER = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|(?:official|restricted|unclassified)(?:[\s-]+sensitive)?|not protectively marked|\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-)$/i;
const BARE_NUMBER = /^(?:q\.?\s?)?(\d{1,2})[.)]?$/i;

export function cellLines(ctx: Context, messages: Message[]): Segmentation | null {
  const { lines } = ctx;
  const header = headerAt(lines);
  if (header < 0) return null;
  const isHeader = (l: Line): boolean => l.trimmed.length < 30 && (QUESTION_COLUMN.test(l.trimmed) || REPLY_COLUMN.test(l.trimmed) || NUMBER_COLUMN.test(l.trimmed));
  const rows: { label: string; lines: Line[] }[] = [];
  let width = 0;
  for (const l of lines.slice(header)) {
    if (l.header === "closing" || l.header === "explanation") break;
    if (FOOTER.test(l.trimmed) || (isHeader(l) && !BARE_NUMBER.test(l.trimmed))) continue;
    const n = BARE_NUMBER.exec(l.trimmed);
    if (n && Number(n[1]) === rows.length + 1) {
      rows.push({ label: n[1]!, lines: [] });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) {
      if (l.blank) continue;
      break;
    }
    if (!l.blank) row.lines.push(l);
  }
  if (rows.length < 2) return null;
  // The last row ends where the cells' narrow lines give way to the letter's full-width prose.
  for (const r of rows.slice(0, -1)) for (const l of r.lines) width = Math.max(width, l.trimmed.length);
  const last = rows[rows.length - 1]!;
  const wide = last.lines.findIndex((l) => l.trimmed.length > width + 10);
  if (wide >= 0) last.lines = last.lines.slice(0, wide);
  // A heading over the prose after the table ("Exemptions applied") is no part of the last reply.
  const ends = (l: Line | undefined): boolean => l !== undefined && /[.?!)]["”’]?$/.test(l.trimmed);
  const n = last.lines.length;
  if (wide >= 0 && n >= 2 && !ends(last.lines[n - 1]) && ends(last.lines[n - 2])) last.lines = last.lines.slice(0, -1);
  const questions: Question[] = [];
  for (const r of rows) {
    if (!r.lines.length) return null;
    let cut = r.lines.findIndex((l) => /\?["”’)]?$/.test(l.trimmed));
    if (cut < 0) cut = r.lines.findIndex((l) => /[.:]["”’)]?$/.test(l.trimmed));
    if (cut < 0) cut = r.lines.length - 1;
    const asked = r.lines.slice(0, cut + 1);
    const said = r.lines.slice(cut + 1);
    const span = (ls: Line[]): Span => trimSpan(ctx.text, { start: ls[0]!.start, end: ls[ls.length - 1]!.end });
    questions.push({ label: r.label, questionSpan: span(asked), answerSpan: said.length ? span(said) : null, answerVia: said.length ? "own" : "none" });
  }
  const lastEnd = Math.max(...questions.map((q) => q.answerSpan?.end ?? q.questionSpan!.end));
  const blank = questions.filter((q) => !q.answerSpan).map((q) => q.label);
  return leftBlank(finish(ctx, questions, lastEnd, "cell-lines", messages), blank);
}

/** The line after a header written one cell a line: a question column's name, then a reply column's, each alone on its line. */
function headerAt(lines: Line[]): number {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trimmed;
    if (a.length > 30 || !QUESTION_COLUMN.test(a)) continue;
    const b = lines[i + 1]!.trimmed;
    if (b.length < 30 && REPLY_COLUMN.test(b)) return i + 2;
  }
  return -1;
}
