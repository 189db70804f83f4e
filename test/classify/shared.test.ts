import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { findHits } from "../../src/classify/classify.js";
import { preset } from "../../src/classify/preset.js";

/** Letters written for these tests: a request, then one prose reply that answers every item at once. */
function outcomes(text: string): Record<string, string> {
  const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
  return Object.fromEntries(letter.answers.map((a) => [a.label, `${a.outcome}${a.partial ? "+partial" : ""}`]));
}

const REQUEST = `Dear Northbury Borough Council,
Please provide the following for the last three years:
1. The number of parking fines issued on Castle Street.
2. The income received from those parking fines.
3. The number of appeals against fines that were upheld.
4. The cost of the enforcement contract with the parking operator.
Yours faithfully,
A Requester

Dear A Requester,
Thank you for your request for information which we received on 3 March 2025.
Please find Northbury Borough Council's response to your request set out below:
`;

const CLOSING = `If you have any queries about this response, please do not hesitate to contact us.
Kind regards,
Information Governance Team`;

describe("one reply shared by several questions", () => {
  it("gives a question named in a refusal sentence its own outcome", () => {
    const o = outcomes(`${REQUEST}Please see the attached spreadsheet.
We are unable to answer question 4 as the contract does not separate enforcement costs and we do not hold a figure for them.
${CLOSING}`);
    expect(o).toEqual({ "1": "disclosed", "2": "disclosed", "3": "disclosed", "4": "not_held" });
  });

  it("gives a sentence about one question's own subject to that question alone", () => {
    const o = outcomes(`${REQUEST}Please see the attached spreadsheet.
We do not hold a record of appeals that were upheld, as the outcome of an appeal is not logged.
${CLOSING}`);
    expect(o).toEqual({ "1": "disclosed", "2": "disclosed", "3": "not_held", "4": "disclosed" });
  });

  it("keeps a closing paragraph that names the questions sharing the reply, and gives it to them alone", () => {
    const text = `Dear Eastvale Police,
- Could you confirm whether your force records thefts of catalytic converters as a separate crime type?
- Could you provide a month-by-month count of those thefts since January 2021?
- Could you provide the make and model of each vehicle affected?
Yours faithfully,
A Requester

Response
Our records are not organised in a way that would allow us to provide all of this information within the appropriate (cost) limit, so section 12 of the Act applies.
However, as a gesture of goodwill I have supplied information relating to questions 1 and 2 of your request (see the attached file).
Yours sincerely,
Freedom of Information Unit`;
    const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}:${a.partial}`)).toEqual([
      "1:exempt:FOIA s12:true",
      "2:exempt:FOIA s12:true",
      "3:exempt:FOIA s12:false",
    ]);
  });

  it("applies a sentence about none in particular to all", () => {
    const o = outcomes(`${REQUEST}We do not hold this information; parking enforcement is carried out by the county council, who you may wish to contact.
${CLOSING}`);
    expect(o).toEqual({ "1": "not_held", "2": "not_held", "3": "not_held", "4": "not_held" });
  });

  it("never takes a greeting or 'our response is below' as the answer", () => {
    const o = outcomes(`Dear Council,
Please tell me whether the council still uses a paging system for its out-of-hours staff.
Yours faithfully,
A Requester

Dear A Requester,
Thank you for your request for information which we received on 3 March 2025.
Please find the Council's response to your request set out
below:
Out-of-hours staff are contacted by mobile telephone; the paging system was withdrawn in 2019.
${CLOSING}`);
    const letter = analyzeText(`Dear Council,\nPlease tell me whether the council still uses a paging system.\nYours faithfully,\nA Requester\n\nDear A Requester,\nThank you for your request.\n${CLOSING}`, { file: "t.txt", path: "t.txt" });
    expect(o).toEqual({ "1": "disclosed" });
    expect(letter.answers[0]!.outcome).toBe("other");
  });
});

describe("how the rules read a sentence", () => {
  it("reads no signal in a sentence that only frames the answers", () => {
    const text = "Please find the Council’s response to your request set out\nbelow:";
    expect(findHits(text, { start: 0, end: text.length }, preset)).toEqual([]);
  });

  const rulesOf = (text: string): string[] => analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.rule}`);

  it("reads a bulleted answer without its bullet", () => {
    const text = `Dear A Requester,
Please find our response below.
1. How many school attendance orders were issued in 2024?
• 121
2. Were any orders withdrawn?
◦ No.
Kind regards,
Information Governance`;
    expect(rulesOf(text)).toEqual(["1:direct-answer", "2:direct-answer"]);
  });

  it("reads a table drawn in box characters as rows of data", () => {
    const text = `Dear A Requester,
Please find our response below.
1. What was spent on interpreting in each of the last two years?
┌──────────────┬──────────┐
│Financial year│Spend     │
├──────────────┼──────────┤
│2022-23       │£41,250   │
│2023-24       │£44,980   │
└──────────────┴──────────┘
Kind regards,
Information Governance`;
    expect(rulesOf(text)).toEqual(["1:data-table"]);
  });
});

describe("the request quoted back in a reply", () => {
  it("is the requester's words, not a signal of the answer", () => {
    const text = `Dear Department for Rural Infrastructure,
I would be grateful if you could supply a spreadsheet showing the date of each appeal, the name of the council refusing the original application, the outcome of the appeal and the inspector's reasons.
Yours faithfully,
A Requester

Dear A Requester
Thank you for your request for information.
I would be grateful if you could supply a spreadsheet showing the date of each appeal, the name of the council refusing the original application, the outcome of the appeal and the inspector's reasons.
Unfortunately I am unable to provide this information, because we do not
have it.
Knowledge and Information Access Team`;
    const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}`)).toEqual(["1:not_held"]);
  });
});

describe("a refusal notice after the answers that names the ask it covers", () => {
  it("gives the withheld ask the refusal and the others what the prose answered", () => {
    const text = `Freedom of Information Response
Request Number 4471
Question:

The criteria the booking platform uses to place a resident on the priority callback list.
Any guidance notes issued to call handlers who use the booking platform.
Information on how the booking platform exchanges records with the housing register.
Any licence agreements between the council and the platform's vendor.

Response: Westmoor District Council

Residents are placed on the list using the vulnerability markers held on their tenancy file.

Please see https://www.example.org/westmoor/callback-guide

The platform sends a nightly file of updated addresses to the housing register.

The council considers these documents commercially sensitive, so they will not be released.

Refusal Notice – Section 43(2) Freedom of Information Act 2000

Section 43(2) exempts information whose release would be likely to prejudice anyone's commercial interests.

This exemption is subject to the public interest test. Releasing the agreements would weaken the council's position when the licence is next tendered, and we find that this outweighs the case for openness.

Having weighed these factors, we have withheld the agreements asked for at question 4.

If you are unhappy with this response please tell us why.
Information Governance Team`;
    const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}:${a.partial}:${a.pit}`)).toEqual([
      "1:disclosed::false:false",
      "2:disclosed::false:false",
      "3:disclosed::false:false",
      "4:exempt:FOIA s43(2):false:true",
    ]);
  });
});

describe("a question named by its subject in a shared reply", () => {
  it("an item left to another request, named by what it asks about, is not answered here; the others take what was sent", () => {
    const o = outcomes(`${REQUEST}Please find attached a spreadsheet of fines issued, the income received and appeals upheld for each year.
Your question on contracts is being dealt with under your separate request, and the answer will follow there.
${CLOSING}`);
    expect(o).toEqual({ "1": "disclosed", "2": "disclosed", "3": "disclosed", "4": "other" });
  });
});

/**
 * A prose reply that refuses one item and then lists that refusal's provisions and weighs them:
 * the list and the reasoning are that item's, not a blanket refusal of every item.
 */
describe("a refusal's provisions and reasoning after it in a shared reply", () => {
  const request = `Dear Westmere Police,
Please tell me:
- How many body-worn cameras does the force own?
- Which company supplied the cameras?
- Are cameras used by officers in covert operations?
Yours faithfully,
B Requester

Dear B Requester,
Our response is below.
`;
  it("the provisions listed after a neither-confirm-nor-deny are that item's grounds only", () => {
    const letter = analyzeText(`${request}The force owns 1,140 body-worn cameras.
They were supplied by Axon Public Safety UK.
As to covert operations, the force can neither confirm nor deny that it holds any information, by virtue of:
Section 24(2) - National Security
Section 31(3) - Law Enforcement
Both are qualified exemptions, so the force has weighed the public interest. Factors favouring confirmation: openness about policing. Factors against: tactics would be revealed. The balance lies in neither confirming nor denying.
${CLOSING}`, { file: "t.txt", path: "t.txt" });
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}`)).toEqual(["1:disclosed:", "2:disclosed:", "3:exempt:FOIA s24(2);FOIA s31(3)"]);
  });
  it("a sentence that itself withholds under a section, said to no item, still covers every item", () => {
    const o = outcomes(`${request}The force owns 1,140 body-worn cameras.
All of the information you asked for about suppliers and covert use is withheld under section 31(1)(a), as disclosure would help offenders.
${CLOSING}`);
    expect(o["3"]).toBe("exempt");
  });
});
