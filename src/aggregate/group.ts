import { UNKNOWN } from "./records.js";

/** Group keys in a stable order: alphabetical (numbers in numeric order), the unknown bucket last. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN) return 1;
  if (b === UNKNOWN) return -1;
  return KEY_ORDER.compare(a, b) || (a < b ? -1 : 1);
}

/** Made once: localeCompare with options builds a collator on every call. */
const KEY_ORDER = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** A map's entries in compareKeys order of their keys. */
export function sortedEntries<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map.entries()].sort(([a], [b]) => compareKeys(a, b));
}

/** Counts a value in a tally of values ("" is not a value and is not counted). */
export function countValue(counts: Map<string, number>, value: string): void {
  if (value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
}

/**
 * The most frequent value of a tally (see countValue), ties broken alphabetically; "" for none.
 * The order the values were counted in does not matter: compareKeys is a total order.
 */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && compareKeys(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
