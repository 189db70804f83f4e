import { PDFParse } from "pdf-parse";
import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { normaliseText } from "./decode.js";
import { openOcrEngine, recognizePage, skewNote, type OcrEngine } from "./ocr.js";
import { joinPages, layoutPage, removeGluedFootnoteDigits, removeRunningLines, textLayerProblem, type TextItem } from "./pdf-layout.js";
import { isPdf } from "./sniff.js";
import type { Extracted, ExtractContext, ExtractInput, Extractor } from "./types.js";

/** Render scale for OCR: 200 dpi, where tesseract reads letter-size type reliably without the cost of 300. */
const OCR_SCALE = 200 / 72;

/** The parts of pdf.js's document and page objects this module uses. */
interface PdfTextContent {
  items: Array<{ str?: string; transform?: number[]; width?: number; height?: number; hasEOL?: boolean }>;
}
interface PdfPage {
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<PdfTextContent>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

/**
 * pdf-parse v2 loads the document with its bundled pdf.js; its `getText()`
 * joins text runs without their positions, which loses what tells a footnote
 * marker (small, raised) from a number and a paragraph gap from a line wrap.
 * So the loaded document is taken from pdf-parse (same loader, worker set-up
 * and `destroy()`) and pages are laid out here from positioned runs. If a later
 * pdf-parse hides the loader, `getText()` is the fallback.
 */
async function loadDocument(parser: PDFParse): Promise<PdfDocument | null> {
  const load = (parser as unknown as { load?: () => Promise<PdfDocument> }).load;
  return typeof load === "function" ? load.call(parser) : null;
}

async function positionedPages(doc: PdfDocument): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: false });
    const items: TextItem[] = [];
    for (const raw of content.items) {
      if (typeof raw.str !== "string" || !raw.transform) continue;
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform;
      void a;
      void b;
      items.push({ str: raw.str, x, y, size: Math.hypot(c, d) || raw.height || 0, width: raw.width ?? 0, hasEOL: Boolean(raw.hasEOL) });
    }
    pages.push(layoutPage(items));
    page.cleanup();
  }
  return pages;
}

/** Map pdf-parse / pdf.js failures to errors that say what is wrong with the file. */
function pdfError(error: unknown, name: string): FoiscopeError {
  if (error instanceof FoiscopeError) return error;
  const e = error instanceof Error ? error : new Error(String(error));
  if (e.name === "PasswordException" || /password/i.test(e.message)) {
    return new FoiscopeError("FOISCOPE_PDF_ENCRYPTED", `PDF is password-protected, so its text cannot be read: ${name}; save an unprotected copy and analyse that`);
  }
  if (e.name === "InvalidPDFException" || e.name === "FormatError" || /invalid pdf|xref|bad|corrupt|unexpected|missing/i.test(e.message)) {
    return new FoiscopeError("FOISCOPE_PDF_CORRUPT", `PDF is damaged or truncated and could not be opened (${e.message}): ${name}`);
  }
  return new FoiscopeError("FOISCOPE_PDF_FAILED", `PDF could not be read (${e.name}: ${e.message}): ${name}`);
}

/** "3", "1–3 and 5": page numbers for a message. */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  if (runs.length <= 1) return runs.join("");
  return `${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1]}`;
}

async function extractPdf(input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  // pdf.js may transfer the buffer it is given to its worker: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(input.bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  const messages: Message[] = [];
  let engine: OcrEngine | null = null;
  let ocrPages = 0;
  try {
    let pages: string[];
    let positioned = true;
    try {
      const doc = await loadDocument(parser);
      if (doc) pages = await positionedPages(doc);
      else {
        positioned = false;
        pages = (await parser.getText({ pageJoiner: "" })).pages.map((p) => p.text);
      }
    } catch (error) {
      throw pdfError(error, input.name);
    }
    if (pages.length === 0) throw new FoiscopeError("FOISCOPE_PDF_CORRUPT", `PDF has no pages: ${input.name}`);

    const missing: number[] = [];
    const noLayer: number[] = [];
    const garbled: number[] = [];
    const ocrFailed: string[] = [];
    const skews: Array<{ page: number; skew: number }> = [];
    pages = pages.map((p) => removeGluedFootnoteDigits(normaliseText(p), !positioned));
    for (let i = 0; i < pages.length; i++) {
      const problem = textLayerProblem(pages[i]!);
      if (!problem) continue;
      missing.push(i + 1);
      (problem === "none" ? noLayer : garbled).push(i + 1);
    }
    // Announced before the work starts, so the engine's time limit can allow for it.
    if (context.options.ocr && missing.length) context.options.onOcrPlanned?.(missing.length);
    for (const n of missing) {
      const i = n - 1;
      if (!context.options.ocr) {
        pages[i] = "";
        continue;
      }
      try {
        engine ??= await openOcrEngine();
        const shot = await parser.getScreenshot({ partial: [i + 1], scale: OCR_SCALE, imageBuffer: true, imageDataUrl: false });
        const image = shot.pages[0]?.data;
        if (!image) throw new FoiscopeError("FOISCOPE_OCR_FAILED", "page could not be rendered");
        const recognized = await recognizePage(engine, image);
        pages[i] = recognized.text;
        if (recognized.skew) skews.push({ page: n, skew: recognized.skew });
        ocrPages++;
      } catch (error) {
        pages[i] = "";
        ocrFailed.push(`page ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (missing.length) {
      const where = (list: number[]) => `page${list.length > 1 ? "s" : ""} ${pageList(list)}`;
      const problem = [
        noLayer.length ? `No text layer on ${where(noLayer)}` : "",
        garbled.length ? `${noLayer.length ? "unreadable" : "Unreadable"} text layer (unmapped glyphs) on ${where(garbled)}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      if (!context.options.ocr) {
        messages.push({ severity: "warning", code: "FOISCOPE_OCR_SKIPPED", source: "extract/pdf", text: `${problem}; OCR is off (--no-ocr), so ${missing.length > 1 ? "they were" : "it was"} left out` });
      } else if (ocrPages > 0) {
        const straightened = skewNote(skews, pageList);
        messages.push({
          severity: "info",
          code: "FOISCOPE_OCR",
          source: "extract/pdf",
          text: `${problem}; ran OCR (${engine?.name ?? "tesseract"})${straightened ? `, straightening tilted ${straightened}` : ""}`,
        });
      }
      if (ocrFailed.length) {
        messages.push({ severity: "warning", code: "FOISCOPE_OCR_FAILED", source: "extract/pdf", text: `OCR failed, so text is missing: ${ocrFailed.join("; ")}` });
      }
    }

    const { text, pageStarts } = joinPages(removeRunningLines(pages));
    if (!text.trim()) {
      messages.push({ severity: "warning", code: "FOISCOPE_NO_TEXT", source: "extract/pdf", text: "PDF yielded no text at all; nothing to analyse" });
    }
    return { format: "pdf", text, pageStarts, ocrPages, meta: {}, messages };
  } finally {
    await engine?.close().catch(() => undefined);
    await parser.destroy().catch(() => undefined);
  }
}

export const pdfExtractor: Extractor = {
  format: "pdf",
  extensions: ["pdf"],
  sniff: (bytes) => isPdf(bytes),
  extract: extractPdf,
};
