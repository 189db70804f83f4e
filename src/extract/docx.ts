import type { Element } from "domhandler";
import { FoiscopeError } from "../core/errors.js";
import { decodeText, normaliseText } from "./decode.js";
import { renderBlocks, twips, type BodyContext, type Spacing, type Styles } from "./docx-body.js";
import { readNumbering } from "./docx-numbering.js";
import { childElements, findElement, firstChild, isOn, parseXml, wordAttr } from "./ooxml.js";
import { removeGluedFootnoteDigits } from "./pdf-layout.js";
import { isDocx } from "./sniff.js";
import { extractHtmlText } from "./html.js";
import { isRtf, rtfText } from "./rtf.js";
import type { Extracted, ExtractInput, Extractor } from "./types.js";
import { unpackZip } from "./zip-guard.js";

/**
 * Word documents (.docx), read from their XML rather than through mammoth:
 * mammoth's HTML has no list numbers (a Word list's numbers are computed from
 * numbering.xml, and mammoth starts every <ol> at 1 with the number left to the
 * browser), so "1. 2. 3." questions between answer paragraphs arrived as
 * unnumbered paragraphs. Reading the parts directly keeps the numbers, tables
 * and text boxes as the reader sees them, and is faster (one XML parse per part,
 * no HTML in between). The ZIP is checked for bombs first and its parts are
 * inflated with a hard cap on their declared sizes.
 *
 * The text: the page header (first page's, when the document has one) and the
 * body, footnotes, then the footer — the letterhead's authority and reference
 * are often only in the header.
 */

const PARTS = /^(?:word\/(?:document|numbering|styles|footnotes|endnotes|header\d*|footer\d*)\.xml|word\/_rels\/document\.xml\.rels)$/;
/** Imported chunks (w:altChunk) are other files kept whole inside the package. */
const CHUNK = /^word\/[^/]+\.(?:html?|mht|rtf|docx|txt)$/i;

/** The text of an imported chunk, by its kind: HTML (or MHT's HTML), RTF, a nested DOCX, plain text. */
function chunkBlocks(bytes: Uint8Array, part: string, depth: number): string[] {
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let text = "";
  if (ext === "rtf" || isRtf(bytes)) text = rtfText(bytes, part);
  else if (ext === "docx") text = depth < 2 ? docxText(bytes, part, depth + 1) : "";
  else if (ext === "txt") text = decodeText(bytes).text;
  else {
    const raw = decodeText(bytes).text;
    // MHT: a MIME message whose HTML part is usually quoted-printable; the HTML starts at its first tag.
    const html = ext === "mht" ? raw.slice(Math.max(0, raw.search(/<html|<body|<p[\s>]/i))).replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))) : raw;
    text = extractHtmlText(html).text;
  }
  return normaliseText(text).split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
}

function readStyles(styles: Element | null): { styles: Styles; numStyles: Map<string, string> } {
  const byId = new Map<string, Element>();
  const numStyles = new Map<string, string>();
  for (const s of styles ? childElements(styles, "w:style") : []) {
    byId.set(wordAttr(s, "styleId"), s);
  }
  const listOf = (style: Element): { numId: string; ilvl: number } | null => {
    const numPr = firstChild(firstChild(style, "w:pPr") ?? style, "w:numPr");
    if (!numPr) return null;
    const numId = firstChild(numPr, "w:numId");
    const ilvl = firstChild(numPr, "w:ilvl");
    return { numId: numId ? wordAttr(numId, "val") : "", ilvl: ilvl ? Number.parseInt(wordAttr(ilvl, "val"), 10) || 0 : 0 };
  };
  for (const [id, s] of byId) {
    if (wordAttr(s, "type") !== "numbering") continue;
    const list = listOf(s);
    if (list?.numId) numStyles.set(id, list.numId);
  }
  const cache = new Map<string, { numId: string; ilvl: number } | null>();
  // Spacing: w:docDefaults, then each style of the basedOn chain from the farthest, each overriding what it sets.
  const defaultsPPr = styles ? firstChild(firstChild(firstChild(styles, "w:docDefaults") ?? styles, "w:pPrDefault") ?? styles, "w:pPr") : null;
  const defaultParagraph = [...byId.values()].find((s) => wordAttr(s, "type") === "paragraph" && /^(?:1|true|on)$/.test(wordAttr(s, "default"))) ?? null;
  const apply = (pPr: Element | null, into: Spacing): Spacing => {
    const spacing = pPr ? firstChild(pPr, "w:spacing") : null;
    const contextual = pPr ? firstChild(pPr, "w:contextualSpacing") : null;
    return {
      before: spacing ? twips(spacing, "before", into.before) : into.before,
      after: spacing ? twips(spacing, "after", into.after) : into.after,
      contextual: contextual ? isOn(contextual) : into.contextual,
    };
  };
  const defaults = apply(defaultsPPr, { before: 0, after: Number.NaN, contextual: false });
  const spacingCache = new Map<string, Spacing>();
  return {
    numStyles,
    styles: {
      spacing(styleId) {
        const known = spacingCache.get(styleId);
        if (known) return known;
        const chain: Element[] = [];
        let s = styleId ? byId.get(styleId) : (defaultParagraph ?? undefined);
        for (let hops = 0; s && hops < 20 && !chain.includes(s); hops++) {
          chain.push(s);
          const based = firstChild(s, "w:basedOn");
          s = based ? byId.get(wordAttr(based, "val")) : undefined;
        }
        const found = chain.reverse().reduce((into, style) => apply(firstChild(style, "w:pPr"), into), defaults);
        spacingCache.set(styleId, found);
        return found;
      },
      numbering(styleId) {
        if (cache.has(styleId)) return cache.get(styleId)!;
        let found: { numId: string; ilvl: number } | null = null;
        // The basedOn chain, guarded against loops.
        let s = byId.get(styleId);
        for (let hops = 0; s && hops < 20 && !found; hops++) {
          const list = listOf(s);
          if (list?.numId) found = list;
          const based = firstChild(s, "w:basedOn");
          s = based ? byId.get(wordAttr(based, "val")) : undefined;
        }
        cache.set(styleId, found);
        return found;
      },
    },
  };
}

/** Notes (footnotes or endnotes) other than the separator lines, each as its blocks. */
function noteBlocks(notes: Element | null, ctx: BodyContext): string[] {
  if (!notes) return [];
  const out: string[] = [];
  for (const note of [...childElements(notes, "w:footnote"), ...childElements(notes, "w:endnote")]) {
    const type = wordAttr(note, "type");
    if (type && type !== "normal") continue;
    out.push(...renderBlocks(note.children, ctx));
  }
  return out;
}

/** The last section's header or footer part: the first page's when it has its own ("titlePg"), else the default. */
function headerFooterPart(body: Element, rels: Map<string, string>, kind: "header" | "footer"): string {
  const sections = childElements(body, "w:sectPr");
  const sectPr = sections[sections.length - 1] ?? findElement(body, "w:sectPr");
  if (!sectPr) return "";
  const refs = childElements(sectPr, `w:${kind}Reference`);
  const firstPage = isOn(firstChild(sectPr, "w:titlePg"));
  const pick = (firstPage ? refs.find((r) => wordAttr(r, "type") === "first") : undefined) ?? refs.find((r) => wordAttr(r, "type") === "default");
  const target = pick ? rels.get(pick.attribs["r:id"] ?? "") ?? "" : "";
  return target ? `word/${target.replace(/^\/?word\//, "")}` : "";
}

function readRels(rels: Element | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rels ? childElements(rels, "Relationship") : []) out.set(r.attribs.Id ?? "", r.attribs.Target ?? "");
  return out;
}

/** The letter text of a .docx (exported for tests and the rendering checks). */
export function docxText(bytes: Uint8Array, name: string, depth = 0): string {
  const { entries, contents } = unpackZip(bytes, name, (entry) => PARTS.test(entry) || CHUNK.test(entry));
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new FoiscopeError("FOISCOPE_DOCX_CORRUPT", `ZIP file has no word/document.xml, so it is not a Word document: ${name}`);
  }
  const part = (p: string): Element | null => parseXml(contents.get(p), p, name);
  const document = part("word/document.xml");
  const body = document ? firstChild(document, "w:body") : null;
  if (!body) throw new FoiscopeError("FOISCOPE_DOCX_CORRUPT", `Word document has no body (word/document.xml has no w:body): ${name}`);
  const { styles, numStyles } = readStyles(part("word/styles.xml"));
  const ctx: BodyContext = { numbering: readNumbering(part("word/numbering.xml"), numStyles), styles, fieldStack: [] };
  const rels = readRels(part("word/_rels/document.xml.rels"));
  ctx.altChunk = (id) => {
    const target = rels.get(id);
    const partName = target ? `word/${target.replace(/^\/?word\//, "")}` : "";
    const chunk = contents.get(partName);
    return chunk ? chunkBlocks(chunk, partName, depth) : [];
  };
  const side = (kind: "header" | "footer"): string[] => {
    const p = headerFooterPart(body, rels, kind);
    const xml = p ? part(p) : null;
    // Its own numbering and field state: a header's list does not continue the body's.
    return xml ? renderBlocks(xml.children, { numbering: readNumbering(null, new Map()), styles, fieldStack: [] }) : [];
  };
  const header = side("header");
  const main = renderBlocks(body.children, ctx);
  const notes = [...noteBlocks(part("word/footnotes.xml"), ctx), ...noteBlocks(part("word/endnotes.xml"), ctx)];
  const footer = side("footer");
  return [...header, ...main, ...notes, ...footer].join("\n\n");
}

async function extractDocx(input: ExtractInput): Promise<Extracted> {
  const text = removeGluedFootnoteDigits(normaliseText(docxText(input.bytes, input.name)), false);
  return { format: "docx", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [] };
}

export const docxExtractor: Extractor = {
  format: "docx",
  extensions: ["docx", "docm"],
  sniff: (bytes) => isDocx(bytes),
  extract: (input) => extractDocx(input),
};
