import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * A request sent through a web form, quoted back in the reply with its fields run together on one
 * line ("Request type: …  Subject: …  Details: … 1) … 2) …  Preferred format: …"), then answered by
 * number ("Q1." or "1."). Fixtures written for these tests, in the shape such replies take.
 */

describe("a web-form request flattened onto one line, quoted inside the reply", () => {
  const form =
    "Form: Information request   Topic: Libraries   Your request: Please could you send me 1) the number of library branches open in 2023 2) the total spent on new books in 2023 (3) whether any branch is due to close and 4) in your opinion, are the libraries well used?   Contact by: Email   Over 18: Yes";

  it("the numbers closing with a bracket open lower-case asks; the last ask stops at the next form field; an ask answered by no number has no answer", () => {
    const text = [
      "Dear Applicant,",
      "",
      "Thank you for your request, received through our website. You wrote:",
      "",
      form,
      "",
      "Our response",
      "",
      "Q1. Eleven branches were open throughout 2023.",
      "",
      "Q2. We spent £84,300 on new stock for all branches during the",
      "year, including audio books and magazines, as shown in our",
      "accounts.",
      "",
      "Q3. No branch is due to close. The mobile library will",
      "continue to run on its current timetable and the council",
      "reviews the timetable each spring.",
      "",
      "If you are unhappy with this response you may ask for an internal review.",
      "",
      "Yours sincerely,",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("inline-numbered");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.asked[0]).toBe("the number of library branches open in 2023");
    expect(r.asked[3]).toBe("in your opinion, are the libraries well used?");
    expect(r.answers[2]).toMatch(/^No branch is due to close\. .*each spring\.$/s);
    expect(r.answers[3]).toBe("");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:other"]);
  });

  it("capitalised asks answered '1.' … '3.', the public interest weighed once after the last answer for two of them", () => {
    const text = [
      "Dear Ms Fell",
      "",
      "We received your request through our online form. It read:",
      "",
      "Name: A Fell  Subject: door entry systems  Details of request: 1) Which company installed the door entry system at the civic centre? 2) How many access cards are currently active? 3) Please send the list of rooms each card can open.  Reply by: post",
      "",
      "We have handled your request under the Freedom of Information Act 2000.",
      "",
      "1. The system was installed by a local electrical contractor in 2019.",
      "",
      "2. The number of active cards is withheld under section 31(1)(a) of the Act, as it would help someone planning to enter the building unlawfully.",
      "",
      "3. The council does not keep a list of rooms by card, so we hold no record of this.",
      "",
      "Section 31 is a qualified exemption, so we weighed the arguments each way. Keeping back what we hold for items 2 and 3 serves the public better than releasing it.",
      "",
      "If you are unhappy with our response you can ask for an internal review.",
      "",
      "Yours sincerely",
      "Customer Services",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[2]).toBe("Please send the list of rooms each card can open.");
    expect(r.answers[2]).toBe("The council does not keep a list of rooms by card, so we hold no record of this.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:not_held"]);
  });

  it("a quoted request whose numbers the reply never answers by number is not read this way", () => {
    const text = [
      "Dear Mr Cole",
      "",
      "You asked for the following information: 1) the number of parking permits issued in 2023 2) the number refused 3) the fee charged for each permit type.",
      "",
      "We issued 2,140 permits in 2023 and refused 85. The fee for a resident permit is £60 and for a visitor permit £3 a day.",
      "",
      "Yours sincerely",
      "Parking Services",
    ].join("\n");
    expect(read(text).layout).not.toBe("inline-numbered");
  });
});
