import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/**
 * Survey-style requests whose numbered questions list dashed options to answer ("Please answer each
 * option as appropriate", "tick all that apply"), restated in the reply with the answer beside an
 * option. The options belong to their question. Fixtures written for these tests, in our own words.
 */
describe("dashed options under a multiple-choice question", () => {
  it("options, even one saying 'please specify' or ending in '?', are no questions of their own", () => {
    const request = [
      "Dear Council,",
      "1. Where can residents leave used batteries? (Please answer each option as appropriate)",
      "- Recycling centre yes/no",
      "- Libraries yes/no",
      "- Other, please specify",
      "2. Is the collection run by (tick all that apply):",
      "- A contractor?",
      "- Council staff?",
      "3. How much did you spend on battery bins in 2023?",
      "Yours faithfully,",
      "F Green",
    ].join("\n");
    const reply = [
      "Dear Ms Green,",
      "Thank you for your request. Our response is set out below:",
      "1. Where can residents leave used batteries? (Please answer each option as appropriate)",
      "- Recycling centre yes",
      "- Libraries no",
      "- Other, please specify",
      "2. Is the collection run by (tick all that apply):",
      "- A contractor? Yes",
      "- Council staff?",
      "3. How much did you spend on battery bins in 2023?",
      "£4,200.",
      "Yours sincerely,",
      "Waste Services",
    ].join("\n");
    const text = `${request}\n\n${reply}`;
    const s = segment(text, request.length + 2);
    expect(s.questions.map((q) => q.label)).toEqual(["1", "2", "3"]);
  });
});
