import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);

describe("part held and part not held (labels.md: disclosed, partial)", () => {
  it("a part said to be held, beside a part not held, is a part given", () => {
    expect(read("1. How many adults are waiting for a care package?\n\nWe do not hold figures for people who buy their own care. We only hold figures for packages the council arranges, and 52 people are waiting for one.\n\n2. How many providers are on the list?\n\n14.")).toEqual(["1:disclosed+partial", "2:disclosed"]);
    expect(read("1. Please give the number of repairs for each estate.\n\nThe council holds some of the information you asked for: 212 repairs on the Hill estate. Repairs on the other estates are not recorded by estate.")).toEqual(["1:disclosed+partial"]);
  });
  it("a firm not-held answer stays not held", () => {
    expect(read("1. How many adults are waiting for a care package?\n\nWe do not hold this information.")).toEqual(["1:not_held"]);
  });
});

describe("a yes or no before a not-held statement (labels.md: nil or not held, the wording decides)", () => {
  it("'no' before a statement that the information is not held is not held", () => {
    expect(read("1. Does the Board keep a separate budget for phishing training?\n\nNo. Training is paid from the general learning budget and is not recorded separately, so under section 17(1) of FOISA the information is not held.")).toEqual(["1:not_held"]);
    expect(read("1. Do you hold a register of the council's drones?\n\nNo, we do not hold this information.")).toEqual(["1:not_held"]);
  });
  it("'no' to a factual question, with a thing not had, is the answer", () => {
    expect(read("1. Does the council have cyber insurance?\n\nNo. We do not have a cyber insurance policy.")).toEqual(["1:disclosed"]);
  });
});

describe("a standing the authority lacks is a fact, not a record not held (labels.md: a statement that answers is disclosed)", () => {
  it("no certification, no accreditation: disclosed", () => {
    expect(read("1. Is the council certified to Cyber Essentials Plus or ISO 27001?\n\nAt the moment the council does not hold Cyber Essentials Plus or ISO 27001 certification. We follow the NCSC Cyber Assessment Framework instead.")).toEqual(["1:disclosed"]);
    expect(read("1. Does the Trust have ISO 27001 accreditation?\n\nThe Trust does not have ISO 27001 accreditation.")).toEqual(["1:disclosed"]);
  });
  it("no cyber insurance, without a yes or no before it: disclosed", () => {
    expect(read("1. Does the authority carry cyber insurance, and who is the insurer?\n\nThe authority has not taken out any separate cyber insurance.\n\n2. How many laptops were lost last year?\n\nThree.")).toEqual(["1:disclosed", "2:disclosed"]);
    expect(read("1. Is the college covered by a cyber insurance policy?\n\nThe college does not have a stand-alone cyber insurance policy; cyber risk is managed through our own controls.")).toEqual(["1:disclosed"]);
    expect(read("1. Do you hold cyber insurance?\n\nWe do not currently hold cyber insurance.")).toEqual(["1:disclosed"]);
  });
  it("information about the insurance not held is still not held", () => {
    expect(read("1. What share of your premium covers cyber risk?\n\nThe premium is for the policy as a whole and we cannot separate the cyber element, so this information is not held.")).toEqual(["1:not_held"]);
    expect(read("1. What did your cyber insurance cost in 2019?\n\nWe do not hold records of insurance premiums from before 2021.")).toEqual(["1:not_held"]);
  });
  it("no record of the certifications is still not held", () => {
    expect(read("1. Please send copies of your ISO 27001 audit certificates.\n\nWe do not hold records of certificates issued before 2020.")).toEqual(["1:not_held"]);
  });
});

describe("a yes, then a later part not held (labels.md: part given and part not held is disclosed, partial)", () => {
  it("the yes gives the first part; the scores are not kept", () => {
    expect(read("1. Do you run phishing tests and, if so, what share of staff failed each one?\n\nYes. Every team is tested twice a year. The supplier deletes the individual scores after each report; they are not retained by us and so cannot be supplied.")).toEqual(["1:disclosed+partial"]);
    expect(read("1. Do you have a business continuity plan, and when was it last tested?\n\nYes, we have a plan. We do not record the dates on which it was tested.")).toEqual(["1:disclosed+partial"]);
  });
  it("a no explained by not-held words is the answer, not a part missing", () => {
    expect(read("1. Does the council have cyber insurance?\n\nNo. We do not have a cyber insurance policy.")).toEqual(["1:disclosed"]);
  });
});
