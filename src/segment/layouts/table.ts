import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { hasContent, type Context } from "../context.js";
import type { Line } from "../lines.js";
import { readsAsAsk } from "../asks-read.js";
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
export const QUESTION_COLUMN = /^(?:(?:your|the|foi|original)\s+)?(?:questions?|requests?|quer(?:y|ies)|information requested|you asked|item|information sought|what you asked(?: for)?)\b/i;
/** A reply column may be named for the body that answers: "University response", "Board's reply", "The Trust's answer". */
export const REPLY_COLUMN = /^(?:(?:our|the)\s+)?(?:(?:original|initial|first|review|internal review|revised|final)\s+)?(?:(?:council|force|service|trust|department|authority|university|college|school|board|health board|nhs|hospital|agency|ministry|office|organisation|body)(?:'s|’s|s')?\s+)?(?:responses?|answers?|repl(?:y|ies)|decision|information (?:provided|held)|outcome)\b/i;
/** A column of row numbers: "No.", "#", "Ref", "Q", "Item no.". */
export const NUMBER_COLUMN = /^(?:no\.?|nos?\.|#|ref\.?|q\.?|number|item no\.?|question no\.?)$/i;
/** "|-----|:---|": the rule under a header row. */
const RULE_ROW = { test: (line: string): boolean => /^[\s:|-]+$/.test(line) && line.includes("---") };
/** A row number cell: "1", "Q1", "1.", "(1)", "1a". */
const ROW_NUMBER = /^(?:q\.?\s?)?\(?(\d{1,2}(?:[a-z]|\.[1-9]\d?)?)[.)]?$/i;
/** A page footer or marking met between rows: "Page 1 of 2", "1|Page", "OFFICIAL", "- 2 -". */
export const FOOTER = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s?\|\s?page|page\s?\|\s?\d{1,3}|(?:official|restricted|unclassified)(?:[\s-]+sensitive)?|not protectively marked|\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-)$/i;

interface Cell {
  span: Span;
  text: string;
}

/** Cells of a row written with bars ("| 1 | Who … ? | Yes |"): empty cells kept in place, as a row carried on leaves them blank. */
function barCells(text: string, start: number, end: number): (Cell | null)[] {
  const line = text.slice(start, end);
  const cells: (Cell | null)[] = [];
  let from = line.indexOf("|") === line.search(/\S/) ? line.indexOf("|") + 1 : 0;
  const bars = [...line.matchAll(/\|/g)].map((m) => m.index).filter((i) => i >= from);
  if (!bars.length || bars[bars.length - 1]! < line.trimEnd().length - 1) bars.push(line.length);
  for (const b of bars) {
    const raw = line.slice(from, b);
    const t = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    cells.push(t ? { span: { start: start + from + lead, end: start + from + lead + t.length }, text: t } : null);
    from = b + 1;
  }
  return cells;
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

/**
 * A review decision that only says the first reply stands ("Upheld", "Original decision upheld"):
 * the first reply's cell is then the answer too. Any other decision stands on its own.
 */
const UPHELD_ONLY = /^(?:(?:the\s)?(?:original|initial)\s(?:decision|response)\s(?:is\s)?)?(?:upheld|maintained|confirmed)\.?$/i;
const stands = (cell: Cell | null): boolean => cell === null || !UPHELD_ONLY.test(cell.text);

interface Row {
  label: string | null;
  q: Cell;
  a: Span | null;
}

/** Whether one of the next `n` lines, not itself a row, closes a wrapped row with a bar. */
function closedWithin(lines: Context["lines"], i: number, n: number): boolean {
  for (let j = i + 1; j <= i + n && j < lines.length; j++) {
    const t = lines[j]!.trimmed;
    if (lines[j]!.blank || t.startsWith("|")) return false;
    if (t.endsWith("|")) return true;
  }
  return false;
}

/** The header row's layout: where each column starts (characters from the line's start), or that tabs split it. */
interface Grid {
  tabbed: boolean;
  starts: number[];
}

interface Placed {
  col: number;
  cell: Cell;
}

/**
 * A line's cells with the header column each sits under. A tab-split line counts its tabs (a
 * leading tab is an empty first cell); a space-aligned one puts each cell under the last header
 * column starting at or before it (two characters' slack for a ragged edge).
 */
function placeCells(text: string, l: Line, grid: Grid): Placed[] {
  const last = grid.starts.length - 1;
  if (grid.tabbed && l.text.includes("\t")) {
    const out: Placed[] = [];
    let at = 0;
    l.text.split("\t").forEach((raw, i) => {
      const t = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      if (t) out.push({ col: Math.min(i, last), cell: { span: { start: l.start + at + lead, end: l.start + at + lead + t.length }, text: t } });
      at += raw.length + 1;
    });
    return out;
  }
  return cellsOf(text, l.start, l.end).map((cell) => {
    const off = cell.span.start - l.start;
    let col = 0;
    for (let i = 0; i <= last; i++) if (grid.starts[i]! <= off + 2) col = i;
    return { col, cell };
  });
}

/**
 * Whether a line carries the row above on rather than opening a row: its first column is empty
 * (the text sits under a later column only), or, when no number column leads, its first cell goes
 * on in lower case from a question cell that has not ended.
 */
function carriedOn(placed: readonly Placed[], question: string, numberColumn: number): boolean {
  if (!placed.length) return false;
  const first = placed[0]!;
  if (first.col > 0) return true;
  return numberColumn < 0 && /^[a-z(]/.test(first.cell.text) && !/[.?!:]["”’)]?$/.test(question);
}

/** The number a cell opens with ("3. How many …", "Q3 Who …"), or null. */
const leadNumber = (cell: string): number | null => {
  const m = /^(?:q\.?\s?)?(\d{1,2})[.)]?\s/i.exec(cell);
  return m ? Number(m[1]) : null;
};

const join = (a: Span | null, b: Span): Span => (a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : b);

export function table(ctx: Context, messages: Message[]): Segmentation | null {
  return readTable(ctx, messages, false);
}

/**
 * The same table under a header row that names a question column and a reply column: the
 * authority's own grid, proposed apart so that it carries a larger prior than rows guessed from
 * their asks alone (an explanation or annex after it is no evidence for a blanket reading).
 */
export function headedTable(ctx: Context, messages: Message[]): Segmentation | null {
  return readTable(ctx, messages, true);
}

function readTable(ctx: Context, messages: Message[], headed: boolean): Segmentation | null {
  const { text, lines } = ctx;
  let questionColumn = 0;
  let replyColumn = -1;
  let firstReplyColumn = -1;
  let numberColumn = -1;
  const rows: Row[] = [];
  // A barred row whose reply cell wraps onto the next lines ("| 2 | Spend? | Not held as a" /
  // "separate figure. |"): the row is left open until a line closes it with a bar.
  let open = false;
  // Where the header's cells start (space-aligned) or whether it is split by tabs, so that a line
  // whose first column is empty can be read as the row above carried on (see `carriedOn`).
  let grid: Grid | null = null;
  let live = false;
  // The column of the last cell written, and whether the line before was blank: a cell wrapped
  // onto a line at the margin, in a grid whose rows carry their numbers in the first cell, goes on
  // only from the line just above.
  let lastCol = 0;
  let afterBlank = false;
  let barredRows = false;
  for (const l of lines) {
    if (l.blank) afterBlank = true;
    if (l.blank || RULE_ROW.test(l.trimmed)) continue;
    const wasBlank = afterBlank;
    afterBlank = false;
    if (grid && replyColumn >= 0 && !l.trimmed.startsWith("|")) {
      if (FOOTER.test(l.trimmed)) continue;
      const last = rows[rows.length - 1];
      let placed = placeCells(text, l, grid);
      const numbered = rows.length > 0 && rows.every((r, i) => leadNumber(r.q.text) === i + 1);
      const unnumbered = numbered && !wasBlank && placed.length > 0 && leadNumber(placed[0]!.cell.text) !== rows.length + 1;
      const carried = live && last !== undefined && (carriedOn(placed, last.q.text, numberColumn) || unnumbered);
      // A tab-split cell holding line breaks: the line at the margin goes on with the cell last
      // written, and its tabs count on from there.
      if (carried && grid.tabbed && !/^\s/.test(l.text)) placed = placed.map((p) => ({ col: Math.min(lastCol + p.col, grid!.starts.length - 1), cell: p.cell }));
      if (placed.length) lastCol = placed[placed.length - 1]!.col;
      if (carried) {
        for (const p of placed) {
          if (p.col >= replyColumn) last.a = join(last.a, p.cell.span);
          // The question's span grows only while it swallows no reply text: one span cannot skip the reply cell beside it.
          else if (p.col === questionColumn && (!last.a || last.a.start > p.cell.span.end)) last.q = { span: join(last.q.span, p.cell.span), text: `${last.q.text} ${p.cell.text}` };
        }
        continue;
      }
      // Any other line ends the carrying on until the next row: prose or a footer at the margin.
      live = false;
      // Under a number column a row opens only at a row number: a footer spread across the page is none.
      const lead = placed[0];
      if (numberColumn === 0 && lead && rows.length && (lead.col !== 0 || !ROW_NUMBER.test(lead.cell.text))) continue;
    }
    if (open && replyColumn >= 0 && rows.length && !l.trimmed.startsWith("|")) {
      const last = rows[rows.length - 1]!;
      const body = l.trimmed.replace(/\|$/, "").trimEnd();
      if (body) last.a = join(last.a, { start: l.start + l.text.indexOf(body), end: l.start + l.text.indexOf(body) + body.length });
      open = !l.trimmed.endsWith("|");
      continue;
    }
    open = false;
    const barred = /^\|.*\|$/.test(l.trimmed) || (replyColumn >= 0 && /^\|(?:[^|]*\|){2}/.test(l.trimmed));
    if (barred && replyColumn >= 0 && !l.trimmed.endsWith("|")) open = closedWithin(lines, l.index, 4);
    if (!barred && !/\S(?:\s*\|\s*|\t+|\s{3,})\S/.test(l.trimmed)) continue;
    // A table written with bars has its rows in bars: a line of wide gaps after it is the page's furniture
    // ("Search the log:  [      ]  Search"), not a row.
    if (barred) barredRows = true;
    else if (barredRows && replyColumn >= 0) continue;
    const slots = barred ? barCells(text, l.start, l.end) : cellsOf(text, l.start, l.end);
    const cells = slots.filter((c): c is Cell => c !== null);
    if (cells.length < 1 || (!barred && cells.length < 2)) continue;
    const qi = slots.findIndex((c) => c !== null && QUESTION_COLUMN.test(c.text));
    // An internal review's table gives the first reply and the review's decision side by side
    // ("Original response | Review decision"): the decision, the last reply column, is what stands.
    const replies = slots.flatMap((c, i) => (c !== null && REPLY_COLUMN.test(c.text) ? [i] : []));
    const ri = replies.length > 1 && slots.some((c) => c !== null && /\breview\b/i.test(c.text)) ? replies[replies.length - 1]! : replies[0] ?? -1;
    if (qi >= 0 && ri > qi && cells.every((c) => c.text.length < 40)) {
      questionColumn = qi;
      replyColumn = ri;
      firstReplyColumn = replies[0] ?? ri;
      numberColumn = slots.findIndex((c, i) => i < qi && c !== null && NUMBER_COLUMN.test(c.text));
      grid = barred ? null : { tabbed: l.text.includes("\t"), starts: cells.map((c) => c.span.start - l.start) };
      continue;
    }
    if (barred && replyColumn >= 0) {
      // A row carried on: its number and question cells left blank, its text the rest of the reply
      // (or of the question, when only that cell is filled).
      const q = slots[questionColumn] ?? null;
      const number = numberColumn >= 0 ? slots[numberColumn] ?? null : null;
      const last = rows[rows.length - 1];
      const replyCells = slots.slice(stands(slots[replyColumn] ?? null) ? replyColumn : firstReplyColumn).filter((c): c is Cell => c !== null);
      if (last && !number && (!q || replyCells.length === 0)) {
        if (q) last.q = { span: join(last.q.span, q.span), text: `${last.q.text} ${q.text}` };
        for (const c of replyCells) last.a = join(last.a, c.span);
        continue;
      }
      if (!q) continue;
      const label = number ? ROW_NUMBER.exec(number.text)?.[1]?.toLowerCase() ?? null : null;
      rows.push({ label, q, a: replyCells.reduce<Span | null>((acc, c) => join(acc, c.span), null) });
      continue;
    }
    const slotsNow = barred ? cells : slots as Cell[];
    const q = slotsNow[questionColumn];
    if (!q || (replyColumn < 0 && !readsAsAsk(q.text, true))) continue;
    const answerCells = replyColumn >= 0 ? slotsNow.slice(stands(slotsNow[replyColumn] ?? null) ? replyColumn : firstReplyColumn) : slotsNow.slice(questionColumn + 1);
    const a = answerCells.length ? { start: answerCells[0]!.span.start, end: answerCells[answerCells.length - 1]!.span.end } : null;
    const numberCell = numberColumn >= 0 && numberColumn < questionColumn ? slotsNow[numberColumn] : undefined;
    rows.push({ label: numberCell ? ROW_NUMBER.exec(numberCell.text)?.[1]?.toLowerCase() ?? null : null, q, a });
    lastCol = slotsNow.length - 1;
    live = true;
  }
  if (rows.length < 2 || (headed && replyColumn < 0)) return null;
  // Row numbers the table gives are the labels when they run without repeats; else rows count 1, 2, 3.
  const own = rows.every((r) => r.label !== null) && new Set(rows.map((r) => r.label)).size === rows.length;
  const questions: Question[] = rows.map((r, i) => {
    const answer = r.a && hasContent(text.slice(r.a.start, r.a.end)) ? r.a : null;
    return { label: own ? r.label! : String(i + 1), questionSpan: r.q.span, answerSpan: answer, answerVia: answer ? "own" : "none" };
  });
  const lastEnd = Math.max(...questions.map((q) => q.answerSpan?.end ?? q.questionSpan!.end));
  const blank = questions.filter((q) => !q.answerSpan).map((q) => q.label);
  return leftBlank(finish(ctx, questions, lastEnd, "table", messages), blank);
}

/**
 * A reply cell left blank is that row's answer: none. A table gives each row its own reply, so a
 * blank row does not take the next row's reply as a blanket answer would.
 */
export function leftBlank(seg: Segmentation, labels: readonly string[]): Segmentation {
  for (const q of seg.questions) {
    if (!labels.includes(q.label) || q.answerVia === "own" || q.answerVia === "cross_reference") continue;
    q.answerSpan = null;
    q.answerVia = "none";
  }
  return seg;
}
