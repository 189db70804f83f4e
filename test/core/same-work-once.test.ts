import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { squeezeSpaces } from "../../src/core/spaces.js";
import { tokenCount, tokens } from "../../src/segment/word-tokens.js";
import { sentences } from "../../src/classify/sentences.js";
import { readNotALetter } from "../../src/kind/not-a-letter.js";

/**
 * The shortcuts of the text-letter speed pass (docs/bench.md) must give what the work they
 * replace gave: flattening white space only where there is some to flatten, counting words
 * without making them, splitting an answer into sentences once per letter.
 */

// Every character `\s` matches, and a few that it does not, mixed with words.
const SPACES = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff", "\u200b", "\u0085"];
const piece = fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom("we", "do", "not", "hold", "it.", "£12", "’s", "Q1:", "-", "n/a"));
const spaced = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

const corpusTexts = (): string[] => {
  const dir = join(__dirname, "../../corpus");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
};

describe("squeezeSpaces", () => {
  it("equals replace(/\\s+/g, ' ') on text mixing every kind of space", () => {
    fc.assert(fc.property(spaced, (s) => squeezeSpaces(s) === s.replace(/\s+/g, " ")), { numRuns: 3000 });
  });

  it("equals it on every line and paragraph of the corpus letters", () => {
    for (const text of corpusTexts()) {
      for (const part of [...text.split("\n"), ...text.split("\n\n"), text]) expect(squeezeSpaces(part)).toBe(part.replace(/\s+/g, " "));
    }
  });

  it("returns a single-spaced text unchanged", () => {
    const s = "The Council does not hold this information.";
    expect(squeezeSpaces(s)).toBe(s);
  });
});

describe("tokenCount", () => {
  it("counts the words tokens() reads, up to the bound", () => {
    fc.assert(
      fc.property(spaced, fc.integer({ min: 0, max: 12 }), (s, enough) => tokenCount(s, enough) === Math.min(tokens(s, 0).length, enough)),
      { numRuns: 2000 },
    );
  });

  it("reads curly and straight apostrophes alike", () => {
    expect(tokens("The Council’s reply, the council's reply", 10).map((t) => t.word)).toEqual(["the", "council's", "reply", "the", "council's", "reply"]);
    expect(tokens("Ab’cd", 5)[0]).toEqual({ word: "ab'cd", start: 5, end: 10 });
  });
});

describe("sentences, split once per letter", () => {
  it("gives a fresh list each time, equal to the first, whoever asked before", () => {
    const text = "1. How many?\nWe hold none. The rest is exempt under section 31.\n\nYours sincerely,\nA. Officer\n";
    const span = { start: 13, end: 66 };
    const first = sentences(text, span);
    first.push({ start: 0, end: 1 });
    const again = sentences(text, span);
    expect(again).toEqual(first.slice(0, -1));
    expect(again).not.toBe(first);
    // Another letter with the same span is split anew.
    const other = "X".repeat(13) + "No. Yes. Maybe so. All of it is attached here for you.\n";
    expect(sentences(other, span)).not.toEqual(again);
  });
});

describe("not-a-letter's six-word lines", () => {
  it("scores prose lines the same as splitting them did", () => {
    // A few short lines and one of six words: the share of long lines decides the prose point.
    const prose = "Dear Sir,\nWe do not hold it.\nThe council has looked at this request again today.\nYes.\nNo.\nThanks.\n";
    expect(readNotALetter(prose, "a.txt").letterScore).toBe(readNotALetter(prose.replace(/ /g, "\u00a0"), "a.txt").letterScore);
  });
});
