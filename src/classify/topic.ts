import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Taxonomy {
  strong: RegExp | null;
  weak: RegExp[];
  topics: { topic: string; patterns: RegExp[] }[];
}

interface TaxonomyFile {
  gate_strong?: string[];
  gate_weak?: string[];
  topics: { topic: string; keywords: string[] }[];
}

const fragment = (w: string): RegExp => new RegExp(`(?:^|[^a-z0-9])(?:${w})`, "i");

export function loadTaxonomy(path?: string): Taxonomy {
  const file = path ?? fileURLToPath(new URL("../../data/topics.json", import.meta.url));
  const raw = JSON.parse(readFileSync(file, "utf8")) as TaxonomyFile;
  return {
    strong: raw.gate_strong && raw.gate_strong.length ? new RegExp(`(?:^|[^a-z0-9])(?:${raw.gate_strong.join("|")})`, "i") : null,
    weak: (raw.gate_weak ?? []).map(fragment),
    topics: raw.topics.map((t) => ({ topic: t.topic, patterns: t.keywords.map(fragment) })),
  };
}

export const defaultTaxonomy: Taxonomy = loadTaxonomy();

/** True when the request is about the taxonomy's subject: one strong word, or two different weak ones. */
export function inScope(taxonomy: Taxonomy, requestText: string): boolean {
  if (!taxonomy.strong) return true;
  if (taxonomy.strong.test(requestText)) return true;
  return taxonomy.weak.filter((w) => w.test(requestText)).length >= 2;
}

/** The first topic, in the taxonomy's order, whose keywords the question mentions; null when none. */
export function topicOf(taxonomy: Taxonomy, question: string): string | null {
  for (const t of taxonomy.topics) if (t.patterns.some((p) => p.test(question))) return t.topic;
  return null;
}
