/**
 * Character spans as sets: spans clipped and merged into disjoint sorted runs, their overlap, and a
 * running count of non-space characters to measure a run's size in words' characters.
 */
import type { Span } from "./types.js";

/** Whether a UTF-16 code unit is one `\s` matches (as /\s/.test on the character, without a string and a regex per character). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Running count of the characters of `text` that are not white space: out[i] for text[0, i). */
export function nonSpaceCounts(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) n++;
    out[i + 1] = n;
  }
  return out;
}

/** The spans clipped to [start, end), sorted and merged into disjoint runs. */
export function union(spans: readonly (Span | null)[], start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  for (const sp of spans) {
    if (!sp) continue;
    const a = Math.max(sp.start, start);
    const b = Math.min(sp.end, end);
    if (a < b) runs.push([a, b]);
  }
  runs.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Where two sets of disjoint sorted runs overlap. */
export function intersect(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (lo < hi) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}
