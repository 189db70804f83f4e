import { stem } from "../../core/stems.js";

/**
 * A sentence as words the cue families read: each word's stem, and whether it lies in the scope
 * of a negation ("we do not hold", "no longer kept", "unable to identify", "none of the …") or of
 * a condition ("if we held", "should we need").
 *
 * Scope is the rest of the clause after the negator, at most WINDOW words: a comma, a semicolon,
 * a dash or a word that opens a new clause ("because", "but", "which", "so", "as" …) ends it. So
 * "we are unable to confirm this, because we do not hold it" negates "confirm" in the first
 * clause and "hold" in the second, each with its own clause number.
 */
export interface Word {
  /** Lower case, apostrophes straightened; "n't" and "cannot" are split off as "not". */
  text: string;
  stem: string;
  negated: boolean;
  /** The negating word whose scope this word is in ("not", "no", "unable" …), and how many words back it is. */
  negator: string | null;
  distance: number;
  conditional: boolean;
  clause: number;
}

const WINDOW = 8;

const NEGATORS = new Set(["not", "no", "never", "neither", "nor", "none", "nothing", "unable", "without", "nobody", "cannot"]);
/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_OPENERS = new Set(["because", "but", "however", "although", "though", "since", "so", "therefore", "thus", "hence", "which", "who", "whereas", "while", "whilst", "as", "unless", "until", "and", "or", "consequently", "instead", "rather"]);
/** Words that open a condition: the clause they open states no fact. */
const CONDITIONS = new Set(["if", "should", "unless", "whether", "where", "when", "once", "were"]);
/** After "and"/"or" these start a clause of their own ("… and we have …"); otherwise the list goes on ("records and data"). */
const SUBJECTS = new Set(["we", "i", "it", "they", "this", "that", "there", "these", "those", "the", "our", "you"]);

/** Tokens that end a clause (a spaced dash is read as "-"). */
const PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "(", ")", "\u2013", "\u2014", "-"]);

const TOKEN = /[a-z]+(?:['’][a-z]+)*|£?\d[\d,.]*%?|[.,;:!?()\u2013\u2014]|\s-\s/gi;

/** Words of one sentence, with negation and condition scope. */
export function readWords(sentence: string): Word[] {
  const raw: string[] = [];
  // "IT" in capitals is information technology, never the pronoun: it is kept apart as "i.t.".
  for (const m of (sentence.includes("’") ? sentence.replace(/’/g, "'") : sentence).matchAll(TOKEN)) {
    const t = m[0] === "IT" ? "i.t." : m[0].trim().toLowerCase();
    if (t.endsWith("n't") && /^[a-z]+n't$/.test(t)) {
      const base = t === "won't" ? "will" : t === "can't" ? "can" : t === "shan't" ? "shall" : t.slice(0, -3);
      raw.push(base, "not");
    } else if (t === "cannot") raw.push("can", "not");
    else raw.push(t);
  }
  const out: Word[] = [];
  let clause = 0;
  let negLeft = 0;
  let negator: string | null = null;
  let negAt = 0;
  let conditional = false;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const next = raw[i + 1] ?? "";
    const punctuation = t.length === 1 && PUNCTUATION.has(t);
    const opensClause =
      punctuation ||
      (CLAUSE_OPENERS.has(t) && !((t === "and" || t === "or") && !SUBJECTS.has(next)) && !(t === "as" && /^(?:well|follows|below|such|part|a|an|of|at|to|per)$/.test(next)) && !(t === "so" && next === "far"));
    if (opensClause) {
      clause++;
      negLeft = 0;
      conditional = false;
    }
    // "in which case we cannot store them", "in such cases we do not keep …": what happens in a circumstance, not a fact.
    if ((t === "case" || t === "cases") && raw[i - 2] === "in" && /^(?:which|that|such|those|these|this)$/.test(raw[i - 1] ?? "")) conditional = true;
    if (CONDITIONS.has(t) && !(t === "where" && /^(?:possible|appropriate|applicable|relevant|necessary)$/.test(next)) && !(t === "were" && !SUBJECTS.has(next))) conditional = true;
    // "whether or not" and "not only" are no negation; "no longer" is.
    const negates =
      NEGATORS.has(t) && !(t === "not" && (raw[i - 1] === "or" || next === "only" || next === "just")) && !(t === "no" && (next === "." || next === "," || i === raw.length - 1 && i === 0));
    const inScope = negLeft > 0 && !negates;
    // stem() leaves anything but a word of letters as it is.
    out.push({ text: t, stem: stem(t), negated: inScope, negator: inScope ? negator : null, distance: inScope ? i - negAt : 0, conditional, clause });
    if (negLeft > 0) negLeft--;
    if (negates) {
      negLeft = WINDOW;
      negator = t;
      negAt = i;
    }
  }
  return out;
}
