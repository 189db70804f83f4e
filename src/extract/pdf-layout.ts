/**
 * Page text from positioned PDF text items: lines by baseline, paragraph
 * breaks from vertical gaps, superscript footnote markers dropped by their
 * size and rise, and header/footer lines repeated across pages removed.
 * Pure functions over plain data, so they are tested without a PDF.
 */

/** One text run as pdf.js reports it, reduced to what layout needs (PDF user space, y up). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  /** Font size: the vertical scale of the text matrix. */
  size: number;
  width: number;
  hasEOL: boolean;
}

interface Line {
  y: number;
  size: number;
  /** x of the first visible run. */
  startX: number;
  endX: number;
  text: string;
  /** Runs far apart on one baseline: table cells or a two-part letterhead, never reflowed. */
  cells?: boolean;
}

/** What a footnote marker looks like: 1–3 digits or footnote symbols. */
const MARKER = /^(?:[0-9]{1,3}|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3}|[*†‡§])$/;

/**
 * True when `item` is a superscript footnote marker riding on `line`: smaller
 * type, raised above the baseline by a fraction of the line's size, and only
 * digits or symbols. Real numbers ("2021", "£450", "s40(2)") sit on the
 * baseline at the body size, so they never match.
 */
export function isSuperscriptMarker(item: TextItem, line: { y: number; size: number }): boolean {
  if (!MARKER.test(item.str.trim())) return false;
  if (!(item.size > 0) || item.size > 0.85 * line.size) return false;
  const rise = item.y - line.y;
  return rise > 0.12 * line.size && rise < 0.9 * line.size;
}

/** A raised, smaller "st", "nd", "rd" or "th" right after a number: an ordinal's suffix set as a superscript. */
export function isRaisedOrdinal(item: TextItem, line: { y: number; size: number; text: string; endX: number }): boolean {
  if (!/^(?:st|nd|rd|th)$/.test(item.str.trim()) || !/\d$/.test(line.text)) return false;
  if (!(item.size > 0) || item.size > 0.85 * line.size || item.x - line.endX > 0.5 * line.size) return false;
  const rise = item.y - line.y;
  return rise > 0.12 * line.size && rise < 0.9 * line.size;
}

/** Lay out one page's items (in content-stream order) as text. */
export function layoutPage(items: readonly TextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (item.str === "") continue;
    const size: number = item.size > 0 ? item.size : (current?.size ?? 10);
    if (current && isRaisedOrdinal(item, current)) {
      // "27" then a raised "th": one word, "27th".
      current.text += item.str.trim();
      current.endX = Math.max(current.endX, item.x + item.width);
      continue;
    }
    if (current && isSuperscriptMarker(item, current)) {
      // The marker's width is not a gap: "2000¹." must read "2000.", not "2000 .".
      current.endX = Math.max(current.endX, item.x + item.width);
      continue;
    }
    const sameLine = current !== null && Math.abs(item.y - current.y) <= 0.45 * Math.max(size, current.size);
    if (current && sameLine) {
      const gap = item.x - current.endX;
      const needsSpace = gap > 0.15 * size && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      // A run far to the left on the same baseline is a new column cell restarting; keep it apart.
      if (!current.text.trim() && item.str.trim()) current.startX = item.x;
      // A wide gap, or a wide run of spaces standing in for one (Word's tab stops), separates cells.
      if ((gap > 3 * size && current.text.trim() && item.str.trim()) || (!item.str.trim() && item.width > 3 * size)) current.cells = true;
      current.text += (needsSpace || gap < -2 * size ? " " : "") + item.str;
      current.endX = Math.max(current.endX, item.x + item.width);
      current.size = Math.max(current.size, size);
    } else {
      current = { y: item.y, size, startX: item.x, endX: item.x + item.width, text: item.str };
      lines.push(current);
    }
  }
  const visible = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, " ").trim() })).filter((l) => l.text);
  const edges = rightEdges(visible);
  let out = "";
  let previous: Line | null = null;
  for (const line of visible) {
    if (previous) {
      const drop = previous.y - line.y;
      // A gap of well over one line, or a jump back up the page (next column, a text box), ends a paragraph.
      const nextColumn = drop < -0.5 * line.size && line.startX > previous.startX + 2 * line.size;
      const paragraph = drop > 1.75 * Math.max(previous.size, line.size) || drop < -0.5 * line.size;
      // A sentence running on into the next column: mid-word-run, or a provision continued ("31(1)" then "(a) of").
      const runsOn = (/[\p{L},;(–-]$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)) || (/\d\)$/.test(previous.text) && /^\([a-z0-9]{1,4}\)/.test(line.text));
      if (previous.text.endsWith(SOFT_HYPHEN) && /^\p{Ll}/u.test(line.text)) out = out.slice(0, -1);
      else if (nextColumn && runsOn) out += " ";
      else if (!paragraph && provisionContinues(previous.text, line.text)) out += "";
      else out += paragraph ? "\n\n" : softWrap(previous, line, edges.get(previous) ?? { edge: previous.endX, lines: 1 }) ? " " : "\n";
    }
    out += line.text;
    previous = line;
  }
  return out.replaceAll(SOFT_HYPHEN, "");
}

/** A hyphen set only where a word was broken at a line end (PDFium reports it as U+FFFE; the extractor maps it to U+00AD). */
const SOFT_HYPHEN = "\u00ad";

/**
 * The right edge of the text block each line belongs to: the furthest line end
 * among lines that start at about the same x (a column, or the page body).
 */
function rightEdges(lines: readonly Line[]): Map<Line, { edge: number; lines: number }> {
  const edges = new Map<Line, { edge: number; lines: number }>();
  const byStart = [...lines].sort((a, b) => a.startX - b.startX);
  const firstAtOrAfter = (x: number): number => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.startX < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Lines of a block share their start and size: each distinct pair is worked out once (a page is hundreds of lines).
  const known = new Map<string, { edge: number; lines: number }>();
  for (const line of lines) {
    const key = `${line.startX}|${line.size}`;
    let block = known.get(key);
    if (!block) {
      const ends: number[] = [];
      for (let i = firstAtOrAfter(line.startX - line.size); i < byStart.length && byStart[i]!.startX <= line.startX + line.size; i++) ends.push(byStart[i]!.endX);
      ends.sort((a, b) => a - b);
      // The second furthest end, not the furthest: one wide line (a running header across two columns) must not
      // move the edge. Not a percentile either: where most lines are short (lists, an address, a table of
      // figures), a percentile falls on a short line, and every line that long looked full and was joined.
      const edge = ends.length >= 4 ? ends[ends.length - 2]! : ends[ends.length - 1]!;
      block = { edge, lines: ends.length };
      known.set(key, block);
    }
    edges.set(line, block);
  }
  return edges;
}

/** A provision broken after a bracket: "section 31(1)" then "(a) of the Act" reads "31(1)(a)". */
export function provisionContinues(line: string, next: string): boolean {
  return /\d\)$/.test(line) && /^\([a-z0-9]{1,4}\)/.test(next);
}

/**
 * The line ends a question or an introduction ("…in 2020?", "You asked:"), where a writer ends a line on
 * purpose. (A full stop is not enough: prose lines end at sentence ends by chance.)
 */
export function sentenceEnd(line: string, next: string): boolean {
  void next;
  return /[?:]["'”’)]?$/.test(line);
}

/**
 * A line that starts something of its own: a list label ("3.", "(b)", "iv)", "Q2", "Question 2:",
 * "Request 1", a bullet) or a "Field: value" line of a letterhead ("Our ref:", "Subject:"). A label may
 * follow an opening quotation mark: a request quoted back starts "‘1) …" or "“1. …".
 */
export const LINE_START =
  /^(?:["“‘'](?=\(?(?:[0-9]{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]))?(?:\(?[0-9]{1,2}[a-z]?[.)]|\(?[a-zA-Z][.)]|\(?(?:[ivx]{1,4}|[IVX]{1,4})[.)]|Q\.?\s?[0-9]|(?:Question|Request|Item|Part|Point|Response|Answer|QUESTION|REQUEST)\s*(?:\.\s*)?[0-9]{1,2}[a-z]?\b|[•▪◦·*–-]\s|[A-Z][A-Za-z/ ]{0,24}:\s)/;
const LIST_START = LINE_START;

/** One to four words, the first capitalised, nothing closing them: a heading or a sign-off line. */
const HEADING_AFTER = /^[A-Z][\p{L}'’&()/-]*(?: [\p{L}'’&()/-]+){0,3}$/u;

function tableLike(text: string): boolean {
  const tokens = text.split(" ");
  const numeric = tokens.filter((t) => /^[£$€]?[0-9][0-9,./%-]*$|^-$/.test(t)).length;
  return numeric >= 3 && numeric / tokens.length >= 0.5;
}

/**
 * A line that ends only because the paragraph wrapped: it runs (nearly) to the
 * block's right edge, so the next line's first word would not have fitted on
 * it, the next line continues at about the same indent, and neither is a list
 * item start or a table row. Such lines are joined with a space, so a
 * paragraph reads as in the letter's source text.
 */
function softWrap(line: Line, next: Line, block: { edge: number; lines: number }): boolean {
  // Short lines (address blocks, signatures, headings) end where the writer ended them; a narrow
  // column's lines are short too, so they count when the column has enough lines to know its edge.
  if (line.text.length < 20 || (line.text.length < 35 && block.lines < 6)) return false;
  const edge = block.edge;
  if (line.cells || next.cells || LIST_START.test(next.text) || tableLike(line.text) || tableLike(next.text)) return false;
  // A line ending a question or an introduction may end where the writer ended it ("…in 2020?" then the
  // answer): keeping that break costs little, losing it can merge a question into its answer.
  if (sentenceEnd(line.text, next.text)) return false;
  // A sentence ended, then a few capitalised words with no punctuation of their own ("Response", "Reason
  // for decision", "Yours sincerely"): a heading set with no space above it, not the paragraph's last words.
  if (/[.!?]["'”’)]?$/.test(line.text) && HEADING_AFTER.test(next.text)) return false;
  if (next.startX < line.startX - line.size || next.startX > line.startX + 3 * line.size) return false;
  const charWidth = (line.endX - line.startX) / Math.max(1, line.text.length);
  const firstWord = next.text.split(" ")[0]!.length;
  return line.endX + (firstWord + 1) * charWidth > edge - 0.5 * charWidth;
}

/**
 * Footnote markers that reach the text glued to a word: Unicode superscripts
 * anywhere after a word or punctuation, and (for OCR output or text without
 * positions) 1–2 plain digits stuck to the end of a lower-case word of four or
 * more letters before a space or punctuation ("limit3 ", "information2.").
 * Not touched: numbers on their own ("2021", "£450"), short prefixes and
 * references ("s40(2)", "Q3", "A38"), capitals ("COVID19", "NFIB90").
 */
export function removeGluedFootnoteDigits(text: string, plainDigits: boolean): string {
  let out = text.replace(/(?<=[\p{L}.,;:)\]"'’”])[¹²³⁰⁴⁵⁶⁷⁸⁹]+/gu, "");
  if (plainDigits) {
    out = out.replace(GLUED_DIGITS, "");
    // A mark after an Act's year reads as a longer year: "Freedom of Information Act 20001".
    out = out.replace(/\b(Act|Regulations) ((?:19|20)\d\d)\d{1,2}\b/g, "$1 $2");
  }
  return out;
}

/** Words that take a number as part of a name ("Windows10", "year2"), either case of the first letter. */
const NUMBERED_WORDS = ["section", "paragraph", "regulation", "schedule", "question", "appendix", "annex", "table", "page", "phase", "stage", "level", "band", "grade", "year", "windows", "office", "tier"]
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join("|");
const GLUED_DIGITS = new RegExp(`(?<=\\b[A-Z]?[a-z]{4,})(?<!${NUMBERED_WORDS})[0-9]{1,2}(?=[\\s.,;:)]|$)`, "gm");

const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;

function lineKey(line: string): string {
  return line.trim().replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase();
}

/**
 * Remove running headers and footers: the run of lines at the top (and at the
 * bottom) of a page whose shape (digits masked) recurs near the top or bottom
 * of at least half the pages (and of two or more). The run stops at the first
 * line that does not recur, so body text is never cut from the middle. A
 * header is kept on the first page, where it is usually the letterhead; page
 * numbers ("Page 2 of 6", "- 3 -") go everywhere.
 */
export function removeRunningLines(pages: readonly string[]): string[] {
  const edge = 8;
  const split = pages.map((p) => p.split("\n"));
  // Headers are counted among page tops and footers among page bottoms, so a
  // letterhead on page 1 does not make the same name in a closing signature "running".
  const tops = new Map<string, number>();
  const bottoms = new Map<string, number>();
  for (const lines of split) {
    const nonEmpty = lines.filter((l) => l.trim());
    // On a short page the top and bottom regions split it in half, so one line is never both.
    const topCount = Math.min(edge, Math.ceil(nonEmpty.length / 2));
    const bottomCount = Math.min(edge, nonEmpty.length - topCount);
    // Keyed by position too (n-th line from the top, or from the bottom): a running line sits in the same
    // place on every page, while a letterhead's lines can recur in another order in a closing signature.
    for (const k of new Set(nonEmpty.slice(0, topCount).map((l, i) => `${i}:${lineKey(l)}`))) tops.set(k, (tops.get(k) ?? 0) + 1);
    for (const k of new Set(nonEmpty.slice(nonEmpty.length - bottomCount).reverse().map((l, i) => `${i}:${lineKey(l)}`))) bottoms.set(k, (bottoms.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const running = (line: string, index: number, page: number, counts: Map<string, number>): boolean => {
    const key = lineKey(line);
    if (PAGE_NUMBER.test(key)) return true;
    return page > 0 && pages.length >= 2 && (counts.get(`${index}:${key}`) ?? 0) >= threshold;
  };
  return split.map((lines, p) => {
    let top = 0;
    let index = 0;
    while (top < lines.length && (!lines[top]!.trim() || running(lines[top]!, index++, p, tops))) top++;
    let bottom = lines.length;
    index = 0;
    while (bottom > top && (!lines[bottom - 1]!.trim() || running(lines[bottom - 1]!, index++, Math.max(p, 1), bottoms))) bottom--;
    return lines.slice(top, bottom).join("\n").replace(/\n{3,}/g, "\n\n");
  });
}

const COMMON_WORDS = new Set(
  "the of and to a in is that for it on as with be by this are or was we not you your from at have has which our any under if information request section act".split(" "),
);

/**
 * Whether a page's text layer can be trusted. No: fewer than 20 letters or
 * digits (an image-only page), or a garbage layer of unmapped glyphs (private
 * use code points, replacement characters, few letters, or long "words" with no
 * common English word among them).
 */
export function textLayerUsable(text: string): boolean {
  return textLayerProblem(text) === "";
}

/** "none" for (almost) no text, "garbage" for a layer of unmapped glyphs, "" for a usable layer. */
export function textLayerProblem(text: string): "" | "none" | "garbage" {
  // One pass over the characters (the page's text held as arrays of matches cost more than laying it out).
  const chars = text.replace(/\s+/g, "");
  let alnum = 0;
  let bad = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) alnum++;
      else if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f) bad++;
      continue;
    }
    const point = chars.codePointAt(i)!;
    if (point > 0xffff) {
      // A character outside the Basic Multilingual Plane: two code units, never a control.
      i++;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) alnum++;
      continue;
    }
    const ch = chars[i]!;
    if (LETTER_OR_DIGIT.test(ch)) alnum++;
    else if (UNMAPPED.test(ch)) bad++;
  }
  const length = chars.length;
  if (alnum < 20) return "none";
  if (bad / length > 0.1) return "garbage";
  if (alnum / length < 0.5) return "garbage";
  let words = 0;
  let common = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}{2,}/gu)) {
    words++;
    if (COMMON_WORDS.has(word)) common++;
  }
  if (words >= 40 && common / words < 0.02) return "garbage";
  return "";
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Private use, the replacement character, C0 and C1 controls: glyphs PDFium could not map. */
const UNMAPPED = /^[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]$/;

/**
 * Join pages into one text. A paragraph that runs on over a page break (the
 * page ends without closing punctuation and the next begins in lower case) is
 * joined with a line break, not a blank line, so it stays one paragraph.
 */
export function joinPages(pages: readonly string[]): { text: string; pageStarts: number[] } {
  let text = "";
  const pageStarts: number[] = [];
  for (const page of pages) {
    if (pageStarts.length) {
      // The end of the text so far, tested alone: a pattern anchored at the end of the whole text is tried from
      // every position of it, so each page cost as much as all before it (a 61-page table, 400,000 characters).
      const end = text.slice(-2);
      const runsOn = /[\p{L}\p{N},;:(\-–]$/u.test(end) && /^[\p{Ll}(\d]/u.test(page);
      // Mid-sentence (a word or comma, then a lower-case word) the break is only the page's: a space, as the reflow does.
      const midSentence = /[\p{L},]$/u.test(end) && /^\p{Ll}/u.test(page) && !LINE_START.test(page);
      // A page ending on a word or a comma, the next beginning with a capital ("… covered by South" / "Western
      // Ambulance Service …"): the sentence most likely runs on into a name, so no paragraph break; a line
      // break keeps a heading or a name at the page foot apart.
      const intoName = /[\p{L},]$/u.test(end) && /^\p{Lu}/u.test(page) && !LINE_START.test(page);
      text += midSentence ? " " : runsOn || intoName ? "\n" : "\n\n";
    }
    pageStarts.push(text.length);
    text += page;
  }
  return { text, pageStarts };
}
