/**
 * node dist/bench/word-order.js <pdf or folder>...
 *
 * Word order of foiscope's PDF text layer (PDFium runs through the layout pass,
 * page by page, before running headers are removed) against `pdftotext -layout`
 * on the same page: the longest common subsequence of the two pages' words, as a
 * share of pdftotext's words, summed over pages. 1.0 means every word pdftotext
 * reads comes out in the same order. Words are compared lower-cased with
 * punctuation trimmed, so a reflowed line break or a joined hyphen does not count.
 * Where the layout pass deliberately departs from -layout (two columns of prose
 * read left then right, a question and reply table read cell by cell), the figure
 * drops: the per-file lines say where.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { layoutRuns } from "../extract/pdf-columns.js";
import { PdfiumDocument } from "../extract/pdfium.js";

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .split(/\s+/)
    // redos-ok: benchmark code over the whitespace-split tokens of real letters (a token is a word with its punctuation).
    .map((w) => w.replace(/^[^\p{L}\p{N}£]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);

/** Length of the longest common subsequence of two word lists. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let x = 1; x <= a.length; x++) {
    for (let y = 1; y <= b.length; y++) row[y] = a[x - 1] === b[y - 1] ? previous[y - 1]! + 1 : Math.max(previous[y]!, row[y - 1]!);
    [previous, row] = [row, previous];
  }
  return previous[b.length]!;
}

function pdftotextPage(file: string, page: number): string {
  const r = spawnSync("pdftotext", ["-q", "-layout", "-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout : "";
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.toLowerCase().endsWith(".pdf")).sort().map((f) => join(p, f)) : [p]));
  if (!files.length) throw new Error("give PDF files or folders");
  let common = 0;
  let total = 0;
  for (const file of files) {
    const doc = await PdfiumDocument.open(readFileSync(file), file);
    let fileCommon = 0;
    let fileTotal = 0;
    try {
      for (let i = 0; i < doc.pageCount; i++) {
        const theirs = words(pdftotextPage(file, i + 1));
        const ours = words(layoutRuns(doc.text(i).items));
        fileCommon += lcs(theirs, ours);
        fileTotal += theirs.length;
      }
    } finally {
      doc.close();
    }
    common += fileCommon;
    total += fileTotal;
    process.stdout.write(`${file}: ${fileTotal ? (fileCommon / fileTotal).toFixed(3) : "–"} (${fileTotal} words)\n`);
  }
  process.stdout.write(`word order vs pdftotext -layout: ${(common / Math.max(1, total)).toFixed(4)} of ${total} words in order\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`word-order: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
