#!/usr/bin/env node
// The hand-labelled WhatDoTheyKnow test set (eval/wdtk-silver/<thread>.json, labels only) made
// scorable: writes eval/wdtk-silver/.letters/ (git-ignored) holding, for each labelled thread,
// a copy of the thread JSON from the corpus as <half>-<thread>.thread and its labels as
// labels/<half>-<thread>.json. foiscope reads the thread exactly as `analyze` does (the thread
// extractor is chosen by content), so the reply it scores is the one `analyze` picks.
//
//   node scripts/wdtk-silver.mjs [--corpus ../shared/corpora/wdtk-sheffield]
//   node bin/foiscope.js eval eval/wdtk-silver/.letters            # all 40, with A and B as families
//   node bin/foiscope.js eval eval/wdtk-silver/.letters --only A-  # half A (tune) only
//   node scripts/wdtk-silver.mjs --set eval/wdtk-silver2            # another set: ids S2-<thread>
//
// A set other than the first is scored whole (it has no halves): its ids take the prefix
// "S<n>-" from the directory's trailing number, so its letters are never mistaken for half A or B.
//
// Halves (fixed before any run, docs/wdtk.md): the labelled threads sorted by file name, the
// 1st, 3rd, 5th... are half A (tune), the 2nd, 4th, 6th... half B (held out).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const at = args.indexOf("--corpus");
const corpus = resolve(at >= 0 ? args[at + 1] : join(root, "..", "shared", "corpora", "wdtk-sheffield"));
const setAt = args.indexOf("--set");
const labelsDir = setAt >= 0 ? resolve(args[setAt + 1] ?? "") : join(root, "eval", "wdtk-silver");
const setNo = setAt >= 0 ? /(\d+)$/.exec(labelsDir)?.[1] : undefined;
if (setAt >= 0 && !setNo) {
  console.error(`wdtk-silver: --set expects a directory ending in its number (eval/wdtk-silver2), got ${labelsDir}`);
  process.exit(2);
}
const out = join(labelsDir, ".letters");

const stems = readdirSync(labelsDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
if (stems.length === 0) {
  console.error(`wdtk-silver: no label files in ${labelsDir}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "labels"), { recursive: true });
const missing = [];
const halves = setNo ? { [`S${setNo}`]: [] } : { A: [], B: [] };
stems.forEach((stem, i) => {
  const half = setNo ? `S${setNo}` : i % 2 === 0 ? "A" : "B";
  const thread = join(corpus, `${stem}.json`);
  if (!existsSync(thread)) {
    missing.push(stem);
    return;
  }
  const id = `${half}-${stem}`;
  const labels = JSON.parse(readFileSync(join(labelsDir, `${stem}.json`), "utf8"));
  writeFileSync(join(out, "labels", `${id}.json`), `${JSON.stringify({ ...labels, id }, null, 1)}\n`);
  copyFileSync(thread, join(out, `${id}.thread`));
  halves[half].push(stem);
});
const parts = Object.entries(halves).map(([k, v]) => `${k} ${v.length}`).join(", ");
console.log(`wdtk-silver: ${stems.length - missing.length} threads written to ${out} (${parts})`);
if (missing.length) {
  console.error(`wdtk-silver: ${missing.length} labelled threads are not in ${corpus}: ${missing.join(", ")}`);
  process.exitCode = 1;
}
