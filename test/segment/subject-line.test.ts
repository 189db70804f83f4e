import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

// A reply that opens with a subject line under the greeting, then quotes three numbered questions and
// refuses them together. A scan can add a stray mark to the subject line ("Request for information?").
const reply = (subject: string): string =>
  `Dear Ms Hale,\n\n${subject}\n\nI write in response to your request received on 3 March. You asked:\n\n1. How many laptops were lost in 2023?\n2. How many were recovered?\n3. What did replacing them cost?\n\nTo answer these we would need to search every asset record by hand, which would exceed the cost limit under section 12 of the Act.\n\nYours sincerely\nRecords Team\n`;

describe("a subject line is a title, not a question", () => {
  for (const subject of ["Request for information", "Request for information?", "Re: FOI request 2024/118", "Your Freedom of Information application"]) {
    it(JSON.stringify(subject), () => {
      const letter = analyzeText(reply(subject), { file: "s.txt", path: "s.txt" });
      expect(letter.answers.map((a) => `${a.label}:${a.outcome}`)).toEqual(["1:exempt", "2:exempt", "3:exempt"]);
    });
  }
});
