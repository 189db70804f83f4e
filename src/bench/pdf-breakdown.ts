/**
 * node dist/bench/pdf-breakdown.js [--passes 2] <file.pdf>...
 *
 * Where a text-layer PDF's CPU goes, step by step, in one fresh thread doing what a
 * worker does: loading the worker's modules (with its warm-up letter), instantiating
 * PDFium, then per file opening the document, PDFium's parse of each page
 * (FPDF_LoadPage + FPDFText_LoadPage), reading the positioned runs out of it, the
 * layout pass, the text-layer check, joining the pages, and the analysis. Pass 1 is
 * what a fresh worker pays (WASM still in its baseline tier, JavaScript not yet
 * optimised); later passes are the steady state. CPU time by process.cpuUsage(), so
 * V8's background compilation counts too. Prints a table; not a test.
 */
import { readFileSync } from "node:fs";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface Steps {
  [step: string]: number;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let passes = 2;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--passes") passes = Number(argv[++i]);
    else files.push(argv[i]!);
  }
  const startup: Steps = {};
  let t = cpu();
  // What a worker loads before its first file (worker.ts imports the registry and the analysis, then reads a warm-up letter).
  await import("../extract/registry.js");
  const { analyzeText, analyzeExtracted } = await import("../engine/analyze.js");
  startup["load the worker's modules"] = cpu() - t;
  t = cpu();
  analyzeText("Northdale Council\nOur ref: W/1\n2 May 2020\nDear Sir,\n1. How many?\nWe do not hold this information.\nYours sincerely,\nNorthdale Council\n", { file: "warm-up.txt", path: "warm-up.txt" });
  startup["warm-up letter"] = cpu() - t;
  t = cpu();
  const { pdfium, PdfiumDocument } = await import("../extract/pdfium.js");
  const m: WrappedPdfiumModule = await pdfium();
  startup["PDFium: load and instantiate the WASM"] = cpu() - t;
  const { layoutRuns } = await import("../extract/pdf-columns.js");
  const { joinPages, removeGluedFootnoteDigits, removeRunningLines, textLayerProblem } = await import("../extract/pdf-layout.js");
  const { normaliseText } = await import("../extract/decode.js");
  const { pdfExtractor } = await import("../extract/pdf.js");
  const inputs = files.map((path) => ({ name: path, bytes: readFileSync(path) as Uint8Array }));

  const rows: Array<{ pass: number; steps: Steps; pages: number }> = [];
  for (let pass = 1; pass <= passes; pass++) {
    const steps: Steps = {};
    const add = (step: string, since: number): number => {
      const now = cpu();
      steps[step] = (steps[step] ?? 0) + now - since;
      return now;
    };
    let pages = 0;
    for (const { name, bytes } of inputs) {
      let s = cpu();
      // The real extractor end to end, then the analysis of its result (in pass 1 alone: what a fresh worker does).
      const extracted = await pdfExtractor.extract({ name, bytes }, { depth: 0, options: { ocr: false, maxBytes: Number.MAX_SAFE_INTEGER }, extractNested: () => Promise.reject(new Error("no nesting")) });
      s = add("extractor end to end", s);
      analyzeExtracted(extracted, { file: name, path: name });
      add("analysis", s);
      pages += extracted.pageStarts.length;
      if (pass === 1) continue;
      // PDFium's own parse, alone: what any PDFium-based reader pays.
      s = cpu();
      const doc = await PdfiumDocument.open(bytes, name);
      s = add("open and close documents", s);
      const raw = doc as unknown as { doc: number };
      for (let i = 0; i < doc.pageCount; i++) {
        const page = m.FPDF_LoadPage(raw.doc, i);
        const textPage = m.FPDFText_LoadPage(page);
        m.FPDFText_ClosePage(textPage);
        m.FPDF_ClosePage(page);
      }
      s = add("PDFium parse (FPDF_LoadPage + FPDFText_LoadPage)", s);
      const texts: string[] = [];
      for (let i = 0; i < doc.pageCount; i++) {
        let u = cpu();
        const items = doc.text(i).items;
        u = add("parse again + read runs (doc.text)", u);
        const laid = layoutRuns(items);
        u = add("layout pass (rows, columns, paragraphs)", u);
        texts.push(removeGluedFootnoteDigits(normaliseText(laid), false));
        add("normalise, footnote digits", u);
      }
      s = cpu();
      for (const p of texts) textLayerProblem(p);
      s = add("text-layer check", s);
      const joined = joinPages(removeRunningLines(texts));
      s = add("running lines, join pages", s);
      doc.close();
      add("open and close documents", s);
      void joined;
    }
    rows.push({ pass, steps, pages });
  }
  const say = (s: string): void => void process.stdout.write(`${s}\n`);
  say(`${files.length} files; CPU-s in one thread`);
  for (const [step, sec] of Object.entries(startup)) say(`${sec.toFixed(3).padStart(8)}  start-up: ${step}`);
  for (const { pass, steps, pages } of rows) {
    say(`pass ${pass} (${pages} pages):`);
    for (const [step, sec] of Object.entries(steps)) say(`${sec.toFixed(3).padStart(8)}  ${step}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`pdf-breakdown: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
