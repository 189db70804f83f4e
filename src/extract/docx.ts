import mammoth from "mammoth";
import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { normaliseText } from "./decode.js";
import { removeGluedFootnoteDigits } from "./pdf-layout.js";
import { isDocx } from "./sniff.js";
import type { Extracted, ExtractInput, Extractor } from "./types.js";
import { checkZip } from "./zip-guard.js";

/**
 * mammoth's HTML as letter text. The HTML (not mammoth's raw text) is used
 * because it marks superscripts: a footnote reference is <sup>1</sup> there,
 * and would be a digit glued to the word ("limit1") in raw text. Paragraphs,
 * headings, list items and table cells become blank-line separated blocks.
 */
export function mammothHtmlToText(html: string): string {
  return html
    .replace(/<sup>\s*(?:<a [^>]*>)?\s*\[?[0-9*†‡]{1,3}\]?\s*(?:<\/a>)?\s*<\/sup>/g, "")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/(?:p|h[1-6]|li|tr|table|ol|ul)>/g, "\n\n")
    .replace(/<\/td>|<\/th>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e] ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Word documents through mammoth (headers and footers are not part of its
 * output). The ZIP is checked for bombs first, because mammoth inflates
 * entries in memory.
 */
async function extractDocx(input: ExtractInput): Promise<Extracted> {
  const entries = checkZip(input.bytes, input.name);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new FoiscopeError("FOISCOPE_DOCX_CORRUPT", `ZIP file has no word/document.xml, so it is not a Word document: ${input.name}`);
  }
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength) },
      // Images would arrive as data URIs; the letter text does not need them.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_DOCX_CORRUPT", `Word document could not be read (${error instanceof Error ? error.message : String(error)}): ${input.name}`);
  }
  const messages: Message[] = result.messages
    .filter((m) => m.type === "error")
    .slice(0, 3)
    .map((m) => ({ severity: "warning" as const, code: "FOISCOPE_DOCX_WARNING", source: "extract/docx", text: `Part of the Word document could not be read: ${m.message}` }));
  const text = removeGluedFootnoteDigits(normaliseText(mammothHtmlToText(result.value)), false);
  return { format: "docx", text, pageStarts: [0], ocrPages: 0, meta: {}, messages };
}

export const docxExtractor: Extractor = {
  format: "docx",
  extensions: ["docx", "docm"],
  sniff: (bytes) => isDocx(bytes),
  extract: (input) => extractDocx(input),
};
