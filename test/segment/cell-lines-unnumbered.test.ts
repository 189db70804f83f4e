import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Family: a grid of Request / Information held? / Response / Exemption pasted one cell a line, with no
 * number column; rows are blocks between blank lines (layouts/cell-lines.ts, unnumberedRows). Letters
 * written for the test.
 */
const grid = (rows: string[][], columns = ["Request", "Information held?", "Response", "Exemption"]): string =>
  [
    "Dear Ms Rowe",
    "",
    "Thank you for your request about the fleet, received on 2 June. Our answers are in the table below.",
    "",
    ...columns,
    "",
    ...rows.flatMap((r) => [...r, ""]),
    "If you are unhappy with this response you may ask for an internal review within 40 working days.",
    "",
    "Yours sincerely",
    "Information Rights Team",
  ].join("\n");

describe("a grid one cell a line with no number column", () => {
  it("reads each blank-separated block as a row, numbered in order, dropping the held mark and an empty exemption cell", () => {
    const text = grid([
      ["Number of pool cars owned", "Yes", "48 cars at 1 May", "N/A"],
      ["Annual fuel spend in 2024", "Yes", "£212,400", "None"],
      ["Names of drivers with more than three penalty notices", "Yes", "Withheld", "Section 40(2) - personal data"],
      ["Cost of the telematics contract", "No", "The telematics service is bought through a regional framework and we do not hold its cost.", "N/A"],
    ]);
    const r = read(text);
    expect(r.layout).toBe("cell-lines");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.answers[1]).toBe("£212,400");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });

  it("lets a request cell wrap over two lines when the held mark follows it", () => {
    const text = grid([
      ["Number of electric vans in the fleet", "and their average age", "Yes", "17 vans, average age 2.4 years", "N/A"],
      ["Whether the vans are leased or owned", "Yes", "All are leased.", "N/A"],
      ["Name of the leasing company", "Partly", "The lessor is a national provider; the contract value is withheld.", "Section 43(2)"],
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[0]).toBe("Number of electric vans in the fleet\nand their average age");
    expect(outcomes(text)[2]).toBe("3:exempt");
  });
});
