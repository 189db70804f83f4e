import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { splitLines } from "../../src/segment/lines.js";

/**
 * Scanned letters read by OCR: the round bullet before each request item comes out as a letter or a
 * sign ("e", "eo", "oe", "o", "©", "«", "°", "¢", "+"), not always the same one down the list. Each
 * is a bullet before a capitalised word, so every item is a question. Fixtures written here.
 */
const origin = { file: "t.txt", path: "t.txt" };
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

describe("OCR renderings of a bullet", () => {
  for (const glyph of ["e", "eo", "oe", "ee", "o", "©", "«", "°", "¢", "+"]) {
    it(`'${glyph} Any …' is a bullet`, () => {
      const line = splitLines(`${glyph} Any audits of the parking contract.`)[0]!;
      expect(line.marker?.kind).toBe("bullet");
    });
  }

  it("a lower-case word after the glyph is prose, not an item", () => {
    expect(splitLines("e mail addresses are withheld.")[0]!.marker).toBeNull();
  });

  it("a list whose bullets OCR read differently from line to line keeps every item", () => {
    const text = [
      "Your request was as follows:",
      "",
      "e Any assessments of the parking permit scheme.",
      "",
      "eo Any guidance given to wardens about the scheme.",
      "",
      "« Any contracts for the permit software.",
      "",
      "© The number of permits issued in 2022.",
      "",
      "Response",
      "",
      "The council does not hold this information.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:not_held", "4:not_held"]);
  });
});
