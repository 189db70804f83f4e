import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/registry.js";
import { MAX_RENDER_PIXELS } from "../../src/extract/pdf.js";
import { PdfiumDocument } from "../../src/extract/pdfium.js";

interface Pdfkit {
  on(event: "data", f: (chunk: Buffer) => void): void;
  on(event: "end", f: () => void): void;
  text(text: string, x?: number, y?: number): Pdfkit;
  rect(x: number, y: number, w: number, h: number): Pdfkit;
  fill(colour: string): Pdfkit;
  addPage(options?: object): Pdfkit;
  end(): void;
}
const PDFDocument = createRequire(import.meta.url)("pdfkit") as new (options: object) => Pdfkit;

/** A PDF made here: `draw` is given the document and adds its pages. */
function makePdf(draw: (doc: Pdfkit) => void, options: object = { size: "A4" }): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ ...options, compress: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });
}

const LETTER = "Dear Ms Okafor, the council holds no record of the survey you asked about, so we cannot supply it.";

describe("bounded cost per PDF", () => {
  it("skips blank pages, drawn with nothing or with only a speck, and says how many", async () => {
    const bytes = await makePdf((doc) => {
      doc.text(LETTER, 72, 72);
      for (let i = 0; i < 40; i++) doc.addPage();
      doc.addPage().rect(300, 400, 1, 1).fill("#000000");
    });
    const result = await extract({ bytes, name: "blank.pdf" }, { ocr: true, maxBytes: 1e8 });
    expect(result.ocrPages).toBe(0);
    expect(result.pageStarts).toHaveLength(42);
    expect(result.text.trim()).toBe(LETTER);
    expect(result.messages.map((m) => `${m.code}: ${m.text}`)).toEqual(["FOISCOPE_BLANK_PAGES: Skipped 41 blank pages 2–42 (nothing to read or OCR)"]);
  });

  it("leaves pages past the OCR page budget out and names them", async () => {
    const bytes = await makePdf((doc) => {
      for (let i = 0; i < 3; i++) (i ? doc.addPage() : doc).rect(72, 72, 400, 300).fill("#555555");
    });
    const result = await extract({ bytes, name: "scan.pdf" }, { ocr: true, maxBytes: 1e8, maxOcrPages: 0 });
    expect(result.ocrPages).toBe(0);
    expect(result.messages.map((m) => `${m.code}: ${m.text}`)).toEqual([
      "FOISCOPE_OCR_BUDGET: OCR stopped at 0 pages (--max-ocr-pages), so pages 1–3 were left out",
      "FOISCOPE_NO_TEXT: PDF yielded no text at all; nothing to analyse",
    ]);
  });

  it("renders a 7,200 pt page within the pixel cap, at a lower resolution", async () => {
    const bytes = await makePdf((doc) => void doc.rect(100, 100, 7000, 7000).fill("#333333"), { size: [7200, 7200] });
    const doc = await PdfiumDocument.open(bytes, "huge.pdf");
    try {
      const page = doc.render(0, 200, MAX_RENDER_PIXELS);
      expect(page).not.toBeNull();
      expect(page!.width * page!.height).toBeLessThanOrEqual(MAX_RENDER_PIXELS);
      expect(page!.width).toBe(4096);
      expect(page!.pixels.length).toBe(page!.width * page!.height);
      // Mostly the dark square: rendered, not an empty bitmap.
      expect(page!.pixels[(page!.height / 2) * page!.width + page!.width / 2]).toBeLessThan(100);
    } finally {
      doc.close();
    }
  });
});
