import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { normaliseText } from "../../src/extract/decode.js";

/**
 * Text built to make regular expressions backtrack: long runs of spaces between tokens that
 * patterns with adjacent optional parts would rescan. Each must finish well inside the test
 * timeout (a hang fails the test); the result is only checked for shape.
 */
const runs = (n: number): string[] => [
  `2.${" ".repeat(n)}x`,
  `Q${" ".repeat(n)}.1`,
  `No${" ".repeat(n)}x.`,
  `£${" ".repeat(n)}5 x`,
  `Total${"\t".repeat(n)}:${"\t".repeat(n)}y`,
  `section${" ".repeat(n)}(a`,
  `${" ".repeat(n)}x`,
  `1.${"\n1.".repeat(n / 10)}`,
  `Section 31(1)(a), (b), `.repeat(n / 20),
];

describe("hostile text finishes", () => {
  for (const text of runs(20_000)) {
    it(`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars)`, { timeout: 10_000 }, () => {
      const letter = analyzeText(normaliseText(text), { file: "h.txt", path: "h.txt" });
      expect(letter.answers.length).toBeGreaterThanOrEqual(1);
    });
  }
});

describe("a flood of blank lines", () => {
  // 300 KB of empty lines used to take 26 s: "\n\s*(?:yours sincerely|…)" in the sign-off search
  // rescanned every following line from each line start (quadratic). A hang fails the test.
  it("is read in one pass, and the sign-off after it still found", { timeout: 10_000 }, () => {
    const text = `1. How many parking fines were issued?\nWe do not hold this information.\n${"\n".repeat(300_000)}Yours sincerely\nInformation Governance Team\nNorthdale Borough Council\n`;
    const letter = analyzeText(normaliseText(text), { file: "flood.txt", path: "flood.txt" });
    expect(letter.answers.map((a) => a.outcome)).toEqual(["not_held"]);
    expect(letter.meta.authority).toBe("Northdale Borough Council");
  });
});

describe("long numbered requests", () => {
  // A questionnaire of 120 numbered points (a campaign's template sent to every council) was cut at 60.
  it("reads questions numbered 100 and up, each with its own answer", { timeout: 30_000 }, () => {
    const asks = Array.from({ length: 120 }, (_, i) => `${i + 1}. How many laptops were reported lost in year ${2000 + i}?`).join("\n");
    const replies = Array.from({ length: 120 }, (_, i) => `${i + 1}. ${i === 104 ? "We do not hold this information." : `We recorded ${i} losses.`}`).join("\n");
    const letter = analyzeText(`Dear Sir,\n\n${asks}\n\nThank you for your request.\n\n${replies}\n\nYours sincerely\n`, { file: "long.txt", path: "long.txt" });
    expect(letter.answers.length).toBe(120);
    expect(letter.answers.slice(98, 106).map((a) => `${a.label}:${a.outcome}`)).toEqual([
      "99:disclosed", "100:disclosed", "101:disclosed", "102:disclosed", "103:disclosed", "104:disclosed", "105:not_held", "106:disclosed",
    ]);
  });

  it("does not take an amount at a line start for a list item", () => {
    const letter = analyzeText("1. What did the council spend on antivirus licences?\n\nThank you for your request.\n\n1. The council spent the following:\n450. per licence was the unit price.\n", { file: "amount.txt", path: "amount.txt" });
    expect(letter.answers.map((a) => a.label)).toEqual(["1"]);
  });
});
