import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Letters written for these tests (no real wording): replies that explain the authority's own FOI
 * handling or the law in general, where exemption words describe practice and not a refusal.
 */
function answers(text: string): Record<string, string> {
  const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
  return Object.fromEntries(letter.answers.map((a) => [a.label, `${a.outcome}${a.partial ? "+partial" : ""}${a.pit ? "+pit" : ""}|${a.grounds.join(";")}`]));
}

const HEAD = `Dear Westmere District Council,
1. Please send any guidance given to staff about labelling e-mails as confidential.
2. Please send the minutes of the meetings at which that labelling was agreed.
Yours faithfully,
B Asker

Dear B Asker,
Please find the Council's response to your request set out below:
`;
const TAIL = `If you are unhappy with this response you may ask for an internal review.
Regards,
Records Team`;

describe("exemption words that describe practice, not a refusal", () => {
  it("a reply explaining how privilege works and then saying nothing is held is not held", () => {
    const o = answers(`${HEAD}1. Lawyers often mark their messages to show they may be covered by the privilege protection provided under section 42 of the Freedom of Information Act 2000.
In Jones v Information Commissioner the Tribunal held that an authority may usually keep such advice back. Information can be withheld only under an exemption in the Act.
We hold no record of any guidance given to staff about this labelling.
2. There are no minutes, as the labelling was agreed in conversation.
${TAIL}`);
    expect(o).toEqual({ "1": "not_held|", "2": "not_held|" });
  });

  it("an exemption engaged but released on the public interest is no ground", () => {
    const o = answers(`${HEAD}1. Please see the attached guidance note. We consider that section 42 applies to this note. Having weighed the factors, we believe the public interest lies in favour of disclosure, so it is attached in full.
2. The minutes are attached. Any information that a team proposes to withhold is always checked by the records team.
A heading does not automatically mean that we refuse to release a message.
${TAIL}`);
    expect(o).toEqual({ "1": "disclosed|", "2": "disclosed|" });
  });
});

describe("a pointer to another answer that says only part is held", () => {
  it("takes the other answer's outcome and is partial", () => {
    const o = answers(`Dear Westmere District Council,
1. How much did the council spend on holiday clubs in 2023?
2. How much of that went to clubs for children in care?
Yours faithfully,
B Asker

Dear B Asker,
Please find the Council's response to your request set out below:
1. The council spent £84,000 on holiday clubs in 2023.
2. We only hold figures for the clubs the council runs itself (see question 1).
${TAIL}`);
    expect(o).toEqual({ "1": "disclosed|", "2": "disclosed+partial|" });
  });
});

describe("an answer that is only a pointer back, with no number", () => {
  const ask = `Dear Westmere District Council,
1. How many residents applied for a garden waste permit in 2023?
2. How many of those applicants were refunded?
3. What was the average refund paid?
4. What was the largest refund paid?
Yours faithfully,
B Asker

Dear B Asker,
Please find the Council's response to your request set out below:
1. How many residents applied for a garden waste permit in 2023?
2,310
2. How many of those applicants were refunded?
We do not hold this information, as refunds are recorded together with other council tax adjustments.
`;
  for (const [first, second] of [["See above", "As above."], ["Please refer to the answer above", "Same as above"], ["As per the previous response", "See the reply to the previous question."]]) {
    it(`takes the outcome of the answer before it ("${first}", "${second}")`, () => {
      const o = answers(`${ask}3. What was the average refund paid?
${first}
4. What was the largest refund paid?
${second}
${TAIL}`);
      expect(o).toEqual({ "1": "disclosed|", "2": "not_held|", "3": "not_held|", "4": "not_held|" });
    });
  }

  it("inside a longer answer it points at a table, not at another answer", () => {
    const o = answers(`${ask}3. What was the average refund paid?
The average refund was £41.20; see above for how refunds are recorded.
4. What was the largest refund paid?
The largest refund was £96.
${TAIL}`);
    expect(o).toEqual({ "1": "disclosed|", "2": "not_held|", "3": "disclosed|", "4": "disclosed|" });
  });
});

describe("a figure given, then a 'not held' for a further part only", () => {
  const ask = `Dear Westmere District Council,
1. How many council buildings have heat pumps fitted?
2. How many council buildings have rainwater tanks?
Yours faithfully,
B Asker

Dear B Asker,
Please find the Council's response to your request set out below:
`;
  for (const tail of ["There might also be heat pumps in leased buildings, but we do not hold records of these.", "We do not hold the figures for the remaining depots.", "Figures for other sites are not held."]) {
    it(`is disclosed and partial ("${tail}")`, () => {
      const o = answers(`${ask}1. How many council buildings have heat pumps fitted?
RESPONSE: 41 buildings (offices and libraries).
${tail}
2. How many council buildings have rainwater tanks?
RESPONSE: we do not hold this information.
${TAIL}`);
      expect(o).toEqual({ "1": "disclosed+partial|", "2": "not_held|" });
    });
  }

  it("'no other information' after a statement is still not held", () => {
    const o = answers(`${ask}1. How many council buildings have heat pumps fitted?
We do not hold a register of heating systems. We do not hold any other information on this.
2. How many council buildings have rainwater tanks?
RESPONSE: we do not hold this information.
${TAIL}`);
    expect(o).toEqual({ "1": "not_held|", "2": "not_held|" });
  });
});

describe("a bare 'See attached' (no 'please') gives the attachment", () => {
  it("with names redacted under a ground, the answer is exempt and partial", () => {
    const o = answers(`${HEAD}1. See attached the guidance note issued to staff in 2022.
Please note that the names of junior staff have been redacted under section 40(2) of the Freedom of Information Act 2000, as they are personal data.
2. Find enclosed the minutes of the meeting.
${TAIL}`);
    expect(o).toEqual({ "1": "exempt+partial|FOIA s40(2)", "2": "disclosed|" });
  });
});
