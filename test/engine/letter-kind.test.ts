import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const origin = { file: "x.txt", path: "x.txt" };
const letter = (body: string): string => `Westmere Borough Council\nOur ref: FOI/4410\n\nDear Mr Adeyemi,\n\n${body}\n\nYours sincerely,\n\nInformation Governance Team\nWestmere Borough Council\n`;

describe("replies that are not a response (labels.md)", () => {
  const cases: [kind: string, body: string][] = [
    ["acknowledgement", "Thank you for your email. We acknowledge receipt of your request for information, which has been logged under the reference above. We will aim to send you our response within 20 working days, by 14 May 2024."],
    ["extension", "We are writing to let you know that we need more time to consider the public interest test under section 10(3) of the Act. We have not yet reached a decision and now expect to reply by 28 June 2024. We apologise for this delay."],
    // A missed deadline said outright, with only a promise to reply soon: late, not a first acknowledgement.
    ["extension", "Thank you for your request about school transport. We are sorry that we have missed the statutory deadline for replying. Our officers are still gathering the records and we will be in touch as soon as we can."],
    ["extension", "We apologise for not meeting the response date given in our earlier email. Your request is being worked on and we will send our reply shortly."],
    ["clarification", "Before we can process your request, could you please clarify which contracts you mean and the period you are interested in? The time for our reply will restart when we receive your clarification."],
    ["fees", "Your request can be answered, but it is subject to a fees notice under section 9. The fee of £42.50 covers photocopying and postage. We will send the information on receipt of the payment; cheques are payable to the Council."],
    ["transfer", "Your questions concern a service that Northdale Fire and Rescue Service runs, so we have transferred your request to them today. They will reply to you directly."],
  ];
  for (const [kind, body] of cases) {
    it(`a stand-alone ${kind} is no_response with that letter_kind and no questions`, () => {
      const l = analyzeText(letter(body), origin);
      expect(l.letterKind).toBe(kind);
      expect(l.status).toBe("no_response");
      expect(l.answers).toEqual([]);
      expect(l.letterOutcome).toBe("");
      expect(l.messages.map((m) => m.code)).toContain("FOISCOPE_NOT_A_RESPONSE");
    });
  }

  // Holding letters name the exemptions still being weighed, in hedged words; the numbered request they quote
  // is no answer. Each variant: a different hedge, a different way of saying the reply is late.
  const weighing: string[] = [
    "You asked:\n1. How many phishing emails were reported in 2024?\n2. Which firewall product do you use?\n\nParts of what you asked for might be covered by section 31 (law enforcement) and section 43 (commercial interests). Both are qualified exemptions, so we need more time to weigh the public interest. We now expect to reply by 3 March 2025.",
    "You asked:\n1. The number of staff who failed the phishing test.\n2. The cost of the test.\n\nWe are considering whether section 36 of the Act applies to some of this information. The Act lets us extend the time for our reply while we do so, and we will send our full response by 9 April 2025. Please do not read this as a refusal.",
    "You asked:\n1. Copies of penetration test reports for 2023.\n\nSome of the information might fall within section 24(1) and section 31(1)(a) of the FOIA. We have not yet reached a decision on where the balance of the public interest lies and will reply by 1 July 2025.",
  ];
  for (const body of weighing) {
    it(`an extension naming grounds still being weighed is an extension: ${body.slice(body.indexOf("\n\n") + 2, body.indexOf("\n\n") + 60)}…`, () => {
      const l = analyzeText(letter(body), origin);
      expect(l.letterKind).toBe("extension");
      expect(l.answers).toEqual([]);
    });
  }

  it("a final reply that withholds under a section after weighing it stays a response", () => {
    const body = "1. Which firewall product do you use?\nWe considered whether section 31(1)(a) applies to this information and have concluded that it does. The information is withheld under section 31(1)(a). We apologise for the delay in replying.";
    const l = analyzeText(letter(body), origin);
    expect(l.letterKind).toBe("response");
    expect(l.answers.map((a) => a.outcome)).toEqual(["exempt"]);
  });

  it("a response that also asks to clarify one item stays a response", () => {
    const body = [
      "1. How many laptops did the Council buy in 2023?",
      "The Council bought 212 laptops in 2023.",
      "2. What did the contract for the security software cost?",
      "This information is exempt under section 43(2) as its release would prejudice commercial interests.",
      "3. Which incidents do you mean?",
      "Please could you clarify which kind of incident you are interested in.",
    ].join("\n");
    const l = analyzeText(letter(body), origin);
    expect(l.letterKind).toBe("response");
    expect(l.status).toBe("ok");
    expect(l.answers.length).toBeGreaterThanOrEqual(2);
  });

  it("a cost-limit refusal that invites a narrower request stays a response", () => {
    const body = "We estimate that answering your request would exceed the appropriate limit of £450 under section 12, so we are refusing it. You may wish to narrow your request, for example to one year, and send it to us again.";
    const l = analyzeText(letter(body), origin);
    expect(l.letterKind).toBe("response");
    expect(l.answers.map((a) => a.outcome)).toEqual(["exempt"]);
  });

  it("a pasted thread whose last letter answers is a response, though an acknowledgement came first", () => {
    const thread = [
      letter("We acknowledge receipt of your request and will aim to respond within 20 working days."),
      "Dear Mr Adeyemi,",
      "Further to our acknowledgement, we do not hold any record of the number of laptops bought in 2023, because purchases are recorded by supplier and not by item, and so no total can be given from our systems.",
      "Yours sincerely,",
      "Westmere Borough Council",
    ].join("\n");
    const l = analyzeText(thread, origin);
    expect(l.letterKind).toBe("response");
  });
});
