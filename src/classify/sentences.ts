import type { Span } from "../core/types.js";

const ABBREVIATIONS = /(?:^|[\s(])(?:s|ss|sec|secs|reg|regs|para|paras|e\.g|i\.e|etc|mr|mrs|ms|dr|st|cf|vs|approx|ref|tel|art|sch|pt|c|p|pp|fig|vol|inc|ltd|co|dept|govt)$/i;

/**
 * Sentences of a span, as spans. Boundaries: sentence punctuation followed by a
 * capital, blank lines, and line breaks after a finished line or before a new
 * item or short line (headings, table rows). Hard-wrapped prose stays joined.
 */
export function sentences(text: string, span: Span): Span[] {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = `${span.start}:${span.end}`;
  let found = memo.get(key);
  if (!found) {
    found = split(text, span);
    memo.set(key, found);
  }
  // A copy of the list (the spans are never changed): a caller may filter or extend what it gets.
  return found.slice();
}

/**
 * The sentences of the spans asked for in the last letter read. An answer's span is split by the
 * decision, the shared-reply reader, the grounds search, the signpost reader and the request-quote
 * test in turn (on the bench letters 10 calls a letter, 6 of them a span already split); one
 * letter's text is kept, so the memo empties itself when the next letter comes.
 */
let memoText: string | undefined;
const memo = new Map<string, Span[]>();

function split(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c === "\n") {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const previous = text.slice(Math.max(lineStart, span.start), i).trim();
      let nextEnd = text.indexOf("\n", i + 1);
      if (nextEnd < 0 || nextEnd > span.end) nextEnd = span.end;
      const next = text.slice(i + 1, nextEnd).trim();
      if (
        previous === "" ||
        next === "" ||
        /[.?!:;]["”’)]?$/.test(previous) ||
        /^(?:[-•*·▪●◦‣]|\(?\d{1,2}[.)]|\(?[a-z][.)]\s)/.test(next) ||
        // A table row labelled by its first cell ("Response | …", "Request for clarity | …") is a row of its own.
        /^[A-Z][A-Za-z']*(?: [A-Za-z']+){0,5} ?\|\s/.test(next) ||
        (previous.length < 60 && /^[A-Z0-9£"“(]/.test(next)) ||
        /\d$/.test(previous)
      ) {
        push(i + 1);
      }
    } else if ((c === "." || c === "?" || c === "!") && i + 1 < span.end && /[\s]/.test(text[i + 1]!)) {
      let j = i + 1;
      while (j < span.end && /[ \t]/.test(text[j]!)) j++;
      const numberAbbreviation = c === "." && /(?:^|[\s(])nos?$/i.test(text.slice(Math.max(span.start, i - 4), i)) && /\d/.test(text[j] ?? "");
      if (j < span.end && /[A-Z0-9"“‘'(£]/.test(text[j]!) && !(c === "." && ABBREVIATIONS.test(text.slice(Math.max(span.start, i - 8), i))) && !numberAbbreviation) push(i + 1);
    }
  }
  push(span.end);
  return out;
}
