import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { splitLines } from "../../src/segment/lines.js";

/**
 * Families of error found on real published files (PDF, DOCX, DOC, email), each with a letter
 * written here in the family's shape (no real wording): the whole pipeline, question by question.
 */
const origin = { file: "t.txt", path: "t.txt" };
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}${a.grounds.length ? ` ${a.grounds.join(";")}` : ""}`);

describe("not held said as 'we hold none of …'", () => {
  it("a keeping verb with none as its object is not held, for every ask it covers", () => {
    const letter = [
      "Dear Requester",
      "",
      "You asked for:",
      "1. Any evaluations of the scoring tool.",
      "2. Any guidance given to staff on the tool.",
      "3. Any contracts for the tool.",
      "",
      "The Borough does not use any scoring tool of that kind. The Borough therefore keeps none of the papers you list.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:not_held", "2:not_held", "3:not_held"]);
  });
  it("a nil count stays a disclosure", () => {
    const letter = ["1. How many ransom demands were received in 2023?", "None.", "2. How many attacks succeeded?", "We have had no successful attacks."].join("\n");
    expect(outcomes(letter)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("notices about the Act are no answer", () => {
  it("a not-held answer followed by 'what we release counts as public' stays not held", () => {
    const letter = [
      "Request:",
      "1. Copies of any audits of the parking contract.",
      "2. Any reports on the contract's savings.",
      "",
      "Response:",
      "We do not have any of this material, as no audit or savings review was carried out.",
      "",
      "Please be aware that whatever is released under the Act is treated as being in the public domain and may be put on our website.",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:not_held", "2:not_held"]);
  });
});

describe("numbering that skips", () => {
  it("'Question N' labels continue their list across a number the reply leaves out", () => {
    const letter = [
      "Dear Requester",
      "",
      "Thank you for your request for a review. I have looked again at the parts you asked me to review.",
      "",
      "Question 1",
      "Request | Any guidance on the allocation model.",
      "Response | The guidance is attached.",
      "",
      "Question 2",
      "Request | Any reports on the model's accuracy.",
      "Response | We have attached the latest report.",
      "",
      "Question 4",
      "Request | Any contracts for the model.",
      "Response | The contracts are withheld under section 43(2) because their release would harm the supplier's commercial interests.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(outcomes(letter).map((o) => o.split(":")[0])).toEqual(["1", "2", "4"]);
    expect(outcomes(letter)[2]).toBe("4:exempt FOIA s43(2)");
  });
});

describe("list items joined on one line by a bullet glyph", () => {
  it("a bullet glyph (or a lone full stop) after a sentence end starts a new item", () => {
    const letter = [
      "Dear Requester",
      "",
      "Thank you for your request. You asked for the following:",
      "",
      "• Any reviews of the triage tool. • Any manuals for staff using the tool.",
      "Any records of the tool's error rate. . Any invoices for the tool.",
      "",
      "Response:",
      "We do not use a triage tool and so we do not hold any of this information.",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:not_held", "2:not_held", "3:not_held", "4:not_held"]);
  });
});

describe("refusals without the usual names", () => {
  it("a cost refusal stated in hours is s12, and a link beside it does not make it a disclosure", () => {
    const letter = [
      "1. Copies of every board paper on the data platform since 2015.",
      "",
      "Locating every paper would take us far beyond the 18 hours allowed, as the minutes of three committees would need reading one by one. Some papers are online: https://example.org/papers",
      "",
      "2. The platform's annual licence cost.",
      "",
      "The licence costs £12,000 a year.",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:exempt FOIA s12", "2:disclosed"]);
  });
  it("a contract that 'cannot be shared' because it is commercially sensitive is withheld", () => {
    const letter = [
      "1. Who supplied the case system, and a copy of the contract.",
      "",
      "The system was bought from a large vendor; more about it is at https://example.com/product. The purchase agreement is commercially sensitive and so cannot be shared.",
    ].join("\n");
    expect(outcomes(letter)[0]).toMatch(/^1:exempt/);
  });
});

describe("request items each followed at once by their answer", () => {
  it("an item naming the documents it wants ends at its full stop; quoted legal tests ask and refuse nothing", () => {
    const letter = [
      "Response to request 5521",
      "",
      "We have been asked for the following.",
      "Any audit reports on the housing allocation tool.",
      "The audits name individual tenants, so they are withheld under section 40(2) as third party personal data.",
      "",
      "In deciding what is fair, we weighed the following:",
      "the tenants' expectations of privacy;",
      "The lawful basis is legitimate interests, except where those interests are overridden by the rights of the person concerned.",
      "",
      "Any overviews of how the tool ranks applicants.",
      "The ranking rules are described on pages 4 to 6 of the allocation policy, a copy of which is attached.",
      "",
      "Any training slides about the tool.",
      "The slides are only available to staff who hold an account on our network.",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:exempt FOIA s40(2)", "2:disclosed", "3:exempt"]);
  });
});

describe("a reply to the rest of the request, after the listed items", () => {
  it("'for the other part of your request' answers a question of its own, with the ground it names", () => {
    const letter = [
      "Our reply to your request is:",
      "",
      "We have found that section 43(2) applies to the items below, and the public interest favours withholding them:",
      "",
      "Any contracts for the routing software.",
      "",
      "Any invoices for the routing software.",
      "",
      "For the other part of your request, finding the material would take longer than the appropriate limit, so we are refusing it; you may narrow it and ask again.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:exempt FOIA s43(2)", "2:exempt FOIA s43(2)", "3:exempt FOIA s12"]);
  });
});

describe("a request paragraph that asks without asking words", () => {
  it("'In particular, we are interested in how …' on its own is an ask; 'we are interested in these' is not", () => {
    const letter = [
      "Freedom of Information Response 4410",
      "",
      "Question:",
      "",
      "Any evaluations of the pupil-risk dashboard.",
      "",
      "In particular, we are interested in how teachers are told what the dashboard's scores mean.",
      "",
      "We are interested in these and any similar tools.",
      "",
      "Response:",
      "",
      "We do not hold any evaluations of the dashboard or any material on how its scores are explained, as the dashboard was never used.",
    ].join("\n");
    expect(outcomes(letter)).toEqual(["1:not_held", "2:not_held"]);
  });
});

describe("a refusal notice set out under its own heading", () => {
  it("'Refusal notice' headings, with or without the section they apply, start an explanation; a sentence about a notice does not", () => {
    const roles = (s: string): (string | null)[] => splitLines(s).map((l) => l.header);
    expect(roles("Refusal Notice – Section 43(2) Freedom of Information Act 2000\nSection 17 refusal notice\nNotice of refusal:\nExemption notice")).toEqual([
      "explanation",
      "explanation",
      "explanation",
      "explanation",
    ]);
    expect(roles("This letter is a refusal notice under section 17.")).toEqual([null]);
  });
});

describe("an internal review that restates the exchange, the requester's words under labels of their own", () => {
  const review = (rows: boolean, heading: boolean): string => `Dear Requester,

Internal review of your request about the school transport contract

Thank you for your email of 4 June 2025 asking for an internal review. I have reviewed the handling of your request and set out each part below.

Question 1

Request | How many pupils used the council's school transport service in 2023?
Response | 1,240 pupils used the service in 2023.
${rows ? "Request for clarification" : "Further note"} | We understand that figures by school are not held by the council; please confirm.
Response | A breakdown by school is attached to this letter.

Question 2

Request | A copy of the current contract with the transport operator.
Response | The contract is commercially sensitive and will not be released.

${heading ? "Your grounds for review" : "Background"}

a) Other councils publish their transport contracts on the national tender portal (https://www.example.org/tenders), so the contract could be shared.

Response

I have considered whether the contract is exempt under section 43(2) of the Act, and I uphold the decision to withhold it.

If you remain dissatisfied, you may complain to the Information Commissioner.
Yours sincerely,
Review Officer`;

  it("a 'Request … |' row and a passage under 'Your grounds for review' are not read as answers", () => {
    const letter = analyzeText(review(true, true), origin);
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.partial}`)).toEqual(["1:disclosed:false", "2:exempt:false"]);
  });

  it("the same rows and passage without the requester's labels are read as the authority's", () => {
    const letter = analyzeText(review(false, false), origin);
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.partial}`)).toEqual(["1:disclosed:true", "2:exempt:true"]);
  });
});

describe("public interest wording inside another question's answer", () => {
  it("weighs that question's ground only: a refusal elsewhere that cites no ground does not take it", () => {
    const text = `Dear Requester,

Thank you for your request for information, which we received on 2 May 2025.

1. The names of the officers who approved each care package in 2024.

The names are the personal data of the officers concerned and are exempt under section 40(2) of the Freedom of Information Act 2000. In weighing the legitimate interest in disclosure against the rights of the staff, we found that the balance of the public interest favours withholding the names.

2. Copies of the induction slides given to new brokerage staff.

The induction slides can only be viewed by staff who have a council network account, so we will not be sending them.

If you are unhappy with this response you may ask for an internal review.
Yours sincerely,
Information Governance Team`;
    const letter = analyzeText(text, origin);
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}:${a.pit}`)).toEqual(["1:exempt:FOIA s40(2):false", "2:exempt::false"]);
  });
});

describe("part answered, the rest held by another body that 'would need to be contacted'", () => {
  it("what is said before the pointer is a part given; a pointer alone is not held", () => {
    const text = `Dear Requester,

Thank you for your request for information, which we received on 12 June 2025.

1. Which software packages the council uses to analyse its housing waiting list.

The waiting list is read with a database client and then analysed in two statistics packages, chosen by the research team. The list itself is hosted for us by the regional housing partnership, which would need to be contacted for details of its own software.

2. Which body hosts the council's archive of planning files.

The planning archive is looked after by the county record office, which would need to be contacted for this.

If you are unhappy with this response you may ask for an internal review.
Yours sincerely,
Information Governance Team`;
    const letter = analyzeText(text, origin);
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.partial}`)).toEqual(["1:disclosed:true", "2:not_held:false"]);
  });
  it("the line-broken opening of the pointer's own sentence is not a part given", () => {
    const text = `Dear Requester,

You asked:
1. Every school inspected in the 2020-22 Estate Survey.
2. Every school inspected so far in the 2023-27 Estate Survey.

Response:
The 2020-22 Estate Survey, like the survey of 2023-27
that replaced it, is run nationally by the ministry; its findings are therefore held by the ministry, not by the council.

Yours sincerely,
Information Governance Team`;
    const letter = analyzeText(text, origin);
    expect(letter.answers.map((a) => `${a.label}:${a.outcome}:${a.partial}`)).toEqual(["1:not_held:false", "2:not_held:false"]);
  });
});
