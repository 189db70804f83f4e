import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { has, LiteralIndex, requiredLiterals } from "../../src/core/literals.js";
import { preset } from "../../src/classify/preset.js";
import { sentences } from "../../src/classify/sentences.js";
import { NOT_AN_ANSWER } from "../../src/classify/not-an-answer.js";
import { defaultTaxonomy } from "../../src/classify/topic-taxonomy.js";

/**
 * The literal prefilter may only ever skip a pattern that could not have matched: every
 * case below checks "the pattern matches ⇒ the index says it is possible".
 */
function sound(patterns: readonly RegExp[], texts: readonly string[]): void {
  const index = new LiteralIndex(patterns.map(requiredLiterals));
  for (const text of texts) {
    const possible = index.possible(text);
    patterns.forEach((re, i) => {
      if (re.test(text) && !has(possible, i)) throw new Error(`${re} matches ${JSON.stringify(text)} but was ruled out (${JSON.stringify(requiredLiterals(re))})`);
    });
  }
}

describe("requiredLiterals", () => {
  it("finds the words a match must contain", () => {
    expect(requiredLiterals(/\bpublic interest (?:test|balance)\b/i)).toEqual(["public interest "]);
    expect(requiredLiterals(/\b(?:is|are)\s+exempt\b|\bwithh(?:e|o)ld/i)).toEqual(["exempt", "withh"]);
    expect(requiredLiterals(/not (?:held|recorded)/)).toEqual(["not "]);
    // The longer words of a group beat a short run.
    expect(requiredLiterals(/a(?:section|regulation)/)).toEqual(["section", "regulation"]);
    // Escaped punctuation is literal; upper case is folded.
    expect(requiredLiterals(/N\/A|s\.\s*40/)).toEqual(["n/a", "s."]);
    // A word containing another of the set adds nothing.
    expect(requiredLiterals(/exempt|exemption/)).toEqual(["exempt"]);
  });

  it("relies on nothing optional, repeated, negated or looked around", () => {
    expect(requiredLiterals(/(?:abc)?x/)).toEqual(["x"]);
    expect(requiredLiterals(/abc*d/)).toEqual(["ab"]);
    expect(requiredLiterals(/ab+c/)).toEqual(["ab"]);
    expect(requiredLiterals(/(?=abc)\w+/)).toBeNull();
    expect(requiredLiterals(/(?!abc)\w+/)).toBeNull();
    expect(requiredLiterals(/(?<=abc)d/)).toEqual(["d"]);
    expect(requiredLiterals(/abc|\d+/)).toBeNull();
    expect(requiredLiterals(/[abc]+/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toEqual(["a"]);
    expect(requiredLiterals(/x{0,3}y/)).toEqual(["y"]);
    expect(requiredLiterals(/(?:no|)/)).toBeNull();
    // "]" straight after "[" closes the class, as ECMAScript reads it.
    expect(requiredLiterals(/[]ab|cd/)).toEqual(["ab", "cd"]);
    expect(requiredLiterals(/[^]xy/)).toEqual(["xy"]);
  });

  it("gives no words where skipping a call would change what a pattern does", () => {
    expect(requiredLiterals(/exempt/g)).toBeNull();
    expect(requiredLiterals(/exempt/y)).toBeNull();
    // Under u and i, "ſ" matches "s" and the Kelvin sign "k".
    expect(requiredLiterals(/sk/iu)).toBeNull();
    expect(requiredLiterals(/sk/u)).toEqual(["sk"]);
  });

  it("reads patterns with escapes that take arguments", () => {
    expect(requiredLiterals(/\u00a0exempt/)).toEqual(["exempt"]);
    expect(requiredLiterals(/\x41bc/)).toEqual(["bc"]);
    expect(requiredLiterals(/(?<n>ab)\k<n>c/)).toEqual(["ab"]);
    expect(requiredLiterals(/\p{L}+ion/u)).toEqual(["ion"]);
  });
});

describe("LiteralIndex", () => {
  it("marks the patterns one of whose words is in the text, in either case", () => {
    const index = new LiteralIndex([["exempt"], ["not held", "not recorded"], null]);
    const mask = (t: string): boolean[] => [0, 1, 2].map((i) => has(index.possible(t), i));
    expect(mask("This is EXEMPT.")).toEqual([true, false, true]);
    expect(mask("It is not recorded")).toEqual([false, true, true]);
    expect(mask("nothing here")).toEqual([false, false, true]);
    // Overlapping words: "not not held" and a word ending inside another.
    expect(mask("not not held")).toEqual([false, true, true]);
    expect(has(new LiteralIndex([["he"], ["she"], ["hers"]]).possible("ushers"), 2)).toBe(true);
    expect([0, 1].map((i) => has(new LiteralIndex([["he"], ["she"]]).possible("ushers"), i))).toEqual([true, true]);
  });

  it("holds more than 32 patterns", () => {
    const words = Array.from({ length: 70 }, (_, i) => [`w${i}x`]);
    const possible = new LiteralIndex(words).possible("a w65x and w3x");
    expect(Array.from({ length: 70 }, (_, i) => i).filter((i) => has(possible, i))).toEqual([3, 65]);
  });

  it("never rules out a rule that matches a sentence of the corpus letters or its own examples", () => {
    const dir = "corpus";
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      for (const s of sentences(text, { start: 0, end: text.length })) {
        const said = text.slice(s.start, s.end);
        texts.push(said, said.replace(/\s+/g, " "), said.toUpperCase());
      }
    }
    for (const r of preset) texts.push(...r.examples.match, ...r.examples.noMatch);
    const patterns = preset.flatMap((r) => (r.veto ? [r.pattern, r.veto] : [r.pattern]));
    sound(patterns, texts);
    // The other pattern lists read through an index: sentences that are not answers, and the topic
    // terms (global patterns, read without the flag as patternIndex does).
    sound(NOT_AN_ANSWER.map((k) => k.pattern), texts);
    const terms = defaultTaxonomy.topics.flatMap((t) => t.terms.map((term) => new RegExp(term.pattern.source, term.pattern.flags.replace("g", ""))));
    sound(terms, texts);
    // And the rules do match some of them: the check is not empty.
    expect(preset.filter((r) => texts.some((t) => r.pattern.test(t))).length).toBeGreaterThan(15);
  });

  it("is sound on generated patterns and texts", () => {
    const char = fc.constantFrom("a", "b", "A", "B", " ", ".", "-", "é");
    const atom: fc.Arbitrary<string> = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("a", "b", "A", "B", " ", "\\.", "\\-", "\\/", "é", "\\s", "\\w", "\\b", "\\d", ".", "[ab]", "[^a]", "[^]", "[]", "[]a]", "\\u0061", "\\x62", "{", "}") },
      { weight: 1, arbitrary: fc.constantFrom("(?:ab|ba)", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "(a|)", "(?:a|b)+") },
    );
    const quant = fc.constantFrom("", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "??", "+?");
    const branch = fc.array(fc.tuple(atom, quant).map(([a, q]) => (a === "\\b" || a.startsWith("(?") && a.length < 7 ? a : a + q)), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(""));
    const source = fc.array(branch, { minLength: 1, maxLength: 3 }).map((bs) => bs.join("|"));
    const pattern = fc.tuple(source, fc.constantFrom("", "i", "s", "u", "iu")).map(([s, f]) => {
      try {
        return new RegExp(s, f);
      } catch {
        return /x/;
      }
    });
    const text = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 1, maxLength: 20 }), (patterns, texts) => {
        sound(patterns, texts);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});
