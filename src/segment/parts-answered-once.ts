import type { Span } from "../core/types.js";
import { hasContent, trimSpan } from "./context.js";
import { tokens } from "./word-tokens.js";

/**
 * Sub-items the reply copies back one after another and then answers once (labels.md Units:
 * sub-items belong to their parent unless answered separately). Authorities that paste the request
 * into the reply often keep a question's lettered or numbered parts together ("1. Spend on advice
 * a. What is the total? b. How much comes from grants? c. Please name the grants") and write one
 * reply under the last part ("We do not fund this service."). The parts then have no answers of
 * their own: the question is the parent, and its answer is the text after the last restated part.
 *
 * The restatement is found word by word, as the reply is often re-wrapped, runs several parts onto
 * one line, or drops the part's letter: the parent's lead words may come first, then each part's
 * words in order, with at most a few words (a marker, a retyped word) between one part and the next.
 *
 * Returns the answer after the restated parts, or null when the reply does not restate every part
 * back to back (it answers some part on its own, or does not copy the parts at all). The answer may
 * open at a later part, when the reading took the first parts' restatement as the question's text.
 */
export function answerAfterRestatedParts(text: string, lead: Span, parts: readonly Span[], answer: Span): Span | null {
  if (parts.length < 2) return null;
  const reply = tokens(text.slice(answer.start, answer.end), answer.start);
  const leadWords = new Set(tokens(text.slice(lead.start, lead.end), 0).map((t) => t.word));
  let at = 0;
  // The parent's own words (its heading) restated before the first part.
  const leadLimit = leadWords.size + 4;
  while (at < reply.length && at < leadLimit && (leadWords.has(reply[at]!.word) || MARKER.test(reply[at]!.word))) at++;
  let end = -1;
  for (const part of parts) {
    const want = tokens(text.slice(part.start, part.end), 0).map((t) => t.word);
    if (want.length === 0) return null;
    // The part's opening words, at most a few tokens on (its letter, a number, a stray word).
    let from = -1;
    for (let j = at; j <= at + 3 && j < reply.length; j++) {
      if (reply[j]!.word === want[0] && (want.length < 2 || reply[j + 1]?.word === want[1])) {
        from = j;
        break;
      }
    }
    // The reply's reading may have begun after the first parts (their restatement taken as the question's):
    // the answer then opens with a later part.
    if (from < 0 && end < 0) continue;
    if (from < 0) return null;
    let k = 0;
    let i = from;
    let matched = 0;
    let misses = 0;
    let last = from;
    for (; i < reply.length && k < want.length; i++) {
      const found = want.indexOf(reply[i]!.word, k);
      if (found >= 0 && found - k <= 2) {
        k = found + 1;
        matched++;
        last = i;
        misses = 0;
      } else if (++misses > 2) break;
    }
    // Most of the part must be restated, its last words included.
    if (matched * 5 < want.length * 3 || want.length - k > 2) return null;
    at = last + 1;
    end = reply[last]!.end;
  }
  if (end < 0) return null;
  const rest = trimSpan(text, { start: end, end: answer.end });
  const after = text.slice(rest.start, rest.end).replace(/^[\s.;:,?)\]"”’-]+/, "");
  if (!hasContent(after)) return null;
  return trimSpan(text, { start: rest.end - after.length, end: rest.end });
}

/** A list marker read as a word: "a", "b", "1", "ii", "q1". */
const MARKER = /^(?:[a-h]|[ivx]{1,4}|q?\d{1,2}[a-h]?)$/;

