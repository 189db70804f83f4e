import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { notAPart, notHeldPart, redactionStated, remainderWithheld } from "../../src/classify/partial.js";
import { preset } from "../../src/classify/preset.js";
import type { Hit } from "../../src/classify/hits.js";

const ruleHit = (id: string): Hit => ({ rule: preset.find((r) => r.id === id)!, span: { start: 0, end: 0 } });
const cue = (id: string, signal: "not_held" | "exempt" | "disclosed"): Hit => ({ rule: { id, signal, weight: 0.7 }, span: { start: 0, end: 0 } });

describe("cues that look like a part given and are none", () => {
  it("a list number alone on its line is the next item's label", () => {
    expect(notAPart(ruleHit("direct-answer"), "3.")).toBe("enumerator");
    expect(notAPart(ruleHit("direct-answer"), "(b)")).toBe("enumerator");
    expect(notAPart(ruleHit("direct-answer"), "17")).toBeNull();
    expect(notAPart(ruleHit("direct-answer"), "£4,200")).toBeNull();
  });
  it("review rights, a link to the authority's own FOI pages and publication notices give nothing", () => {
    expect(notAPart(ruleHit("attached-or-linked"), "Should you wish to appeal, our complaints process can be found at https://www.northbury.gov.uk/complaints")).toBe("aside");
    expect(notAPart(ruleHit("attached-or-linked"), "https://www.northbury.gov.uk/your-council/freedom-of-information/how-to-ask")).toBe("aside");
    expect(notAPart(cue("meaning/given", "disclosed"), "Anything released under the Act becomes public and may be published on our disclosure log.")).toBe("hypothetical");
    expect(notAPart(cue("meaning/given", "disclosed"), "Information disclosed under the Act is treated as being in the public domain and is published on our website.")).toBe("aside");
  });
  it("a pointer offered under the duty to advise and assist is help, not a part given", () => {
    expect(notAPart(ruleHit("attached-or-linked"), "To assist you, the planning portal lists each consented site and may be of use: https://example.org/sites")).toBe("assistance");
    expect(notAPart(ruleHit("attached-or-linked"), "You might wish to look at the register published here: https://example.org/register")).toBe("assistance");
    expect(notAPart(ruleHit("attached-or-linked"), "The register is published here: https://example.org/register")).toBeNull();
  });
  it("what answering would involve is not a redaction made", () => {
    expect(notAPart(ruleHit("partial-disclosure"), "Gathering every invoice would mean reading each one and redacting supplier bank details.")).toBe("hypothetical");
    expect(notAPart(ruleHit("partial-disclosure"), "We could supply some of the information if you narrowed the request to one site.")).toBe("hypothetical");
    expect(notAPart(ruleHit("partial-disclosure"), "Some information has been redacted under section 40(2).")).toBeNull();
  });
  it("the reach of a power, a provision described, a redaction denied", () => {
    expect(notAPart(ruleHit("partial-disclosure"), "The council may refuse a request in whole or in part where this applies.")).toBe("hedge");
    // A cause weighed ("in part due to", "partly because", "due in part to") is not a part given; a real part beside it still is.
    expect(notAPart(ruleHit("partial-disclosure"), "The review has taken longer, in part due to changes of staff in the team.")).toBe("hedge");
    expect(notAPart(ruleHit("partial-disclosure"), "The draft is not final, partly because the costings are still being checked.")).toBe("hedge");
    expect(notAPart(ruleHit("partial-disclosure"), "The delay is due in part to the number of consultees.")).toBe("hedge");
    expect(notAPart(ruleHit("partial-disclosure"), "The plan is released in part, partly because some pages name staff.")).toBeNull();
    expect(notAPart(ruleHit("partial-disclosure"), "Section 38 permits an authority to withhold information, partially or fully, where health is at risk.")).toBe("statute");
    expect(notAPart(ruleHit("partial-disclosure"), "That estimate does not count the time spent on redaction.")).toBe("negated");
  });
});

describe("a part not held read by meaning", () => {
  it("a table's category label or a row of figures is data, not a statement about holding", () => {
    expect(notHeldPart(cue("meaning/not-held", "not_held"), "Offender not traced - closed")).toBe(false);
    expect(notHeldPart(cue("meaning/not-held", "not_held"), "Outcome 18: owner unable to locate vehicle 4 9 2")).toBe(false);
    expect(notHeldPart(cue("meaning/not-held", "not_held"), "We do not keep figures for the years before 2020.")).toBe(true);
    expect(notHeldPart(cue("meaning/not-held", "not_held"), "There are no attachments for this release.")).toBe(false);
  });
});

describe("a refusal of the rest implies a part given", () => {
  it("reads the rest, the remainder, further detail and the whole", () => {
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "The rest of the information you asked for is withheld under section 43(2).")).toBe(true);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We are withholding any further detail about the firewall under section 24.")).toBe(true);
    expect(remainderWithheld(cue("cannot-provide", "exempt"), "We cannot release the survey as a whole, as it names residents.")).toBe(true);
  });
  it("not the other questions, not a pointer to more explanation, not a refusal of everything", () => {
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We have considered the other parts of your request and they are exempt under section 31.")).toBe(false);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "The information is exempt under section 12; for further information about the limit please see the note below.")).toBe(false);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We refuse your request as a whole under section 14.")).toBe(false);
    expect(remainderWithheld(cue("direct-answer", "disclosed"), "The rest of the figures are below.")).toBe(false);
  });
  it("not \"any further\" said of the handling: the work stops, nothing was given first", () => {
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We must therefore decline to deal with your request any further because it would exceed the appropriate limit in section 12.")).toBe(false);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "Under section 14 we will not take this request any further.")).toBe(false);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We cannot progress the request any further at this time, as it exceeds the cost limit.")).toBe(false);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "Any further information about the contract is exempt under section 43(2).")).toBe(true);
    expect(remainderWithheld(cue("exempt-statement", "exempt"), "We are unable to release any more detail, as it is exempt under section 31.")).toBe(true);
  });
});

describe("partial on whole letters", () => {
  const REQUEST = `Dear Eastmoor Council,
1. How many wind farms has the council approved since 2015?
2. Please send the noise assessments for each of them.
Yours faithfully,
A Requester

Dear A Requester,
Thank you for your request.
`;
  const CLOSING = `If you are unhappy with this response you may ask for an internal review, see https://www.eastmoor.gov.uk/complaints
Kind regards,
Information Team`;
  const read = (body: string): string[] =>
    analyzeText(`${REQUEST}${body}\n${CLOSING}`, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);

  it("a refusal with a pointer offered as help is not partial", () => {
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. To locate and copy each assessment would exceed the appropriate limit under section 12, so we cannot comply with this part. To assist you, the planning portal may be of use: https://www.eastmoor.gov.uk/planning-search`)).toEqual(["1:disclosed", "2:exempt"]);
  });
  it("a refusal that stops the work \"any further\" gives no part", () => {
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. The assessments are filed with each application among many thousands of documents. We must refuse to process this part any further because it would exceed the appropriate limit under section 12.`)).toEqual(["1:disclosed", "2:exempt"]);
  });
  it("the sentence that points to published data under section 21 is the signpost, not a part given", () => {
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. We can confirm that the noise assessments are available online through our planning search at https://www.eastmoor.gov.uk/planning-search. As this information is reasonably accessible to you by other means it is exempt under section 21(1) of the Act.`)).toEqual(["1:disclosed", "2:exempt"]);
    // An attachment sent beside the signpost is a part given.
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. The assessment for the newest site is attached. The others are available online through our planning search at https://www.eastmoor.gov.uk/planning-search, so they are exempt under section 21(1) as reasonably accessible to you.`)).toEqual(["1:disclosed", "2:exempt+partial"]);
  });
  it("a rest withheld in a question's own answer is partial; part not held and part withheld is not", () => {
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. The assessment for the newest site is attached. We are withholding the rest of the assessments under section 43(2), as the developers' figures are commercially sensitive.`)).toEqual(["1:disclosed", "2:exempt+partial"]);
    expect(read(`1. The council has approved 7 wind farms since 2015.
2. We do not hold assessments for the two oldest sites. The others are exempt under section 43(2), as the developers' figures are commercially sensitive.`)).toEqual(["1:disclosed", "2:exempt"]);
  });
});

describe("a redaction stated as done is a part withheld", () => {
  it("reads the redaction made, in its variants, and not the one that would be made", () => {
    expect(redactionStated(ruleHit("partial-disclosure"), "The officers' names have been redacted from the attached log.")).toBe(true);
    expect(redactionStated(ruleHit("partial-disclosure"), "We have redacted the mobile numbers of staff.")).toBe(true);
    expect(redactionStated(ruleHit("partial-disclosure"), "A few redactions were made to the minutes before release.")).toBe(true);
    expect(redactionStated(ruleHit("partial-disclosure"), "Preparing the files would mean redacting every patient's details.")).toBe(false);
    expect(redactionStated(ruleHit("partial-disclosure"), "No redactions were needed, so the report is attached in full.")).toBe(false);
    expect(redactionStated(ruleHit("partial-disclosure"), "We hold some of the information you asked for.")).toBe(false);
  });
  it("makes an answer that sends a document with parts redacted exempt and partial", () => {
    const letter = ["1. Please send the minutes of the IT steering group for 2023.", "", "The minutes are attached. We have redacted the names of junior officers, which are personal information.", ""].join("\n");
    const a = analyzeText(letter, { file: "fixture.txt", path: "fixture.txt" }).answers;
    expect(a.map((x) => [x.label, x.outcome, x.partial, x.grounds])).toEqual([["1", "exempt", true, ["FOIA s40"]]]);
  });
});

describe("a refusal of the remainder of the request, in a reply shared by several questions", () => {
  it("gives the part stated before it to the first question; the others are the remainder", () => {
    const letter = [
      "You asked:",
      "1. How many RRVs are in use, and where are they based?",
      "2. Is there a policy on when they are sent?",
      "3. What equipment do they carry?",
      "",
      "I can confirm that the Service runs 31 rapid response vehicles. Having looked at the remainder of your request, we withhold it under section 31(1)(a) of the Act, as release would help those who wish to disrupt our response.",
      "",
    ].join("\n");
    const a = analyzeText(letter, { file: "fixture.txt", path: "fixture.txt" }).answers;
    expect(a.map((x) => [x.label, x.outcome, x.partial])).toEqual([
      ["1", "exempt", true],
      ["2", "exempt", false],
      ["3", "exempt", false],
    ]);
  });
});


describe("a note on gaps inside the data sent is no part not held", () => {
  it("rows included where a value was not recorded, entries left blank where none was taken", () => {
    expect(notHeldPart(ruleHit("not-held"), "Rows have been included where the depth reading was not recorded at the visit.")).toBe(false);
    expect(notHeldPart(ruleHit("not-held"), "Some cells are left blank where the grade was not recorded.")).toBe(false);
    expect(notHeldPart(ruleHit("not-held"), "We do not hold the depth readings for 2019.")).toBe(true);
  });
});

describe("a nil said of the records kept instead is no part given", () => {
  const REQUEST = `Dear Westvale Council,
1. How many assaults on staff were there at the council's day centres in each of the last three years?
2. How many staff work at the day centres?
Yours faithfully,
A Requester

Dear A Requester,
Thank you for your request.
`;
  const CLOSING = `If you are unhappy with this response you may ask for an internal review.
Kind regards,
Information Team`;
  const read = (body: string): string[] =>
    analyzeText(`${REQUEST}${body}\n${CLOSING}`, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);

  it("\"we do not record X; we do record Y and there were none\" is not held, in its variants", () => {
    expect(read(`1. We do not record these figures; they would be held by each centre's manager. We do, however, record complaints and there have not been any relating to assaults on staff.
2. 42 staff work at the day centres.`)).toEqual(["1:not_held", "2:disclosed"]);
    expect(read(`1. The council does not hold this information. We only log formal complaints, and no complaints about assaults on staff were received.
2. 42 staff work at the day centres.`)).toEqual(["1:not_held", "2:disclosed"]);
  });
  it("figures for the records kept, beside a part not held, are a part given", () => {
    expect(read(`1. We do not hold figures for the first two years. We do record incidents at the centres, and in the last year there were 3 assaults on staff.
2. 42 staff work at the day centres.`)).toEqual(["1:disclosed+partial", "2:disclosed"]);
  });
});

describe("a refusal narrowed to one measure after a fact given (labels.md: exempt, partial)", () => {
  const read = (text: string): string[] =>
    analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);
  it("the value, the premium, the yearly figures or the individual amounts withheld after the rest is given", () => {
    expect(read("1. Who maintains your CCTV cameras and what is the contract worth?\n\nBrightwatch Systems maintains the cameras for us. The annual contract value is exempt under section 43(2) of the Act.\n\n2. How many cameras are there?\n\n48.")).toEqual(["1:exempt+partial", "2:disclosed"]);
    expect(read("1. Is the council insured against cyber attack? If so, with whom and at what cost?\n\nYes, the council has had cyber cover since 2022. The name of the insurer and the premium are exempt under section 43(2).")).toEqual(["1:exempt+partial"]);
    expect(read("1. How much was paid under the agreements each year?\n\nThe total over the five years was £310,000. The yearly figures are therefore withheld under section 40(2).")).toEqual(["1:exempt+partial"]);
    expect(read("1. Please name each donor and say how much each gave.\n\nOur donors are listed on the attached sheet. The sums given by individual donors are withheld under section 43(2).")).toEqual(["1:exempt+partial"]);
    expect(read("1. Please give the name of your data protection officer and the size of the team.\n\nThe team has four posts. The name of the officer is therefore withheld under section 40(2).")).toEqual(["1:exempt+partial"]);
  });
  it("a refusal of the whole stays a refusal in full", () => {
    expect(read("1. What did the firewall contract cost?\n\nThe contract value is exempt under section 43(2) of the Act.")).toEqual(["1:exempt"]);
    expect(read("1. How many attacks were there?\n\nThis information is exempt under section 31(1)(a).")).toEqual(["1:exempt"]);
  });
  it("a count given as a band, the exact number withheld", () => {
    expect(read("1. How many staff were dismissed for misuse of IT systems?\n\nFewer than five members of staff were dismissed in the period. The exact number is withheld under section 40(2), as it could identify them.")).toEqual(["1:exempt+partial"]);
    expect(read("1. How many complaints named the head of service?\n\nThere were less than 5 such complaints. We cannot say precisely how many, as the number is personal data and exempt under section 40(2).")).toEqual(["1:exempt+partial"]);
  });
  it("a rule about bands gives nothing", () => {
    expect(read("1. How many staff were disciplined?\n\nFigures of fewer than five are suppressed in our statistics, and the number is exempt under section 40(2).")).toEqual(["1:exempt"]);
  });
});
