#!/usr/bin/env node
// Agreement of renderings with their text letters, per question: label, outcome and grounds
// must all match. Needs a build (npm run build).
//   node scripts/measure-renderings.mjs                 # test fixtures and corpus/formats
//   node scripts/measure-renderings.mjs corpus /tmp/all # every rendering in /tmp/all (render-fixtures.mjs --from corpus --to /tmp/all)
//   node scripts/measure-renderings.mjs --dev [--scans] [--office]   (npm run measure:renderings -- --dev)
//     renders the real dev letters (../shared/gold/dev) into a temporary folder outside the repository
//     (their wording must never be committed) as PDF, DOCX, plain email, HTML and HTML-only email, compares
//     them, and deletes the folder. --scans adds scanned PDFs of every 7th letter (16 letters: OCR is slow),
//     --office adds ODT and RTF (LibreOffice: 5-40 s a letter, 70 min for the 107 on a loaded 2-core machine).
//     --keep leaves the folder for reading. Figures and their causes: docs/formats.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processFile } from "../dist/engine/process.js";

const options = { ocr: true, maxBytes: 50 * 1024 * 1024 };
const key = (a) => `${a.label} ${a.outcome} [${[...a.grounds].sort().join(";")}]`;

async function compare(textDir, renderedDir, idOf) {
  const byFormat = new Map();
  let agree = 0;
  let total = 0;
  for (const file of readdirSync(renderedDir).filter((f) => !f.endsWith(".json") && !f.endsWith(".txt")).sort()) {
    const id = idOf(file);
    if (!id || !existsSync(join(textDir, `${id}.txt`))) continue;
    const text = await processFile({ path: join(textDir, `${id}.txt`), file: `${id}.txt` }, options);
    const rendered = await processFile({ path: join(renderedDir, file), file }, options);
    const want = text.answers.map(key);
    const got = new Set(rendered.answers.map(key));
    // Questions of the text version matched exactly; questions the rendering adds count as disagreements too.
    const matched = want.filter((k) => got.has(k)).length;
    const questions = Math.max(want.length, rendered.answers.length);
    agree += matched;
    total += questions;
    const format = file.replace(id, "").replace(/^[-.]/, "") || file;
    const f = byFormat.get(format) ?? { agree: 0, total: 0 };
    f.agree += matched;
    f.total += questions;
    byFormat.set(format, f);
    if (matched !== questions) console.log(`  differs: ${file}: text [${want.join(", ")}] vs rendering [${rendered.answers.map(key).join(", ")}]`);
  }
  for (const [format, f] of byFormat) console.log(`  ${format}: ${f.agree}/${f.total}`);
  console.log(`  all: ${agree}/${total} questions agree = ${total ? ((100 * agree) / total).toFixed(1) : "n/a"}%`);
}

const SUFFIX = /(-html\.eml|-ol\.html|-wdtk\.eml|-tnef\.eml|\.html|\.odt|\.rtf|-columns\.pdf|-scan\.pdf|-scan(?:-skew[\d.]+)?\.(?:png|tif|pdf)|-jpeg-attached\.(?:eml|msg)|-attached\.eml|-attached\.msg|\.pdf|\.docx|\.doc|\.eml|\.msg|\.png|\.tif)$/;
const argv = process.argv.slice(2);
if (argv.includes("--dev")) {
  const dev = "../shared/gold/dev";
  const work = mkdtempSync(join(tmpdir(), "foiscope-dev-renderings-"));
  const render = (to, formats, only) =>
    execFileSync(process.execPath, ["scripts/render-fixtures.mjs", "--from", dev, "--to", to, "--formats", formats, ...(only ? ["--only", only] : [])], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    render(join(work, "text"), "pdf,docx,eml,html,html-ol,html-eml");
    console.log("dev letters as PDF, DOCX, plain email, HTML (Word's lists, and <ol> lists), HTML-only email");
    await compare(dev, join(work, "text"), (f) => (SUFFIX.test(f) ? f.replace(SUFFIX, "") : ""));
    if (argv.includes("--office")) {
      render(join(work, "office"), "odt,rtf");
      console.log("dev letters as ODT and RTF (LibreOffice)");
      await compare(dev, join(work, "office"), (f) => (SUFFIX.test(f) ? f.replace(SUFFIX, "") : ""));
    }
    if (argv.includes("--scans")) {
      // Every 7th letter in name order: 16 of the 107, across the families.
      const ids = readdirSync(dev).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 7 === 0).map((f) => f.slice(0, -4));
      render(join(work, "scan"), "scan", ids.join(","));
      console.log(`dev letters as scanned PDFs (${ids.length} letters: every 7th)`);
      await compare(dev, join(work, "scan"), (f) => (SUFFIX.test(f) ? f.replace(SUFFIX, "") : ""));
    }
  } finally {
    if (argv.includes("--keep")) console.log(`renderings kept in ${work} (real wording: do not copy into the repository)`);
    else rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}
const [textDir, renderedDir] = argv;
if (textDir && renderedDir) {
  console.log(`${renderedDir} vs ${textDir}`);
  await compare(textDir, renderedDir, (f) => (SUFFIX.test(f) ? f.replace(SUFFIX, "") : ""));
  process.exit(0);
}
console.log("test/fixtures/formats vs test/fixtures/letters");
await compare("test/fixtures/letters", "test/fixtures/formats", (f) => (SUFFIX.test(f) && !/^(encrypted|truncated)\.pdf$/.test(f) ? f.replace(SUFFIX, "") : ""));
console.log("corpus/formats vs corpus");
await compare("corpus", "corpus/formats", (f) => f.replace(/\.[a-z]+$/, ""));
