import type { Context } from "./context.js";
import type { Line } from "./lines.js";
import { overlap } from "../core/stems.js";
import { isQuestionRun, type Item, type Run } from "./runs.js";
import { itemContent } from "./item-span.js";

/**
 * Requests written in sections, each with a heading and numbering of its own that starts again at 1
 * ("Contracts" 1. … 2. … 3. …, "Staffing" 1. … 2. …, "Budgets" 1. …), and replies that restate them
 * the same way. The sections are one request: labels.md numbers its questions straight through, so a
 * section's list continues the list before it (its 1 becomes the question after the last one of the
 * section above), in the request and in the reply alike, and the two pair by number as any list does.
 *
 * Usual variants: the heading alone on its line with or without a trailing colon, in capitals or not,
 * with its own number-free title ("Part B – Fleet"); the reply restating headings and questions with
 * answers between them; the reply leaving the headings out (then only the request's lists join, and
 * the reply's restated questions are found by their words, as elsewhere).
 *
 * A new list joins the one before only when all of these hold: it starts at 1; a section heading (a
 * short line with no marker, no response or closing role and no end punctuation but a colon) is the
 * last line before it; both lists ask (most items read as questions); and both lie on the same side of
 * the response's start (a request list and the reply's list of answers never join: they pair). Sections
 * that ask the same list again for another group (item 1 of each is the same ask) are not continued.
 */
export function joinRestartedSections(ctx: Context, runs: Run[]): Run[] {
  if (runs.length < 2) return runs;
  const order = [...runs].sort((a, b) => a.items[0]!.line.index - b.items[0]!.line.index);
  const out: Run[] = [];
  let section: Run | null = null;
  for (const run of order) {
    const prev = out[out.length - 1];
    if (prev && section && continuesAsSection(ctx, prev, run) && !parallel(section, run)) {
      out[out.length - 1] = { family: prev.family, items: [...prev.items, ...renumbered(run.items, lastValue(prev))] };
    } else out.push(run);
    section = run;
  }
  return out.length === runs.length ? runs : out;
}

function lastValue(run: Run): number {
  return run.items[run.items.length - 1]!.marker.value;
}

function continuesAsSection(ctx: Context, prev: Run, next: Run): boolean {
  const first = next.items[0]!;
  const last = prev.items[prev.items.length - 1]!;
  if (first.marker.value !== 1 || /[a-z]$/.test(first.label) || /[a-z]$/.test(last.label)) return false;
  if (first.line.index <= last.line.index) return false;
  if ((first.marker.style ?? ".") !== (prev.items[0]!.marker.style ?? ".")) return false;
  if (prev.items[0]!.marker.value !== 1) return false;
  const side = (l: Line): boolean => ctx.responseStart >= 0 && l.start >= ctx.responseStart;
  if (side(prev.items[0]!.line) !== side(first.line)) return false;
  if (!isQuestionRun(prev) || !isQuestionRun(next)) return false;
  const heading = lineBefore(ctx, first.line.index, last.line.index);
  return heading !== null && sectionHeading(heading);
}

/**
 * The same questions asked again for another group ("A" private blocks 1. number 2. names …, "B" social
 * blocks 1. number 2. names …): item by item, the new section repeats the one before in most of its words.
 * Such sections ask one list several times over; the list is not continued.
 */
function parallel(before: Run, next: Run): boolean {
  let same = 0;
  for (let i = 0; i < next.items.length; i++) {
    const a = before.items[i];
    if (a && overlap(itemContent(next.items[i]!), itemContent(a)) >= 0.6) same++;
  }
  return same * 2 > next.items.length;
}

/** The last non-blank line between two items, or null when there is none. */
function lineBefore(ctx: Context, index: number, floor: number): Line | null {
  for (let i = index - 1; i > floor; i--) {
    const l = ctx.lines[i]!;
    if (!l.blank) return l;
  }
  return null;
}

/** A section title: one to eight words, capitalised, no list marker or letter role, ending without a sentence's punctuation. */
function sectionHeading(l: Line): boolean {
  if (l.marker || l.header) return false;
  const t = l.trimmed;
  if (!/^[A-Z0-9]/.test(t) || /[.?!;,]["”’)]?$/.test(t)) return false;
  const words = t.replace(/:$/, "").split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));
  if (words.length < 1 || words.length > 8) return false;
  // A sign-off, greeting or reply label is not a section of the request.
  return !/^(?:yours|kind|best|many|regards|thanks|thank|dear|hi|hello|response|responses|answer|answers|reply|our response|council response)\b/i.test(t);
}

function renumbered(items: Item[], offset: number): Item[] {
  return items.map((it) => {
    const value = it.marker.value + offset;
    const label = it.label.replace(/^\d+/, String(value));
    return { ...it, label, marker: { ...it.marker, value, label } };
  });
}
