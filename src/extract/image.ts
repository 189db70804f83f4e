import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { openOcrEngine, recognizePage, skewNote, type OcrEngine } from "./ocr.js";
import { localOcrSlots, type OcrSlots } from "./ocr-slots.js";
import { pageList } from "./pdf.js";
import { joinPages, removeRunningLines } from "./pdf-layout.js";
import { isJpeg, isPng, isTiff } from "./sniff.js";
import { DEFAULT_MAX_OCR_PAGES, type Extracted, type ExtractContext, type ExtractInput, type Extractor } from "./types.js";

/**
 * Scanned letters saved as pictures (PNG, JPEG, TIFF), OCR'd page by page on the
 * same path as a scanned PDF page (`recognizePage`): a PNG or JPEG is one page, a
 * TIFF one page per image in it (fax and copier scans are often multi-page TIFF).
 *
 * The bytes go to the OCR engine as they are; this module reads only the headers,
 * for the page size (to refuse decompression bombs before the engine allocates
 * them) and, in a TIFF, where each page's directory is. Each TIFF page is handed
 * over as a one-page TIFF: a copy of the file whose header points at that page's
 * directory and whose directory ends the chain. The strips stay where they were,
 * so nothing is decoded or re-encoded here, and both engines read page n the way
 * they read page 1 (tesseract.js reads only the first page of a TIFF).
 */
export type ImageKind = "png" | "jpeg" | "tiff";

export interface ImagePage {
  width: number;
  height: number;
  /** What the OCR engine is given for this page; made on demand (a TIFF page is a copy of the file). */
  bytes: () => Uint8Array;
}

/**
 * Largest page OCR'd, in pixels: an A4 page at 600 dpi is 35 megapixels. A larger
 * "page" is a poster, a photo of a wall, or a header written to make the OCR
 * engine allocate gigabytes.
 */
export const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;
/** Pages of a TIFF read at most; a directory chain longer than this is cut with a warning. */
export const MAX_TIFF_PAGES = 500;

function corrupt(kind: ImageKind, why: string, name: string): FoiscopeError {
  return new FoiscopeError("FOISCOPE_IMAGE_CORRUPT", `${kind.toUpperCase()} image is damaged or truncated (${why}): ${name}`);
}

function pngSize(bytes: Uint8Array, name: string): { width: number; height: number } {
  // Signature (8), then the IHDR chunk: length (4), "IHDR", width (4), height (4).
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") throw corrupt("png", "no IHDR header", name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Size from the first start-of-frame marker (SOF0–SOF15 less DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array, name: string): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw corrupt("jpeg", `no marker at byte ${at}`, name);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2) throw corrupt("jpeg", "bad segment length", name);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > bytes.length) break;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (marker === 0xda || marker === 0xd9) break; // image data or end before any frame header
    at += 2 + length;
  }
  throw corrupt("jpeg", "no frame header", name);
}

/** Each page's size and its own one-page TIFF; thumbnails (reduced-resolution subfiles) are skipped. */
function tiffPages(bytes: Uint8Array, name: string, messages: Message[]): ImagePage[] {
  if (bytes.length < 8) throw corrupt("tiff", "no header", name);
  const little = bytes[0] === 0x49;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, little);
  const u32 = (at: number): number => view.getUint32(at, little);
  if (u16(2) === 43) throw new FoiscopeError("FOISCOPE_IMAGE_UNSUPPORTED", `BigTIFF images are not read; save the scan as an ordinary TIFF, PNG or PDF: ${name}`);
  const pages: ImagePage[] = [];
  const seen = new Set<number>();
  let offset = u32(4);
  while (offset !== 0) {
    if (seen.has(offset)) throw corrupt("tiff", "its page directories loop", name);
    seen.add(offset);
    if (offset + 2 > bytes.length) throw corrupt("tiff", `page directory ${seen.size} lies past the end of the file`, name);
    const count = u16(offset);
    const next = offset + 2 + 12 * count;
    if (next + 4 > bytes.length) throw corrupt("tiff", `page directory ${seen.size} is cut off`, name);
    let width = 0;
    let height = 0;
    let thumbnail = false;
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + 12 * i;
      const tag = u16(entry);
      const type = u16(entry + 2);
      // SHORT (3) values sit in the first two bytes of the value field; LONG (4) fill it.
      const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
      if (tag === 256) width = value;
      else if (tag === 257) height = value;
      else if (tag === 254) thumbnail = (value & 1) === 1;
    }
    if (!thumbnail) {
      if (!width || !height) throw corrupt("tiff", `page ${pages.length + 1} has no width or height`, name);
      const directory = offset;
      pages.push({
        width,
        height,
        bytes: () => {
          const page = bytes.slice();
          const pageView = new DataView(page.buffer);
          pageView.setUint32(4, directory, little);
          pageView.setUint32(next, 0, little);
          return page;
        },
      });
    }
    if (pages.length >= MAX_TIFF_PAGES) {
      if (u32(next) !== 0) messages.push({ severity: "warning", code: "FOISCOPE_IMAGE_PAGES", source: "extract/image", text: `TIFF has more than ${MAX_TIFF_PAGES} pages; read the first ${MAX_TIFF_PAGES}` });
      break;
    }
    offset = u32(next);
  }
  if (pages.length === 0) throw corrupt("tiff", "no pages", name);
  return pages;
}

/** The pages of an image file, checked against the size limit. Throws FOISCOPE_IMAGE_* errors. */
export function imagePages(kind: ImageKind, bytes: Uint8Array, name: string, messages: Message[] = []): ImagePage[] {
  const pages = kind === "tiff" ? tiffPages(bytes, name, messages) : [{ ...(kind === "png" ? pngSize(bytes, name) : jpegSize(bytes, name)), bytes: () => bytes }];
  pages.forEach((page, i) => {
    if (page.width * page.height > MAX_IMAGE_PIXELS) {
      const where = pages.length > 1 ? ` page ${i + 1}` : "";
      throw new FoiscopeError(
        "FOISCOPE_IMAGE_TOO_LARGE",
        `Image${where} is ${page.width}×${page.height} pixels (${Math.round((page.width * page.height) / 1e6)} megapixels), over the ${MAX_IMAGE_PIXELS / 1024 / 1024}-megapixel limit for one page; scale it down to about 300 dpi: ${name}`,
      );
    }
  });
  return pages;
}

/** The size of the first page, or null when the bytes are not a readable PNG, JPEG or TIFF. */
export function imageSize(bytes: Uint8Array): { kind: ImageKind; width: number; height: number } | null {
  const kind = imageKindOf(bytes);
  if (!kind) return null;
  try {
    const [first] = imagePages(kind, bytes, "");
    return first ? { kind, width: first.width, height: first.height } : null;
  } catch {
    return null;
  }
}

export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  return isPng(bytes) ? "png" : isJpeg(bytes) ? "jpeg" : isTiff(bytes) ? "tiff" : null;
}

async function extractImage(kind: ImageKind, input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  const messages: Message[] = [];
  const pages = imagePages(kind, input.bytes, input.name, messages);
  const label = `${kind.toUpperCase()} image${pages.length > 1 ? ` of ${pages.length} pages` : ""}`;
  if (!context.options.ocr) {
    messages.push({ severity: "warning", code: "FOISCOPE_OCR_SKIPPED", source: "extract/image", text: `${label}; OCR is off (--no-ocr), so it was left out` });
    return { format: kind, text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages };
  }
  const budget = Math.max(0, Math.floor(context.options.maxOcrPages ?? DEFAULT_MAX_OCR_PAGES));
  const overBudget = pages.splice(budget);
  if (overBudget.length) {
    const first = budget + 1;
    const last = budget + overBudget.length;
    messages.push({ severity: "warning", code: "FOISCOPE_OCR_BUDGET", source: "extract/image", text: `OCR stopped at ${budget} page${budget === 1 ? "" : "s"} (--max-ocr-pages), so ${first === last ? `page ${first} was` : `pages ${first}–${last} were`} left out` });
  }
  if (pages.length === 0) return { format: kind, text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages };
  // Announced before the work starts, so the engine's time limit can allow for it.
  context.options.onOcrPlanned?.(pages.length);
  const texts: string[] = pages.map(() => "");
  const failures: Array<{ page: number; reason: string }> = [];
  const skews: Array<{ page: number; skew: number }> = [];
  const fail = (page: number, error: unknown): void => void failures.push({ page, reason: error instanceof Error ? error.message : String(error) });
  let ocrPages = 0;
  let engine: OcrEngine | null = null;
  try {
    // Each page is read as soon as an engine slot is free in the pool (ocr-slots.ts), as a scanned PDF's pages are.
    let slots: OcrSlots | null = null;
    const reading: Array<Promise<void>> = [];
    for (const [i, page] of pages.entries()) {
      try {
        engine ??= await openOcrEngine();
        slots ??= engine.name === "system" && context.options.ocrSlots ? context.options.ocrSlots : localOcrSlots(1);
        const release = await slots.acquire();
        const reader = engine;
        reading.push(
          (async () => {
            try {
              const recognized = await recognizePage(reader, page.bytes());
              texts[i] = recognized.text;
              if (recognized.skew) skews.push({ page: i + 1, skew: recognized.skew });
              ocrPages++;
            } catch (error) {
              fail(i + 1, error);
            } finally {
              release();
            }
          })(),
        );
      } catch (error) {
        fail(i + 1, error);
      }
    }
    await Promise.all(reading);
  } finally {
    await engine?.close().catch(() => undefined);
  }
  failures.sort((a, b) => a.page - b.page);
  skews.sort((a, b) => a.page - b.page);
  const failed = failures.map((f) => f.page);
  const reasons = failures.map((f) => f.reason);
  if (ocrPages === 0) throw new FoiscopeError("FOISCOPE_OCR_FAILED", `OCR of the ${label} failed: ${reasons[0] ?? "no engine"}`);
  const straightened = skewNote(skews, pageList);
  const tilt = pages.length === 1 && skews[0] ? `, straightening it (tilted ${Math.abs(skews[0].skew)}°)` : straightened ? `, straightening tilted ${straightened}` : "";
  messages.push({ severity: "info", code: "FOISCOPE_OCR", source: "extract/image", text: `${label}; ran OCR (${engine?.name ?? "tesseract"})${tilt}` });
  if (failed.length) {
    messages.push({ severity: "warning", code: "FOISCOPE_OCR_FAILED", source: "extract/image", text: `OCR failed on page${failed.length > 1 ? "s" : ""} ${pageList(failed)}, so text is missing: ${reasons[0]}` });
  }
  const { text, pageStarts } = joinPages(removeRunningLines(texts));
  if (!text.trim()) messages.push({ severity: "warning", code: "FOISCOPE_NO_TEXT", source: "extract/image", text: "OCR found no text in the image; nothing to analyse" });
  return { format: kind, text, pageStarts, ocrPages, meta: {}, messages };
}

function imageExtractor(kind: ImageKind, extensions: string[], sniff: (bytes: Uint8Array) => boolean): Extractor {
  return { format: kind, extensions, sniff, extract: (input, context) => extractImage(kind, input, context) };
}

export const pngExtractor = imageExtractor("png", ["png"], isPng);
export const jpegExtractor = imageExtractor("jpeg", ["jpg", "jpeg", "jfif"], isJpeg);
export const tiffExtractor = imageExtractor("tiff", ["tif", "tiff"], isTiff);
