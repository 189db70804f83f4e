import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { FoiscopeError } from "../core/errors.js";
import type { GreyImage } from "./deskew.js";
import type { TextItem } from "./pdf-layout.js";

/**
 * PDFium (Chrome's PDF engine, compiled to WASM by @embedpdf/pdfium, MIT; PDFium
 * itself Apache-2.0) for the text layer and page rendering of PDFs.
 *
 * Why PDFium: measured here side by side it reads a text layer at 1.3–1.4× the
 * pages per CPU-second of poppler's pdftotext and 3× pdf.js (pdf-parse), with the
 * same words; it renders a page to a grey bitmap with no canvas in 89 ms where
 * pdf.js takes 620 ms. The WASM module is instantiated once per thread (~150 ms,
 * paid when a worker first meets a PDF) and kept; documents, pages, text pages
 * and bitmaps are closed by the code that opened them, in `finally` blocks, so
 * nothing accumulates inside the module's heap over a long run.
 *
 * The module's own wrapped functions (cwrap) are used for calls made once per
 * page; the per-character calls go straight to the exported functions and read
 * results from the heap, which is what makes text extraction cheaper than
 * pdftotext's.
 */

type Module = WrappedPdfiumModule;
/**
 * The exported WASM functions themselves, used per character: the package's
 * `_name` functions are wrappers that check arguments on every call (a debug
 * build of the glue), which cost more than the call.
 */
interface RawExports {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  FPDFText_GetCharBox(textPage: number, index: number, left: number, right: number, bottom: number, top: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
}
interface Heap {
  wasmExports: RawExports;
  HEAPU8: Uint8Array;
  HEAPF64: Float64Array;
  HEAPF32: Float32Array;
}
const heapOf = (m: Module): Heap => m.pdfium as unknown as Heap;

/** A string from UTF-16 code units, in slices (a hostile PDF can draw a "line" of a million glyphs). */
function fromCodeUnits(units: number[]): string {
  if (units.length <= 8192) return String.fromCharCode(...units);
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

let loading: Promise<Module> | null = null;
let compiled: WebAssembly.Module | null = null;

/** PDFium's WASM, read from the package. */
function wasmBytes(): Uint8Array<ArrayBuffer> {
  const require = createRequire(import.meta.url);
  return new Uint8Array(readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm")));
}

/**
 * PDFium compiled once for the whole process (a worker pool's main thread hands it to every
 * worker, `usePdfiumModule`). Compiling is lazy, so this costs only the module's validation
 * (~0.1 CPU-s); what it buys is one copy of the machine code for all threads: V8 compiles a
 * function's optimised code once and every worker's instance runs it. Each thread compiling
 * the bytes itself gets its own code and pays the slow baseline tier and the optimising
 * compiler again (measured: a second worker's first pass over the real letters cost 1.7
 * CPU-s with its own compile, against ~0.9 steady).
 */
export function compilePdfium(): WebAssembly.Module {
  return (compiled ??= new WebAssembly.Module(wasmBytes()));
}

/** The compiled module this thread instantiates (from the pool's main thread), instead of compiling its own. */
export function usePdfiumModule(module: WebAssembly.Module): void {
  compiled ??= module;
}

/** The PDFium module of this thread, instantiated on first use. */
export function pdfium(): Promise<Module> {
  return (loading ??= (async () => {
    const { init } = await import("@embedpdf/pdfium");
    const wasm = compiled;
    const module = wasm
      ? await init({
          // Emscripten's hook for an embedder that compiles the module itself.
          instantiateWasm: (imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
            const instance = new WebAssembly.Instance(wasm, imports);
            receive(instance, wasm);
            return instance.exports;
          },
        } as Parameters<typeof init>[0])
      : await (async () => {
          const bytes = wasmBytes();
          return init({ wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
        })();
    module.PDFiumExt_Init();
    return module;
  })());
}

/** FPDF_GetLastError codes. */
const ERR_FORMAT = 3;
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

/** Render flags: annotations drawn (form fields filled in), print quality, no anti-aliasing cost on text. */
const FPDF_ANNOT = 0x01;
const FPDF_PRINTING = 0x800;
const FPDF_GRAYSCALE = 0x08;
/** FPDFBitmap_Gray: one byte a pixel. */
const BITMAP_GRAY = 1;

/** A page's size in points and its positioned text runs. */
export interface PageText {
  width: number;
  height: number;
  items: TextItem[];
  /** Characters whose Unicode PDFium could not map (U+FFFD, private use): a garbled layer. */
  chars: number;
}

/** A rendered page and the scale it was rendered at (pixels per point). */
export interface RenderedPage extends GreyImage {
  scale: number;
}

export class PdfiumDocument {
  private closed = false;
  private constructor(
    private readonly m: Module,
    private readonly doc: number,
    private readonly data: number,
    readonly pageCount: number,
  ) {}

  /** Opens a document from bytes; throws FOISCOPE_PDF_* errors that say what is wrong with the file. */
  static async open(bytes: Uint8Array, name: string): Promise<PdfiumDocument> {
    const m = await pdfium();
    const heap = heapOf(m);
    const raw = heap.wasmExports;
    // PDFium reads the bytes in place for as long as the document is open: they live in its heap until close().
    const data = raw.malloc(Math.max(1, bytes.length));
    heap.HEAPU8.set(bytes, data);
    const doc = m.FPDF_LoadMemDocument(data, bytes.length, "");
    if (!doc) {
      const code = m.FPDF_GetLastError();
      raw.free(data);
      if (code === ERR_PASSWORD || code === ERR_SECURITY) {
        throw new FoiscopeError("FOISCOPE_PDF_ENCRYPTED", `PDF is password-protected, so its text cannot be read: ${name}; save an unprotected copy and analyse that`);
      }
      const why = code === ERR_FORMAT ? "not a valid PDF structure" : `PDFium error ${code}`;
      throw new FoiscopeError("FOISCOPE_PDF_CORRUPT", `PDF is damaged or truncated and could not be opened (${why}): ${name}`);
    }
    return new PdfiumDocument(m, doc, data, m.FPDF_GetPageCount(doc));
  }

  private withPage<T>(index: number, use: (page: number) => T): T {
    if (this.closed) throw new FoiscopeError("FOISCOPE_INTERNAL", "PDF document used after close");
    const page = this.m.FPDF_LoadPage(this.doc, index);
    if (!page) throw new FoiscopeError("FOISCOPE_PDF_CORRUPT", `page ${index + 1} could not be loaded`);
    try {
      return use(page);
    } finally {
      this.m.FPDF_ClosePage(page);
    }
  }

  /** Page size in points, without loading the page's content. */
  pageSize(index: number): { width: number; height: number } {
    const m = this.m;
    const heap = heapOf(m);
    const raw = heap.wasmExports;
    const out = raw.malloc(16);
    try {
      // FS_SIZEF: two floats.
      if (!m.FPDF_GetPageSizeByIndexF(this.doc, index, out)) return { width: 0, height: 0 };
      return { width: heap.HEAPF32[out >> 2]!, height: heap.HEAPF32[(out >> 2) + 1]! };
    } finally {
      raw.free(out);
    }
  }

  /** How many objects (text, paths, images) a page draws; 0 is a page with nothing on it. */
  objectCount(index: number): number {
    return this.withPage(index, (page) => this.m.FPDFPage_CountObjects(page));
  }

  /**
   * The text runs of a page: characters in PDFium's text order, cut into runs where
   * the text object, the baseline or the direction changes or PDFium marks a line
   * break, each run with its start, baseline, width and type size.
   */
  text(index: number): PageText {
    const m = this.m;
    const heap = heapOf(m);
    const raw = heap.wasmExports;
    return this.withPage(index, (page) => {
      const width = m.FPDF_GetPageWidthF(page);
      const height = m.FPDF_GetPageHeightF(page);
      const textPage = m.FPDFText_LoadPage(page);
      if (!textPage) return { width, height, items: [], chars: 0 };
      const scratch = raw.malloc(64);
      const f64 = scratch >> 3;
      try {
        const count = m.FPDFText_CountChars(textPage);
        const items: TextItem[] = [];
        // The run's UTF-16 code units, made into a string once at its end.
        const run: number[] = [];
        let x0 = 0;
        let baseline = 0;
        let size = 0;
        let lastX = 0;
        let last = -1;
        const flush = (): void => {
          if (!run.length) return;
          // The run ends at its last character's right edge.
          raw.FPDFText_GetCharBox(textPage, last, scratch + 32, scratch + 40, scratch + 48, scratch + 56);
          const right = Math.max(heap.HEAPF64[(scratch + 40) >> 3]!, lastX);
          items.push({ str: fromCodeUnits(run), x: x0, y: baseline, size, width: Math.max(0, right - x0), hasEOL: false });
          run.length = 0;
        };
        for (let i = 0; i < count; i++) {
          const code = raw.FPDFText_GetUnicode(textPage, i);
          if (code === 0xfffe || code === 0x02 || code === 0xad) {
            // A soft hyphen (PDFium writes U+FFFE where a word was broken at a line end): kept as U+00AD for the layout pass to join.
            if (run.length) run.push(0xad);
            continue;
          }
          if (code === 0x0d || code === 0x0a || code === 0) {
            flush();
            continue;
          }
          // A space PDFium inferred from a gap ends the run: the layout pass decides about gaps itself.
          if (code === 0x20 && raw.FPDFText_IsGenerated(textPage, i) === 1) {
            flush();
            continue;
          }
          raw.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8);
          const f64s = heap.HEAPF64;
          const x = f64s[f64]!;
          const y = f64s[f64 + 1]!;
          if (run.length && (Math.abs(y - baseline) > 0.2 * size || x < lastX - 0.5 * size || x > lastX + 3 * size)) flush();
          if (!run.length) {
            // The loose box spans the font's ascent to descent at this size: the type size whatever matrix scaled it.
            raw.FPDFText_GetLooseCharBox(textPage, i, scratch + 16);
            const f32 = heap.HEAPF32;
            const r = (scratch + 16) >> 2;
            // FS_RECTF: left, top, right, bottom.
            size = Math.abs(f32[r + 1]! - f32[r + 3]!) / 1.15 || 10;
            x0 = x;
            baseline = y;
          }
          if (code > 0xffff) run.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
          else run.push(code);
          lastX = x;
          last = i;
        }
        flush();
        return { width, height, items, chars: count };
      } finally {
        raw.free(scratch);
        m.FPDFText_ClosePage(textPage);
      }
    });
  }

  /**
   * The page as a grey bitmap at `dpi`, lowered so it stays within `maxPixels`
   * (a 7,200 pt page at 200 dpi would be 20,000 pixels a side, 400 megapixels;
   * capped, it renders at whatever resolution fits). Returns null for a page of
   * zero size.
   */
  render(index: number, dpi: number, maxPixels: number): RenderedPage | null {
    const m = this.m;
    const heap = heapOf(m);
    const raw = heap.wasmExports;
    return this.withPage(index, (page) => {
      const widthPt = m.FPDF_GetPageWidthF(page);
      const heightPt = m.FPDF_GetPageHeightF(page);
      if (!(widthPt > 0) || !(heightPt > 0)) return null;
      let scale = dpi / 72;
      const pixels = widthPt * heightPt * scale * scale;
      if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
      const width = Math.max(1, Math.floor(widthPt * scale));
      const height = Math.max(1, Math.floor(heightPt * scale));
      const bitmap = m.FPDFBitmap_CreateEx(width, height, BITMAP_GRAY, 0, 0);
      if (!bitmap) throw new FoiscopeError("FOISCOPE_OCR_FAILED", `page ${index + 1} could not be rendered (${width}×${height} pixels)`);
      try {
        m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
        m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_PRINTING | FPDF_GRAYSCALE);
        const stride = m.FPDFBitmap_GetStride(bitmap);
        const buffer = m.FPDFBitmap_GetBuffer(bitmap);
        const bytes = heap.HEAPU8;
        const out = new Uint8Array(width * height);
        if (stride === width) out.set(bytes.subarray(buffer, buffer + width * height));
        else for (let y = 0; y < height; y++) out.set(bytes.subarray(buffer + y * stride, buffer + y * stride + width), y * width);
        return { width, height, pixels: out, scale };
      } finally {
        m.FPDFBitmap_Destroy(bitmap);
      }
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.m.FPDF_CloseDocument(this.doc);
    heapOf(this.m).wasmExports.free(this.data);
  }
}
