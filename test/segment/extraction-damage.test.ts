import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Layouts as text extraction leaves them (family: extraction-damaged letters). Fixtures invented here:
 * a leisure trust, a coroner's service, a parks department.
 */

describe("bulleted answers whose hard-wrapped lines open on a capital", () => {
  const asks = ["The number of swimming lessons booked in 2024", "The cost of the pool's new filter", "The lease with the leisure trust"];
  const letter = (answers: string[]): string =>
    ["Dear Mr Hale", "You asked for:", ...asks.map((a) => `• ${a}`), "Our response", ...answers, "Yours sincerely"].join("\n");

  it("a wrapped line opening on a name goes on with its bullet, so every ask has its answer", () => {
    const text = letter([
      "• 3,410 lessons were booked in 2024.",
      "• The filter cost £48,900, paid from the capital programme agreed by the",
      "Council's cabinet in March 2023.",
      "• The lease is withheld under section 43(2) of the Freedom of Information Act, as it",
      "Contains rates negotiated in confidence.",
    ]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });

  it("a capitalised line after a short line that ended its sentence still ends the list", () => {
    const text = ["Dear Mr Hale", "Your request:", "• The number of lessons", "• The cost of the filter", "We hold both.", "Our response", "• 3,410.", "• £48,900.", "Yours sincerely"].join("\n");
    expect(read(text).labels).toHaveLength(2);
  });
});

describe("answers numbered to match the request that is not quoted", () => {
  const answers = [
    "1. 212 inquests were opened in 2024.",
    "2. Name of the case management system: exempt under section 31(1)(a).",
    "3. Not held – the service does not record the time taken per inquest.",
    "4. Staffing: 6.5 FTE coroner's officers.",
  ];
  for (const cue of [
    "Our answers are numbered to match the questions in your email.",
    "We have answered in the order and numbering of your request.",
    "The responses below follow your numbering.",
  ]) {
    it(`"${cue}" makes the numbered list the answers`, () => {
      const text = ["Dear Ms Kerr", `Thank you for your request. ${cue}`, ...answers, "Yours sincerely"].join("\n");
      expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:not_held", "4:disclosed"]);
    });
  }

  it("without the cue, a list whose items open on a subject's name is not taken for answers by that rule", () => {
    const text = ["Dear Ms Kerr", "Please find our response below.", "1. Name of the case management system.", "2. Number of officers employed.", "Yours sincerely"].join("\n");
    expect(read(text).layout).not.toBe("answers-only");
  });
});
