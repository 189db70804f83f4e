import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { normaliseText } from "./decode.js";
import { inkShare, shrinkGrey } from "./deskew.js";
import { openOcrEngine, recognizeGrey, skewNote, type OcrEngine, type RecognizedPage } from "./ocr.js";
import { localOcrSlots, type OcrSlots } from "./ocr-slots.js";
import { layoutRuns } from "./pdf-columns.js";
import { joinPages, removeGluedFootnoteDigits, removeRunningLines, textLayerProblem } from "./pdf-layout.js";
import { PdfiumDocument } from "./pdfium.js";
import { isPdf } from "./sniff.js";
import { DEFAULT_MAX_OCR_PAGES, type Extracted, type ExtractContext, type ExtractInput, type Extractor } from "./types.js";

/**
 * PDF letters through PDFium (pdfium.ts): the text layer as positioned runs laid
 * out in reading order (pdf-columns.ts, pdf-layout.ts), and pages with no usable
 * layer rendered to grey bitmaps and OCR'd. pdf.js (pdf-parse) is kept for one
 * job only: reading a damaged file PDFium refuses to open, whose text pdf.js's
 * more forgiving parser can often still recover.
 */

/** Render resolution for OCR: 200 dpi, where tesseract reads letter-size type reliably without the cost of 300. */
const OCR_DPI = 200;
/**
 * Most pixels a page is rendered at (16 megapixels: A4 at 200 dpi is 3.9, A3 7.7). A larger
 * page (a 7,200 pt "page" would be 400 megapixels, 5 GB as pdf.js renders it) is rendered at
 * the resolution that fits, and the OCR message says so.
 */
export const MAX_RENDER_PIXELS = 16 * 1024 * 1024;
/** Blank-page test on the rendered page: less than 0.05 % ink (a speck, a fold line) holds no text. */
const BLANK_INK = 0.0005;

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

const where = (list: number[]): string => `page${list.length > 1 ? "s" : ""} ${pageList(list)}`;

/** Text of a PDF PDFium cannot open, through pdf.js; null when pdf.js cannot read it either. */
async function pdfJsText(bytes: Uint8Array): Promise<string[] | null> {
  // Loaded only for such a file: pdf.js is ~0.1 CPU-s to load in every worker that would never use it.
  const { PDFParse } = await import("pdf-parse");
  // pdf.js may transfer the buffer it is given to its worker: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  try {
    const pages = (await parser.getText({ pageJoiner: "" })).pages.map((p) => p.text);
    return pages.some((p) => p.trim()) ? pages : null;
  } catch {
    return null;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function extractPdf(input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  let doc: PdfiumDocument;
  try {
    doc = await PdfiumDocument.open(input.bytes, input.name);
  } catch (error) {
    if (!(error instanceof FoiscopeError) || error.code !== "FOISCOPE_PDF_CORRUPT") throw error;
    const recovered = await pdfJsText(input.bytes);
    if (!recovered) throw error;
    const pages = recovered.map((p) => removeGluedFootnoteDigits(normaliseText(p), true));
    const { text, pageStarts } = joinPages(removeRunningLines(pages));
    const note: Message = { severity: "warning", code: "FOISCOPE_PDF_REPAIRED", source: "extract/pdf", text: `PDF is damaged (${error.message.replace(/: [^:]*$/, "")}); its text was recovered with pdf.js, without layout or OCR` };
    return { format: "pdf", text, pageStarts, ocrPages: 0, meta: {}, messages: [note] };
  }
  const messages: Message[] = [];
  let engine: OcrEngine | null = null;
  let ocrPages = 0;
  try {
    if (doc.pageCount === 0) throw new FoiscopeError("FOISCOPE_PDF_CORRUPT", `PDF has no pages: ${input.name}`);
    const pages: string[] = [];
    for (let i = 0; i < doc.pageCount; i++) pages.push(removeGluedFootnoteDigits(normaliseText(layoutRuns(doc.text(i).items)), false));

    const noLayer: number[] = [];
    const garbled: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < pages.length; i++) {
      const problem = textLayerProblem(pages[i]!);
      if (!problem) continue;
      // Nothing drawn at all: blank without rendering it (a 2,000-page PDF of empty pages costs nothing).
      if (problem === "none" && doc.objectCount(i) === 0) blank.push(i + 1);
      else (problem === "none" ? noLayer : garbled).push(i + 1);
    }
    const missing = [...noLayer, ...garbled].sort((a, b) => a - b);
    const budget = Math.max(0, Math.floor(context.options.maxOcrPages ?? DEFAULT_MAX_OCR_PAGES));
    const toRead = context.options.ocr ? missing.slice(0, budget) : [];
    const overBudget = context.options.ocr ? missing.slice(budget) : [];
    // Announced before the work starts, so the engine's time limit can allow for it.
    if (toRead.length) context.options.onOcrPlanned?.(toRead.length);
    const ocrFailed: string[] = [];
    const skews: Array<{ page: number; skew: number }> = [];
    const lowered: number[] = [];
    for (const n of missing) pages[n - 1] = "";
    const failed = (n: number, error: unknown): void => void ocrFailed.push(`page ${n}: ${error instanceof Error ? error.message : String(error)}`);
    // Pages are rendered here, one after another, and each is read by the engine (in its own process or thread)
    // as soon as a slot is free: while the engine reads one page the next renders, and when the run's other
    // workers leave slots unused (ocr-slots.ts) several pages of this document are read at once.
    const reading: Array<Promise<void>> = [];
    const read = async (n: number, result: Promise<RecognizedPage>): Promise<void> => {
      try {
        const recognized = await result;
        pages[n - 1] = recognized.text;
        if (recognized.skew) skews.push({ page: n, skew: recognized.skew });
        ocrPages++;
      } catch (error) {
        failed(n, error);
      }
    };
    let slots: OcrSlots | null = null;
    for (const n of toRead) {
      try {
        engine ??= await openOcrEngine();
        // tesseract.js reads one page at a time in its own thread, whatever is queued: one slot of its own.
        slots ??= engine.name === "system" && context.options.ocrSlots ? context.options.ocrSlots : localOcrSlots(1);
        const image = doc.render(n - 1, OCR_DPI, MAX_RENDER_PIXELS);
        if (!image) throw new FoiscopeError("FOISCOPE_OCR_FAILED", "page has no size");
        // Drawn but empty (a white scan, a page of form lines): no ink, no OCR. It counted against the budget.
        // The page at ~1,000 pixels wide: enough to tell ink from paper and to measure a tilt, at a seventh of the cost.
        const small = shrinkGrey(image, 1000);
        if (!garbled.includes(n) && inkShare(small) < BLANK_INK) {
          blank.push(n);
          continue;
        }
        if (image.scale < OCR_DPI / 72 - 1e-9) lowered.push(n);
        const release = await slots.acquire();
        let result: Promise<RecognizedPage>;
        try {
          result = recognizeGrey(engine, image, small);
        } catch (error) {
          release();
          throw error;
        }
        reading.push(read(n, result.finally(release)));
      } catch (error) {
        failed(n, error);
      }
    }
    await Promise.all(reading);
    ocrFailed.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    skews.sort((a, b) => a.page - b.page);
    for (const n of blank) pages[n - 1] = "";
    blank.sort((a, b) => a - b);
    const inkless = new Set(blank);
    noLayer.splice(0, noLayer.length, ...noLayer.filter((n) => !inkless.has(n)));
    if (noLayer.length || garbled.length) {
      const problem = [
        noLayer.length ? `No text layer on ${where(noLayer)}` : "",
        garbled.length ? `${noLayer.length ? "unreadable" : "Unreadable"} text layer (unmapped glyphs) on ${where(garbled)}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      if (!context.options.ocr) {
        const count = noLayer.length + garbled.length;
        messages.push({ severity: "warning", code: "FOISCOPE_OCR_SKIPPED", source: "extract/pdf", text: `${problem}; OCR is off (--no-ocr), so ${count > 1 ? "they were" : "it was"} left out` });
      } else if (ocrPages > 0) {
        const straightened = skewNote(skews, pageList);
        const low = lowered.length ? `, ${where(lowered)} rendered below ${OCR_DPI} dpi to stay within ${MAX_RENDER_PIXELS / 1024 / 1024} megapixels` : "";
        messages.push({
          severity: "info",
          code: "FOISCOPE_OCR",
          source: "extract/pdf",
          text: `${problem}; ran OCR (${engine?.name ?? "tesseract"})${straightened ? `, straightening tilted ${straightened}` : ""}${low}`,
        });
      }
      if (overBudget.length) {
        messages.push({
          severity: "warning",
          code: "FOISCOPE_OCR_BUDGET",
          source: "extract/pdf",
          text: `OCR stopped at ${budget} page${budget === 1 ? "" : "s"} (--max-ocr-pages), so ${where(overBudget)} ${overBudget.length > 1 ? "were" : "was"} left out`,
        });
      }
      if (ocrFailed.length) {
        messages.push({ severity: "warning", code: "FOISCOPE_OCR_FAILED", source: "extract/pdf", text: `OCR failed, so text is missing: ${ocrFailed.join("; ")}` });
      }
    }
    if (blank.length) {
      messages.push({ severity: "info", code: "FOISCOPE_BLANK_PAGES", source: "extract/pdf", text: `Skipped ${blank.length} blank ${where(blank)} (nothing to read or OCR)` });
    }

    const { text, pageStarts } = joinPages(removeRunningLines(pages));
    if (!text.trim()) {
      messages.push({ severity: "warning", code: "FOISCOPE_NO_TEXT", source: "extract/pdf", text: "PDF yielded no text at all; nothing to analyse" });
    }
    return { format: "pdf", text, pageStarts, ocrPages, meta: {}, messages };
  } finally {
    await engine?.close().catch(() => undefined);
    doc.close();
  }
}

export const pdfExtractor: Extractor = {
  format: "pdf",
  extensions: ["pdf"],
  sniff: (bytes) => isPdf(bytes),
  extract: extractPdf,
};
