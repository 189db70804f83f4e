import { describe, expect, it } from "vitest";
import { repairExtractedText } from "../../src/extract/text-repair.js";
import { textExtractor } from "../../src/extract/text.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";

/**
 * Letters saved as text by a PDF or word-processor tool (family: extraction-damaged letters). Every
 * fixture is invented here: a pool lease, library opening hours, gritting routes, a parking contract.
 */
const head = "Highfold Borough Council\nDear Ms Rowe\n";

describe("glyph bullets", () => {
  for (const glyph of ["\uF0B7", "\uF0A7", "\uF0D8", "(cid:129)", "(cid:127)"]) {
    it(`'${glyph}' before an item is a bullet`, () => {
      expect(repairExtractedText(`${head}${glyph}\tThe opening hours of Eastgate library.\n  ${glyph} The number of volunteers.`)).toBe(
        `${head}• The opening hours of Eastgate library.\n  • The number of volunteers.`,
      );
    });
  }

  it("a bullet drawn before a list number gives way to the number", () => {
    expect(repairExtractedText(`${head}▪ 1. 48 volunteers.\n■ 2) The van cost £12,400.\n• 3. Withheld.`)).toBe(`${head}1. 48 volunteers.\n2) The van cost £12,400.\n3. Withheld.`);
    // A figure after a bullet is not a label.
    const text = `${head}• 2.5 FTE work in the team.`;
    expect(repairExtractedText(text)).toBe(text);
  });

  it("a private-use glyph inside a sentence is left alone", () => {
    const text = `${head}The file name ended in \uF0B7 by mistake.`;
    expect(repairExtractedText(text)).toBe(text);
  });
});

describe("page furniture dropped into the body", () => {
  it("a page number breaking a sentence is removed and the sentence runs on", () => {
    const text = `${head}The lease of the pool was renewed in 2021 and its rent is reviewed\n\n                          Page 1 of 3\n\nevery five years by an independent surveyor.`;
    expect(repairExtractedText(text)).toBe(`${head}The lease of the pool was renewed in 2021 and its rent is reviewed\nevery five years by an independent surveyor.`);
  });

  it("a protective marking, page number and the address between them go as one block, the address kept at the foot", () => {
    const text = `${head}Gritting routes are set each October and\nOFFICIAL\nPage 2 of 4\nDepot Lane, Highfold HF3 9QT\nOFFICIAL\nreviewed after each winter.\nYours sincerely`;
    expect(repairExtractedText(text)).toBe(`${head}Gritting routes are set each October and\nreviewed after each winter.\nYours sincerely\n\nDepot Lane, Highfold HF3 9QT`);
  });

  it("an address footer with its parts set apart by bars or dots is removed between answers", () => {
    for (const sep of [" | ", " • "]) {
      const footer = ["Highfold Borough Council", "Civic Centre", "Highfold HF1 2AB", "www.highfold.gov.uk"].join(sep);
      const text = `${head}1. The contract ends in 2027.\n\n${footer}\n\n2. Three wardens are employed.`;
      expect(repairExtractedText(text)).toBe(`${head}1. The contract ends in 2027.\n\n2. Three wardens are employed.\n\n${footer}`);
    }
  });

  it("a page number set at the right margin is removed; a figure answering a question is kept", () => {
    const text = `${head}How many wardens are employed?\n14\n                                                  2\nIs the contract let?`;
    expect(repairExtractedText(text)).toBe(`${head}How many wardens are employed?\n14\nIs the contract let?`);
  });

  it("the letterhead above the salutation is not touched", () => {
    const text = `OFFICIAL\nHighfold Borough Council | Civic Centre | Highfold HF1 2AB\nDear Sir\nThe figure is 12.`;
    expect(repairExtractedText(text)).toBe(text);
  });
});

describe("words broken at a line end", () => {
  it("rejoins a broken word and carries its punctuation up with it", () => {
    expect(repairExtractedText(`${head}We hold a certifi-\ncation. It was renewed in the autumn.`)).toBe(`${head}We hold a certification.\nIt was renewed in the autumn.`);
    expect(repairExtractedText(`${head}the contrac-\ntor’s prices are confidential`)).toBe(`${head}the contractor’s\nprices are confidential`);
  });

  it("keeps the hyphen of a compound: a compound prefix, or the hyphenated form written elsewhere", () => {
    const a = `${head}This is a non-\ndisclosure agreement.`;
    expect(repairExtractedText(a)).toBe(a);
    const b = `${head}We sent a follow-up letter and a second follow-\nup letter.`;
    expect(repairExtractedText(b)).toBe(b);
  });

  it("leaves a dash set apart by spaces alone", () => {
    const text = `${head}The figure for 2023 -\nnot yet audited - is 41.`;
    expect(repairExtractedText(text)).toBe(text);
  });
});

describe("section numbers left alone on their line", () => {
  it("puts a run of 1.1, 1.2 … back at the start of their items", () => {
    const text = `${head}1.1\nThe tonnage of glass collected.\n2,100 tonnes.\n1.2\nThe contractor's name.\nGreenbin Ltd.`;
    expect(repairExtractedText(text)).toBe(`${head}1.1 The tonnage of glass collected.\n2,100 tonnes.\n1.2 The contractor's name.\nGreenbin Ltd.`);
  });

  it("a lone decimal figure is not a label", () => {
    const text = `${head}The rate rose by\n2.5\nPercent points.`;
    expect(repairExtractedText(text)).toBe(text);
  });

  it("a plain number alone stays for a table read one cell per line", () => {
    const text = `${head}No.\nQuestion\nResponse\n1\nHow many libraries?\nSeven.`;
    expect(repairExtractedText(text)).toBe(text);
  });
});

describe("a damaged letter read end to end", () => {
  it("glyph-bulleted asks with a page footer inside the answers are each answered", async () => {
    const letter = [
      "Highfold Borough Council",
      "Dear Ms Rowe",
      "You asked for:",
      "\uF0B7\tThe number of library volunteers in 2024",
      "\uF0B7 The annual cost of the library van",
      "\uF0B7\tThe names of the volunteers",
      "Our response",
      "\uF0B7\tThere were 48 volunteers in 2024.",
      "\uF0B7\tThe van cost £12,400 to run in 2023/24, including fuel and insur-",
      "ance.",
      "Highfold Borough Council | Civic Centre | Highfold HF1 2AB",
      "Page 2",
      "\uF0B7\tThe names are withheld under section 40(2) of the Freedom of Information Act as personal data.",
      "Yours sincerely",
    ].join("\n");
    const extracted = await textExtractor.extract(
      { bytes: new TextEncoder().encode(letter), name: "t.txt" },
      { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("none")) },
    );
    expect(extracted.text).toContain("insurance.");
    expect(extracted.text).not.toContain("Page 2");
    const read = analyzeExtracted(extracted, { file: "t.txt", path: "t.txt" });
    expect(read.answers.map((a) => a.outcome)).toEqual(["disclosed", "disclosed", "exempt"]);
  });
});
