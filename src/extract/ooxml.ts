import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import { FoiscopeError } from "../core/errors.js";
import { flattenDeepNesting } from "./html.js";

/**
 * Small helpers over htmlparser2's XML mode for the parts of Office files
 * (WordprocessingML here, OpenDocument in odt.ts). Element names keep their
 * prefix ("w:p"), as the files write them.
 */

const utf8 = new TextDecoder("utf-8");

/** Deeper than this, an Office part is refused (Word's own limit for nested tables is 63). */
export const MAX_XML_DEPTH = 400;

/** A part's XML as a tree (xmlMode: no HTML rules, entities decoded, names as written). */
export function parseXml(bytes: Uint8Array | undefined, part: string, file: string): Element | null {
  if (!bytes) return null;
  const xml = utf8.decode(bytes);
  // htmlparser2's open-element stack costs the square of the nesting depth (minutes at 100,000), and a
  // Word or ODF reader cannot drop the deep tags as the HTML reader does without losing their text: refused.
  const { maxDepth } = flattenDeepNesting(xml, MAX_XML_DEPTH);
  if (maxDepth > MAX_XML_DEPTH) {
    throw new FoiscopeError("FOISCOPE_OFFICE_TOO_DEEP", `Office file part ${part} nests elements ${maxDepth} deep, over the ${MAX_XML_DEPTH} any real document needs; not read: ${file}`);
  }
  let doc;
  try {
    doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_DOCX_CORRUPT", `Office file part ${part} is not readable XML (${error instanceof Error ? error.message : String(error)}): ${file}`);
  }
  return doc.children.find((n): n is Element => n.type === "tag") ?? null;
}

export function isTag(node: AnyNode): node is Element {
  return node.type === "tag";
}

export function childElements(parent: Element, name?: string): Element[] {
  return parent.children.filter((n): n is Element => isTag(n) && (name === undefined || n.name === name));
}

export function firstChild(parent: Element, name: string): Element | null {
  for (const n of parent.children) if (isTag(n) && n.name === name) return n;
  return null;
}

/** The first element of that name below `root`, depth first, without recursion. */
export function findElement(root: Element, name: string): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === name) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/** A WordprocessingML attribute ("w:val"), with or without its prefix. */
export function wordAttr(e: Element, name: string): string {
  return e.attribs[`w:${name}`] ?? e.attribs[name] ?? "";
}

/** A toggle property (<w:vanish/>, <w:b w:val="0"/>): present and not switched off. */
export function isOn(e: Element | null): boolean {
  if (!e) return false;
  const v = wordAttr(e, "val");
  return v !== "0" && v !== "false" && v !== "off";
}
