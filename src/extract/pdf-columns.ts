/**
 * Reading order of a page from positioned text runs, whatever order the PDF
 * drew them in: runs are grouped into rows by baseline, and a column gutter
 * (an x band no run crosses while several rows have text on both sides of it)
 * splits a stretch of rows into a left and a right part. What the two parts
 * are decides how they are read:
 *
 * - a table: the paragraphs of the two sides start on the same rows (a "You
 *   asked | Our reply" table, where each reply cell is top-aligned with its
 *   question). Each table row is written as its left cell, then its right cell,
 *   each a paragraph: the segmenter pairs a question with the paragraph after
 *   it, and does not (yet) read HTML's one-line `left | right` rows as pairs
 *   (measured: a four-question table read as `q | a` lines gave four "other"
 *   answers, as paragraphs the four right outcomes).
 * - two columns of prose (newspaper style, or an address block beside contact
 *   details): the left part is read top to bottom, then the right.
 * - anything else (a grid of figures, a letterhead with a date on the right):
 *   row by row, as pdftotext -layout reads it.
 *
 * Superscripts (footnote marks, ordinals) stay in their word's row, so the
 * layout pass (pdf-layout.ts) can drop or rejoin them.
 */
import { layoutPage, type TextItem } from "./pdf-layout.js";

interface Row {
  /** Baseline of the row's largest type. */
  y: number;
  size: number;
  items: TextItem[];
}

/** A stretch of a page and how to read it. */
type Block =
  | { kind: "rows"; rows: Row[] }
  | { kind: "columns"; left: Row[]; right: Row[] }
  | { kind: "table"; pairs: Array<[Row[], Row[]]> };

const right = (item: TextItem): number => item.x + item.width;

/** Rows by baseline, top of the page first; each row's runs left to right. */
export function buildRows(items: readonly TextItem[]): Row[] {
  const sorted = items.filter((i) => i.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  let current: Row | null = null;
  for (const item of sorted) {
    const size = item.size > 0 ? item.size : 10;
    if (current && current.y - item.y <= 0.45 * Math.max(size, current.size)) {
      current.items.push(item);
      // The row's baseline is its body type's: a raised superscript seen first must not set it.
      if (size > current.size) {
        current.size = size;
        current.y = item.y;
      }
      continue;
    }
    current = { y: item.y, size, items: [item] };
    rows.push(current);
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** Internal gaps of a row wide enough to be a gutter: [end of text before, start of text after]. */
function gaps(row: Row): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let reach = right(row.items[0]!);
  for (const item of row.items.slice(1)) {
    if (item.x - reach > 1.5 * row.size) out.push([reach, item.x]);
    reach = Math.max(reach, right(item));
  }
  return out;
}

/** The x most rows leave free with text on both sides (a sweep over the rows' gaps); null when fewer than three rows do. */
function findGutter(rows: readonly Row[]): number | null {
  const bands = rows.flatMap(gaps);
  if (bands.length < 3) return null;
  const events: Array<[number, number]> = [];
  for (const [a, b] of bands) events.push([a, 1], [b, -1]);
  // Ends before starts at the same x: touching gaps do not overlap.
  events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let open = 0;
  let best: number | null = null;
  let bestCount = 2;
  for (let i = 0; i < events.length; i++) {
    open += events[i]![1];
    const next = events[i + 1];
    if (events[i]![1] === 1 && open > bestCount && next && next[0] > events[i]![0]) {
      bestCount = open;
      best = (events[i]![0] + next[0]) / 2;
    }
  }
  return best;
}

const crosses = (row: Row, x: number): boolean => row.items.some((i) => i.x < x && right(i) > x);

const rowText = (row: Row): string => row.items.map((i) => i.str).join(" ").trim();

/** A line that ends where its writer ended it: a sentence, a question, a label ("You asked:"), or a short heading ("Our reply"). */
const endsBlock = (text: string): boolean => /[.?!:]["'”’)]?$/.test(text) || text.length <= 16;

/**
 * Rows with a paragraph starting on them: the first, any after a gap of more than
 * ~1.4 line pitches (the side's closest line spacing), and any after a line that
 * ends a block (table cells without spacing between rows).
 */
function paragraphStarts(rows: readonly Row[]): number[] {
  const starts: number[] = [];
  const pitches = rows.slice(1).map((r, i) => rows[i]!.y - r.y).sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 4)] ?? 0;
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    if (!before || before.y - row.y > Math.max(1.4 * pitch, 1.6 * row.size) || endsBlock(rowText(before))) starts.push(row.y);
  });
  return starts;
}

function side(rows: readonly Row[], x: number, left: boolean): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const items = row.items.filter((i) => (left ? right(i) <= x : i.x >= x));
    if (items.length) out.push({ y: row.y, size: row.size, items });
  }
  return out;
}

const meanLength = (rows: readonly Row[]): number => rows.reduce((n, r) => n + r.items.reduce((m, i) => m + i.str.length, 0), 0) / Math.max(1, rows.length);

/** How a stretch of rows split at gutter `x` reads (see the module comment). */
function classify(rows: Row[], x: number): Block {
  const left = side(rows, x, true);
  const rightSide = side(rows, x, false);
  const both = rows.filter((r) => r.items.some((i) => right(i) <= x) && r.items.some((i) => i.x >= x)).length;
  if (left.length < 3 || rightSide.length < 2 || both < 3) return { kind: "rows", rows };
  const leftStarts = paragraphStarts(left);
  const rightStarts = paragraphStarts(rightSide);
  const tol = 0.5 * Math.max(...rows.map((r) => r.size));
  const aligned = leftStarts.filter((y) => rightStarts.some((r) => Math.abs(r - y) <= tol)).length;
  // A table row is a paragraph on the left with its cell on the right, top-aligned: most starts pair up.
  if (aligned >= 2 && aligned >= 0.7 * Math.max(leftStarts.length, rightStarts.length) && meanLength(rightSide) >= 15) {
    const bounds = leftStarts.filter((y) => rightStarts.some((r) => Math.abs(r - y) <= tol));
    const pairs: Array<[Row[], Row[]]> = bounds.map(() => [[], []]);
    const slot = (y: number): number => {
      let k = 0;
      while (k + 1 < bounds.length && y <= bounds[k + 1]! + tol) k++;
      return k;
    };
    for (const row of left) pairs[slot(row.y)]![0].push(row);
    for (const row of rightSide) pairs[slot(row.y)]![1].push(row);
    return { kind: "table", pairs };
  }
  if (meanLength(left) >= 20 && meanLength(rightSide) >= 20) return { kind: "columns", left, right: rightSide };
  return { kind: "rows", rows };
}

/** The page cut into blocks: stretches split by a gutter, and the rows around them. */
export function pageBlocks(rows: Row[]): Block[] {
  const x = findGutter(rows);
  if (x === null) return [{ kind: "rows", rows }];
  const blocks: Block[] = [];
  let plain: Row[] = [];
  let split: Row[] = [];
  const endSplit = (): void => {
    if (!split.length) return;
    const block = classify(split, x);
    if (block.kind === "rows") plain.push(...split);
    else {
      if (plain.length) blocks.push({ kind: "rows", rows: plain });
      plain = [];
      blocks.push(block);
    }
    split = [];
  };
  for (const row of rows) {
    if (crosses(row, x)) {
      endSplit();
      plain.push(row);
    } else split.push(row);
  }
  endSplit();
  if (plain.length) blocks.push({ kind: "rows", rows: plain });
  return blocks;
}

const flat = (rows: readonly Row[]): TextItem[] => rows.flatMap((r) => r.items);

/** One table cell as one line: its lines laid out, then joined. */
function cell(rows: readonly Row[]): string {
  // A run of white space that breaks a line becomes one space; one pass over each run (a regex with
  // "\s*" on both sides of the newline rescanned long runs of spaces from every start).
  return layoutPage(flat(rows)).replace(/\s+/g, (space) => (space.includes("\n") ? " " : space)).trim();
}

/** A page's text from its runs, in reading order. */
export function layoutRuns(items: readonly TextItem[]): string {
  const blocks = pageBlocks(buildRows(items));
  return blocks
    .map((block) => {
      if (block.kind === "rows") return layoutPage(flat(block.rows));
      if (block.kind === "columns") return layoutPage([...flat(block.left), ...flat(block.right)]);
      return block.pairs
        .map(([l, r]) => [cell(l), cell(r)].filter(Boolean).join("\n\n"))
        .filter(Boolean)
        .join("\n\n");
    })
    .filter((t) => t.trim())
    .join("\n\n");
}
