/**
 * node dist/bench/pdf-extract.js <file.pdf>...
 *
 * The PDF text layer alone, in one thread: PDFium and the layout pass, no analysis,
 * no workers, no store. Reads every file once to warm up (WASM tier-up, JIT), then
 * again, and prints one JSON line: pages, CPU-seconds of the first (cold) and second
 * (warm) pass. The benchmark sets it beside `pdftotext` one process at a time on the
 * same files, which separates the engine's cost from analysis and start-up.
 */
import { readFileSync } from "node:fs";
import { pdfExtractor } from "../extract/pdf.js";

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function pass(files: Array<{ name: string; bytes: Uint8Array }>): Promise<{ pages: number; cpuSeconds: number }> {
  const began = cpu();
  let pages = 0;
  for (const { name, bytes } of files) {
    const extracted = await pdfExtractor.extract(
      { name, bytes },
      { depth: 0, options: { ocr: false, maxBytes: Number.MAX_SAFE_INTEGER }, extractNested: () => Promise.reject(new Error("no nesting in a PDF")) },
    );
    pages += extracted.pageStarts.length;
  }
  return { pages, cpuSeconds: cpu() - began };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).map((path) => ({ name: path, bytes: readFileSync(path) }));
  const cold = await pass(files);
  const warm = await pass(files);
  process.stdout.write(`${JSON.stringify({ pages: warm.pages, coldCpuSeconds: cold.cpuSeconds, warmCpuSeconds: warm.cpuSeconds })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`pdf-extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
