/**
 * Words with their offsets, for layouts that find a request's asks again where the reply copies them
 * back (restated asks, restated parts): punctuation, spacing and line breaks do not matter, so a
 * re-wrapped or re-punctuated copy still lines up word for word.
 */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lower-case words with their offsets in the letter (`offset` is where `s` starts). */
export function tokens(s: string, offset: number): Token[] {
  const out: Token[] = [];
  // As s.matchAll(TOKEN), without an iterator result a word; the curly apostrophe is looked for only where the text has one.
  const curly = s.includes("’");
  const re = READING;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const lower = m[0].toLowerCase();
    out.push({ word: curly ? lower.replace(/’/g, "'") : lower, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

const READING = /[A-Za-z0-9£%]+(?:['’][a-z]+)?/g;

const TOKEN = /[A-Za-z0-9£%]+(?:['’][a-z]+)?/g;

/** How many tokens `s` has, counting no further than `enough` (as Math.min(tokens(s, 0).length, enough)), making none. */
export function tokenCount(s: string, enough: number): number {
  COUNTING.lastIndex = 0;
  let n = 0;
  while (n < enough && COUNTING.exec(s)) n++;
  return n;
}

const COUNTING = new RegExp(TOKEN.source, "g");
