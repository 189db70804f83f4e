import { describe, expect, it } from "vitest";
import { cleanEmailBody, composeThread, selectMessages, type ThreadMessage } from "../../src/extract/thread-messages.js";

/**
 * Which message of a thread is the letter, when several authority messages compete. The threads
 * below are written for these tests in the project's own words; each models a family of threads
 * seen on WhatDoTheyKnow (a review sent only as an attachment, a reply to a follow-up question, a
 * request narrowed and answered again, an answer sent in parts, a request refused for want of a name).
 */

const out = (date: string, text: string): ThreadMessage => ({ direction: "outgoing", date, text });
const inc = (date: string, text: string): ThreadMessage => ({ direction: "incoming", date, text });

const REQUEST = out("2024-03-01", "Dear Northfold Borough Council,\n1. How many pothole reports did you receive in 2023?\n2. How long on average did repairs take?\nYours faithfully,\nR Tester");
const ACK = inc("2024-03-02", "Dear R Tester,\nThank you for your request. This has been logged and we will respond within 20 working days.\nKind regards");
const ANSWER = inc(
  "2024-03-25",
  "Dear R Tester,\nThank you for your request. Please find our response set out below.\n1. We received 812 reports of potholes in 2023.\n2. The average repair took 4.5 days.\nKind regards",
);
const RIGHTS = "If you remain unhappy with the outcome of this review, you may complain to the Information Commissioner, whose details are on their website. Information Governance Team, Northfold Borough Council, Town Hall, Northfold.";

describe("an internal review whose outcome is only in an attachment", () => {
  it("does not replace the answer it reviews, even a long cover note with the regulator's details", () => {
    const s = selectMessages([
      REQUEST,
      ACK,
      ANSWER,
      out("2024-04-01", "Dear Council,\nPlease pass this on to the person who conducts Freedom of Information reviews. I want an internal review.\nR Tester"),
      inc("2024-04-03", "Dear R Tester,\nThank you for your request for an internal review. This has now been logged and will be carried out within 20 working days.\nKind regards"),
      inc(
        "2024-04-20",
        `Dear R Tester,\nThank you for your request for an internal review, which we received on 1 April. We have now completed the review and enclose our full findings and conclusion in the attached letter. Please get in touch if anything in it is unclear.\n${RIGHTS}`,
      ),
    ]);
    expect(s.kinds[5]).toBe("review_outcome");
    expect(s.responseIndex).toBe(2);
  });
  it("still outranks the answer when its cover note says the outcome in words", () => {
    const s = selectMessages([
      REQUEST,
      ACK,
      ANSWER,
      out("2024-04-01", "Dear Council,\nPlease pass this on to the person who conducts Freedom of Information reviews. I want an internal review.\nR Tester"),
      inc("2024-04-20", `Dear R Tester,\nThank you for your request for an internal review. We have decided that the first reply was wrong to leave out the resurfacing figures, which are in the attached table.\n${RIGHTS}`),
    ]);
    expect(s.responseIndex).toBe(4);
  });
  it("still wins when the thread holds nothing better than an acknowledgement", () => {
    const s = selectMessages([REQUEST, ACK, inc("2024-04-20", "Dear R Tester,\nPlease find attached our internal review of your request.\nKind regards")]);
    expect(s.responseIndex).toBe(2);
  });
});

describe("a later reply to a follow-up question", () => {
  it("yields to the answer to the request when it restates the follow-up instead", () => {
    const followUp = "Thank you. What do you mean by an average repair time of 4.5 days when the same holes are reported again every week? And how long is a resurfaced road expected to last before it breaks up?";
    const s = selectMessages([
      REQUEST,
      ACK,
      ANSWER,
      out("2024-03-27", `Dear Council,\n${followUp}\nR Tester`),
      inc("2024-03-28", "Dear R Tester,\nThank you for your recent clarification. This has been logged and we will respond within 20 working days.\nKind regards"),
      inc(
        "2024-04-20",
        `Dear R Tester,\nPlease find our response to your request set out below:\n${followUp}\nThe figure counts every enquiry about a road, and a repair closes each of them. How long a road lasts depends on traffic and weather, so no single figure can be given.\nKind regards`,
      ),
    ]);
    expect(s.kinds[5]).toBe("response");
    expect(s.responseIndex).toBe(2);
  });
  it("yields when it only points back to what the first answer said, and is not joined to it", () => {
    const composed = composeThread(
      [
        REQUEST,
        ANSWER,
        out("2024-03-27", "Dear Council,\nWhich of your figures covers the main road?\nR Tester"),
        inc("2024-03-28", "Dear R Tester,\nThank you for your email. As we explained in our previous response, the information you requested is not held for single roads; if you are unhappy you can ask for an internal review.\nKind regards"),
      ],
      "test",
    );
    expect(composed.text).toContain("We received 812 reports");
    expect(composed.text).not.toContain("As we explained in our previous response");
  });
  it("is the letter when the requester narrowed the request and the council answered it afresh", () => {
    const s = selectMessages([
      REQUEST,
      ACK,
      inc("2024-03-25", "Dear R Tester,\nPlease find our response below. Your request is refused under section 12: finding the reports would exceed the cost limit.\nKind regards"),
      out("2024-03-26", "Dear Council,\nTo bring the cost down, could you give me the same figures for the last six months of 2023 only?\nR Tester"),
      inc("2024-03-27", "Dear R Tester,\nThank you for your request, which we received on 26 March. This has been logged and we will respond within 20 working days.\nKind regards"),
      inc("2024-04-15", "Dear R Tester,\nPlease find our response to your request set out below:\nJuly to December 2023: 401 pothole reports; repairs took 3.9 days on average.\nKind regards"),
    ]);
    expect(s.responseIndex).toBe(5);
    expect(s.completes).toBe(-1);
  });
});

describe("an answer sent in parts", () => {
  it("joins the final part to the partial answer that promised the rest", () => {
    const s = selectMessages([
      out("2024-01-05", "Dear Council,\na) the mayor's engagements diary for 2022;\nb) the cost of the mayor's car in 2022.\nYours faithfully,\nR Tester"),
      inc("2024-02-10", "Dear R Tester,\nWe are checking the diary pages for personal details and hope to send them to you next week. Meanwhile, please find attached our answer to part (b): the car cost £41,200.\nKind regards"),
      inc("2024-05-01", "Dear R Tester,\nWe are now able to answer your request in full. The diary pages are attached; the names of private individuals are redacted under section 40(2).\nKind regards"),
    ]);
    expect(s.responseIndex).toBe(2);
    expect(s.completes).toBe(1);
  });
  it("does not join a re-sent answer that only says the answers are below", () => {
    const resent = "Dear R Tester,\nWe apologise for the delay. We have provided the answers to your questions below.\n1. 812.\n2. 4.5 days.\nKind regards";
    const s = selectMessages([REQUEST, inc("2024-03-25", resent), inc("2024-06-25", resent)]);
    expect(s.responseIndex).toBe(2);
    expect(s.completes).toBe(-1);
  });
  it("joins a later reply that names the parts it already answered", () => {
    const s = selectMessages([
      REQUEST,
      inc("2024-03-25", "Dear R Tester,\nPlease find our response below. 2. The average repair took 4.5 days.\nKind regards"),
      inc("2024-04-25", "Dear R Tester,\nWe have already sent you the answer to question 2. Please find our response to question 1 below: 812 reports.\nKind regards"),
    ]);
    expect(s.responseIndex).toBe(2);
    expect(s.completes).toBe(1);
  });
});

describe("a request refused because the requester gave no full name", () => {
  const refusal = inc(
    "2024-03-02",
    "Dear R,\nWe are unable to deal with your request as you have not given us your full name. A request is only valid under section 8 of the Act when it carries the requester's real name. Please send us your full name so that we can go on.\nKind regards",
  );
  it("is the letter when nothing follows it (labels.md: an invalid request, its questions other)", () => {
    const composed = composeThread([REQUEST, refusal], "test");
    expect(composed.status).toBeUndefined();
    expect(composed.text).toContain("you have not given us your full name");
  });
  it("is not the letter once the name was given and the request logged", () => {
    const composed = composeThread([REQUEST, refusal, out("2024-03-03", "Dear Council,\nMy full name is R Tester.\nR Tester"), ACK], "test");
    expect(composed.status).toBe("no_response");
    expect(composed.letterKind).toBe("acknowledgement");
  });
});

describe("the attachment header of a message that sends many files", () => {
  it("is cut whole, however many files it lists", () => {
    const files = Array.from({ length: 40 }, (_, i) => `${i + 1} Week ${i + 1} diary.pdf\n${100 + i}K\nDownload\nView as HTML`).join("\n");
    const body = cleanEmailBody(`40 Attachments\n${files}\nDear R Tester,\nThe diary pages are attached.\nKind regards`);
    expect(body.text.startsWith("Dear R Tester,")).toBe(true);
    expect(body.attachments).toHaveLength(40);
  });
});
