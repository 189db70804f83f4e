import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * A disclosure-log entry headed "Summary of request" / "Summary of response", the reply opening with a
 * paragraph that names the items it answers together ("The answers to items 1, 2 and 3 are …") before
 * labelled answers for the rest ("Item 4 - …"). Invented for these tests.
 */

const entry = (lead: string): string =>
  [
    "FOI 2025/014: School transport",
    "Date of response: 3 March 2025",
    "",
    "Summary of request",
    "The requester asked for:",
    "1. The number of pupils given free school transport in 2024",
    "2. The cost of school transport in 2024",
    "3. The number of routes run by taxi",
    "4. The names of the taxi firms and what each was paid",
    "",
    "Summary of response",
    lead,
    "",
    "Item 4 - The names of the firms are in tab 4 of the spreadsheet. The amounts paid to each firm are withheld under section 43(2) (commercial interests). On balance, the public interest favours withholding them.",
    "",
    "Related documents",
    "School transport data (XLSX, 20KB)",
  ].join("\n");

describe("a lead paragraph naming the items it answers", () => {
  for (const lead of [
    "The answers to items 1, 2 and 3 are in the attached spreadsheet (tabs 1-3).",
    "Questions 1 to 3 are answered in the attached spreadsheet.",
    "The spreadsheet attached answers items 1-3 of your request.",
  ]) {
    it(`answers the items it names, not the next labelled answer: ${lead}`, () => {
      const text = entry(lead);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3", "4"]);
      expect(r.answers.slice(0, 3)).toEqual([lead, lead, lead]);
      expect(outcomes(text).slice(0, 3)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed"]);
    });
  }

  it("items the paragraph does not name still take the next answer", () => {
    const text = entry("The answers to items 1 and 2 are in the attached spreadsheet.");
    const r = read(text);
    expect(r.answers[2]).toBe(r.answers[3]);
  });
});
