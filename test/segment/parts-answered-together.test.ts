import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { thread } from "./thread-text.js";

/**
 * A numbered lead that a lettered list completes ("3. If so, please give the:" / "3a. supplier" /
 * "3b. start date" …), restated in the reply with a single answer after the last part: the parts
 * were answered together, so they belong to their number (labels.md). Parts the reply names
 * ("see our answer to 3b") or answers one by one stay questions. Fixtures in our own words.
 */
const REQUEST = [
  "Dear County Council,",
  "1. Do you use an outside firm to run your parking permit website?",
  "2. If so, please provide the:",
  "2a. Name of the firm",
  "2b. Value of the contract",
  "2c. Date the contract ends",
  "3. Who manages this contract?",
  "Yours faithfully,",
  "Kim Asker",
];
const CLOSE = ["", "If you are unhappy with this response you may ask for an internal review.", "", "Yours sincerely,", "Information Team"];
const labels = (reply: string[], request = REQUEST): string[] => {
  const t = thread(request, reply);
  return segment(t.text, t.from).questions.map((q) => q.label);
};

describe("lettered parts of a lead answered together", () => {
  it("one answer after the last part: the parts belong to their number", () => {
    const r = labels([
      "Dear Kim Asker,",
      "Please find our response below:",
      "1. Do you use an outside firm to run your parking permit website?",
      "Yes",
      "2. If so, please provide the:",
      "2a. Name of the firm",
      "2b. Value of the contract",
      "2c. Date the contract ends",
      "All of these details are in the published contract notice, linked here.",
      "3. Who manages this contract? The Head of Parking Services.",
      ...CLOSE,
    ]);
    expect(r).toEqual(["1", "2", "3"]);
  });

  it("parts answered one by one stay questions", () => {
    const r = labels([
      "Dear Kim Asker,",
      "Please find our response below:",
      "1. Do you use an outside firm to run your parking permit website?",
      "Yes",
      "2. If so, please provide the:",
      "2a. Name of the firm",
      "Permits Online Ltd",
      "2b. Value of the contract",
      "£12,000 a year",
      "2c. Date the contract ends",
      "March 2027",
      "3. Who manages this contract? The Head of Parking Services.",
      ...CLOSE,
    ]);
    expect(r).toContain("2a");
    expect(r).toContain("2c");
  });
});
