import type { AnyNode, Element } from "domhandler";
import type { Numbering } from "./docx-numbering.js";
import { childElements, findElement, firstChild, isOn, isTag, wordAttr } from "./ooxml.js";

/**
 * WordprocessingML body → letter text, as the reader sees the page:
 * paragraphs as blank-line separated blocks, line breaks kept, automatic list
 * numbers written out ("2.", "b)", "1.1"), table rows as "cell | cell" lines
 * (as the HTML renderer writes them), text boxes after the paragraph that
 * anchors them. Left out: deleted revisions, hidden text, field codes (their
 * results are kept), footnote reference marks, pictures.
 */

export interface Styles {
  /** Paragraph style id → its list (numId, ilvl), through the basedOn chain. */
  numbering(styleId: string): { numId: string; ilvl: number } | null;
  /**
   * Space before and after a paragraph of this style (twentieths of a point), through the basedOn
   * chain to the document defaults; "" is the default paragraph style. Optional: no styles, no spacing known.
   */
  spacing?(styleId: string): Spacing;
}

/**
 * Vertical space around a paragraph, in twentieths of a point; contextual: none between paragraphs of one
 * style. `after` is NaN where nothing sets it (no tightness is read from a file that says nothing).
 */
export interface Spacing {
  before: number;
  after: number;
  contextual: boolean;
}

export interface BodyContext {
  numbering: Numbering;
  styles: Styles;
  /** Complex-field state, which runs across runs and paragraphs: true while in a field's instruction part. */
  fieldStack: boolean[];
  /**
   * The text of an imported chunk (w:altChunk: HTML, RTF or a whole DOCX that a case-management
   * system pasted in, referenced by relationship id), as blocks; [] when it cannot be read.
   */
  altChunk?: (relationshipId: string) => string[];
}

/** Tables and text boxes nested deeper than this are read as text only (no real letter nests them anywhere near it). */
const MAX_DEPTH = 12;

/** All the text below some nodes as one block, without recursion. */
function flatText(nodes: AnyNode[]): string[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n) || n.name === "w:del" || n.name === "w:instrText" || n.name === "w:delText") continue;
    if (n.name === "w:t") parts.push(textOf(n));
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  const text = parts.join(" ").replace(/\s+/g, " ").trim();
  return text ? [text] : [];
}

/** A raised "1", "[2]", "*" or "†": a footnote mark, which the reader skips. */
const FOOTNOTE_MARK = /^\s*\[?[0-9*†‡]{1,3}\]?\s*$/;

/** Characters of Word's symbol fonts (Symbol, Wingdings) used as bullets and ticks. */
function symbolText(sym: Element): string {
  const code = Number.parseInt(wordAttr(sym, "char"), 16);
  if (!Number.isFinite(code)) return "";
  const low = code >= 0xf000 ? code - 0xf000 : code;
  if (low === 0xb7 || low === 0xa7 || low === 0x6c || low === 0x6e || low === 0xd8) return "•";
  if (low === 0xfc || low === 0xfe) return "✓";
  return code >= 0xf000 ? "" : String.fromCharCode(code);
}

interface Paragraph {
  text: string[];
  /** Text boxes anchored in the paragraph: blocks of their own, after it. */
  boxes: string[];
}

function walkInline(nodes: AnyNode[], out: Paragraph, ctx: BodyContext, depth: number): void {
  // An explicit stack: a run inside a hyperlink inside a content control inside an insertion…
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const name = node.name;
    if (name === "w:r") {
      readRun(node, out, ctx, depth);
      continue;
    }
    if (name === "w:del" || name === "w:moveFrom" || name === "w:pPr" || name === "w:rPr" || name === "w:sdtPr" || name === "w:sdtEndPr" || name === "mc:Fallback") continue;
    if (name === "m:t") {
      out.text.push(textOf(node));
      continue;
    }
    if (name === "w:txbxContent") {
      out.boxes.push(...renderBlocks(node.children, ctx, depth + 1));
      continue;
    }
    // Hyperlinks, content controls, insertions, smart tags, simple fields (their result), maths: read inside.
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function textOf(e: Element): string {
  let s = "";
  for (const c of e.children) if (c.type === "text") s += (c as unknown as { data: string }).data;
  return s;
}

function readRun(run: Element, out: Paragraph, ctx: BodyContext, depth: number): void {
  const props = firstChild(run, "w:rPr");
  if (props && isOn(firstChild(props, "w:vanish"))) return;
  const vert = props ? firstChild(props, "w:vertAlign") : null;
  const raised = vert !== null && wordAttr(vert, "val") === "superscript";
  const parts: string[] = [];
  for (const child of run.children) {
    if (!isTag(child)) continue;
    const inInstruction = ctx.fieldStack.length > 0 && ctx.fieldStack[ctx.fieldStack.length - 1] === true;
    switch (child.name) {
      case "w:fldChar": {
        const type = wordAttr(child, "fldCharType");
        if (type === "begin") ctx.fieldStack.push(true);
        else if (type === "separate" && ctx.fieldStack.length) ctx.fieldStack[ctx.fieldStack.length - 1] = false;
        else if (type === "end") ctx.fieldStack.pop();
        break;
      }
      case "w:t":
        if (!inInstruction) parts.push(textOf(child));
        break;
      case "w:tab":
      case "w:ptab":
        if (!inInstruction) parts.push("\t");
        break;
      case "w:br":
      case "w:cr":
        if (!inInstruction) parts.push("\n");
        break;
      case "w:noBreakHyphen":
        if (!inInstruction) parts.push("-");
        break;
      case "w:sym":
        if (!inInstruction) parts.push(symbolText(child));
        break;
      case "w:drawing":
      case "w:pict":
      case "mc:AlternateContent": {
        // A text box (a letter laid out inside one, a sidebar): its paragraphs, once (the
        // VML fallback of mc:AlternateContent repeats the same box).
        const choice = child.name === "mc:AlternateContent" ? firstChild(child, "mc:Choice") ?? child : child;
        const box = findElement(choice, "w:txbxContent");
        if (box) out.boxes.push(...renderBlocks(box.children, ctx, depth + 1));
        break;
      }
      default:
        break; // instrText, delText, footnote references, pictures, page-number fields' codes…
    }
  }
  const text = parts.join("");
  if (raised && FOOTNOTE_MARK.test(text)) return;
  out.text.push(text);
}

/** A paragraph's list (its own numPr, else its style's), as a label such as "3." or "•"; "" when unnumbered. */
function listLabel(p: Element, ctx: BodyContext): string {
  const pPr = firstChild(p, "w:pPr");
  if (!pPr) return "";
  const style = firstChild(pPr, "w:pStyle");
  const fromStyle = style ? ctx.styles.numbering(wordAttr(style, "val")) : null;
  const numPr = firstChild(pPr, "w:numPr");
  const numIdEl = numPr ? firstChild(numPr, "w:numId") : null;
  const ilvlEl = numPr ? firstChild(numPr, "w:ilvl") : null;
  const numId = numIdEl ? wordAttr(numIdEl, "val") : fromStyle?.numId ?? "";
  if (!numId || numId === "0") return "";
  const ilvl = ilvlEl ? Number.parseInt(wordAttr(ilvlEl, "val"), 10) || 0 : fromStyle?.ilvl ?? 0;
  return ctx.numbering.label(numId, Math.max(0, Math.min(8, ilvl)));
}

/** A paragraph's own spacing over its style's (w:spacing before/after, w:contextualSpacing), and its style id. */
function paragraphSpacing(p: Element, ctx: BodyContext): Spacing & { style: string } {
  const pPr = firstChild(p, "w:pPr");
  const styleEl = pPr ? firstChild(pPr, "w:pStyle") : null;
  const style = styleEl ? wordAttr(styleEl, "val") : "";
  const base = ctx.styles.spacing?.(style) ?? { before: 0, after: Number.NaN, contextual: false };
  const own = pPr ? firstChild(pPr, "w:spacing") : null;
  const contextual = pPr ? firstChild(pPr, "w:contextualSpacing") : null;
  return {
    style,
    before: own ? twips(own, "before", base.before) : base.before,
    after: own ? twips(own, "after", base.after) : base.after,
    contextual: contextual ? isOn(contextual) : base.contextual,
  };
}

/** A w:spacing attribute in twentieths of a point; auto spacing (HTML's 14 pt) when set; else the fallback. */
export function twips(spacing: Element, side: "before" | "after", fallback: number): number {
  if (/^(?:1|true|on)$/.test(wordAttr(spacing, `${side}Autospacing`))) return 280;
  const raw = wordAttr(spacing, side);
  const value = Number.parseInt(raw, 10);
  return raw && Number.isFinite(value) ? value : fallback;
}

/** Up to 2 pt between two paragraphs: the page shows them as lines of one block, not as paragraphs. */
const TIGHT = 40;

/** Whether a paragraph is a list item (its own numPr or its style's), without counting it as listLabel does. */
function inList(p: Element, ctx: BodyContext): boolean {
  const pPr = firstChild(p, "w:pPr");
  if (!pPr) return false;
  const numPr = firstChild(pPr, "w:numPr");
  const numIdEl = numPr ? firstChild(numPr, "w:numId") : null;
  if (numIdEl) return wordAttr(numIdEl, "val") !== "0" && wordAttr(numIdEl, "val") !== "";
  const style = firstChild(pPr, "w:pStyle");
  const fromStyle = style ? ctx.styles.numbering(wordAttr(style, "val")) : null;
  return !!fromStyle?.numId && fromStyle.numId !== "0";
}

function paragraphBlocks(p: Element, ctx: BodyContext, depth: number): string[] {
  const out: Paragraph = { text: [], boxes: [] };
  walkInline(p.children, out, ctx, depth);
  const text = out.text
    .join("")
    .split("\n")
    .map((line) => line.replace(/(?<![ \t])[ \t]+$/, ""))
    .join("\n")
    .replace(/^[ \t\n]+/, "")
    .replace(/(?<!\n)\n+$/, "");
  // A numbered paragraph Word shows as "3." even when empty; an empty unnumbered one is spacing.
  const label = listLabel(p, ctx);
  // An empty bullet is spacing; an empty numbered item still shows (and takes) its number.
  const line = label && text ? `${label} ${text}` : label && /[\p{L}\p{N}]/u.test(label) ? label : text;
  return [...(line ? [line] : []), ...out.boxes];
}

/** Rows of a table, and cells of a row, also when wrapped in content controls or custom XML. */
function unwrap(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...childElements(parent)].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    if (e.name === name) out.push(e);
    else if (e.name === "w:sdt" || e.name === "w:sdtContent" || e.name === "w:customXml" || e.name === "w:ins" || e.name === "w:moveTo") {
      const kids = childElements(e);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** A cell holding this much is a column of a laid-out page, not a value: its paragraphs stay paragraphs. */
function isLayoutCell(blocks: string[]): boolean {
  return blocks.length > 4 || blocks.join(" ").length > 1200;
}

/**
 * A table as the reader sees it. A grid of values: one line per row, cells
 * joined by " | " (empty cells left out). A table used for layout — every row
 * one filled cell (a form in a one-column table), or a cell holding a page's
 * worth of paragraphs — gives its paragraphs as paragraphs.
 */
function tableBlocks(tbl: Element, ctx: BodyContext, depth: number): string[] {
  // A row of one cell spanning the table is a heading ("Question 2" over its Request / Response rows).
  const rows = unwrap(tbl, "w:tr")
    .map((row) => {
      const tcs = unwrap(row, "w:tc");
      return { cells: tcs.map((tc) => renderBlocks(tc.children, ctx, depth + 1)).filter((b) => b.length > 0), heading: tcs.length === 1 };
    })
    .filter((row) => row.cells.length > 0);
  const grid = rows.some((row) => row.cells.length > 1);
  const blocks: string[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length) blocks.push(lines.join("\n"));
    lines = [];
  };
  for (const { cells, heading } of rows) {
    if (!grid || heading || cells.some(isLayoutCell)) {
      flush();
      for (const cell of cells) blocks.push(...cell);
      continue;
    }
    lines.push(cells.map((cell) => cell.join(" ").replace(/(?<!\s)\s*\n\s*/g, " ").trim()).join(" | "));
  }
  flush();
  return blocks;
}

/** Body-level content (the document body, a table cell, a text box, a header, a footnote) as blocks. */
export function renderBlocks(nodes: AnyNode[], ctx: BodyContext, depth = 0): string[] {
  if (depth > MAX_DEPTH) return flatText(nodes);
  const blocks: string[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  // The paragraph before, while nothing else came between (an empty paragraph, a table, a text box or an
  // imported chunk ends that). A list item set tight under it (no space between, as Word's list paragraphs
  // are under their "You asked:") is a line of its block, as in a text letter; other paragraphs stay blocks
  // (measured: joining every tight paragraph merged real letters' questions into their answers).
  let previous: (Spacing & { style: string }) | null = null;
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    switch (node.name) {
      case "w:p": {
        const spacing = paragraphSpacing(node, ctx);
        const own = paragraphBlocks(node, ctx, depth);
        const gap = previous ? (previous.contextual && spacing.contextual && previous.style === spacing.style ? 0 : Math.max(previous.after, spacing.before)) : Infinity;
        if (own.length === 1 && previous && gap <= TIGHT && blocks.length && inList(node, ctx)) blocks[blocks.length - 1] += `\n${own[0]}`;
        else blocks.push(...own);
        previous = own.length === 1 ? spacing : null;
        break;
      }
      case "w:tbl":
        previous = null;
        blocks.push(...tableBlocks(node, ctx, depth));
        break;
      case "w:altChunk":
        previous = null;
        blocks.push(...(ctx.altChunk?.(node.attribs["r:id"] ?? "") ?? []));
        break;
      case "w:del":
      case "w:moveFrom":
      case "w:sectPr":
      case "w:sdtPr":
      case "w:sdtEndPr":
      case "mc:Fallback":
        break;
      default:
        // Content controls, custom XML, insertions, mc:AlternateContent's choice: read inside.
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return blocks;
}
