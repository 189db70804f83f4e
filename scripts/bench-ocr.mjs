#!/usr/bin/env node
// OCR benchmark on the scanned fixtures: pages/s and word accuracy for the
// system tesseract and tesseract.js, rendering as foiscope does (pdf-parse
// getScreenshot at 200 dpi). Picture files (PNG, JPEG, TIFF) are given to the
// engine as they are, a TIFF page by page, as the image extractor does. Needs a
// build (npm run build) for dist/.
//
//   node scripts/bench-ocr.mjs [--engines system,tesseract.js] [--no-deskew] [files...]
// Pages are straightened first (src/extract/deskew.ts) as foiscope does, unless --no-deskew;
// the time of straightening is counted in the OCR time.
//   node scripts/bench-ocr.mjs test/fixtures/formats/*-scan.png test/fixtures/formats/*-scan.tif
//
// Word accuracy: the share of the letter's words (from test/fixtures/letters/<id>.txt,
// front matter removed) found in order in the OCR text (longest common
// subsequence of lower-cased words, punctuation trimmed). Extra words the scan
// carries (running header, page numbers) do not count against it.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PDFParse } from "pdf-parse";
import { cleanOcrText, openOcrEngine } from "../dist/extract/ocr.js";
import { imageKindOf, imagePages } from "../dist/extract/image.js";
import { deskewPage } from "../dist/extract/deskew.js";

const args = process.argv.slice(2);
const i = args.indexOf("--engines");
const engines = (i >= 0 ? args.splice(i, 2)[1] : "system,tesseract.js").split(",");
const noDeskew = args.indexOf("--no-deskew");
const deskew = noDeskew < 0;
if (!deskew) args.splice(noDeskew, 1);
const files = args.length ? args : readdirSync("test/fixtures/formats").filter((f) => f.endsWith("-scan.pdf")).sort().map((f) => join("test/fixtures/formats", f));

const words = (text) => text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}£]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);

function lcs(a, b) {
  let previous = new Uint16Array(b.length + 1);
  for (let x = 1; x <= a.length; x++) {
    const row = new Uint16Array(b.length + 1);
    for (let y = 1; y <= b.length; y++) row[y] = a[x - 1] === b[y - 1] ? previous[y - 1] + 1 : Math.max(previous[y], row[y - 1]);
    previous = row;
  }
  return previous[b.length];
}

function reference(file) {
  const id = basename(file).replace(/(-scan(-skew[\d.]+)?)?\.(pdf|png|jpe?g|tif)$/, "");
  const raw = readFileSync(join("test/fixtures/letters", `${id}.txt`), "utf8");
  return raw.replace(/^(?:---\n)?(?:[A-Za-z_][\w -]*:.*\n)+---\n/, "");
}

// Render every page once, outside the timed OCR.
const pages = [];
let renderMs = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const kind = imageKindOf(bytes);
  if (kind) {
    for (const page of imagePages(kind, bytes, file)) pages.push({ file, image: page.bytes() });
    continue;
  }
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  const t0 = performance.now();
  const shot = await parser.getScreenshot({ scale: 200 / 72, imageBuffer: true, imageDataUrl: false });
  renderMs += performance.now() - t0;
  for (const page of shot.pages) pages.push({ file, image: page.data });
  await parser.destroy();
}
console.log(`${files.length} files, ${pages.length} pages; rendering at 200 dpi: ${(renderMs / pages.length).toFixed(0)} ms/page`);

for (const name of engines) {
  const t0 = performance.now();
  const engine = await openOcrEngine(name);
  const startMs = performance.now() - t0;
  const byFile = new Map();
  const t1 = performance.now();
  let turned = 0;
  for (const page of pages) {
    const { image, angle } = deskew ? await deskewPage(page.image) : { image: page.image, angle: 0 };
    if (angle) turned++;
    byFile.set(page.file, `${byFile.get(page.file) ?? ""}\n${cleanOcrText(await engine.recognize(image))}`);
  }
  const ocrMs = performance.now() - t1;
  await engine.close();
  let found = 0;
  let total = 0;
  const perFile = [];
  for (const [file, text] of byFile) {
    const ref = words(reference(file));
    const hit = lcs(ref, words(text));
    found += hit;
    total += ref.length;
    perFile.push(`${basename(file)} ${((100 * hit) / ref.length).toFixed(1)}%`);
  }
  console.log(
    `${name}: start ${startMs.toFixed(0)} ms; OCR ${(ocrMs / pages.length / 1000).toFixed(2)} s/page = ${((pages.length * 1000) / ocrMs).toFixed(2)} pages/s; ` +
      `word accuracy ${((100 * found) / total).toFixed(2)}% (${found}/${total} words); ${deskew ? `${turned} of ${pages.length} pages straightened` : "not straightened"}`,
  );
  console.log(`  ${perFile.join("; ")}`);
}
