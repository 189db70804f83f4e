import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyzeExtracted } from "../engine/analyze.js";
import { textExtractor } from "../extract/text.js";
import { loadGold } from "./gold.js";
import { evaluate, familySummary, idFamily, type EvalReport } from "./metrics.js";
import { FoiscopeError } from "../core/errors.js";
import type { Letter } from "../core/types.js";

/** Analyse every labelled letter of a gold folder and compare. */
export async function evaluateFolder(dir: string, options: { only?: readonly string[] } = {}): Promise<{ report: EvalReport; letters: Letter[] }> {
  const only = (options.only ?? []).filter((p) => p.length > 0);
  const gold = loadGold(dir).filter((g) => only.length === 0 || only.some((p) => g.id.startsWith(p)));
  if (gold.length === 0) throw new FoiscopeError("FOISCOPE_GOLD_EMPTY", `No labelled letter in ${dir} has an id starting with ${only.join(" or ")}`);
  const pairs = [];
  for (const g of gold) {
    const bytes = readFileSync(g.letterPath);
    const extracted = await textExtractor.extract({ bytes, name: basename(g.letterPath) }, { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("no nesting")) });
    pairs.push({ gold: g, letter: analyzeExtracted(extracted, { file: basename(g.letterPath), path: g.letterPath }) });
  }
  const report = evaluate(pairs);
  // Per id family ("c-", "p-", "l-"…: the source the letters came from), so a gain on one family cannot hide a loss on another.
  const families = new Map<string, typeof pairs>();
  for (const p of pairs) {
    const family = idFamily(p.gold.id);
    families.set(family, [...(families.get(family) ?? []), p]);
  }
  if (families.size > 1) report.families = Object.fromEntries([...families].sort(([a], [b]) => a.localeCompare(b)).map(([f, ps]) => [f, familySummary(evaluate(ps))]));
  return { report, letters: pairs.map((p) => p.letter) };
}
