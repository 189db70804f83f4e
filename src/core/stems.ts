import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import stopwordList from "natural/lib/natural/util/stopwords.js";

/**
 * Word stems of a text, for overlap tests: a restated question often changes a word's form
 * ("attacks" / "attacked", "restate" / "restated"). natural's Porter stemmer, imported by its
 * subpath: the package's index runs dotenv and prints to stdout (docs/stack.md).
 */
export function words(s: string): string[] {
  const out = s.toLowerCase().match(/[a-z0-9£%]+/g);
  if (!out) return [];
  for (let i = 0; i < out.length; i++) out[i] = stem(out[i]!);
  return out;
}

/** Whether a word is four or more of a–z (the words the stemmer is given), read by character code: a regular expression a word cost more than the stem look-up. */
function stemmable(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Stems of the words letters use, memoised: a pure function of the word, bounded in size. */
const stems = new Map<string, string>();
export function stem(word: string): string {
  if (!stemmable(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Share of a's words that b also has. */
export function overlap(a: string, b: string): number {
  return share(words(a), new Set(words(b)));
}

/** How many of `said` (stems, repeats counted) are in `set`. */
export function countIn(said: Iterable<string>, set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of said) if (set.has(w)) n++;
  return n;
}

/** Share of `said` found in `set` (0 for nothing said). */
export function share(said: readonly string[] | ReadonlySet<string>, set: ReadonlySet<string>): number {
  const size = Array.isArray(said) ? said.length : (said as ReadonlySet<string>).size;
  return size === 0 ? 0 : countIn(said, set) / size;
}

const STOP = new Set<string>((stopwordList as { words: string[] }).words);

/** Stems of the content words of a text: no stop words, no numbers, at least three letters. */
export function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!STOP.has(w)) out.add(stem(w));
  return out;
}
