import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../src/extract/thread-messages.js";

/**
 * An internal review that finds the request was never answered and answers it there: the review's
 * opening says when reviews are usually answered (acknowledgement wording), yet the message is the
 * review's outcome and carries the answers. Written in the project's own words.
 */
const kind = (text: string): string => classifyMessage({ direction: "incoming", date: "", text }, text, "");

describe("an internal review that gives the answers the first reply never did", () => {
  it("is the review's outcome when it says the review was conducted", () => {
    const text = [
      "Dear Requester",
      "Internal Review of Freedom of Information Request",
      "Thank you for your email asking for a review of how the council handled your request. We aim to answer",
      "internal reviews within 20 working days, and we are sorry this one took longer.",
      "I can confirm that a thorough review of this case has been conducted. You had not been sent a reply.",
      "The council can give the information below:",
      "1. How many empty homes are there? 312.",
    ].join("\n");
    expect(kind(text)).toBe("review_outcome");
  });
  it("is the review's outcome when it closes by pointing to the regulator after 'my review'", () => {
    const text = [
      "Dear Requester",
      "Thank you for your request for an internal review, received on 2 May. We endeavour to respond within 20 working days.",
      "You are right that no answer was sent. The answers to your questions are these: 1. Yes. 2. 40 staff.",
      "If you are dissatisfied with my review, you may complain to the Information Commissioner.",
    ].join("\n");
    expect(kind(text)).toBe("review_outcome");
  });
  it("stays an acknowledgement when the review is only logged", () => {
    expect(kind("Thank you for your recent request for an internal review. This has now been logged and we aim to respond within 20 working days.")).toBe("review_acknowledgement");
  });
});
