import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { notAnAnswer } from "../../src/classify/not-an-answer.js";
import { rule as partialDisclosure } from "../../src/classify/rules/partial-disclosure.js";

// Fixtures written for these tests. Family: a disclosure log or an e-mail reply publishes the letter with the
// requester's name and address blanked ("Dear [Name Redacted]", "To: [redacted]"): that is the publisher's
// anonymising, not information withheld from the answer.

const origin = { file: "x.txt", path: "x.txt" };

describe("the requester's name blanked by the publisher", () => {
  it.each(["Dear [Name Redacted],", "Hi [redacted],", "Hello [REDACTED]", "To: [requester redacted]", "Cc: [email address removed]", "From: Town Clerk <[redacted]>"])(
    "%s is no partial disclosure",
    (line) => {
      expect(partialDisclosure.pattern.test(line) && !partialDisclosure.veto!.test(line)).toBe(false);
    },
  );
  it("a redaction inside an answer still counts", () => {
    const s = "The names of junior staff have been redacted.";
    expect(partialDisclosure.pattern.test(s) && !partialDisclosure.veto!.test(s)).toBe(true);
  });
  it.each(["From: Parish Clerk <clerk@example-pc.gov.uk>", "To: [name withheld]", "Sent: Tuesday, 4 March 2025 10:02", "Subject: RE: verges and grass cutting", "Bcc: [redacted]"])("%s is an e-mail header, not an answer", (line) => {
    expect(notAnAnswer(line)).toBe("email-header");
  });
  it("a short e-mail reply under a blanked header answers its question in full", () => {
    const text = [
      "From: Parish Clerk <clerk@example-pc.gov.uk>",
      "Sent: 4 March 2025 10:02",
      "To: [redacted]",
      "Subject: RE: burial ground - freedom of information",
      "",
      "Hi [redacted],",
      "",
      "You asked: How many burial plots are still free in the parish burial ground?",
      "",
      "There are 41 unreserved plots left as of this month.",
      "",
      "Best wishes,",
      "Parish Clerk",
    ].join("\n");
    const q = analyzeText(text, origin).answers;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ outcome: "disclosed", partial: false });
  });
});
