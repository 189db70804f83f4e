import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { normaliseText } from "./decode.js";
import { removeGluedFootnoteDigits } from "./pdf-layout.js";
import { extensionOf, isWordDoc, oleKind } from "./sniff.js";
import type { Extracted, ExtractInput, Extractor } from "./types.js";

/**
 * Word 97–2003 binary documents (.doc: an OLE2 compound file with a
 * "WordDocument" stream; .msg shares the container and is told apart by its
 * stream names in sniff.ts).
 *
 * Read with the npm package word-extractor (MIT, pure JavaScript) rather than
 * Debian's antiword or catdoc. Measured on six .doc files LibreOffice saved from
 * our DOCX renderings: all three gave the text version's questions, outcomes and
 * grounds (24 of 24), and word-extractor took 0.7–2.7 ms a document in the worker
 * against 10–12 ms for a process per file. It needs no system package (so no
 * "tool missing" state on a machine without setup-system.sh), and a hostile file
 * meets memory-safe JavaScript under the worker's time and heap limits rather than
 * C code last released upstream in 2005 (antiword 0.37, catdoc 0.95).
 *
 * It keeps the body apart from headers, footers, footnotes and text boxes (the
 * body is the letter, as with the DOCX reader). What it loses: paragraph ends
 * and line breaks both become "\n", so a paragraph is a line, as in many plain
 * text letters, and superscript footnote digits come out glued to their word
 * ("Commissioner1"), which removeGluedFootnoteDigits takes off as it does for
 * PDFs without positions.
 */

interface WordExtractorModule {
  default: new () => { extract(source: Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }> };
}

let loaded: Promise<WordExtractorModule> | null = null;

/** Loaded on first use; a missing package is an error row that says how to fix it, not a crash. */
async function wordExtractor(): Promise<WordExtractorModule> {
  loaded ??= import("word-extractor") as Promise<WordExtractorModule>;
  try {
    return await loaded;
  } catch (error) {
    loaded = null;
    throw new FoiscopeError(
      "FOISCOPE_DOC_UNAVAILABLE",
      `Word 97–2003 .doc files need the npm package word-extractor, which could not be loaded (${error instanceof Error ? error.message : String(error)}); run 'npm install' in foiscope's folder`,
    );
  }
}

/**
 * Share of characters that belong in a letter (letters, digits, punctuation,
 * spaces of the Latin scripts). An encrypted document's "text" is its ciphertext
 * read as characters, mostly far outside these ranges.
 */
export function letterLikeShare(text: string): number {
  const sample = text.slice(0, 20_000);
  if (!sample) return 1;
  const good = sample.match(/[\p{Script=Latin}\p{N}\p{P}\p{Zs}\s£€$%&+=<>|~^`°§©®™•·×÷]/gu)?.length ?? 0;
  return good / sample.length;
}

async function extractDoc(input: ExtractInput): Promise<Extracted> {
  const { default: WordExtractor } = await wordExtractor();
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength));
    // Curly quotes and dashes kept as they are: normaliseText handles them for every format alike.
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_DOC_CORRUPT", `Word 97–2003 document could not be read (${error instanceof Error ? error.message : String(error)}): ${input.name}`);
  }
  const messages: Message[] = [];
  const text = removeGluedFootnoteDigits(normaliseText(body.replace(/\t/g, " ")), true).replace(/\n{3,}/g, "\n\n").trim();
  if (text.length > 20 && letterLikeShare(text) < 0.7) {
    throw new FoiscopeError(
      "FOISCOPE_DOC_UNREADABLE",
      `Word 97–2003 document's text is not readable (password-protected or damaged): ${input.name}; save an unprotected copy and analyse that`,
    );
  }
  if (!text) messages.push({ severity: "warning", code: "FOISCOPE_NO_TEXT", source: "extract/doc", text: "Word document has no text in its body; nothing to analyse" });
  return { format: "doc", text, pageStarts: [0], ocrPages: 0, meta: {}, messages };
}

const OTHER_OLE: Record<string, string> = {
  xls: "an Excel 97–2003 workbook (.xls)",
  ppt: "a PowerPoint 97–2003 presentation (.ppt)",
  ole: "an OLE2 compound file that is neither a Word document nor an Outlook message",
};

/**
 * The other Office 97–2003 files share the container: named in the error row
 * ("an Excel 97–2003 workbook") rather than "unrecognised format".
 */
export const otherOleExtractor: Extractor = {
  format: "ole",
  extensions: ["xls", "ppt"],
  // An unidentified OLE2 file named .doc or .msg (one cut short before its directory) goes on to that
  // format's extractor by its extension, and so to an error that says the document is damaged.
  sniff: (bytes, name) => {
    const kind = oleKind(bytes);
    return kind === "xls" || kind === "ppt" || (kind === "ole" && !["doc", "dot", "msg"].includes(extensionOf(name)));
  },
  extract: async (input) => {
    const kind = oleKind(input.bytes) ?? "ole";
    throw new FoiscopeError("FOISCOPE_UNSUPPORTED_FORMAT", `${input.name} is ${OTHER_OLE[kind] ?? OTHER_OLE.ole}, which foiscope does not read; save the letter as PDF, DOCX or text`);
  },
};

export const docExtractor: Extractor = {
  format: "doc",
  extensions: ["doc", "dot"],
  sniff: (bytes) => isWordDoc(bytes),
  extract: (input) => extractDoc(input),
};
