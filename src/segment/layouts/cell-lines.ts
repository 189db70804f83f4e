import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import type { Line } from "../lines.js";
import { trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { FOOTER, leftBlank, NUMBER_COLUMN, QUESTION_COLUMN, REPLY_COLUMN } from "./table.js";

/**
 * A table as PDF extraction gives it: one cell per line, so a header of short lines ("No." /
 * "Question" / "Response"), then each row as its number alone on a line, the question's wrapped
 * lines, the reply's wrapped lines. The question ends at its first line closing with "?" (else
 * with "."); what follows, up to the next row number, is the reply, which may be blank. Page
 * footers ("Page 1 of 2", protective markings) and the header repeated on a new page are skipped.
 *
 * Example: "No.\nQuestion\nResponse\n1\nHow many vans do you\nown?\nTwelve.\n2\nWho services them?\nOur own garage."
 */
const BARE_NUMBER = /^(?:q\.?\s?)?(\d{1,2})[.)]?$/i;
const NUMBER_LEADS = /^(?:q\.?\s?)?(\d{1,2})[.)]\s(?=\S)/i;

interface Row {
  label: string;
  lines: Line[];
}

export function cellLines(ctx: Context, messages: Message[]): Segmentation | null {
  const { lines } = ctx;
  const header = headerAt(lines);
  if (header < 0) return null;
  const isHeader = (l: Line): boolean => l.trimmed.length < 30 && (QUESTION_COLUMN.test(l.trimmed) || REPLY_COLUMN.test(l.trimmed) || NUMBER_COLUMN.test(l.trimmed));
  let rows: Row[] = [];
  let width = 0;
  // An exemption cell reads like a heading ("Section 43(2) - see" / "note 1"): it ends the table only when
  // no next row opens within the lines after it.
  const rowOpens = (l: Line, n: number): boolean => {
    const m = BARE_NUMBER.exec(l.trimmed) ?? NUMBER_LEADS.exec(l.trimmed);
    return m !== null && Number(m[1]) === n;
  };
  const nextRowNear = (l: Line, n: number): boolean => lines.slice(l.index + 1, l.index + 16).some((x) => x.header !== "closing" && rowOpens(x, n));
  // The header's column names: an "Information held?" column and an exemption column hold the authority's
  // own marks ("Yes", "No", "None", "N/A"), which say nothing the reply cell does not.
  const names = lines.slice(Math.max(0, header - 2), header + 6).filter((l) => !l.blank && l.trimmed.length < 30 && !BARE_NUMBER.test(l.trimmed) && !NUMBER_LEADS.test(l.trimmed)).map((l) => l.trimmed);
  const heldColumn = names.some((x) => /\bheld\b/i.test(x));
  const exemptColumn = names.some((x) => /^(?:exemptions?|exceptions?|exemptions? applied|section|reason)\b/i.test(x));
  for (const l of lines.slice(header)) {
    // "Notes" / "Note 1 - section 43(2)" under the table: the notes explain the rows; they are no cell.
    if (rows.length > 0 && NOTES_HEADING.test(l.trimmed)) break;
    if (l.header === "closing" || (l.header === "explanation" && !(l.trimmed.length < 30 && rows.length > 0 && nextRowNear(l, rows.length + 1)))) break;
    // "No" under an "Information held?" column is that cell, not the number column's name repeated.
    if (FOOTER.test(l.trimmed) || (isHeader(l) && !BARE_NUMBER.test(l.trimmed) && !(heldColumn && rows.length > 0 && HELD_CELL.test(l.trimmed)))) continue;
    const n = BARE_NUMBER.exec(l.trimmed);
    if (n && Number(n[1]) === rows.length + 1) {
      rows.push({ label: n[1]!, lines: [] });
      continue;
    }
    // The number written at the head of the question cell ("2. Number of staff …"): the row opens
    // here and the line is the question's first.
    const inline = NUMBER_LEADS.exec(l.trimmed);
    if (inline && Number(inline[1]) === rows.length + 1) {
      rows.push({ label: inline[1]!, lines: [l] });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) {
      // More column names before the first row ("Request" / "Information held?" / "Response" / "Exemption").
      if (l.blank || (l.trimmed.length < 30 && !/[.!]$/.test(l.trimmed) && !l.marker)) continue;
      break;
    }
    if (!l.blank) row.lines.push(l);
  }
  // Rows without numbers are blocks between blank lines: the last one is bounded already.
  const numbered = rows.length >= 2;
  if (!numbered) rows = unnumberedRows(lines, header, heldColumn) ?? [];
  if (rows.length < 2) return null;
  // The last numbered row ends where the cells' narrow lines give way to the letter's full-width prose.
  for (const r of rows.slice(0, -1)) for (const l of r.lines) width = Math.max(width, l.trimmed.length);
  const last = rows[rows.length - 1]!;
  const wide = numbered ? last.lines.findIndex((l) => l.trimmed.length > width + 10) : -1;
  if (wide >= 0) last.lines = last.lines.slice(0, wide);
  // A heading over the prose after the table ("Exemptions applied") is no part of the last reply.
  const ends = (l: Line | undefined): boolean => l !== undefined && /[.?!)]["”’]?$/.test(l.trimmed);
  const n = last.lines.length;
  if (wide >= 0 && n >= 2 && !ends(last.lines[n - 1]) && ends(last.lines[n - 2])) last.lines = last.lines.slice(0, -1);
  // The question column's width: the widest first line of a row (each row's first line is its question's).
  const column = rows.length >= 3 ? Math.max(...rows.map((r) => r.lines[0]?.trimmed.length ?? 0)) : 0;
  const questions: Question[] = [];
  for (const r of rows) {
    if (!r.lines.length) return null;
    const cut = questionEnd(r.lines, column);
    const asked = r.lines.slice(0, cut + 1);
    let said = r.lines.slice(cut + 1);
    if (heldColumn && said.length > 1 && HELD_CELL.test(said[0]!.trimmed)) said = said.slice(1);
    if (exemptColumn && said.length > 1 && NO_EXEMPTION.test(said[said.length - 1]!.trimmed)) said = said.slice(0, -1);
    const span = (ls: Line[]): Span => trimSpan(ctx.text, { start: ls[0]!.start, end: ls[ls.length - 1]!.end });
    questions.push({ label: r.label, questionSpan: span(asked), answerSpan: said.length ? span(said) : null, answerVia: said.length ? "own" : "none" });
  }
  const lastEnd = Math.max(...questions.map((q) => q.answerSpan?.end ?? q.questionSpan!.end));
  const blank = questions.filter((q) => !q.answerSpan).map((q) => q.label);
  return leftBlank(finish(ctx, questions, lastEnd, "cell-lines", messages), blank);
}

/**
 * A table one cell a line with no number column (family: "Request / Information held? / Response /
 * Exemption" grids pasted from a PDF or an email): each row is a block of lines between blank lines,
 * the request's cell first, and must hold the "Information held?" mark ("Yes", "No", "Partly") after
 * its first line. Without that column a block of short lines cannot be told from a page's contents
 * list ("Request" / "Response" / "Documents") over its sections, so such a grid needs its numbers. The
 * table ends at the first block that is no row; its rows are numbered 1, 2, 3 in order (labels.md:
 * unnumbered asks). Null unless at least two rows are found.
 */
function unnumberedRows(lines: Line[], header: number, heldColumn: boolean): Row[] | null {
  const rows: Row[] = [];
  let block: Line[] = [];
  let started = false;
  if (!heldColumn) return null;
  const isRow = (b: Line[]): boolean => b.length >= 2 && b[0]!.trimmed.length <= 160 && b.slice(1).some((l) => HELD_CELL.test(l.trimmed));
  for (const l of lines.slice(header)) {
    if (!started) {
      // More column names before the first row ("Information held?" / "Exemption").
      if (l.blank) {
        started = true;
        continue;
      }
      if (l.trimmed.length < 30 && !/[.!]$/.test(l.trimmed) && !l.marker) continue;
      return null;
    }
    const ends = l.header === "closing" || NOTES_HEADING.test(l.trimmed);
    if (!l.blank && !ends && !FOOTER.test(l.trimmed)) {
      block.push(l);
      continue;
    }
    if (block.length) {
      if (!isRow(block)) break;
      rows.push({ label: String(rows.length + 1), lines: block });
      block = [];
    }
    if (ends) break;
  }
  if (block.length && isRow(block)) rows.push({ label: String(rows.length + 1), lines: block });
  return rows.length >= 2 ? rows : null;
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

/** A word a wrapped line cannot end on when the cell's text goes on: a preposition, article or joining word, or a comma. */
const DANGLING = /(?:\b(?:a|an|the|of|in|on|at|by|for|to|from|with|and|or|than|per|each|since|between|during|under|over|into|its|their|your|which|who|that)|[,&/-])$/i;
/** A reply cell's first line that can only be the authority speaking: a figure, a sum, yes/no, "we", or a sentence with a verb of its own. */
const ANSWER_OPENS = /^(?:[£$€]|\d|(?:yes|no|none|nil|we|our|this|please)\b)/i;
/** An exemption column's cell saying none applies. */
const NO_EXEMPTION = /^(?:none|n\/?a|not applicable|nil|[-–—])\.?$/i;
/** The notes under a table: "Notes", "Explanatory notes", "Note 1 - section 43(2)" (a capital: "see / note 1" is a cell). */
const NOTES_HEADING = /^(?:Notes|NOTES|Explanatory notes|Note \d{1,2}\s?[-–:])/;
const HELD_CELL = /^(?:yes|no|partly|partially|in part|yes,? (?:in part|partly|partially)|not held|held|some)\.?$/i;
const OWN_VERB = /\b(?:does|do|did|is|are|was|were|has|have|had|holds?|can(?:not)?|will|would)\b/i;

/**
 * Where a row's question cell ends. A question that closes with "?" ends there. A requester's ask
 * written as a noun phrase ("Number of beds closed in 2024, by ward") carries no mark, so the cell
 * ends at the first line that could open a new cell: the line before does not dangle (no trailing
 * "of", "the", comma) and this one does not start in lower case. When a line ending with "." or ":"
 * comes later, that sentence end is the question's end unless the earlier opening can only be the
 * reply's (a figure, "Yes", "We", or a sentence with its own verb, "The Trust does not record this").
 */
export function questionEnd(ls: readonly Line[], column = 0): number {
  const asked = ls.findIndex((l) => /\?["”’)]?$/.test(l.trimmed));
  if (asked >= 0) return asked;
  const stop = ls.findIndex((l) => /[.:]["”’)]?$/.test(l.trimmed));
  const opens = (k: number): boolean => !DANGLING.test(ls[k - 1]!.trimmed) && !/^[a-z(]/.test(ls[k]!.trimmed);
  // Given the question column's width: a line that stops short although the next line's first word
  // would have fitted did not wrap, so the cell ended there; a line the next word could not have
  // joined may have wrapped, so it is no sure end. Letters are not all one width in a PDF: the
  // word must fit with a fifth of the column to spare, or just fit where the next line can open a cell.
  const used = (k: number): number => ls[k - 1]!.trimmed.length + 1 + ls[k]!.trimmed.split(" ")[0]!.length;
  const room = column - Math.max(4, Math.round(column / 5));
  const full = (k: number): boolean => column > 0 && used(k) > column;
  for (let k = 1; k < ls.length; k++) {
    // An "Information held?" column's cell ("Yes", "No", "Yes, in part") stands alone after the question's lines.
    if (HELD_CELL.test(ls[k]!.trimmed)) return k - 1;
    if (column > 0 && (used(k) <= room || (!full(k) && opens(k)))) return k - 1;
    if (stop >= 0 && k > stop) break;
    if (!opens(k) || full(k)) continue;
    const first = ls[k]!.trimmed;
    const sentence = first.split(/[.;]\s/)[0]!;
    if (stop < 0 || ANSWER_OPENS.test(first) || OWN_VERB.test(sentence)) return k - 1;
  }
  return stop >= 0 ? stop : ls.length - 1;
}
