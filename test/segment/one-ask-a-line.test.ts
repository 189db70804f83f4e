import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * A web form's request typed one ask a line with no bullets or blank lines, answered in order under
 * short headings or in plain paragraphs (layouts/ordered-answers.ts). Invented for these tests.
 */

const ASKS = [
  "The number of parking fines the council issued in 2024",
  "Whether any fines were cancelled on appeal",
  "The income from parking fines in 2024-25",
  "The name of the company that runs the enforcement cameras",
];

const letter = (lead: string[], replies: string[]): string =>
  [
    "Home / Council / Freedom of information / Disclosure log",
    "Parking enforcement",
    "Date published: 2 June 2025",
    "",
    "Request",
    ...lead,
    ...ASKS,
    "",
    "Response",
    ...replies.flatMap((r) => [r, ""]),
    "If you are dissatisfied with the handling of your request, you may ask for an internal review.",
  ].join("\n");

describe("one ask a line, answered in order", () => {
  it("under a lead-in, answers under short headings", () => {
    const text = letter(["I would like the following information under the Freedom of Information Act 2000"], [
      "Fines issued\nThe council issued 18,204 penalty charge notices in 2024.",
      "Appeals\nYes. 1,112 were cancelled after an appeal.",
      "Income\nWe do not hold a separate figure for fine income, as it is recorded with all parking income.",
      "Camera contractor\nThe name of the contractor is withheld under section 43(2) (commercial interests). The public interest favours withholding it.",
    ]);
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.asked).toEqual(ASKS);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:exempt"]);
  });

  it("with no lead-in, answers in plain paragraphs", () => {
    const text = letter([], [
      "In 2024 the council issued 18,204 parking fines.",
      "Yes, 1,112 fines were cancelled on appeal.",
      "Income from parking fines in 2024-25 was £1.9 million.",
      "We are withholding the name of the camera company under section 43(2). We consider the public interest favours withholding it.",
    ]);
    const r = read(text);
    expect(r.asked).toEqual(ASKS);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:exempt"]);
  });

  it("a hard-wrapped paragraph is not split into lines", () => {
    const text = [
      "Request",
      "I would like to know the number of parking fines the council issued in 2024 and",
      "whether any of those fines were cancelled on appeal, together with the income the",
      "council received from parking fines in the financial year 2024-25.",
      "",
      "Response",
      "The council does not hold this information in the form requested.",
    ].join("\n");
    expect(read(text).labels).toHaveLength(1);
  });
});
