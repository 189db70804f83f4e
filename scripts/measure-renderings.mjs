#!/usr/bin/env node
// Agreement of renderings with their text letters, per question: label, outcome and grounds
// must all match. Needs a build (npm run build).
//   node scripts/measure-renderings.mjs                 # test fixtures and corpus/formats
//   node scripts/measure-renderings.mjs corpus /tmp/all # every rendering in /tmp/all (render-fixtures.mjs --from corpus --to /tmp/all)
import { existsSync, readdirSync } from "node:fs";
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

const SUFFIX = /(-html\.eml|-wdtk\.eml|-tnef\.eml|\.html|\.odt|\.rtf|-columns\.pdf|-scan\.pdf|-scan(?:-skew[\d.]+)?\.(?:png|tif|pdf)|-jpeg-attached\.(?:eml|msg)|-attached\.eml|-attached\.msg|\.pdf|\.docx|\.doc|\.eml|\.msg|\.png|\.tif)$/;
const [textDir, renderedDir] = process.argv.slice(2);
if (textDir && renderedDir) {
  console.log(`${renderedDir} vs ${textDir}`);
  await compare(textDir, renderedDir, (f) => (SUFFIX.test(f) ? f.replace(SUFFIX, "") : ""));
  process.exit(0);
}
console.log("test/fixtures/formats vs test/fixtures/letters");
await compare("test/fixtures/letters", "test/fixtures/formats", (f) => (SUFFIX.test(f) && !/^(encrypted|truncated)\.pdf$/.test(f) ? f.replace(SUFFIX, "") : ""));
console.log("corpus/formats vs corpus");
await compare("corpus", "corpus/formats", (f) => f.replace(/\.[a-z]+$/, ""));
