import { describe, expect, it } from "vitest";
import { read, outcomes } from "./read-letter.js";

/**
 * A terse email reply giving every answer on one line, numbered as the requester's questions were,
 * the questions not repeated: "1. 14   2. None   3. Not held …". Each number is a question answered
 * by its own stretch of the line. Every fixture is invented for these tests.
 */
const email = (line: string): string =>
  [
    "Subject: RE: FOI 2231",
    "",
    "Hi Alex",
    "",
    "Thanks for your email. Here are the answers, in the order you asked:",
    "",
    line,
    "",
    "If you are not happy with this you can ask for a review by replying to this email.",
    "",
    "Chris",
    "Information Governance",
  ].join("\n");

describe("answers given on one line", () => {
  it("splits a line of answers set apart by wide gaps", () => {
    const text = email("1. 3 - all were phishing attempts   2. None   3. Yes, we use a managed firewall service   4. Not held, as we do not record this");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.answers[1]).toBe("None");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:not_held"]);
  });

  it("splits answers closed by brackets and set apart by semicolons", () => {
    const r = read(email("1) 12 laptops; 2) No; 3) The service is provided by the county council, which would hold this"));
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[0]).toContain("12 laptops");
  });

  it("leaves a numbered list of questions on one line to the request readings", () => {
    const r = read(email("1. How many laptops were lost?   2. How many were encrypted?   3. Who supplies them?"));
    expect(r.layout).not.toBe("inline-answers");
  });
});
