import { parseDocument } from "htmlparser2";
import type { Document, Element, ParentNode } from "domhandler";
import type { LetterMeta } from "../core/types.js";
import { decodeText, normaliseText } from "./decode.js";
import { classesOf, findAll, findFirst, headOf, renderText, splitPages, textOf } from "./html-render.js";
import { readAttachmentPage, readRequestPage, wdtkPageKind } from "./html-wdtk.js";
import { composeThread, isoDate, threadExtracted } from "./thread-messages.js";
import type { Extracted, Extractor } from "./types.js";

/**
 * HTML letters: a response saved as a web page, a disclosure-log page, and the
 * two WhatDoTheyKnow page types (request threads and "HTML version of an
 * attachment"). Parsed with htmlparser2 (forgiving, streaming, no recursion
 * while parsing) and rendered by html-render.ts, which walks iteratively.
 */

const SOURCE = "extract/html";

/** Made once (every file is sniffed): a decode() without { stream: true } keeps no state between calls. */
const HEAD_DECODERS = { "utf-8": new TextDecoder("utf-8", { fatal: false }), "utf-16le": new TextDecoder("utf-16le", { fatal: false }), "utf-16be": new TextDecoder("utf-16be", { fatal: false }) } as const;

/** The head of a file, as text, for sniffing: BOM and leading blanks and comments removed. */
function head(bytes: Uint8Array): string {
  const slice = bytes.subarray(0, Math.min(bytes.length, 4096));
  // Pages saved by Windows tools are sometimes UTF-16 with a byte-order mark.
  const encoding = slice[0] === 0xff && slice[1] === 0xfe ? "utf-16le" : slice[0] === 0xfe && slice[1] === 0xff ? "utf-16be" : "utf-8";
  const text = HEAD_DECODERS[encoding].decode(slice);
  return text.replace(/^\ufeff/, "").replace(/^(?:\s|<!--[\s\S]*?-->)+/, "");
}

const OPENING_TAG = /^<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|article|section|main|span|font|center|ul|ol)[\s>/]/i;

/** HTML by content: a doctype, or the text opens with an HTML tag, or an `<html>`/`<body>` tag in the head. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const h = head(bytes);
  if (h.startsWith("{") || h.startsWith("[")) return false;
  if (/^<\?xml[^>]*>\s*<(?:!doctype\s+html|html)/i.test(h)) return true;
  if (OPENING_TAG.test(h)) return true;
  return /<html[\s>]/i.test(h) && /<\/?(?:body|head)[\s>]/i.test(h);
}

/** Site furniture common to web pages that carry a letter (disclosure logs, council sites). */
// Only unambiguous names: a letter's own blocks may well be called "social-care-answer" or "related-questions".
const CHROME_WORDS = /(?:^|[-_ ])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|cookie-banner|skip-link|skiplink|site-header|site-footer|masthead|social-share|share-buttons|related-links|search-form|site-search)(?:$|[-_ ])/i;

/** A page-level <header> or <footer> (not one inside an article or section, which belongs to the letter). */
function isPageHeaderOrFooter(e: Element): boolean {
  if (e.name !== "header" && e.name !== "footer") return false;
  for (let p = e.parent; p && p.type !== "root"; p = p.parent) {
    const name = (p as Element).name;
    if (name === "article" || name === "section" || name === "main" || name === "td") return false;
  }
  return true;
}

function isChrome(e: Element): boolean {
  if (isPageHeaderOrFooter(e)) return true;
  const role = (e.attribs.role ?? "").toLowerCase();
  if (role === "navigation" || role === "search" || role === "complementary" || role === "banner" || role === "contentinfo") return true;
  if (e.name === "aside") return true;
  const id = e.attribs.id ?? "";
  return CHROME_WORDS.test(id) || classesOf(e).some((c) => CHROME_WORDS.test(c));
}

/** Meta tags are searched in the <head> (found first) rather than all of a large page, once. */
function metaContent(head: ParentNode, keys: string[]): string {
  const metas = findAll(head, (e) => e.name === "meta");
  for (const key of keys) {
    const m = metas.find((e) => [e.attribs.name, e.attribs.property].some((v) => (v ?? "").toLowerCase() === key));
    const v = (m?.attribs.content ?? "").trim();
    if (v) return v;
  }
  return "";
}

function plainMeta(doc: Document): Partial<LetterMeta> {
  const meta: Partial<LetterMeta> = {};
  const head = headOf(doc);
  const title = findFirst(head, (e) => e.name === "title");
  const h1 = title ? null : findFirst(doc, (e) => e.name === "h1");
  const t = (title ? textOf(title) : "") || (h1 ? textOf(h1) : "");
  if (t) meta.title = t;
  // Not "author": Word's web pages put the writer's login there. Not a publishing site's own name either.
  const authority = metaContent(head, ["dcterms.publisher", "dc.publisher", "publisher", "og:site_name"]);
  if (authority && !/whatdotheyknow|alaveteli|mysociety/i.test(authority)) meta.authority = authority;
  const date = isoDate(metaContent(head, ["dcterms.date", "dc.date", "date", "article:published_time", "dcterms.created", "dcterms.issued"]));
  if (date) meta.date = date;
  return meta;
}

function finish(rendered: string, meta: Partial<LetterMeta>, extra: Partial<Extracted> = {}): Extracted {
  const { text, pageStarts } = splitPages(normaliseText(rendered));
  return { format: "html", text: text.trim() === "" ? "" : text, pageStarts, ocrPages: 0, meta, messages: [], ...extra };
}

/** Deeper than this, tags are dropped (their text kept): no real letter nests anywhere near it. */
export const MAX_HTML_DEPTH = 400;

// Void elements never nest; elements the parser closes implicitly (p in p, li in li, td in td) cannot pile up.
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp",
]);

/**
 * Drop the tags nested deeper than `limit`, keeping their text. htmlparser2
 * keeps its open-element stack with Array#unshift, so parsing time grows with
 * the square of the nesting depth (100,000 nested divs: minutes); this O(n)
 * pre-pass caps the depth before parsing. Returns the input unchanged when no
 * tag is that deep.
 */
export function flattenDeepNesting(html: string, limit = MAX_HTML_DEPTH): { html: string; maxDepth: number } {
  // `[^<>]` (not `[^>]`): an unclosed "<b" must fail at the next "<", not scan to the end of the page
  // each time (quadratic on text full of "<"); comments are skipped with one indexOf for the same reason.
  // The name is taken whole (`(?!…)`, not `\b`): a name of letters, digits and dashes could otherwise
  // end at any of its word boundaries, each a new scan for the ">".
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?![a-zA-Z0-9:-])[^<>]*?(\/?)>|<!--/g;
  let depth = 0;
  let maxDepth = 0;
  let cuts: [number, number][] | null = null;
  let lower: string | null = null;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[2]) {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === "/") continue;
    if (m[1] === "/") {
      if (depth > limit) (cuts ??= []).push([m.index, m.index + m[0].length]);
      if (depth > 0) depth--;
    } else {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (depth > limit) (cuts ??= []).push([m.index, m.index + m[0].length]);
      if (name === "script" || name === "style") {
        // Their content is not markup: skip to the closing tag.
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, tag.lastIndex);
        if (close >= 0) tag.lastIndex = close;
      }
    }
  }
  if (!cuts) return { html, maxDepth };
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(at, start));
    at = end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(""), maxDepth };
}

export function extractHtmlText(source: string): Extracted {
  const { html, maxDepth } = flattenDeepNesting(source);
  const extracted = extractFromHtml(html);
  if (maxDepth > MAX_HTML_DEPTH) {
    extracted.messages.push({
      severity: "warning",
      code: "FOISCOPE_HTML_TOO_DEEP",
      source: SOURCE,
      text: `HTML nests elements ${maxDepth} deep; tags below level ${MAX_HTML_DEPTH} were dropped and their text kept`,
    });
  }
  return extracted;
}

function extractFromHtml(html: string): Extracted {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const kind = wdtkPageKind(doc);
  if (kind === "request") {
    const page = readRequestPage(doc);
    const composed = composeThread(page.messages, SOURCE);
    // The page names the public body; the greeting is only a fallback. Message texts are already
    // normalised, so the spans of the thread messages stay true.
    return threadExtracted("html", composed, { ...composed.meta, ...definedOnly(page.meta) });
  }
  if (kind === "attachment") {
    const page = readAttachmentPage(doc);
    const body = findFirst(doc, (e) => e.name === "body") ?? doc;
    return finish(renderText(body, { skip: page.skip, pageAnchors: true }), { ...plainMeta(doc), ...definedOnly(page.meta) });
  }
  // A plain page: the main content when the page marks it, else the body, minus site furniture.
  const main = findFirst(doc, (e) => e.name === "main" || (e.attribs.role ?? "").toLowerCase() === "main");
  const articles = main ? [] : findAll(doc, (e) => e.name === "article");
  const root = main ?? (articles.length === 1 ? articles[0]! : null) ?? findFirst(doc, (e) => e.name === "body") ?? doc;
  return finish(renderText(root, { skip: isChrome, pageAnchors: true }), plainMeta(doc));
}

function definedOnly(meta: Partial<LetterMeta>): Partial<LetterMeta> {
  const out: Partial<LetterMeta> = {};
  for (const [k, v] of Object.entries(meta) as [keyof LetterMeta, string | undefined][]) if (v) out[k] = v;
  return out;
}

export const htmlExtractor: Extractor = {
  format: "html",
  extensions: ["html", "htm", "xhtml", "shtml"],
  sniff: (bytes) => looksLikeHtml(bytes),
  async extract(input) {
    const { text: decoded, encoding } = decodeText(input.bytes);
    const extracted = extractHtmlText(decoded);
    if (encoding === "windows-1252") {
      extracted.messages.push({ severity: "info", code: "FOISCOPE_ENCODING_FALLBACK", source: SOURCE, text: "HTML is not valid UTF-8; decoded as Windows-1252" });
    }
    if (!extracted.text.trim() && extracted.status !== "no_response") {
      extracted.messages.push({ severity: "warning", code: "FOISCOPE_HTML_EMPTY", source: SOURCE, text: "HTML page has no letter text once scripts, styles and site furniture are removed" });
    }
    return extracted;
  },
};
