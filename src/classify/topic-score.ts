import type { Taxonomy } from "./topic-taxonomy.js";

/**
 * Every topic's score over one text. A term counts once, where it first occurs; terms of one
 * topic that match the same words ("value of" and "value") count once, at the larger weight.
 * `named` receives the topics a strong term of which the text holds.
 */
export function scoreTopics(taxonomy: Taxonomy, text: string, named?: Set<string>): Map<string, number> {
  const scores = new Map<string, number>();
  const length = Math.max(1, text.length);
  // Terms whose first letters the text lacks are not searched: most of the taxonomy, for any one text.
  const lower = text.toLowerCase();
  for (const entry of taxonomy.topics) {
    const matches: { start: number; end: number; weight: number; strong: boolean }[] = [];
    for (const term of entry.terms) {
      if (term.literal && !(term.pattern.ignoreCase ? lower : text).includes(term.literal)) continue;
      term.pattern.lastIndex = 0;
      const m = term.pattern.exec(text);
      if (m) matches.push({ start: m.index, end: m.index + m[0].length, weight: term.weight, strong: term.strong === true });
    }
    matches.sort((a, b) => b.weight - a.weight || a.start - b.start);
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
