import { describe, expect, it } from "vitest";
import { LetterHits } from "../../src/classify/hits.js";
import { preset } from "../../src/classify/preset.js";
import type { Segmentation } from "../../src/segment/types.js";

describe("signals read once per letter", () => {
  // Two answers in the same words: the second is read from the first, each at its own place.
  const text = "1. Cost of the fleet.\nWe do not hold this information.\n2. Age of the fleet.\nWe do not hold this information.\n3. Fuel used.\nThere were 14 vehicles in the fleet.\n";
  const at = (sentence: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(sentence, from);
    return { start, end: start + sentence.length };
  };
  const seg = { responseStart: 0, questions: [] } as unknown as Segmentation;

  it("a sentence said again gives the same signals, with the span of where it is said", () => {
    const hits = new LetterHits(text, seg, preset);
    const first = at("We do not hold this information.");
    const second = at("We do not hold this information.", first.end);
    const a = hits.sentence(first);
    const b = hits.sentence(second);
    expect(a.map((h) => h.rule.signal)).toEqual(["not_held"]);
    expect(b.map((h) => h.rule.signal)).toEqual(["not_held"]);
    expect(b.map((h) => h.rule.id)).toEqual(a.map((h) => h.rule.id));
    expect(b.map((h) => h.span)).toEqual([{ start: 76, end: 108 }]);
    expect(a.map((h) => h.span)).toEqual([{ start: 22, end: 54 }]);
  });

  it("a different sentence is read on its own", () => {
    const hits = new LetterHits(text, seg, preset);
    hits.sentence(at("We do not hold this information."));
    expect(hits.sentence(at("There were 14 vehicles in the fleet.")).map((h) => h.rule.signal)).toEqual(["disclosed"]);
  });
});
