import { describe, expect, it } from "vitest";
import { layoutRuns } from "../../src/extract/pdf-columns.js";
import type { TextItem } from "../../src/extract/pdf-layout.js";

/** Runs as PDFium reports them: x of the first glyph, baseline y (PDF space, y up), width, type size. */
const run = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): TextItem => ({ str, x, y, size, width, hasEOL: false });

/** A column's lines from the top, one line pitch apart. */
function column(x: number, top: number, lines: string[], pitch = 12): TextItem[] {
  return lines.map((line, i) => run(line, x, top - i * pitch));
}

describe("reading order of positioned runs", () => {
  it("reads a two-column question and reply table row by row, each cell a paragraph, in any drawing order", () => {
    // Rows follow one another with no extra space: the rows start where a cell's last line ended a sentence.
    const left = [
      ...column(72, 700, ["You asked"]),
      ...column(72, 688, ["How many bridges did the", "county inspect in 2022?"]),
      ...column(72, 652, ["What did the repairs cost?"]),
    ];
    const right = [
      ...column(300, 700, ["Our reply"]),
      ...column(300, 688, ["We inspected 212 bridges in", "2022, all of them on our", "principal road network."]),
      ...column(300, 652, ["The repairs cost £1.2 million,", "met from the capital budget."]),
    ];
    // Drawn column by column, as a word processor may write a table.
    const expected = [
      "You asked",
      "Our reply",
      "How many bridges did the county inspect in 2022?",
      "We inspected 212 bridges in 2022, all of them on our principal road network.",
      "What did the repairs cost?",
      "The repairs cost £1.2 million, met from the capital budget.",
    ].join("\n\n");
    expect(layoutRuns([...left, ...right])).toBe(expected);
    expect(layoutRuns([...right].reverse().concat(left))).toBe(expected);
  });

  it("reads two columns of prose down the left, then down the right", () => {
    const left = column(72, 700, [
      "The county council holds records of every",
      "inspection carried out on its bridges and",
      "publishes a summary of them each year.",
      "The summary for 2022 lists each bridge",
      "by its reference and its condition score.",
    ]);
    const right = column(320, 700, [
      "You may ask for an internal review if you",
      "are unhappy with how we handled this",
      "request. Please write to us within forty",
      "working days of the date of this letter",
      "and quote the reference given above.",
    ]);
    const text = layoutRuns([...left, ...right].sort((a, b) => b.y - a.y || a.x - b.x));
    const flat = text.replace(/\s+/g, " ");
    expect(flat.indexOf("publishes a summary")).toBeLessThan(flat.indexOf("You may ask"));
    expect(flat).toContain("every inspection carried out on its bridges and publishes a summary of them each year.");
    expect(flat).toContain("within forty working days of the date of this letter and quote the reference given above.");
  });

  it("keeps a grid of figures in rows", () => {
    const rows = ["2019/20", "2020/21", "2021/22", "2022/23"].flatMap((year, i) => [run(year, 72, 700 - 14 * i), run(String(10 + i), 250, 700 - 14 * i), run(`£${i + 1},000`, 400, 700 - 14 * i)]);
    expect(layoutRuns(rows).split("\n")).toEqual(["2019/20 10 £1,000", "2020/21 11 £2,000", "2021/22 12 £3,000", "2022/23 13 £4,000"]);
  });

  it("rejoins a raised ordinal suffix and drops a raised footnote mark", () => {
    const items = [run("received on 27", 72, 700, 10, 70), run("th", 142.2, 704, 6, 5), run(" April 2024 under the Act", 147.5, 700, 10, 120), run("2", 268, 704, 6, 3), run(".", 271, 700, 10, 3)];
    expect(layoutRuns(items)).toBe("received on 27th April 2024 under the Act.");
  });

  it("joins a word broken at a soft hyphen and keeps a real hyphen", () => {
    const items = column(72, 700, ["The information is held by our environ\u00ad", "mental health team and by a self-", "contained unit."], 12).map((i) => ({ ...i, width: 300 }));
    expect(layoutRuns(items)).toBe("The information is held by our environmental health team and by a self-\ncontained unit.");
  });
});
