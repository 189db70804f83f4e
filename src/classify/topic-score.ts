import type { Taxonomy } from "./topic-taxonomy.js";
import { has, patternIndex, type LiteralIndex } from "../core/literals.js";

/** One term found in a text. */
interface Found {
  topic: string;
  start: number;
  end: number;
  weight: number;
  strong: boolean;
  broad: boolean;
}

/** "less any ransom payments", "excluding backups", "other than phishing": what follows is set aside, not asked about. */
const SET_ASIDE = /\b(?:less|excluding|except(?: for)?|other than|apart from|aside from|not including|besides)\s+(?:any\s+|all\s+|the\s+)?$/i;

/** "(for example: …)", "(e.g. …)", "(such as …)": illustrations inside a question count for less than what it asks. */
const EXAMPLES = /\((?:for example|for instance|e\.?g\.?|such as|i\.?e\.?)\b[^)]*\)?/gi;

/**
 * "was affected by", "been subject to", "were encrypted": what follows a broad topic's word says
 * what happened to the thing it names ("the network was hit by ransomware", "the dispatch system was
 * affected by an incident"); where a specific topic is named after it, the event is what is asked.
 */
const AFFECTED = /^(?:\(s\)|s)? (?:(?:was|were|is|are|has|have|had|been|being|got|ever) ){0,2}(?:affected|impacted|hit|targeted|subject(?:ed)? to|compromised|infected|encrypted|disrupted|attacked|breached|taken (?:offline|down)|unavailable)\b/i;

/**
 * Of two overlapping terms of different topics, the one that reaches further right is the head of
 * the compound and says what is asked ("cyber incident response plan" is incident response, not an
 * incident; "phishing simulation" training, not phishing); ending together, the longer one.
 */
function headOf(n: Found, f: Found): boolean {
  if (n.end <= f.start || f.end <= n.start) return false;
  // A long frame that holds the term ("which backup solution does the council use") leaves it be.
  if (n.end !== f.end) return n.end > f.end && n.start >= f.start;
  return n.start < f.start;
}

/** Share of a term's weight that counts inside an illustration. */
const EXAMPLE_SHARE = 0.5;

/**
 * Every term of the taxonomy found in the text, each where it first occurs, less those that do
 * not say what the text asks about:
 * - a term set aside ("less any ransom paid, what did the incidents cost?");
 * - a broad topic's word directly before another broad topic's, which it only qualifies ("the
 *   intranet budget" is spend, "the team budget" spend, "system policy" policy); a specific topic
 *   keeps its word ("ransomware attack" stays ransomware).
 */
function findTerms(taxonomy: Taxonomy, text: string): Found[] {
  // Terms none of whose words the text holds are not searched: most of the taxonomy, for any one text.
  const possible = termIndex(taxonomy).possible(text);
  const found: Found[] = [];
  let i = 0;
  for (const entry of taxonomy.topics) {
    const broad = (entry.scale ?? 1) < 1;
    for (const term of entry.terms) {
      if (!has(possible, i++)) continue;
      term.pattern.lastIndex = 0;
      const m = term.pattern.exec(text);
      if (!m) continue;
      if (SET_ASIDE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      found.push({ topic: entry.topic, start: m.index, end: m.index + m[0].length, weight: term.weight, strong: term.strong === true, broad });
    }
  }
  const examples = [...text.matchAll(EXAMPLES)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return found
    .filter((f) => !(f.broad && found.some((n) => n.broad && n.topic !== f.topic && n.start >= f.end && n.start - f.end <= 2 && /^[\s/-]*$/.test(text.slice(f.end, n.start)))))
    .filter((f) => !found.some((n) => n.topic !== f.topic && headOf(n, f)))
    .filter((f) => !(f.broad && AFFECTED.test(text.slice(f.end, f.end + 60)) && found.some((n) => !n.broad && n.start >= f.end)))
    .map((f) => (examples.some((e) => f.start >= e.start && f.start < e.end) ? { ...f, weight: f.weight * EXAMPLE_SHARE } : f));
}

const termIndexes = new WeakMap<Taxonomy, LiteralIndex>();

/** The words each term of a taxonomy needs, in the order findTerms walks them: indexed once per taxonomy. */
function termIndex(taxonomy: Taxonomy): LiteralIndex {
  let index = termIndexes.get(taxonomy);
  if (!index) {
    index = patternIndex(taxonomy.topics.flatMap((t) => t.terms.map((term) => term.pattern)));
    termIndexes.set(taxonomy, index);
  }
  return index;
}

/**
 * Every topic's score over one text. A term counts once, where it first occurs; terms of one
 * topic that match the same words ("value of" and "value") count once, at the larger weight.
 * `named` receives the topics a strong term of which the text holds.
 */
export function scoreTopics(taxonomy: Taxonomy, text: string, named?: Set<string>): Map<string, number> {
  const scores = new Map<string, number>();
  const length = Math.max(1, text.length);
  const found = findTerms(taxonomy, text);
  for (const entry of taxonomy.topics) {
    const matches = found.filter((f) => f.topic === entry.topic).sort((a, b) => b.weight - a.weight || a.start - b.start);
    const counted: { start: number; end: number }[] = [];
    const values: number[] = [];
    for (const m of matches) {
      if (counted.some((c) => m.start < c.end && c.start < m.end)) continue;
      counted.push(m);
      values.push(m.weight * (1 + taxonomy.weights.early * (1 - m.start / length)));
    }
    values.sort((a, b) => b - a);
    const score = values.reduce((sum, v, i) => sum + (i === 0 ? v : v * taxonomy.weights.extra), 0);
    if (score > 0) scores.set(entry.topic, score);
    if (named && matches.some((m) => m.strong)) named.add(entry.topic);
  }
  return scores;
}

/** The best-scoring topic, ties to the taxonomy's order; null when nothing scores. */
export function bestTopic(taxonomy: Taxonomy, scores: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let top = 0;
  for (const entry of taxonomy.topics) {
    const s = scores.get(entry.topic) ?? 0;
    if (s > top) {
      top = s;
      best = entry.topic;
    }
  }
  return best;
}

/** The best topic of a text by itself; null when it names none. */
export function topicOf(taxonomy: Taxonomy, text: string): string | null {
  return bestTopic(taxonomy, scoreTopics(taxonomy, text));
}
