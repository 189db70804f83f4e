import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyzeExtracted } from "../engine/analyze.js";
import { textExtractor } from "../extract/text.js";
import { loadGold } from "./gold.js";
import { evaluate, type EvalReport } from "./metrics.js";
import type { Letter } from "../core/types.js";

/** Analyse every labelled letter of a gold folder and compare. */
export async function evaluateFolder(dir: string): Promise<{ report: EvalReport; letters: Letter[] }> {
  const gold = loadGold(dir);
  const pairs = [];
  for (const g of gold) {
    const bytes = readFileSync(g.letterPath);
    const extracted = await textExtractor.extract({ bytes, name: basename(g.letterPath) }, { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("no nesting")) });
    pairs.push({ gold: g, letter: analyzeExtracted(extracted, { file: basename(g.letterPath), path: g.letterPath }) });
  }
  return { report: evaluate(pairs), letters: pairs.map((p) => p.letter) };
}
