import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Question/answer tables whose cells wrap onto following lines, as text extraction leaves them:
 * columns kept apart by spaces or tabs, a long cell going on under its own column on the next
 * lines while the other columns are empty; and tables flattened one cell a line, where a question
 * cell's wrapped lines run straight into the reply's. Letters invented for these tests.
 */

const letter = (rows: string[]): string =>
  [
    "Dear Ms Halloran,",
    "",
    "Thank you for your request about the borough's street trees. Our answers to each part are set out below.",
    "",
    ...rows,
    "",
    "If you are unhappy with this response you may ask for an internal review within 40 working days.",
    "",
    "Yours sincerely,",
    "Information Rights Officer",
  ].join("\n");

describe("a space-aligned table whose cells wrap under their own column", () => {
  const rows = [
    "No.   Request                             Response",
    "1     Number of street trees felled       312 trees were felled in the",
    "      by the council in 2023/24           year.",
    "2     The cost of replanting each         The council does not hold a cost",
    "      tree, broken down by ward           for each tree or each ward, so",
    "                                          this information is not held.",
    "3     Copies of any arboricultural        Withheld under section 43(2). The",
    "      survey reports commissioned         surveys were supplied by a",
    "      since 2021                          contractor on commercial terms.",
  ];

  it("reads one row per number, the wrapped lines joined to the cell above them", () => {
    const r = read(letter(rows));
    expect(r.layout).toMatch(/table/);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toMatch(/^The council does not hold a cost[\s\S]*not held\.$/);
    expect(outcomes(letter(rows))).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });

  it("a page footer and a repeated margin line between rows do not open rows of their own", () => {
    const paged = [
      ...rows.slice(0, 6),
      "",
      "Harrowfield Borough Council, Civic Centre, HF1 2AB",
      "                                                                        Page 1 of 2",
      "",
      ...rows.slice(6),
    ];
    const r = read(letter(paged));
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(letter(paged))).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });
});

describe("a tab-separated table with a third column between question and response", () => {
  it("a line led by tabs carries the row on; a cell under the response column extends the reply", () => {
    const text = letter([
      "No.\tRequest\tRegime\tResponse",
      "1\tAny survey of tree root damage to\tEIR\tAttached – the 2022 survey of the",
      "\tpavements on Orchard Road\t\ttown centre streets.",
      "2\tThe number of complaints about\tEIR\tForty-one complaints were received.",
      "\tfallen branches since 2022\t\t\tThe complainants' names are withheld",
      "\t\t\tunder regulation 13.",
      "3\tThe number of tree officers\tFOIA\tTwo full-time officers.",
      "\temployed by the council",
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toMatch(/Forty-one[\s\S]*under regulation 13\.$/);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed"]);
  });
});

describe("a space-aligned table with no number column", () => {
  it("a question cell going on in lower case under an unfinished question is the same row", () => {
    const text = letter([
      "Question                               Response",
      "How many trees did the council plant   Four hundred and six.",
      "   in the last financial year?",
      "Does the council keep a register of    Yes. The register is published on",
      "   trees with preservation orders?     our website.",
      "Who decides which trees are felled?    We do not hold a written record",
      "                                       of the officers who decide this.",
    ]);
    const r = read(text);
    expect(r.layout).toBe("table");
    expect(r.labels).toEqual(["1", "2", "3"]);
    // One span cannot skip the reply beside it: the question keeps its first line, the reply all of its own.
    expect(r.asked[0]).toBe("How many trees did the council plant");
    expect(r.answers[1]).toMatch(/^Yes\. The register is published on[\s\S]*our website\.$/);
    expect(r.answers[2]).toMatch(/^We do not hold[\s\S]*decide this\.$/);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });
});

describe("a table flattened one cell a line, the number heading the question cell", () => {
  const text = letter([
    "Question",
    "Response",
    "1. Number of street trees the council felled in the",
    "financial year 2023/24",
    "312 trees were felled. Most were",
    "removed because they were diseased.",
    "2. Spend on tree maintenance contracts in each of the",
    "last three financial years",
    "£402,000, £388,500 and £421,250.",
    "3. Names of the contractors bidding for the current",
    "tree maintenance contract",
    "Withheld under section 43(2) as the",
    "bids are commercially sensitive.",
    "4. Number of trees under a preservation order",
    "This information is not held.",
  ]);

  it("the question cell ends at the line that stops short although the next word would fit", () => {
    const r = read(text);
    expect(r.layout).toBe("cell-lines");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.asked[0]).toBe("1. Number of street trees the council felled in the\nfinancial year 2023/24");
    expect(r.answers[0]).toMatch(/^312 trees were felled/);
    expect(r.asked[1]).toMatch(/last three financial years$/);
    expect(r.answers[1]).toBe("£402,000, £388,500 and £421,250.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });
});

describe("a tab-split table whose reply cells hold line breaks, the rows numbered in the question cell", () => {
  it("a line at the margin that does not open the next number goes on with the cell last written", () => {
    const text = letter([
      "Question\tResponse\tExemption",
      "1. Number of trees planted in each of 2023 and 2024\t2023 – 640",
      "2024 – 712\tN/A",
      "2. Copies of the tender bids for the planting contract\tWithheld. The bids hold",
      "pricing that would harm the bidders if released.\tSection 43(2)",
      "3. The number of arboricultural officers\tThis information is not held.",
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[0]).toMatch(/^2023 – 640\n2024 – 712/);
    expect(r.asked[1]).toBe("2. Copies of the tender bids for the planting contract");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:not_held"]);
  });
});

describe("a flattened table whose question cell fills its column to the last line", () => {
  it("a question line that the reply's first word would just have joined ends the cell when the reply opens a sentence", () => {
    const text = letter([
      "Question",
      "Response",
      "1. Number of street trees the council felled in the",
      "financial year 2023/24",
      "312 trees were felled.",
      "2. Result of the latest survey of the borough's tree",
      "stock carried out by the independent assessors",
      "The assessors graded most trees as healthy. The",
      "full report is withheld under section 22(1).",
      "3. Names of the sapling nurseries",
      "Withheld under section 43(2).",
    ]);
    const r = read(text);
    expect(r.layout).toBe("cell-lines");
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[1]).toBe("2. Result of the latest survey of the borough's tree\nstock carried out by the independent assessors");
    expect(r.answers[1]).toMatch(/^The assessors graded/);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:exempt"]);
  });
});
