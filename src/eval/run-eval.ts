import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyzeExtracted, letterMetaOf } from "../engine/analyze.js";
import { textExtractor } from "../extract/text.js";
import { extract } from "../extract/registry.js";
import type { Extracted } from "../extract/types.js";
import { loadGold, type GoldLetter } from "./gold.js";
import { evaluate, familySummary, idFamily, type EvalReport } from "./metrics.js";
import { FoiscopeError } from "../core/errors.js";
import type { Letter, LetterMeta } from "../core/types.js";

/** One scored letter: its labels, the analysis, and the metadata as read without the labels' own front matter. */
export interface EvalPair {
  gold: GoldLetter;
  letter: Letter;
  /** Metadata read from the letter alone (front matter hidden) when the gold metadata came from that front matter. */
  readMeta?: LetterMeta;
  /** Metadata read when told only the page address the letter was published at. */
  addressMeta?: LetterMeta;
}

/** Text letters as the gold set has them; any other file through the extract registry (PDF, DOCX, DOC, email, HTML), OCR on. */
async function extractGold(g: GoldLetter): Promise<Extracted> {
  const bytes = readFileSync(g.letterPath);
  const name = basename(g.letterPath);
  if (/\.(?:txt|md)$/i.test(name)) {
    return textExtractor.extract({ bytes, name }, { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("no nesting")) });
  }
  return extract({ bytes, name }, { ocr: true, maxBytes: Infinity });
}

/** Analyse every labelled letter of a gold folder and compare. */
export async function evaluateFolder(dir: string, options: { only?: readonly string[] } = {}): Promise<{ report: EvalReport; letters: Letter[] }> {
  const only = (options.only ?? []).filter((p) => p.length > 0);
  const gold = loadGold(dir).filter((g) => only.length === 0 || only.some((p) => g.id.startsWith(p)));
  if (gold.length === 0) throw new FoiscopeError("FOISCOPE_GOLD_EMPTY", `No labelled letter in ${dir} has an id starting with ${only.join(" or ")}`);
  const pairs: EvalPair[] = [];
  for (const g of gold) {
    const origin = { file: basename(g.letterPath), path: g.letterPath };
    let extracted: Extracted;
    try {
      extracted = await extractGold(g);
    } catch (error) {
      // A file that cannot be read scores as a letter with nothing found, and says why.
      process.stderr.write(`foiscope eval: ${g.id}: ${(error as Error).message}\n`);
      extracted = { format: "error", text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages: [] };
    }
    const letter = analyzeExtracted(extracted, origin);
    const pair: EvalPair = { gold: g, letter };
    // Front matter states the authority the gold metadata is taken from: read it from the letter with the front matter hidden.
    if (g.metaFrom === "front_matter") {
      pair.readMeta = letterMetaOf(extracted.text, {}, "");
      // The same, told only the address the letter was published at (what a scraper of disclosure logs has).
      if (extracted.meta.source) pair.addressMeta = letterMetaOf(extracted.text, { source: extracted.meta.source }, "");
    }
    pairs.push(pair);
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
