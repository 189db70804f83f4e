import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}`);

/**
 * labels.md: an item declined because it asks for an opinion, with no ground applied, is other.
 * Letters often put their harm and public interest reasoning for other items after the last answer,
 * so the last item's span carries provisions it never applies.
 */
describe("an opinion question declined, with another item's reasoning after it", () => {
  it("the last item asks for a view; the harm section after it cites section 31", () => {
    const letter = [
      "1. Which antivirus product does the council use?",
      "",
      "This is exempt under section 31(1)(a). Please see the harm test below.",
      "",
      "2. Do you think the council spends enough on cyber security?",
      "",
      "The Act gives a right to recorded information. Your question asks for our opinion rather than recorded information, so we have not answered it.",
      "",
      "Harm test",
      "",
      "Naming the product would help attackers. Factors favouring disclosure - section 31: openness about spending.",
    ].join("\n");
    expect(read(letter)).toEqual(["1:exempt:FOIA s31(1)(a)", "2:other:"]);
  });
  it("an opinion question refused on a ground in words stays exempt", () => {
    const letter = "1. In your view, are the council's firewalls adequate?\n\nThis asks for a view rather than recorded information. To the extent that any recorded assessment is held, it is exempt under section 31(1)(a).";
    expect(read(letter)).toEqual(["1:exempt:FOIA s31(1)(a)"]);
  });
});
