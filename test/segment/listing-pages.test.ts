import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Disclosure-log pages as copied from the web: a page listing several published requests (the first
 * open, the rest collapsed), and a response set out as a two-column table whose cells were pasted
 * with tabs between them. Every fixture is invented for these tests.
 */

describe("a page listing several published requests", () => {
  const page = (reply: string, refLabel: string, dateLabel: string): string =>
    [
      "Home > About us > Freedom of information > Published requests",
      "",
      "Depot electricity use",
      `${refLabel}: FOI-7781`,
      `${dateLabel}: 03/04/2025`,
      "",
      "Request",
      "1) How much electricity did the bus depots use in 2024?",
      "2) How many depots have solar panels?",
      "3) What did the depots pay for electricity in 2024?",
      "",
      "Response",
      reply,
      "",
      "Staff travel claims",
      `${refLabel}: FOI-7779`,
      `${dateLabel}: 01/04/2025`,
      "Show more +",
      "",
      "Spreadsheet of fleet ages 2024",
      `${refLabel}: FOI-7770`,
      `${dateLabel}: 28/03/2025`,
      "Show more +",
    ].join("\n");

  for (const [ref, date] of [["Ref", "Received"], ["Reference", "Date published"], ["Our ref", "Responded"]]) {
    it(`one not-held sentence answers every question, and the next record closes it (${ref} / ${date})`, () => {
      const text = page("Thank you for your request. We do not hold the information you have asked for.", ref!, date!);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3"]);
      expect(r.answers.every((a) => !/Staff travel|Spreadsheet/.test(a))).toBe(true);
      expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:not_held"]);
    });
  }

  it("a single record keeps its own fields (no later record, nothing closed early)", () => {
    const text = [
      "Depot electricity use",
      "Ref: FOI-7781",
      "Received: 03/04/2025",
      "",
      "Request",
      "1) How many depots have solar panels?",
      "2) What did the depots pay for electricity in 2024?",
      "",
      "Response",
      "1) Four depots have solar panels.",
      "2) £1.2 million.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("a two-column table pasted with tabs, numbered 1.1, 1.2, 2.1", () => {
  it("splits each row into the ask and the answer, wrapped cells with the answer, 'See 1.1' pointing back", () => {
    const text = [
      "FOI-2025-88 Ferry services",
      "Your request and our response",
      "The left-hand column is what you asked; our answer is on the right.",
      "",
      "1.1\tNumber of sailings cancelled in 2024\t2023\t310",
      "\t\t2024\t285",
      "1.2\tThe reasons recorded for each cancellation\tWe do not hold this information. Reasons are not recorded in a form we can report.",
      "2.1\tFuel budget for 2024-25\t£2.4 million.",
      "2.2\tThe price paid per litre under the fuel contract\tWe are withholding this under section 33(1)(b) of FOISA (commercial interests). The public interest lies in withholding it.",
      "2.3\tThe price paid per litre for marine gas oil\tSee 2.2",
      "",
      "Your right to ask for a review",
      "If you are not happy with our response you can ask us to review it.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
    expect(r.asked[0]).toBe("Number of sailings cancelled in 2024");
    expect(r.answers[0]).toMatch(/310\n\t\t2024\t285$/);
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:exempt", "2.3:exempt"]);
  });
});
