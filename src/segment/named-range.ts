import type { Context } from "./context.js";
import type { Run } from "./runs.js";

/**
 * The reply naming the request's items by their labels' range ("The attached spreadsheet answers
 * questions a) – e)", "Items 1 to 4 are answered in the table", "parts (a)-(c)"): the items are the
 * questions as the response presents them, answered together, even where each only names a field
 * ("a) contributions received", "b) sums unspent"). The range runs from the run's first label to its last.
 */
// redos-ok: every part is bounded (a word, at most three spaces or brackets, one or two characters), so one attempt reads a few dozen characters
const RANGE = /\b(?:questions?|items?|points?|parts?|requests?|sections?)\s{1,3}\(?([a-z]|\d{1,2})\)?\s{0,3}(?:-|–|—|to|through)\s{0,3}\(?([a-z]|\d{1,2})\)?/gi;

export function namedByRange(ctx: Context, run: Run): boolean {
  if (ctx.responseStart < 0 || run.items.length < 2 || run.items[0]!.line.start >= ctx.responseStart) return false;
  const first = run.items[0]!.label.toLowerCase();
  const last = run.items[run.items.length - 1]!.label.toLowerCase();
  for (const m of ctx.text.slice(ctx.responseStart).matchAll(RANGE)) {
    if (m[1]!.toLowerCase() === first && m[2]!.toLowerCase() === last) return true;
  }
  return false;
}
