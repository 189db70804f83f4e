import type { Span } from "./types.js";
import { squeezeSpaces } from "./spaces.js";

export function span(start: number, end: number): Span {
  return { start, end };
}

export function quote(text: string, s: Span, max = 300): string {
  const raw = squeezeSpaces(text.slice(s.start, s.end)).trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** 1-based page number of an offset, from page starts. */
export function pageOf(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
