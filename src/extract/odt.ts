import type { AnyNode, Element } from "domhandler";
import { FoiscopeError } from "../core/errors.js";
import { normaliseText } from "./decode.js";
import { formatNumber } from "./docx-numbering.js";
import { childElements, isTag, parseXml } from "./ooxml.js";
import type { Extracted, ExtractInput, Extractor } from "./types.js";
import { unpackZip } from "./zip-guard.js";

/**
 * OpenDocument text (.odt, as LibreOffice and Google Docs save letters): the
 * ZIP's content.xml read with htmlparser2, as the DOCX reader reads Word's XML.
 * No npm reader fits: officeparser 8 needs Node 22 and earlier majors bring a
 * second pdf.js and tesseract.js; odt2html and the textract family shell out or
 * drop list numbers. ODF keeps a list's numbers in its list style (format,
 * prefix, suffix, start value, levels shown), not in the text, so they are
 * computed here, as for Word.
 */

const ODT_MIME = "application/vnd.oasis.opendocument.text";

interface OdfLevel {
  bullet: boolean;
  /** "1", "a", "A", "i", "I" or "" (no number). */
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  /** How many levels the label shows ("1.2" shows 2). */
  display: number;
  bulletChar: string;
}

type ListStyles = Map<string, Map<number, OdfLevel>>;

/** A raised "1", "[2]", "*": a footnote mark, which the reader skips. */
const FOOTNOTE_MARK = /^\s*\[?[0-9*†‡]{1,3}\]?\s*$/;

/** Every element named `name` under the roots, in document order, not looking inside one found. */
function* elementsNamed(roots: (Element | null)[], name: string): Generator<Element> {
  for (const root of roots) {
    if (!root) continue;
    const stack: AnyNode[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (!isTag(n)) continue;
      if (n.name === name) {
        yield n;
        continue;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
}

/** Names of the text styles that raise text (style:text-position "super 58%" or a positive percentage). */
function readRaisedStyles(roots: (Element | null)[]): Set<string> {
  const raised = new Set<string>();
  for (const n of elementsNamed(roots, "style:style")) {
    const props = childElements(n, "style:text-properties")[0];
    const position = props?.attribs["style:text-position"] ?? "";
    if (/^(?:super|[1-9]\d*%)/.test(position)) raised.add(n.attribs["style:name"] ?? "");
  }
  return raised;
}

function readListStyles(roots: (Element | null)[]): ListStyles {
  const styles: ListStyles = new Map();
  for (const n of elementsNamed(roots, "text:list-style")) {
    const levels = new Map<number, OdfLevel>();
    for (const l of childElements(n)) {
      const level = Number.parseInt(l.attribs["text:level"] ?? "1", 10);
      levels.set(level, {
        bullet: l.name === "text:list-level-style-bullet",
        format: l.name === "text:list-level-style-number" ? l.attribs["style:num-format"] ?? "1" : "",
        prefix: l.attribs["style:num-prefix"] ?? "",
        suffix: l.attribs["style:num-suffix"] ?? "",
        start: Number.parseInt(l.attribs["text:start-value"] ?? "1", 10) || 1,
        display: Number.parseInt(l.attribs["text:display-levels"] ?? "1", 10) || 1,
        bulletChar: l.attribs["text:bullet-char"] ?? "•",
      });
    }
    styles.set(n.attribs["style:name"] ?? "", levels);
  }
  return styles;
}

/** Marks a list item set tight under the paragraph before: joined to that paragraph's block by a line break. */
const JOIN = "\u0001"; // a control character XML 1.0 cannot carry

/**
 * Paragraph styles with no space below (fo:margin-bottom zero, through style:parent-style-name), as
 * LibreOffice saves Word's "spacing after 0". A style that says nothing, up its chain, is not tight.
 */
function readTightStyles(roots: (Element | null)[]): (name: string) => boolean {
  const styles = new Map<string, { bottom?: string; parent?: string }>();
  for (const n of elementsNamed(roots, "style:style")) {
    if (n.attribs["style:family"] !== "paragraph") continue;
    const bottom = childElements(n, "style:paragraph-properties")[0]?.attribs["fo:margin-bottom"];
    styles.set(n.attribs["style:name"] ?? "", { bottom, parent: n.attribs["style:parent-style-name"] });
  }
  return (name) => {
    for (let style = styles.get(name), hops = 0; style && hops < 12; style = styles.get(style.parent ?? ""), hops++) {
      if (style.bottom !== undefined) return /^0(?:\.0+)?(?:in|cm|mm|pt|pc|px)?$/.test(style.bottom.trim());
    }
    return false;
  };
}

const FORMATS: Record<string, string> = { "1": "decimal", a: "lowerLetter", A: "upperLetter", i: "lowerRoman", I: "upperRoman" };

interface Ctx {
  styles: ListStyles;
  raised: Set<string>;
  /** Counters per list id (lists continue by xml:id / text:continue-list) and per style (text:continue-numbering). */
  counters: Map<string, number[]>;
  lastListOfStyle: Map<string, string>;
  notes: string[];
  listIds: number;
  tight: (style: string) => boolean;
  /** The last paragraph written had no space below it. */
  lastTight: boolean;
}

function inlineText(nodes: AnyNode[], ctx: Ctx): string {
  let s = "";
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      s += (n as unknown as { data: string }).data;
      continue;
    }
    if (!isTag(n)) continue;
    switch (n.name) {
      case "text:s":
        s += " ".repeat(Math.min(100, Number.parseInt(n.attribs["text:c"] ?? "1", 10) || 1));
        break;
      case "text:tab":
        s += "\t";
        break;
      case "text:line-break":
        s += "\n";
        break;
      case "text:note": {
        const body = childElements(n, "text:note-body")[0];
        if (body) ctx.notes.push(...blocks(body.children, ctx, 1));
        break;
      }
      case "office:annotation":
      case "office:annotation-end":
      case "text:soft-page-break":
      case "text:bookmark-ref":
        break;
      case "draw:frame":
      case "draw:text-box":
      case "draw:image":
        break; // text boxes are read as blocks after the paragraph (see paragraph())
      case "text:span":
        if (ctx.raised.has(n.attribs["text:style-name"] ?? "") && n.children.every((c) => c.type === "text") && FOOTNOTE_MARK.test(n.children.map((c) => (c as unknown as { data: string }).data).join(""))) break;
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
        break;
      default:
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return s;
}

/** Text boxes (draw:text-box) inside a paragraph: blocks of their own. */
function boxes(p: Element, ctx: Ctx, depth: number): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...p.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === "draw:text-box") out.push(...blocks(n.children, ctx, depth + 1));
    else if (n.name !== "text:note") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/**
 * A paragraph's lines. A list item (inList) set tight under the paragraph before (no space between) is
 * a line of that paragraph's block, as the DOCX reader keeps it (docx-body.ts): "Q4) … on:" and its
 * a) b) items. Other paragraphs after a tight one stay blocks: letters set answers tight under questions.
 */
function paragraph(p: Element, ctx: Ctx, depth: number, label = "", inList = false): string[] {
  const text = inlineText(p.children, ctx)
    .split("\n")
    .map((l) => l.replace(/(?<![ \t])[ \t]+$/, ""))
    .join("\n")
    .replace(/^[ \t\n]+/, "")
    .replace(/(?<!\n)\n+$/, "");
  const line = label && text ? `${label} ${text}` : label && /[\p{L}\p{N}]/u.test(label) ? label : text;
  const joined = inList && ctx.lastTight && line ? JOIN + line : line;
  ctx.lastTight = line ? ctx.tight(p.attribs["text:style-name"] ?? "") : false;
  return [...(joined ? [joined] : []), ...boxes(p, ctx, depth)];
}

function labelFor(levels: Map<number, OdfLevel> | undefined, counts: number[], level: number): string {
  const def = levels?.get(level);
  if (!def || def.bullet) return def?.bullet ? (/^[-–*]$/.test(def.bulletChar) ? def.bulletChar : "•") : "";
  if (!def.format) return `${def.prefix}${def.suffix}`.trim();
  const shown: string[] = [];
  for (let l = Math.max(1, level - def.display + 1); l <= level; l++) {
    const d = levels?.get(l);
    shown.push(formatNumber(counts[l] ?? d?.start ?? 1, FORMATS[d?.format ?? "1"] ?? "decimal"));
  }
  return `${def.prefix}${shown.join(".")}${def.suffix}`;
}

function list(el: Element, ctx: Ctx, depth: number, level: number, inheritedStyle: string, listKey: string): string[] {
  const style = el.attribs["text:style-name"] ?? inheritedStyle;
  let key = listKey;
  if (level === 1) {
    const continues = el.attribs["text:continue-list"] ?? (el.attribs["text:continue-numbering"] === "true" ? ctx.lastListOfStyle.get(style) : undefined);
    key = continues && ctx.counters.has(continues) ? continues : el.attribs["xml:id"] ?? `list-${ctx.listIds++}`;
    if (!ctx.counters.has(key)) ctx.counters.set(key, []);
    if (el.attribs["xml:id"] && key !== el.attribs["xml:id"]) ctx.counters.set(el.attribs["xml:id"], ctx.counters.get(key)!);
    ctx.lastListOfStyle.set(style, key);
  }
  const counts = ctx.counters.get(key)!;
  const levels = ctx.styles.get(style);
  const out: string[] = [];
  for (const item of childElements(el)) {
    if (item.name !== "text:list-item" && item.name !== "text:list-header") continue;
    let label = "";
    const hasParagraph = childElements(item).some((c) => c.name === "text:p" || c.name === "text:h");
    if (item.name === "text:list-item" && hasParagraph) {
      const startValue = Number.parseInt(item.attribs["text:start-value"] ?? "", 10);
      counts[level] = Number.isFinite(startValue) ? startValue : counts[level] === undefined ? levels?.get(level)?.start ?? 1 : counts[level]! + 1;
      counts.length = level + 1; // deeper levels restart
      label = labelFor(levels, counts, level);
    }
    for (const child of childElements(item)) {
      if (child.name === "text:list") out.push(...list(child, ctx, depth + 1, level + 1, style, key));
      else if (child.name === "text:p" || child.name === "text:h") {
        out.push(...paragraph(child, ctx, depth, label, true));
        label = "";
      } else out.push(...blocks([child], ctx, depth + 1));
    }
  }
  return out;
}

function table(el: Element, ctx: Ctx, depth: number): string[] {
  const rows: string[][][] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === "table:table-row") {
      rows.push(childElements(n, "table:table-cell").map((c) => blocks(c.children, ctx, depth + 1)).filter((b) => b.length > 0));
    } else if (n.name === "table:table-header-rows" || n.name === "table:table-rows" || n.name === "table:table-row-group") {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  const grid = rows.some((r) => r.length > 1);
  const out: string[] = [];
  let lines: string[] = [];
  for (const cells of rows.filter((r) => r.length)) {
    if (!grid || cells.some((c) => c.length > 4 || c.join(" ").length > 1200)) {
      if (lines.length) out.push(lines.join("\n"));
      lines = [];
      for (const c of cells) out.push(...c);
    } else lines.push(cells.map((c) => c.join(" ").replace(/(?<!\s)\s*\n\s*/g, " ").trim()).join(" | "));
  }
  if (lines.length) out.push(lines.join("\n"));
  ctx.lastTight = false;
  return out;
}

function blocks(nodes: AnyNode[], ctx: Ctx, depth: number): string[] {
  if (depth > 12) return [inlineText(nodes, ctx).replace(/\s+/g, " ").trim()].filter(Boolean);
  const out: string[] = [];
  for (const n of nodes) {
    if (!isTag(n)) continue;
    switch (n.name) {
      case "text:p":
      case "text:h":
        out.push(...paragraph(n, ctx, depth));
        break;
      case "text:list":
        out.push(...list(n, ctx, depth, 1, "", ""));
        break;
      case "table:table":
        out.push(...table(n, ctx, depth));
        break;
      case "text:tracked-changes":
      case "office:forms":
      case "text:sequence-decls":
      case "text:variable-decls":
      case "table:table-columns":
      case "table:table-column":
        break;
      default:
        out.push(...blocks(n.children, ctx, depth + 1)); // sections, index bodies, frames
    }
  }
  return out;
}

export function odtText(bytes: Uint8Array, name: string): string {
  const { contents } = unpackZip(bytes, name, (e) => e === "content.xml" || e === "styles.xml");
  const content = parseXml(contents.get("content.xml"), "content.xml", name);
  if (!content) throw new FoiscopeError("FOISCOPE_ODT_CORRUPT", `OpenDocument file has no content.xml: ${name}`);
  const styles = parseXml(contents.get("styles.xml"), "styles.xml", name);
  const body = childElements(content, "office:body")[0];
  const text = body ? childElements(body, "office:text")[0] : undefined;
  if (!text) throw new FoiscopeError("FOISCOPE_ODT_CORRUPT", `OpenDocument file has no text body (a spreadsheet or presentation?): ${name}`);
  const ctx: Ctx = { styles: readListStyles([styles, content]), raised: readRaisedStyles([styles, content]), counters: new Map(), lastListOfStyle: new Map(), notes: [], listIds: 0, tight: readTightStyles([styles, content]), lastTight: false };
  return [...blocks(text.children, ctx, 0), ...ctx.notes].join("\n\n").replace(/\n\n\u0001/g, "\n").replace(/\u0001/g, "");
}

/** The declared type of an OpenDocument package: its first entry, "mimetype", stored uncompressed. */
export function openDocumentType(bytes: Uint8Array): string {
  if (bytes.length < 60 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return "";
  const head = new TextDecoder("latin1").decode(bytes.subarray(30, Math.min(bytes.length, 140)));
  const m = /^mimetype(application\/vnd\.oasis\.opendocument\.[a-z.-]+)/.exec(head);
  return m ? m[1]! : "";
}

export const odtExtractor: Extractor = {
  format: "odt",
  extensions: ["odt"],
  sniff: (bytes) => openDocumentType(bytes) === ODT_MIME,
  async extract(input: ExtractInput): Promise<Extracted> {
    const text = normaliseText(odtText(input.bytes, input.name));
    return { format: "odt", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [] };
  },
};
