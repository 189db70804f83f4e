import type { AnyNode, Element, ParentNode } from "domhandler";

/**
 * HTML → plain text that keeps the letter's structure: paragraphs and headings
 * as blank-line separated blocks, `<br>` and list items as line breaks, ordered
 * list items with their numbers (so "1." questions stay on their own lines),
 * table rows as lines with " | " between cells.
 *
 * Every walk here is iterative (an explicit stack), never recursive: a letter
 * with tens of thousands of nested elements must not overflow the call stack.
 * domutils' helpers recurse, so they are not used.
 */

/** Elements whose content is never letter text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed", "canvas",
  "button", "input", "select", "textarea", "form", "nav", "link", "meta", "audio", "video", "map", "img",
]);

/** Blocks set off by a blank line. */
const PARAGRAPHS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre", "section", "article",
  "header", "footer", "address", "figure", "fieldset", "hr", "body", "html",
]);

/** Blocks that start on a new line. */
const LINES = new Set(["div", "li", "tr", "dt", "dd", "caption", "main", "aside", "center", "figcaption", "details", "summary", "legend", "thead", "tbody", "tfoot"]);

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function classesOf(element: Element): string[] {
  return (element.attribs.class ?? "").split(/\s+/).filter(Boolean);
}

export function hasClass(element: Element, name: string): boolean {
  return classesOf(element).includes(name);
}

/** Hidden by the page itself: `hidden`, `aria-hidden="true"`, inline `display: none`. */
export function isHidden(element: Element): boolean {
  const a = element.attribs;
  if ("hidden" in a) return true;
  if (a["aria-hidden"] === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? "");
}

/** Every element under `root` in document order (iterative). */
export function* elements(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

export function findFirst(root: ParentNode, test: (e: Element) => boolean): Element | null {
  for (const e of elements(root)) if (test(e)) return e;
  return null;
}

export function findAll(root: ParentNode, test: (e: Element) => boolean, options: { descendIntoMatches?: boolean } = {}): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) {
      out.push(node);
      if (!options.descendIntoMatches) continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Plain text content, whitespace collapsed (iterative). */
export function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") parts.push((node as unknown as { data: string }).data);
    else if (isElement(node) && node.type === "tag") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    else if (node.type === "root") for (let i = (node as ParentNode).children.length - 1; i >= 0; i--) stack.push((node as ParentNode).children[i]!);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Where <meta> and <title> live: the <head> when the page has one (it comes first), else the whole page. */
export function headOf(doc: ParentNode): ParentNode {
  const first = findFirst(doc, (e) => e.name === "head" || e.name === "body");
  return first?.name === "head" ? first : doc;
}

/** The first `limit` characters of text content (iterative; stops early on a large page). */
export function textPrefix(root: AnyNode, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [root];
  while (stack.length && length < limit) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      parts.push(data);
      length += data.length;
    } else if ((isElement(node) && node.type === "tag") || node.type === "root") {
      const children = (node as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join("").replace(/\s+/g, " ").slice(0, limit);
}

export interface RenderOptions {
  /** Elements (with their subtree) to leave out, beyond the always-skipped ones. */
  skip?: (element: Element) => boolean;
  /** Treat `<a name="N">` and `<div id="pageN-div">` (N > 1) as the start of page N, as pdftohtml writes them. */
  pageAnchors?: boolean;
}

/** Marks a page start in rendered text until `splitPages` turns it into an offset (form feed: never in collapsed text). */
export const PAGE_MARK = "\f";

/** Remove page marks, returning their offsets (with 0 first). Run after any normalisation that may move offsets. */
export function splitPages(text: string): { text: string; pageStarts: number[] } {
  const parts = text.split(PAGE_MARK);
  const pageStarts = [0];
  let joined = parts[0]!;
  for (const part of parts.slice(1)) {
    if (joined.length > 0 && pageStarts[pageStarts.length - 1] !== joined.length) pageStarts.push(joined.length);
    joined += part;
  }
  return { text: joined, pageStarts };
}

interface ListState {
  ordered: boolean;
  next: number;
  style: string;
}

/**
 * The label a browser draws, with its stop: "." for a list of its own, ")" for a list nested in an item
 * (a sub-list: "a)" under "4." reads as part 4(a), where "a." or "1." alone would read as new questions).
 */
function listMarker(list: ListState, value: number, nested: boolean): string {
  if (!list.ordered) return "•";
  const stop = nested ? ")" : ".";
  if (list.style === "a" || list.style === "A") {
    const letter = value >= 1 && value <= 26 ? String.fromCharCode(96 + value) : String(value);
    return `${list.style === "A" ? letter.toUpperCase() : letter}${stop}`;
  }
  if (list.style === "i" || list.style === "I") {
    const roman = toRoman(value);
    return `${list.style === "I" ? roman.toUpperCase() : roman}${stop}`;
  }
  return `${value}${stop}`;
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Block elements that make a cell a column of a laid-out page (a letter in a one-cell table) rather than a value. */
const CELL_BLOCKS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "br", "pre"]);

/** A cell holding a page's worth (more than 4 blocks, a nested table or over 1,200 characters) is layout, not a value. */
function isLayoutCell(cell: Element): boolean {
  let blocks = 0;
  let chars = 0;
  const stack: AnyNode[] = [...cell.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      chars += (n as unknown as { data: string }).data.length;
      if (chars > 1200) return true;
      continue;
    }
    if (!isElement(n) || n.type !== "tag") continue;
    if (n.name === "table") return true;
    if (CELL_BLOCKS.has(n.name) && ++blocks > 4) return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

type Frame = { node: AnyNode; exit: false } | { node: Element; exit: true };

/**
 * A paragraph set with no space below it: Word's HTML writes a paragraph whose spacing differs from its
 * style's as an inline margin (`margin-bottom:0cm`, or the `margin:0cm 0cm 0cm` shorthand).
 */
function hasNoSpaceBelow(element: Element): boolean {
  const style = (element.attribs.style ?? "").toLowerCase();
  const zero = String.raw`0(?:\.0+)?(?:cm|mm|in|pt|px|em)?`;
  if (new RegExp(String.raw`(?:^|;)\s*margin-bottom\s*:\s*${zero}\s*(?:;|$|!)`).test(style)) return true;
  // margin: top [right [bottom [left]]]: the bottom is the third value, or the first when there is one.
  const m = /(?:^|;)\s*margin\s*:\s*([^;]+)/.exec(style);
  if (!m) return false;
  const values = m[1]!.trim().split(/\s+/);
  const bottom = values.length >= 3 ? values[2]! : values[0]!;
  return new RegExp(String.raw`^${zero}$`).test(bottom);
}

/** A list item written as a paragraph (Word's and Outlook's HTML: class MsoListParagraph…, or an mso-list style). */
function isListParagraph(element: Element): boolean {
  return classesOf(element).some((c) => /^MsoListParagraph/i.test(c)) || /mso-list\s*:\s*l\d/i.test(element.attribs.style ?? "");
}

/** Render a subtree (or several, in order) as structured plain text, with PAGE_MARK at page anchors. */
export function renderText(roots: AnyNode | AnyNode[], options: RenderOptions = {}): string {
  // Output goes into a list of parts: indexing or slicing a string built by `+=`
  // flattens V8's rope each time, which is quadratic over a long letter.
  const parts: string[] = [];
  let length = 0;
  let lastChar = "";
  let trailingNewlines = 0;
  let pendingBreak = 0;
  let pendingSpace = false;
  let pendingPage = false;
  /** The last paragraph closed had no space below it and nothing has been written since. */
  let tightAbove = false;
  let preDepth = 0;
  const lists: ListState[] = [];
  const cells: number[] = [];

  const append = (s: string): void => {
    if (!s) return;
    parts.push(s);
    length += s.length;
    let n = 0;
    while (n < s.length && s[s.length - 1 - n] === "\n") n++;
    trailingNewlines = n === s.length ? trailingNewlines + n : n;
    lastChar = s[s.length - 1]!;
  };
  // Inside a table cell, paragraphs and line breaks are spaces: a row stays one "cell | cell" line,
  // as the reader sees it (Word's HTML wraps every cell's text in <p class=MsoNormal>).
  let cellDepth = 0;
  /** Value cells (not layout) entered: leaving one ends the joining of its blocks. */
  const valueCells = new Set<Element>();
  const breakAt = (n: number): void => {
    if (cellDepth > 0) pendingSpace = true;
    else if (length) pendingBreak = Math.max(pendingBreak, n);
  };
  const emit = (s: string): void => {
    if (!s) return;
    if (length && pendingBreak) {
      if (pendingBreak > trailingNewlines) append("\n".repeat(pendingBreak - trailingNewlines));
    } else if (pendingSpace && length && !/\s/.test(lastChar)) {
      append(" ");
    }
    pendingBreak = 0;
    pendingSpace = false;
    tightAbove = false;
    if (pendingPage) {
      if (length > 0) append(PAGE_MARK);
      pendingPage = false;
    }
    append(s);
  };
  const emitText = (raw: string): void => {
    if (preDepth > 0) {
      emit(raw.replace(/\r\n?/g, "\n").split(PAGE_MARK).join(""));
      return;
    }
    const collapsed = raw.replace(/[ \t\n\r\f\v\u00a0]+/g, " ");
    if (collapsed === " " || collapsed === "") {
      pendingSpace = true;
      return;
    }
    if (collapsed.startsWith(" ")) pendingSpace = true;
    const trimmed = collapsed.trim();
    emit(trimmed);
    if (collapsed.endsWith(" ")) pendingSpace = true;
  };

  const list = Array.isArray(roots) ? roots : [roots];
  const stack: Frame[] = [];
  for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i]!, exit: false });
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      const name = frame.node.name;
      if (name === "pre") preDepth--;
      if (name === "ul" || name === "ol") lists.pop();
      if (name === "tr") cells.pop();
      if ((name === "td" || name === "th") && valueCells.delete(frame.node)) cellDepth--;
      if ((name === "ul" || name === "ol") && lists.length > 0) breakAt(1);
      else if (name === "p" && cellDepth === 0 && hasNoSpaceBelow(frame.node)) {
        breakAt(1);
        tightAbove = true;
      } else if (PARAGRAPHS.has(name)) breakAt(2);
      else if (LINES.has(name)) breakAt(1);
      continue;
    }
    if (node.type === "text") {
      emitText((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === "root") {
      const children = (node as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
      continue;
    }
    if (!isElement(node) || node.type !== "tag") continue;
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isHidden(node) || options.skip?.(node)) continue;
    if (name === "br") {
      if (cellDepth > 0) pendingSpace = true;
      else if (length) pendingBreak = Math.min(pendingBreak + 1, 2);
      continue;
    }
    // pdftohtml marks pages with <a name="N"> (and, in its complex layout, <div id="pageN-div">).
    const pageNumber = name === "a" ? node.attribs.name ?? "" : name === "div" ? /^page(\d+)-div$/.exec(node.attribs.id ?? "")?.[1] ?? "" : "";
    if (options.pageAnchors && /^\d+$/.test(pageNumber) && Number(pageNumber) > 1) {
      breakAt(2);
      pendingPage = true;
    }
    // A list item set tight under the paragraph before (no space between) is a line of that paragraph's
    // block, as the DOCX reader keeps it (docx-body.ts): "Q4) How much … on:" and its a) b) items.
    // Any other paragraph after a tight one still starts a block: real letters set questions and answers tight.
    if ((name === "ul" || name === "ol") && lists.length > 0) breakAt(1);
    else if (tightAbove && ((name === "p" && isListParagraph(node)) || name === "ol" || name === "ul")) breakAt(1);
    else if (PARAGRAPHS.has(name)) breakAt(2);
    else if (LINES.has(name)) breakAt(1);
    if (PARAGRAPHS.has(name) || LINES.has(name)) tightAbove = false;
    if (name === "pre") preDepth++;
    if (name === "ul" || name === "ol") {
      const start = Number.parseInt(node.attribs.start ?? "1", 10);
      lists.push({ ordered: name === "ol", next: Number.isFinite(start) ? start : 1, style: node.attribs.type ?? "1" });
    }
    if (name === "tr") cells.push(0);
    if ((name === "td" || name === "th") && cells.length) {
      const n = cells[cells.length - 1]!;
      if (n > 0) {
        pendingSpace = false; // the previous cell's closing paragraph: the bar brings its own space
        emit(" |");
      }
      pendingSpace = true;
      cells[cells.length - 1] = n + 1;
    }
    if ((name === "td" || name === "th") && !isLayoutCell(node)) {
      cellDepth++;
      valueCells.add(node);
    }
    if (name === "li") {
      const current = lists[lists.length - 1];
      if (current) {
        const value = Number.parseInt(node.attribs.value ?? "", 10);
        const n = Number.isFinite(value) ? value : current.next;
        current.next = n + 1;
        const indent = "  ".repeat(Math.min(lists.length - 1, 8));
        breakAt(1);
        emit(`${indent}${listMarker(current, n, lists.length > 1)}`);
        pendingSpace = true;
      }
    }
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  const out = parts.join("");
  let end = out.length;
  while (end > 0 && (out[end - 1] === " " || out[end - 1] === "\t")) end--;
  return out.slice(0, end);
}
