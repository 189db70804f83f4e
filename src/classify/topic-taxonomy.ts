import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FoiscopeError } from "../core/errors.js";

/**
 * A topic taxonomy as data (data/topics.json, or a user's file): topics with their strong and weak
 * terms, the numeric weights of the scoring, and the gate words that say whether a letter is in
 * the taxonomy's domain. topic.ts assigns topics with it.
 */

export interface Term {
  pattern: RegExp;
  weight: number;
  /** Listed as strong: the term names its topic, where a weak one only leans towards it. */
  strong?: boolean;
}

export interface TopicEntry {
  topic: string;
  terms: Term[];
  /**
   * A broad topic (spend, staff) that belongs to the taxonomy only when what it counts is in the
   * domain: "the annual IT budget" is spend, "the trust's overall budget" is not. Its terms count
   * where the question, the question it follows up or the request's subject passes the gate.
   */
  qualified?: boolean;
  /** The topic's `weight` (1 unless set): below 1 marks a broad topic (spend, staff, systems, policy). */
  scale?: number;
}

/** Multiplier of a topic's term weights: broad topics (spend, staff, systems) yield to specific ones. */
type TopicWeight = number;

export interface TopicWeights {
  /** Weight of a strong term. */
  strong: number;
  /** Weight of a weak term. */
  weak: number;
  /** Extra share for a term at the very start of the question, falling to 0 at its end. */
  early: number;
  /** Share of an answer's score lent to a question that names nothing. */
  answer: number;
  /** Kept for taxonomy files that set it: the subject now speaks before the answer, whole, so its share no longer changes a result. */
  subject: number;
  /** Questions of at most this many words may borrow from their answer or the question before. */
  shortWords: number;
  /** Share counted of each term after a topic's best one (1: plain sum; lower: one clear term decides). */
  extra: number;
}

export interface Taxonomy {
  strong: RegExp | null;
  weak: RegExp[];
  topics: TopicEntry[];
  fallback: string;
  weights: TopicWeights;
}

/** A term written as a string (strong, or the legacy `keywords`) or as { "re": …, "weight": … }. */
type TermSource = string | { re: string; weight?: number };

interface TaxonomyFile {
  gate_strong?: string[];
  gate_weak?: string[];
  fallback?: string;
  weights?: Partial<TopicWeights>;
  topics: { topic: string; weight?: TopicWeight; qualified?: boolean; strong?: TermSource[]; weak?: TermSource[]; keywords?: TermSource[] }[];
}

export const DEFAULT_WEIGHTS: TopicWeights = { strong: 3, weak: 1.5, early: 3, answer: 0.5, subject: 0.5, shortWords: 8, extra: 0.25 };

/**
 * A term matched at a word start. Lower-case terms ignore case; a term written with a leading
 * "=" keeps it ("=IT\\b" is the acronym, never the pronoun "it").
 */
function compile(term: string, where: string): RegExp {
  const caseSensitive = term.startsWith("=");
  const body = caseSensitive ? term.slice(1) : term;
  try {
    return new RegExp(`(?<![A-Za-z0-9])(?:${body})`, caseSensitive ? "g" : "gi");
  } catch (e) {
    throw new FoiscopeError("FOISCOPE_TAXONOMY", `${where}: the term "${term}" is not a valid regular expression (${(e as Error).message}); write it as a lower-case fragment such as "backups?"`);
  }
}

function term(source: string, weight: number, strong: boolean, where: string): Term {
  // topic-score.ts searches a term only in texts holding the words its pattern needs (core/literals.ts).
  return { pattern: compile(source, where), weight, ...(strong ? { strong } : {}) };
}

function terms(list: readonly TermSource[] | undefined, weight: number, scale: number, strong: boolean, where: string): Term[] {
  return (list ?? []).map((t) => (typeof t === "string" ? term(t, weight * scale, strong, where) : term(t.re, (t.weight ?? weight) * scale, strong, where)));
}

export function parseTaxonomy(raw: TaxonomyFile, where = "taxonomy"): Taxonomy {
  if (!raw || !Array.isArray(raw.topics) || raw.topics.length === 0) {
    throw new FoiscopeError("FOISCOPE_TAXONOMY", `${where}: expected { "topics": [ { "topic": "…", "strong": […], "weak": […] } ] }`);
  }
  const weights = { ...DEFAULT_WEIGHTS, ...(raw.weights ?? {}) };
  const gate = (raw.gate_strong ?? []).filter((w) => w.length > 0);
  for (const w of [...gate, ...(raw.gate_weak ?? [])]) compile(w, `${where} gate`);
  return {
    strong: gate.length ? new RegExp(`(?:^|[^a-z0-9])(?:${gate.join("|")})`, "i") : null,
    weak: (raw.gate_weak ?? []).map((w) => new RegExp(`(?:^|[^a-z0-9])(?:${w})`, "i")),
    topics: raw.topics.map((t) => ({
      topic: t.topic,
      // Legacy files list `keywords` only: each is a strong term, and ties keep the file's order.
      terms: [
        ...terms(t.strong, weights.strong, t.weight ?? 1, true, `${where} ${t.topic}`),
        ...terms(t.keywords, weights.strong, t.weight ?? 1, true, `${where} ${t.topic}`),
        ...terms(t.weak, weights.weak, t.weight ?? 1, false, `${where} ${t.topic}`),
      ],
      ...(t.qualified ? { qualified: true } : {}),
      ...(t.weight !== undefined ? { scale: t.weight } : {}),
    })),
    fallback: raw.fallback ?? "other",
    weights,
  };
}

export function loadTaxonomy(path?: string): Taxonomy {
  const file = path ?? fileURLToPath(new URL("../../data/topics.json", import.meta.url));
  return parseTaxonomy(JSON.parse(readFileSync(file, "utf8")) as TaxonomyFile, file);
}

export const defaultTaxonomy: Taxonomy = loadTaxonomy();

/** True when the request is about the taxonomy's subject: one strong word, or two different weak ones. */
export function inScope(taxonomy: Taxonomy, requestText: string): boolean {
  if (!taxonomy.strong) return true;
  if (taxonomy.strong.test(requestText)) return true;
  return taxonomy.weak.filter((w) => w.test(requestText)).length >= 2;
}
