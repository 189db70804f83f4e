import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Taxonomy {
  gate: RegExp | null;
  topics: { topic: string; pattern: RegExp }[];
}

interface TaxonomyFile {
  gate?: string[];
  topics: { topic: string; keywords: string[] }[];
}

function compile(words: string[]): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${words.join("|")})`, "i");
}

export function loadTaxonomy(path?: string): Taxonomy {
  const file = path ?? fileURLToPath(new URL("../../data/topics.json", import.meta.url));
  const raw = JSON.parse(readFileSync(file, "utf8")) as TaxonomyFile;
  return {
    gate: raw.gate && raw.gate.length ? compile(raw.gate) : null,
    topics: raw.topics.map((t) => ({ topic: t.topic, pattern: compile(t.keywords) })),
  };
}

export const defaultTaxonomy: Taxonomy = loadTaxonomy();

/** True when the letter's questions are about the taxonomy's subject at all. */
export function inScope(taxonomy: Taxonomy, questionTexts: string): boolean {
  return taxonomy.gate ? taxonomy.gate.test(questionTexts) : true;
}

/** The first topic whose keywords the question mentions, or null. */
export function topicOf(taxonomy: Taxonomy, question: string): string | null {
  for (const t of taxonomy.topics) if (t.pattern.test(question)) return t.topic;
  return null;
}
