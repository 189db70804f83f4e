/**
 * Literal prefilters for regular expressions: which patterns cannot match a text, found in
 * one pass over it, so their regular expression need not run.
 *
 * `requiredLiterals` reads a pattern's source and finds words any match must contain ("public
 * interest (?:test|balance)" cannot match text without "public interest "; an alternation
 * needs one of its branches' words). `LiteralIndex` finds, in one scan of a text (an
 * Aho-Corasick automaton built once), which patterns have one of their words present. A
 * pattern is skipped only when none is: it could not have matched, so what the caller does
 * with matches is unchanged, byte for byte.
 *
 * Literals are ASCII only and compared with ASCII letters folded to lower case. That is exact
 * for patterns with or without the `i` flag (without `u`): a case-insensitive ASCII letter
 * matches only that ASCII letter in either case (ECMAScript's Canonicalize never maps a
 * character above U+007F to one below). Patterns flagged `u`/`v` with `i` (which fold "ſ" to
 * "s") and `g`/`y` patterns (whose `lastIndex` a skipped call would not move) get no literals.
 */

/** Any match contains at least one of these (lower-case ASCII); null when no such words are known. */
export type Literals = readonly string[] | null;

const ESCAPED_LITERAL = /[\\/.^$|?*+()[\]{}\-]/;

/** Words of which every match of `re` contains at least one, or null. */
export function requiredLiterals(re: RegExp): Literals {
  // `v` also nests classes, which the reader below does not parse.
  if (/[gyv]/.test(re.flags) || (re.flags.includes("u") && re.flags.includes("i"))) return null;
  try {
    const parser = new Parser(re.source);
    const req = parser.alternation();
    return parser.pos === re.source.length ? req : null;
  } catch {
    return null;
  }
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Literals {
    const branches: Literals[] = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    const all = new Set<string>();
    for (const b of branches) for (const w of b!) all.add(w);
    // A word containing another of the set adds nothing: the shorter is found wherever it is.
    const words = [...all];
    return words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
  }

  /** One branch: the best of the requirements its parts impose. */
  private sequence(): Literals {
    let best: Literals = null;
    let run = "";
    const consider = (req: Literals): void => {
      if (req && req.length > 0 && better(req, best)) best = req;
    };
    const flush = (): void => {
      if (run) consider([run]);
      run = "";
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === "|" || c === ")") break;
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === "char") {
        if (q.min === 0) flush();
        else {
          run += atom.char;
          // "a+b" or "a{2}b": the first copy is adjacent to what precedes; what follows may not be.
          if (q.max !== 1) flush();
        }
      } else {
        flush();
        if (atom.kind === "group" && q.min > 0) consider(atom.req);
      }
    }
    flush();
    return best;
  }

  private atom(): { kind: "char"; char: string } | { kind: "group"; req: Literals } | { kind: "other" } {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === "(") {
      this.pos++;
      let look = false;
      if (src.startsWith("?:", this.pos)) this.pos += 2;
      else if (src.startsWith("?=", this.pos) || src.startsWith("?!", this.pos)) (this.pos += 2), (look = true);
      else if (src.startsWith("?<=", this.pos) || src.startsWith("?<!", this.pos)) (this.pos += 3), (look = true);
      else if (src.startsWith("?<", this.pos)) {
        const close = src.indexOf(">", this.pos);
        if (close < 0) throw new Error("unterminated group name");
        this.pos = close + 1;
      } else if (src[this.pos] === "?") throw new Error("unknown group");
      const req = this.alternation();
      if (src[this.pos] !== ")") throw new Error("unbalanced group");
      this.pos++;
      // A lookaround consumes nothing and a negative one requires absence: neither is relied on.
      return look ? { kind: "other" } : { kind: "group", req };
    }
    if (c === "[") {
      this.pos++;
      // As ECMAScript reads it: "]" straight after "[" or "[^" closes the class ("[]" matches nothing, "[^]" anything).
      if (src[this.pos] === "^") this.pos++;
      while (this.pos < src.length && src[this.pos] !== "]") this.pos += src[this.pos] === "\\" ? 2 : 1;
      if (src[this.pos] !== "]") throw new Error("unterminated class");
      this.pos++;
      return { kind: "other" };
    }
    if (c === "\\") {
      const e = src[this.pos + 1];
      if (e === undefined) throw new Error("trailing backslash");
      this.pos += 2;
      if (ESCAPED_LITERAL.test(e)) return { kind: "char", char: e };
      // What follows an escape that takes arguments is skipped only in the shape it has; in any other
      // shape it is read on as pattern text, which relies on nothing it should not.
      const rest = src.slice(this.pos, this.pos + 12);
      const skip = (e === "k" ? /^<[\w$]+>/ : e === "u" ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/ : e === "x" ? /^[0-9a-fA-F]{2}/ : e === "c" ? /^[a-zA-Z]/ : e === "p" || e === "P" ? /^\{[\w=]+\}/ : /^\d*/).exec(rest);
      if (skip && (e === "k" || e === "u" || e === "x" || e === "c" || e === "p" || e === "P" || /\d/.test(e))) this.pos += skip[0].length;
      // \b, \s, \w, \d, back-references, control and code-point escapes: no literal relied on.
      return { kind: "other" };
    }
    this.pos++;
    if (c === "." || c === "^" || c === "$") return { kind: "other" };
    if (c === "*" || c === "+" || c === "?") throw new Error("nothing to repeat");
    const code = c.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return { kind: "char", char: c.toLowerCase() };
    return { kind: "other" };
  }

  private quantifier(): { min: number; max: number } {
    const src = this.src;
    const c = src[this.pos];
    let q: { min: number; max: number } | null = null;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    if (q) this.pos++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.pos, this.pos + 24));
      if (m) {
        this.pos += m[0].length;
        const min = Number(m[1]);
        q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
      }
    }
    if (!q) return { min: 1, max: 1 };
    if (src[this.pos] === "?") this.pos++;
    return q;
  }
}

/** Fewer, longer words filter better: compare by the shortest word, then by how many. */
function better(a: readonly string[], b: Literals): boolean {
  if (!b) return true;
  const shortest = (ws: readonly string[]): number => Math.min(...ws.map((w) => w.length));
  const sa = Math.min(shortest(a), 6);
  const sb = Math.min(shortest(b), 6);
  return sa !== sb ? sa > sb : a.length < b.length;
}

/**
 * Which of a list of patterns could match a text: one Aho-Corasick pass over its ASCII letters
 * (folded to lower case). Patterns without literals are always possible.
 */
export class LiteralIndex {
  private readonly always: Uint32Array;
  private readonly classOf = new Uint8Array(128);
  private readonly width: number;
  private readonly next: Int32Array;
  /** Per state, the patterns one of whose words ends there (with its suffixes' words). */
  private readonly out: (Uint32Array | null)[];
  readonly words: number;

  constructor(literals: readonly Literals[]) {
    const words = Math.ceil(literals.length / 32) || 1;
    this.words = words;
    this.always = new Uint32Array(words);
    // Letters of the alphabet that occur in some word; every other character is class 0.
    let classes = 1;
    for (const lits of literals) for (const w of lits ?? []) for (const ch of w) if (this.classOf[ch.charCodeAt(0)] === 0) this.classOf[ch.charCodeAt(0)] = classes++;
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32]!;
    this.width = classes;
    const trie: number[][] = [new Array<number>(classes).fill(-1)];
    const ends: (Uint32Array | null)[] = [null];
    literals.forEach((lits, i) => {
      if (lits === null) {
        this.always[i >>> 5]! |= 1 << (i & 31);
        return;
      }
      for (const w of lits) {
        let s = 0;
        for (const ch of w) {
          const k = this.classOf[ch.charCodeAt(0)]!;
          if (trie[s]![k] === -1) {
            trie[s]![k] = trie.length;
            trie.push(new Array<number>(classes).fill(-1));
            ends.push(null);
          }
          s = trie[s]![k]!;
        }
        const mask = (ends[s] ??= new Uint32Array(words));
        mask[i >>> 5]! |= 1 << (i & 31);
      }
    });
    // Breadth first: failure links, then each state's full transition row and output.
    const next = new Int32Array(trie.length * classes);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const t = trie[0]![k]!;
      if (t > 0 && k !== 0) {
        next[k] = t;
        fail[t] = 0;
        queue.push(t);
      } else next[k] = 0;
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      const f = fail[s]!;
      if (ends[f]) {
        const mask = (ends[s] ??= new Uint32Array(words));
        for (let j = 0; j < words; j++) mask[j]! |= ends[f]![j]!;
      }
      for (let k = 0; k < classes; k++) {
        const t = trie[s]![k]!;
        if (t > 0 && k !== 0) {
          next[s * classes + k] = t;
          fail[t] = next[f * classes + k]!;
          queue.push(t);
        } else next[s * classes + k] = k === 0 ? 0 : next[f * classes + k]!;
      }
    }
    this.next = next;
    this.out = ends;
  }

  /** Bit i set when pattern i could match `text` (from `start` to `end`). */
  possible(text: string, start = 0, end = text.length): Uint32Array {
    const found = this.always.slice();
    const { next, out, classOf, width } = this;
    let s = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      s = next[s * width + (c < 128 ? classOf[c]! : 0)]!;
      const o = out[s];
      if (o) for (let j = 0; j < o.length; j++) found[j]! |= o[j]!;
    }
    return found;
  }
}

/** Whether bit `i` is set in a mask `LiteralIndex.possible` returned. */
export function has(mask: Uint32Array, i: number): boolean {
  return (mask[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/**
 * An index over a list of patterns, built once: bit i of `possible(text)` is clear only when
 * pattern i cannot match the text. A `g` or `y` pattern is read as without that flag: the
 * caller skips it only where a run that finds nothing would leave it as it was (an `exec` after
 * setting `lastIndex` to 0, `matchAll`, `match`, `replace`).
 */
export function patternIndex(patterns: readonly RegExp[]): LiteralIndex {
  return new LiteralIndex(patterns.map((re) => requiredLiterals(/[gy]/.test(re.flags) ? new RegExp(re.source, re.flags.replace(/[gy]/g, "")) : re)));
}
