import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/** Letters written for these tests. */
function outcomes(text: string): Record<string, string> {
  const letter = analyzeText(text, { file: "t.txt", path: "t.txt" });
  return Object.fromEntries(letter.answers.map((a) => [a.label, `${a.outcome}${a.partial ? "+partial" : ""}${a.grounds.length ? ":" + a.grounds.join(";") : ""}`]));
}

const head = `Westbridge Borough Council
Our ref: FOI 5521

Dear Ms Quinn,

Thank you for your request. Our response is set out below.
`;
const close = `
Yours sincerely,
Information Governance Team`;

describe("answers about things got rid of, moot answers that point to a reason, and other Acts", () => {
  it("reads goods disposed of, and what happens 'in which case', as the answer, not as records no longer held", () => {
    const o = outcomes(`${head}
1. How many abandoned cars did you remove last year?
We have removed 64 abandoned cars. Of these, 51 have been scrapped after the notice period, as the owners could not be traced.

2. How many tenants' belongings did you store?
Over the year we have stored 20 lots of furniture. Some items are perishable or unsafe, in which case we cannot store them and they are disposed of at once.

3. Do you record which officer authorised each disposal?
We do not hold this information.

4. How many of those tenants asked for their belongings back?
N/A. Please see our answer to question 3 for the reason.

5. Under which power are goods disposed of?
Section 41 of the Local Government (Miscellaneous Provisions) Act 1982.
${close}`);
    expect(o).toEqual({ "1": "disclosed", "2": "disclosed", "3": "not_held", "4": "disclosed", "5": "disclosed" });
  });

  it("still reads records destroyed as not held", () => {
    const o = outcomes(`${head}
1. Please send the CCTV footage of the car park for 3 May.
The footage was deleted after 31 days in line with our retention schedule.
${close}`);
    expect(o).toEqual({ "1": "not_held" });
  });

  it("gives guidance documents sent with a redaction a part given", () => {
    const o = outcomes(`${head}
1. Please send the guidance given to officers on clearing void properties.
Please see the attached guidance documents entitled “Clearing Void Homes” and “Key Returns”. Officers' names have been redacted, as they are personal data exempt under section 40(2).
${close}`);
    expect(o).toEqual({ "1": "exempt+partial:FOIA s40(2)" });
  });
});

describe("a refusal narrowed to one detail after a statement of fact", () => {
  it("withholds a part of an answer given", () => {
    const o = outcomes(`${head}
1. Who carries out your pothole repairs, and which subcontractors do they use?
Brightway Highways carries out all pothole repairs in the borough. We are withholding the names of its subcontractors, as they are commercially sensitive under regulation 12(5)(e).
${close}`);
    expect(o).toEqual({ "1": "exempt+partial:EIR 12(5)(e)" });
  });

  it("is a refusal in full when nothing is said before it", () => {
    const o = outcomes(`${head}
1. Please give the names of the officers who attended the meeting.
We are withholding the names of the officers, as they are personal data exempt under section 40(2).
${close}`);
    expect(o).toEqual({ "1": "exempt:FOIA s40(2)" });
  });
});

describe("a question that asks whether something is recorded at all", () => {
  it("is answered by 'we do not record it': the answer is no, given", () => {
    const o = outcomes(`${head}
1. Do you record the number of mattresses collected by the bulky waste service? Please answer yes or no.
We do not record mattresses separately, as they are collected together with other bulky items.

2. Please confirm whether you record the nationality of applicants on your housing register.
We do not record nationality on the register.

3. How many mattresses were collected in 2023?
We do not hold this information.
${close}`);
    expect(o).toEqual({ "1": "disclosed", "2": "disclosed", "3": "not_held" });
  });
});
