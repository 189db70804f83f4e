import { FoiscopeError } from "../core/errors.js";
import type { Extracted, ExtractInput, ExtractOptions, Extractor } from "./types.js";
import { textExtractor } from "./text.js";
import { threadExtractor } from "./thread.js";
import { htmlExtractor } from "./html.js";
import { pdfExtractor } from "./pdf.js";
import { docxExtractor } from "./docx.js";
import { msgExtractor } from "./msg.js";
import { emailExtractor } from "./email.js";
import { jpegExtractor, pngExtractor, tiffExtractor } from "./image.js";
import { docExtractor, otherOleExtractor } from "./doc.js";
import { odtExtractor } from "./odt.js";
import { rtfExtractor } from "./rtf.js";
import { otherOfficeExtractor } from "./office-other.js";
import { readBinary } from "./binary.js";

/**
 * One registry of extractors. Order matters: binary formats with magic bytes
 * first, text-like formats that need a closer look (HTML, email, thread JSON)
 * next, plain text last. Add a format = one extractor + one line here + one fixture.
 */
export const extractors: Extractor[] = [
  // Magic bytes. OLE2 files: Outlook message, then Word document (by stream names), then any other (an error that names it).
  pdfExtractor, docxExtractor, odtExtractor, otherOfficeExtractor, msgExtractor, docExtractor, otherOleExtractor, pngExtractor, jpegExtractor, tiffExtractor,
  rtfExtractor, // "{\rtf" at the start: before the text-like formats
  emailExtractor, // header block at the top of a text file; before HTML and text
  threadExtractor, htmlExtractor, textExtractor,
];


function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}

/** Content first (magic bytes), then extension; null when nothing claims it. */
export function detectFormat(bytes: Uint8Array, name: string): Extractor | null {
  return detect(bytes, name)?.extractor ?? null;
}

function detect(bytes: Uint8Array, name: string): { extractor: Extractor; byContent: boolean } | null {
  for (const e of extractors) if (e.sniff(bytes, name)) return { extractor: e, byContent: true };
  const ext = extensionOf(name);
  for (const e of extractors) if (e.extensions.includes(ext)) return { extractor: e, byContent: false };
  return null;
}

/** Formats decoded from text: bytes that are not text must not reach them. */
const TEXTUAL = new Set(["text", "html", "eml", "rtf", "wdtk-thread"]);

const READ_FORMATS = "PDF, DOCX, Word .doc, ODT, RTF, PNG, JPEG, TIFF, HTML, email, thread JSON or text";

export const defaultExtractOptions: ExtractOptions = { ocr: true, maxBytes: 200 * 1024 * 1024 };

export async function extract(input: ExtractInput, options: ExtractOptions = defaultExtractOptions, depth = 0): Promise<Extracted> {
  if (input.bytes.length === 0) throw new FoiscopeError("FOISCOPE_EMPTY_FILE", "File is empty (0 bytes); nothing to analyse");
  if (input.bytes.length > options.maxBytes) {
    throw new FoiscopeError(
      "FOISCOPE_TOO_LARGE",
      `File is ${input.bytes.length} bytes, over the ${options.maxBytes}-byte limit; raise --max-bytes to read it`,
    );
  }
  const found = detect(input.bytes, input.name);
  if (!found) {
    const named = readBinary(input.bytes);
    const what = named?.named ? `; by its first bytes ${named.what}` : "";
    throw new FoiscopeError("FOISCOPE_UNKNOWN_FORMAT", `Unrecognised format (not ${READ_FORMATS})${what}: ${input.name}`);
  }
  const extractor = found.extractor;
  // A text format taken on the file's name alone (random bytes or an executable called .txt), or the plain
  // text reader, whose own sniff lets a short run of noise through: the bytes must be text before they are decoded.
  if (TEXTUAL.has(extractor.format) && (!found.byContent || extractor.format === "text")) {
    const binary = readBinary(input.bytes);
    if (binary?.named) {
      throw new FoiscopeError("FOISCOPE_BINARY_FILE", `Not text: by its first bytes ${binary.what}, not a format foiscope reads (${READ_FORMATS}): ${input.name}`);
    }
    if (binary) return { format: extractor.format, text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages: [], notText: binary.what };
  }
  return extractor.extract(input, {
    depth,
    options,
    extractNested: (nested) => {
      if (depth >= 3) throw new FoiscopeError("FOISCOPE_TOO_DEEP", `Attachments nested more than 3 deep: ${nested.name}`);
      return extract(nested, options, depth + 1);
    },
  });
}
