import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";
import { requestBelow } from "../../src/segment/request-below.js";

/**
 * Email replies with the request quoted below them, and unnumbered asks answered in order by
 * unlabelled paragraphs (request-below.ts, layouts/ordered-answers.ts). Every fixture is written
 * for these tests in the shapes mail programs and authorities use, not in any real letter's words.
 */

const SIGN_OFF = ["", "If you are not satisfied with this reply you may ask for an internal review. You may then complain to the Information Commissioner.", "", "Best wishes,", "", "Pat Ellery", "Records Officer", "Millbrook Borough Council"];

describe("the request quoted under the reply", () => {
  it("under an Original Message line: bulleted asks, prose answers in the same order", () => {
    const text = [
      "From: Records <records@millbrook.example>",
      "Sent: 2 April 2024 10:01",
      "Subject: RE: FOI - park benches",
      "",
      "Dear Ms Arden,",
      "",
      "Thank you for your email. Our answers follow below, in the order of your questions.",
      "",
      "The Council looks after 412 park benches across its sites.",
      "",
      "Memorial benches are not recorded separately from other benches, so we do not hold a figure for those.",
      "",
      "Repairs to benches cost £8,340 in 2023.",
      ...SIGN_OFF,
      "",
      "-----Original Message-----",
      "From: Jo Arden",
      "Sent: 4 March 2024 18:20",
      "To: Records",
      "Subject: FOI - park benches",
      "",
      "Dear Millbrook Borough Council,",
      "",
      "Please could you tell me:",
      "",
      "- How many park benches does the council maintain?",
      "- How many of them are memorial benches",
      "- What did bench repairs cost in 2023?",
      "",
      "Thanks,",
      "Jo Arden",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.asked).toEqual(["How many park benches does the council maintain?", "How many of them are memorial benches", "What did bench repairs cost in 2023?"]);
    expect(r.answers[1]).toBe("Memorial benches are not recorded separately from other benches, so we do not hold a figure for those.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:disclosed"]);
  });

  it("under 'On … wrote:': asks one a line, an 'And the same for …' line its own ask", () => {
    const text = [
      "Hello Mr Brandt,",
      "",
      "Please see our answers to your questions below.",
      "",
      "Agency staff cost the Service £212,400 in 2023/24.",
      "",
      "Agency staff cost the Service £187,950 in 2022/23.",
      "",
      "We do not hold a breakdown of agency costs by station, as invoices are paid centrally.",
      ...SIGN_OFF,
      "",
      "On 12 May 2024, Lee Brandt wrote:",
      "> Dear Northvale Fire and Rescue Service,",
      "> How much did agency staff cost the Service in 2023/24",
      "> And the same for 2022/23.",
      "> Which stations used agency staff, and at what cost for each station?",
      "> Thank you",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[1]).toBe("And the same for 2022/23.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });

  it("quoted with '> ' marks: numbered asks answered under 'Question N:' headings", () => {
    const text = [
      "Dear Mr Oduya,",
      "",
      "Thank you for your request, which is quoted at the end of this email.",
      "",
      "Question 1:",
      "We received 31 complaints about street lighting in 2023.",
      "",
      "Question 2:",
      "We do not hold a record of how long each repair took.",
      "",
      "Question 3:",
      "The maintenance contract is published on our contracts register.",
      ...SIGN_OFF,
      "",
      "> From: Sam Oduya",
      "> Sent: 9 January 2024 07:45",
      "> Subject: Street lighting",
      ">",
      "> Dear Council,",
      ">",
      "> 1. How many complaints about street lighting did you receive in 2023?",
      "> 2. How long did each repair take?",
      "> 3. Please send me the street lighting maintenance contract.",
      ">",
      "> Sam Oduya",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[1]).toBe("How long did each repair take?");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:disclosed"]);
  });

  it("a reply that restates the request above its answers is read as it stands", () => {
    const text = [
      "Dear Ms Kahn,",
      "",
      "You asked:",
      "How many dog wardens does the council employ?",
      "",
      "Our response:",
      "Two.",
      "",
      "You asked:",
      "How many stray dogs were collected in 2023?",
      "",
      "Our response:",
      "96.",
      ...SIGN_OFF,
      "",
      "-----Original Message-----",
      "From: R Kahn",
      "Sent: 1 February 2024",
      "",
      "How many dog wardens does the council employ? How many stray dogs were collected in 2023?",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers).toEqual(["Two.", "96."]);
  });

  it("no quoted message, or one that asks nothing: no view", () => {
    expect(requestBelow(["Dear Mr Lowe,", "", "We hold 3 vans.", "", "Yours sincerely,", "Team"].join("\n"))).toBeNull();
    expect(requestBelow(["Dear Mr Lowe,", "", "We hold 3 vans.", "", "Regards,", "Team", "", "-----Original Message-----", "From: A Lowe", "Sent: today", "", "Thank you for the acknowledgement."].join("\n"))).toBeNull();
  });
});

describe("unnumbered asks answered in order by unlabelled paragraphs", () => {
  it("a disclosure-log page: an exemption's reasons run over several paragraphs of one answer", () => {
    const text = [
      "Disclosure log - Speed cameras - 0412/24",
      "",
      "Request:",
      "",
      "Please provide the following about speed cameras:",
      "- How many fixed speed cameras are in operation in the force area?",
      "- What was the total value of fines from camera detections in 2023?",
      "- Which cameras are currently switched off",
      "",
      "Response:",
      "",
      "There are 58 fixed speed cameras in operation in the force area.",
      "",
      "Fines are collected by the courts service and the force does not hold their value.",
      "",
      "The force will not disclose which cameras are switched off. This information is exempt under section 31(1)(a) of the Act.",
      "",
      "Harm: naming inactive sites would encourage speeding at those locations.",
      "",
      "Factors favouring disclosure: openness about enforcement.",
      "",
      "Factors favouring non-disclosure: road safety and the prevention of offences.",
      "",
      "Balance: the public interest favours withholding the information.",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.answers[2]).toMatch(/^The force will not disclose[\s\S]*Balance: the public interest favours withholding the information\.$/);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });

  it("an answer that names its ask ('your second question') pairs with it", () => {
    const text = [
      "Request",
      "",
      "- Has the school transport budget been overspent this year?",
      "- If so, by how much was it overspent",
      "- Who decides the eligibility criteria for free travel?",
      "",
      "Response",
      "",
      "No, the school transport budget has not been overspent this year.",
      "",
      "As there is no overspend, your second question does not arise.",
      "",
      "Eligibility criteria for free travel are set by the Cabinet Member for Children's Services.",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.answers).toEqual([
      "No, the school transport budget has not been overspent this year.",
      "As there is no overspend, your second question does not arise.",
      "Eligibility criteria for free travel are set by the Cabinet Member for Children's Services.",
    ]);
  });

  it("one refusal written over several paragraphs is not paired ask by ask", () => {
    const text = [
      "Request",
      "",
      "- How many staff work in the planning department?",
      "- What is the planning department's annual budget?",
      "- How many planning appeals were lost in 2023?",
      "",
      "Response",
      "",
      "We estimate that answering your request would exceed the appropriate limit of £450, so it is refused under section 12 of the Act.",
      "",
      "This is because the records would have to be searched by hand across several systems.",
      "",
      "If you were to narrow your request to one of its parts we may be able to help.",
    ].join("\n");
    expect(read(text).layout).not.toBe("ordered-answers");
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt"]);
  });
});

describe("'You asked' / 'Our response' pairs with a public interest test after them", () => {
  it("a sentence under a 'Factors favouring …' heading argues, it is no question", () => {
    const text = [
      "Dear Mr Voss,",
      "",
      "You asked:",
      "How many body-worn cameras does the force own?",
      "",
      "Our response:",
      "The force owns 1,140 body-worn cameras.",
      "",
      "You asked:",
      "Which company supplies the software that stores the footage?",
      "",
      "Our response:",
      "This information is exempt under section 31(1)(a). The public interest test is set out below.",
      "",
      "Public Interest Test",
      "",
      "Factors favouring disclosure",
      "Openness about how public money is spent on equipment.",
      "",
      "Factors favouring non-disclosure",
      "Details of systems that hold evidence would help those who wish to attack them.",
      "",
      "Balancing test",
      "The balance lies in withholding the supplier's name.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt"]);
  });
});

describe("the request quoted at the top, then answers under number headings", () => {
  it("'Questions 1 and 2' alone on its line answers both, with no colon after it", () => {
    const text = [
      "Disclosure log entry",
      "",
      "REQUEST",
      "",
      "1. The number of drones the service owns.",
      "2. The cost of each drone.",
      "3. The number of drone pilots the service employs.",
      "",
      "RESPONSE",
      "",
      "Questions 1 and 2",
      "",
      "The service can neither confirm nor deny that it holds this information, by virtue of section 24(2) of the Act.",
      "",
      "Question 3",
      "",
      "The service employs 6 trained drone pilots.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toBe("The service can neither confirm nor deny that it holds this information, by virtue of section 24(2) of the Act.");
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:disclosed"]);
  });
});

describe("more shapes of the reply above a quoted request", () => {
  it("a reply that repeats each ask before its answer, the asks bulleted in the quoted message", () => {
    const text = [
      "Dear Mr Quint,",
      "",
      "Thank you for your email. Each of your questions is repeated below with our answer.",
      "",
      "How many parking fines did the council issue in 2023?",
      "The council issued 18,402 penalty charge notices in 2023.",
      "",
      "How much income did the fines raise?",
      "Income from penalty charge notices was £612,880.",
      "",
      "Regards,",
      "",
      "Parking Services",
      "",
      "-----Original Message-----",
      "From: D Quint",
      "Sent: 03 March 2024 09:12",
      "",
      "Hello,",
      "",
      "* How many parking fines did the council issue in 2023?",
      "* How much income did the fines raise?",
      "",
      "D Quint",
    ].join("\n");
    const r = read(text);
    expect(r.answers).toEqual(["The council issued 18,402 penalty charge notices in 2023.", "Income from penalty charge notices was £612,880."]);
  });

  it("an answer with a list under it keeps its list; asks one a paragraph in the quoted message", () => {
    const text = [
      "Good afternoon Ms Rowe,",
      "",
      "Please find our answers to your questions below.",
      "",
      "The cleaning contract for the civic centre is held by Brightway Facilities Ltd.",
      "",
      "The contract covers:",
      "",
      "- daily cleaning of offices",
      "",
      "- window cleaning each quarter",
      "",
      "The annual value of the contract is £96,500.",
      "",
      "Kind regards,",
      "Facilities Team",
      "",
      "On 2 June 2024 at 14:05, Ann Rowe wrote:",
      "> Dear Harbourside Council,",
      ">",
      "> Who holds the cleaning contract for the civic centre?",
      ">",
      "> What services does the contract cover?",
      ">",
      "> What is the annual value of the cleaning contract?",
      ">",
      "> Ann Rowe",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("ordered-answers");
    expect(r.answers[1]).toBe("The contract covers:\n\n- daily cleaning of offices\n\n- window cleaning each quarter");
    expect(r.answers[2]).toBe("The annual value of the contract is £96,500.");
  });
});

describe("each ask quoted with '>' above its answer in an email reply", () => {
  const quoted = (mark: string): string =>
    [
      "Dear Mr Hale,",
      "",
      "Thank you for your request. Our answers are under each of your questions.",
      "",
      `${mark}1. How many electric vehicle charging points does the hospital have?`,
      "",
      "Fourteen, all in the visitor car park.",
      "",
      `${mark}2. Who installed them?`,
      `${mark}3. What did the installation cost?`,
      "",
      "Questions 2 and 3:",
      "The supplier and the contract price are withheld under section 43(2) of the Act, as their release would harm the trust's position in its current tender.",
      "",
      `${mark}4. How much electricity did the points use in 2024?`,
      "",
      "The points are not metered separately, so we do not hold this information.",
      "",
      `${mark}5. Please send the car parking policy.`,
      "",
      "The policy is attached.",
      ...SIGN_OFF,
    ].join("\n");

  for (const mark of ["> ", ">", "> > "]) {
    it(`numbers after '${mark}' are items; a shared heading's answer stops at the next quoted ask`, () => {
      const text = quoted(mark);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3", "4", "5"]);
      expect(r.answers[1]).toMatch(/^The supplier and the contract price .*current tender\.$/);
      expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:exempt", "4:not_held", "5:disclosed"]);
    });
  }
});
