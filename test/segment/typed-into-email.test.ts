import { describe, expect, it } from "vitest";
import { read, outcomes } from "./read-letter.js";

/**
 * The requester's email sent back with the authority's answer typed under each question ("Council
 * response - …", "Trust answer: …", "ANSWER: …"), below a covering note and the email's own header
 * block. The quoted email holds both the asks and the answers, so it is read as it stands rather than
 * as a request quoted under a reply. Every fixture is invented for these tests.
 */
const letter = (label: string): string =>
  [
    "Dear Mr Quayle,",
    "",
    "Thank you for your request. Our answers have been added to your email below.",
    "",
    "From: Dan Quayle",
    "Sent: 3 March 2025 09:12",
    "Subject: FOI request - door entry systems",
    "",
    "Hello, please could you tell me:",
    "",
    "1. Which company maintains the door entry system at the civic offices?",
    `${label} Brightgate Security Ltd.`,
    "",
    "2. How many access cards were issued in 2024?",
    `${label} 312 cards were issued.`,
    "",
    "3. Please send a copy of the maintenance contract.",
    `${label} The contract is withheld under section 43(2) as its release would prejudice the supplier's commercial interests.`,
    "",
    "4. How much was spent on replacement card readers in 2024?",
    `${label} This is not held; reader replacements are not recorded separately from general building repairs.`,
    "",
    "Thanks, Dan",
    "",
    "If you are unhappy with this response you can ask for an internal review.",
  ].join("\n");

describe("answers typed into the requester's own email", () => {
  for (const label of ["Council response -", "Trust answer:", "ANSWER -", "Our response:"]) {
    it(`pairs each question with the answer typed under it ("${label}")`, () => {
      const text = letter(label);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3", "4"]);
      expect(r.answers[0]).toBe("Brightgate Security Ltd.");
      expect(r.answers[1]).toBe("312 cards were issued.");
      expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
    });
  }
});
