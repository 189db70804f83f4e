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

// A disclosure-log entry as a PDF or a Word file carries it: a page header above the entry's title.
// The title under the header is still the title, not a first question answered by nothing.
const entry =
  "Copies of the harbour board minutes.\n\nPublished 3 May 2023\nRequest for Information - HB 2023/118\nThank you for your request dated 2 April. You asked for copies of the following -\n" +
  "- The minutes of the harbour board meeting of 4 January 2023.\n- The minutes of the harbour board meeting of 1 February 2023.\n- The report on berthing fees presented to the board in March 2023.\n" +
  "Our response\nI have concluded that your requests are vexatious under Section 14(1) of the Act, and we are refusing to deal with them for the reasons below.\nYou have made eleven requests about the board in the last two months.\n";

describe("a title under a page header is still a title", () => {
  for (const header of ["", "Harbourside Port Authority - Freedom of Information response\n\n", "Harbourside Port Authority\nFreedom of Information\n\n"]) {
    it(JSON.stringify(header), () => {
      const letter = analyzeText(header + entry, { file: "h.txt", path: "h.txt" });
      expect(letter.answers.map((a) => `${a.label}:${a.outcome} ${a.grounds.join(";")}`)).toEqual(["1:exempt FOIA s14(1)", "2:exempt FOIA s14(1)", "3:exempt FOIA s14(1)"]);
    });
  }
});
