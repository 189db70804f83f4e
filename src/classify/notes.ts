import type { Span } from "../core/types.js";
import type { Segmentation } from "../segment/types.js";
import { labelsIn, splitLines } from "../segment/lines.js";

/**
 * Notes under a table or a list of answers that give the grounds for some of them: "Note A –
 * Questions 1 and 2", "Note 2:", "* The information at questions 3 to 5 is withheld …", "[1] …".
 * An answer points to its note ("Withheld – see Note A", "Exempt (note 2)", "see note *"), or the
 * note names the questions it covers. A note runs from its heading to the next note or the closing.
 */
export interface Note {
  /** "a", "2", "*": how answers point to it. */
  key: string;
  span: Span;
  /** Question labels the note names in its heading or opening sentence. */
  names: string[];
}

// "Note A – Questions 1 and 2", "Note 3:", "Footnote 1", "NOTE B".
const NOTE_HEADING = /^(?:foot)?note\s?([A-Z]|\d{1,2})(?![\w(])\s?[-–—:.)]?\s?(.{0,200})$/i;
// "* The information …", "** …", "† …", "[1] …".
const MARK_HEADING = /^(\*{1,3}|†|‡|\[\d{1,2}\])\s?(\S.{0,300})$/;
/** "questions 3, 4 and 5", "Q1 and Q2", "items 2 to 4": the questions a note names. */
// redos-ok: each repetition needs a separator and a number
const NAMED_QUESTIONS = /\b(?:questions?|q|items?|parts?|requests?)\s?(\d{1,2}[a-z]?(?:(?:,\s?|\s(?:and|&|to|or)\s|\s?[-–]\s?)(?:q\s?)?\d{1,2}[a-z]?)*)/gi;
/** "see Note A", "(note 2)", "see note *", "see footnote 1", "[1]". */
const POINTER = /\b[Nn]ote\s?(\*{1,3}|[A-Z](?![\w'’])|\d{1,2}(?![\d(]))|\bNOTE\s?([A-Z0-9])\b|(?<=\S\s?)(\*{1,3}|†|‡|\[\d{1,2}\])(?=[\s.,;)]|$)/g;

const keyOf = (mark: string): string => mark.toLowerCase().replace(/^\[|\]$/g, "");

const cache = new WeakMap<Segmentation, Note[]>();

export function notesOf(text: string, seg: Segmentation): Note[] {
  let found = cache.get(seg);
  if (!found) cache.set(seg, (found = findNotes(text, seg)));
  return found;
}

function findNotes(text: string, seg: Segmentation): Note[] {
  const from = Math.max(0, seg.responseStart);
  const end = Math.min(seg.closingStart, text.length);
  const heads: { key: string; start: number; names: string[] }[] = [];
  for (const l of splitLines(text)) {
    if (l.start < from || l.start >= end || l.blank) continue;
    const m = NOTE_HEADING.exec(l.trimmed) ?? MARK_HEADING.exec(l.trimmed);
    if (!m) continue;
    // Only the heading and the note's opening sentence name the questions it covers.
    const opening = /^[^.]*/.exec(m[2] ?? "")![0];
    heads.push({ key: keyOf(m[1]!), start: l.start, names: [...opening.matchAll(NAMED_QUESTIONS)].flatMap((x) => labelsIn(x[1]!)) });
  }
  return heads.map((h, i) => ({ key: h.key, span: { start: h.start, end: heads[i + 1]?.start ?? end }, names: h.names }));
}

/** The notes an answer points to, and those that name its question. */
export function notesFor(text: string, notes: readonly Note[], answer: Span, label?: string): Span[] {
  if (notes.length === 0) return [];
  const said = text.slice(answer.start, answer.end);
  const keys = new Set([...said.matchAll(POINTER)].map((m) => keyOf((m[1] ?? m[2] ?? m[3])!)));
  // A note inside the answer itself is its own text, not a pointer elsewhere.
  return notes.filter((n) => !(answer.start <= n.span.start && n.span.start < answer.end) && (keys.has(n.key) || (label !== undefined && n.names.includes(label.toLowerCase())))).map((n) => n.span);
}
