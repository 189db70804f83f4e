import { UNKNOWN } from "./records.js";

/** Group keys in a stable order: alphabetical (numbers in numeric order), the unknown bucket last. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN) return 1;
  if (b === UNKNOWN) return -1;
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }) || (a < b ? -1 : 1);
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => compareKeys(a, b)));
}

/** The most frequent value, ties broken alphabetically; "" for none. */
export function mostFrequent(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
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
