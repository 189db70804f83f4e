#!/usr/bin/env node
// Topic weights, cross-validated by leaving one id family out (c, g, h, l, p): the numeric weights
// of data/topics.json (early, extra, answer, subject, the broad topics' weights) are chosen over a
// grid on four families and measured on the fifth. Reads dist/ (build first).
//
//   node scripts/topic-lofo.mjs ../shared/gold/dev [--errors]
//
// Each letter is analysed once; only the topic step is rerun per grid point. A gold question the
// segmenter did not produce counts as wrong, as in `foiscope eval`.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyzeExtracted } from "../dist/engine/analyze.js";
import { segment } from "../dist/segment/segment.js";
import { topicInputs } from "../dist/classify/classify.js";
import { assignTopics, parseTaxonomy } from "../dist/classify/topic.js";
import { loadGold } from "../dist/eval/gold.js";

const dir = process.argv[2] ?? "../shared/gold/dev";
const showErrors = process.argv.includes("--errors");
// --min 0.92: exit 1 when the held-out figure falls below it (a floor for CI, not a target).
const minAt = process.argv.indexOf("--min");
const minHeld = minAt >= 0 ? Number(process.argv[minAt + 1]) : null;
const raw = JSON.parse(readFileSync(new URL("../data/topics.json", import.meta.url), "utf8"));
const FAMILIES = ["c", "g", "h", "l", "p"];

const letters = [];
for (const g of loadGold(dir)) {
  const family = g.id.split("-")[0];
  if (!FAMILIES.includes(family) || !/\.(?:txt|md)$/i.test(g.letterPath)) continue;
  const text = readFileSync(g.letterPath, "utf8");
  const letter = analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [] }, { file: basename(g.letterPath), path: g.letterPath });
  const goldQs = g.questions ?? [];
  if (goldQs.length === 0) continue;
  if (letter.status !== "ok" || letter.answers.length === 0) {
    letters.push({ id: g.id, family, gold: goldQs, labels: [], inputs: null });
    continue;
  }
  const seg = segment(letter.text);
  letters.push({ id: g.id, family, gold: goldQs, labels: seg.questions.map((q) => q.label), inputs: topicInputs(letter, seg) });
}

function taxonomyWith(p) {
  const copy = structuredClone(raw);
  copy.weights = { ...copy.weights, early: p.early, extra: p.extra, answer: p.answer, subject: p.subject };
  for (const t of copy.topics) {
    if (t.topic === "spend" || t.topic === "staff") t.weight = p.money;
    if (t.topic === "policy" || t.topic === "systems") t.weight = p.broad;
  }
  return parseTaxonomy(copy, "grid");
}

/** Per letter: [correct, total] under one taxonomy. */
function score(taxonomy, subset, errors) {
  let correct = 0;
  let total = 0;
  for (const l of subset) {
    const topics = l.inputs ? assignTopics(taxonomy, l.inputs.questions, l.inputs.context) : [];
    const byLabel = new Map(l.labels.map((label, i) => [label, topics[i]]));
    for (const q of l.gold) {
      total++;
      const got = byLabel.get(q.n);
      if (got === q.topic) correct++;
      else if (errors) {
        const i = l.labels.indexOf(q.n);
        const qt = i >= 0 ? l.inputs.questions[i] : null;
        errors.push(`${l.id} q${q.n}: expected ${q.topic}, got ${got ?? "missing"} | Q: ${(qt?.text ?? "").slice(0, 110)} | A: ${(qt?.answer ?? "").slice(0, 70)} | S: ${l.inputs?.context.subject.slice(0, 50) ?? ""}`);
      }
    }
  }
  return [correct, total];
}

const current = { early: raw.weights.early, extra: raw.weights.extra, answer: raw.weights.answer, subject: raw.weights.subject, money: raw.topics.find((t) => t.topic === "spend").weight ?? 1, broad: raw.topics.find((t) => t.topic === "systems").weight ?? 1 };
const grid = [current];
for (const early of [0, 1, 2, 3, 4])
  for (const extra of [0, 0.25, 0.5, 1])
    for (const money of [0.7, 0.8, 1])
      for (const broad of [0.6, 0.7, 0.8, 1])
        for (const subject of [0.5, 1]) grid.push({ early, extra, answer: current.answer, subject, money, broad });
const taxonomies = grid.map(taxonomyWith);

const errors = showErrors ? [] : null;
const [allC, allT] = score(taxonomies[0], letters, errors);
console.log(`topic, current weights (${JSON.stringify(current)}): ${(allC / allT).toFixed(3)} (${allC}/${allT})`);
let heldC = 0;
let heldT = 0;
for (const f of FAMILIES) {
  const train = letters.filter((l) => l.family !== f);
  const test = letters.filter((l) => l.family === f);
  let best = 0;
  let bestScore = -1;
  taxonomies.forEach((t, i) => {
    const [c, n] = score(t, train);
    // Ties keep the earlier grid point (the file's own weights first).
    if (c / n > bestScore + 1e-9) {
      bestScore = c / n;
      best = i;
    }
  });
  const [c, n] = score(taxonomies[best], test);
  heldC += c;
  heldT += n;
  console.log(`  leave out ${f}: chosen ${JSON.stringify(grid[best])} (train ${bestScore.toFixed(3)}), held out ${(c / n).toFixed(3)} (${c}/${n})`);
}
console.log(`leave-one-family-out: ${(heldC / heldT).toFixed(3)} (${heldC}/${heldT})`);
if (minHeld !== null && heldC / heldT < minHeld) {
  console.error(`topic-lofo: ${(heldC / heldT).toFixed(3)} is below the floor ${minHeld}`);
  process.exit(1);
}
if (errors) for (const e of errors) console.log(e);
