import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { DEAR_PERSON } from "../../src/segment/cues.js";
import { analyzeText } from "../../src/engine/analyze.js";

const origin = { file: "t.txt", path: "t.txt" };
const labels = (text: string): string[] => segment(text).questions.map((q) => q.label);
const answerOf = (text: string, label: string): string => {
  const q = segment(text).questions.find((x) => x.label === label)!;
  return q.answerSpan ? text.slice(q.answerSpan.start, q.answerSpan.end) : "";
};
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}${a.grounds.length ? ` ${a.grounds.join(";")}` : ""}`);

describe("numbered lists in every common form", () => {
  it("1. and 1) and Q1 and Question 1:", () => {
    expect(labels("1. How many staff?\nThree.\n\n2. What budget?\n£40,000.")).toEqual(["1", "2"]);
    expect(labels("1) How many staff?\nThree.\n2) What budget?\n£40,000.")).toEqual(["1", "2"]);
    expect(labels("Q1. How many staff?\nThree.\nQ2. What budget?\n£40,000.")).toEqual(["1", "2"]);
    expect(labels("Question 1: How many staff?\nThree.\nQuestion 2: What budget?\n£40,000.")).toEqual(["1", "2"]);
  });
  it("Q.3(b) is normalised to 3b", () => {
    expect(labels("Q.3(a) How many staff?\nThree.\nQ.3(b) What budget?\nNone.")).toEqual(["3a", "3b"]);
  });
  it("lettered and roman lists", () => {
    expect(labels("(a) How many attacks?\nTwo.\n(b) How many reported?\nOne.")).toEqual(["a", "b"]);
    expect(labels("i. How many attacks?\nTwo.\nii. How many reported?\nOne.")).toEqual(["i", "ii"]);
  });
  it("unnumbered bullet questions", () => {
    const text = "Request\n- How many attacks did you have?\n- Did you report them to the NCSC?\nResponse\nThis information is exempt under section 31(1)(a).";
    expect(labels(text)).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:exempt FOIA s31(1)(a)", "2:exempt FOIA s31(1)(a)"]);
  });
});

describe("question and answer layouts", () => {
  it("You asked / Our response on separate lines", () => {
    const text = "You asked:\n1. Do you train staff in cyber security?\nOur response:\nYes, annually.\nYou asked:\n2. How much do you spend?\nOur response:\nWe do not hold this information.";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held"]);
  });
  it("You asked: / Our response: inline", () => {
    const text = "Thank you for your request.\n\nYou asked: Do you have cyber insurance?\nOur response: No.\n\nYou asked: What is the premium?\nOur response: Not applicable.";
    expect(labels(text)).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed"]);
  });
  it("Request N / Response N", () => {
    const text = "Request 1\nHow many incidents were recorded?\nRequest 2\nWhich supplier provides your firewall?\n\nResponse 1\nTwelve incidents.\nResponse 2\nThe supplier's name is exempt under section 31(1)(a) of the Act.";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt FOIA s31(1)(a)"]);
  });
  it("questions quoted first, then answered in order by number", () => {
    const text = "Your request:\n1. How many laptops?\n2. What antivirus do you use?\n\nOur response:\n1. 340.\n2. We do not release information about our security software.";
    expect(answerOf(text, "1")).toBe("340.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt"]);
  });
  it("questions restated before each answer", () => {
    const text = "Your request:\n1. How many laptops does the council have?\n2. What antivirus product do you use?\n\nResponse:\n1. How many laptops does the council have?\nThe council has 340 laptops.\n2. What antivirus product do you use?\nThis is exempt under section 31(1)(a).";
    expect(answerOf(text, "1")).toBe("The council has 340 laptops.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt FOIA s31(1)(a)"]);
  });
  it("a single unnumbered request is question 1", () => {
    const text = "Please tell me how much you spent on cyber security in 2023.\n\nThank you for your request. We do not hold a separate budget for cyber security.";
    expect(outcomes(text)).toEqual(["1:not_held"]);
  });
  it("a blanket refusal covers every question", () => {
    const text = "1. How many attacks?\n2. How many were successful?\n3. What did they cost?\n\nIn response to questions 1-3, the information is exempt under section 31(1)(a) of the Freedom of Information Act 2000.";
    expect(outcomes(text)).toEqual(["1:exempt FOIA s31(1)(a)", "2:exempt FOIA s31(1)(a)", "3:exempt FOIA s31(1)(a)"]);
  });
  it("a cross-reference inherits the outcome, grounds and flags", () => {
    const text = "1. How many attacks?\nWe can neither confirm nor deny whether we hold this information, by virtue of section 31(3).\n2. What types of attack?\nPlease see the answer to question 1.";
    const letter = analyzeText(text, origin);
    expect(letter.answers.map((a) => [a.label, a.outcome, a.grounds.join(";"), a.ncnd])).toEqual([
      ["1", "exempt", "FOIA s31(3)", true],
      ["2", "exempt", "FOIA s31(3)", true],
    ]);
  });
  it("'Not applicable' after a 'No' is an answer", () => {
    expect(outcomes("7. Do you have cyber insurance?\nNo.\n8. Who is the insurer?\nNot applicable.")).toEqual(["7:disclosed", "8:disclosed"]);
  });
  it("a question wrapped across a blank line stays one question", () => {
    const text = "1. When do you expect to move these machines to a\n\nnew operating system?\n2. Which system?\n\nThe information is exempt under section 31(1)(a).";
    expect(labels(text)).toEqual(["1", "2"]);
  });
  it("separate unnumbered asks pair with one response paragraph each", () => {
    const text = "Request\nCould you tell me how many laptops the council owns?\nCould you also tell me which antivirus product protects them?\n\nResponse\nThe council owns 412 laptops.\nThe name of the product is exempt under section 31(1)(a) of the Act.";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt FOIA s31(1)(a)"]);
  });
  it("a request answered in parts ('request part 2') splits at the request's widest gap", () => {
    const text = "How many phishing emails were reported by staff in 2023?\n\n\nWe understand a red-team exercise took place. Did it include the payroll system?\n\nThank you for your request.\n\nPlease find the figure for request part 1 attached.\n\nThe force can neither confirm nor deny that it holds information relevant to request part 2, by virtue of section 31(3).";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt FOIA s31(3)"]);
  });
  it("parts answered separately become 1a, 1b", () => {
    const text = "Thank you for your request.\n1. For 2023, please tell me:\n(a) the IT budget;\n(b) the cyber security spend.\n1(a) £2.1m.\n1(b) The Council does not hold a separate figure for cyber security spend.\n2. Do you have cyber insurance?\n2. No.";
    expect(outcomes(text)).toEqual(["1a:disclosed", "1b:not_held", "2:disclosed"]);
  });
});

describe("answers given apart from their questions", () => {
  it("bulleted questions answered by a second bulleted list, in order", () => {
    const text = `Dear Ms Rees,
Thank you for your request. You asked:

- Does the Council require multi-factor authentication for remote access?
- How many laptops has the Council lost since 2020?

The Council's response:

- Yes. It is required for all remote access.
- 14 laptops have been reported lost since 1 January 2020.

Yours sincerely,
Information Governance Officer`;
    expect(answerOf(text, "2")).toBe("14 laptops have been reported lost since 1 January 2020.");
    expect(analyzeText(text, origin).answers.map((a) => a.rule)).toEqual(["direct-answer", "figures-in-prose"]);
  });
  it("a numbered list restated in the reply with each answer after the question mark", () => {
    const text = `Dear Northbury Council,
1. What is your current email provider?
2. How many licences do you hold for it?
3. Did you buy them through a reseller?
Yours faithfully,
A Requester

Dear A Requester,
Please find the Council's response set out below:
1. What is your current email provider? Microsoft
2. How many licences do you hold for it? 8,500
3. Did you buy them through a reseller? No
Kind regards,
Information Governance`;
    expect(answerOf(text, "2")).toBe("8,500");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed"]);
  });
  it("the requester addressed by name, not a generic salutation", () => {
    for (const line of ["Dear Matt Smith", "Dear Jennie,", "Hi Sam", "dear Ann Lee,"]) expect(DEAR_PERSON.test(line), line).toBe(true);
    for (const line of ["Dear Sir", "Dear Sirs,", "Dear Madam", "Dear FOI Team", "Dear Freedom of Information", "Hello all"]) expect(DEAR_PERSON.test(line), line).toBe(false);
  });
  it("a reply that opens 'Dear <name>' without a comma starts the response", () => {
    const text = `Dear Westmoor Council,
Please provide the following for the past 24 months:
- any correspondence with the museum trust about repairs to the central library
- any condition surveys of the central library building
Yours faithfully,
Sam Jones

Dear Sam Jones
We apologise for the delay in responding to your request.
There were two parts to your request:
- any correspondence with the museum trust about repairs to the central library
We cannot locate any correspondence with the museum trust about repairs in that period.
- any condition surveys of the central library building
Please find attached the two condition surveys.
Kind regards,
Information Governance`;
    expect(outcomes(text)).toEqual(["1:not_held", "2:disclosed"]);
  });
  it("a short item restated word for word is a restatement, not its own answer", () => {
    const text = `Dear Northbury Council,
Please provide your list of business rates accounts with these fields:
- Property reference
- Occupation status
- Ratepayer name and address
Yours faithfully,
A Requester

Dear A Requester,
Please find the Council's response set out below:
- Property reference
- Occupation status
- Ratepayer name and address
This information is exempt from disclosure under section 31(1)(a) of the Freedom of Information Act 2000.
Kind regards,
Information Governance`;
    expect(outcomes(text)).toEqual(["1:exempt FOIA s31(1)(a)", "2:exempt FOIA s31(1)(a)", "3:exempt FOIA s31(1)(a)"]);
  });
  it("a reply restating unnumbered questions splits at each restatement, with answers on the same line", () => {
    const text = `Dear Westmoor Council,
1) How many staff members work in your school admissions team?
2) How many staff in the admissions team hold a professional qualification in casework?
3) How many appeals against admission decisions were heard in 2024?
4) What was the total spent on agency staff for the admissions team in 2024?
Yours faithfully,
A Requester

Dear A Requester,
Thank you for your request for information which we received on 2 May 2025.
Please find the Council's response to your request set out below:
How many staff members work in your school admissions team?
There are 6 members of staff in the admissions team.
How many staff in the admissions team hold a professional qualification
in casework?
Qualifications held by named staff are personal data and are withheld under section 40(2) of the Freedom of Information Act 2000.
How many appeals against admission decisions were heard in 2024? 212
What was the total spent on agency staff for the admissions team in 2024 = £0
If you have any queries about this response, please contact us.
Kind regards,
Information Governance`;
    expect(answerOf(text, "1")).toBe("There are 6 members of staff in the admissions team.");
    expect(answerOf(text, "3")).toBe("212");
    expect(answerOf(text, "4")).toBe("£0");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt FOIA s40(2)", "3:disclosed", "4:disclosed"]);
  });
  it("bulleted questions answered by a numbered list, in order", () => {
    const text = "Please provide:\n- How the council measures phishing risk\n- The budget for the awareness programme\nYours faithfully,\nA. Requester\n\nDear A. Requester,\nPlease find the Council's response to your request set out below:\n1. We run quarterly simulated phishing campaigns and report the click rate to the audit committee.\n2. We do not hold a separate budget for the programme.";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held"]);
  });
  it("an answer after the question mark on the same line", () => {
    const text = "Thank you for your request. Please see our answers below.\n\n1. How many laptops does the Council have? 340\n2. Do you encrypt them? Yes, all of them.\n3. Which encryption product do you use? This is exempt under section 31(1)(a).";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt FOIA s31(1)(a)"]);
  });
  it("a numbered list of answers with no questions", () => {
    const text = "Freedom of Information response\n\nQ1: 14 incidents.\nQ2: The Council does not hold this information.\nQ3: This information is exempt under section 43(2) of the FOIA.\nQ4: Yes.";
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt FOIA s43(2)", "4:disclosed"]);
  });
  it("an annex by question gives each question its own grounds", () => {
    const text = [
      "Thank you for your request. Our response to each question is below.",
      "",
      "1. How many cyber incidents did the Council record in 2023?",
      "This information is exempt; please see the annex.",
      "",
      "2. What is the annual salary of the Head of Cyber Security?",
      "This information is exempt; please see the annex.",
      "",
      "3. Do you have a cyber security strategy?",
      "Yes, it is published on our website.",
      "",
      "Annex – exemptions applied",
      "",
      "Question 1: section 31(1)(a) of the Freedom of Information Act 2000 applies, because disclosure would be likely to prejudice the prevention of crime.",
      "",
      "Question 2: the salary of a named individual is their personal data and is exempt under section 40(2).",
      "",
      "If you are unhappy with this response you may ask for an internal review.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:exempt FOIA s31(1)(a)", "2:exempt FOIA s40(2)", "3:disclosed"]);
  });
});

describe("police-letter layouts", () => {
  it("a lone lead item with a list under it; answers under bare numbers; table rows numbered '1:' do not break the list", () => {
    const text = [
      "Thank you for your request, in which you asked for the following:",
      "1. The number of thefts on hospital grounds in 2023. Please break these down",
      "1. By offence type",
      "2. By outcome",
      "3. By hospital",
      "",
      "Response",
      "",
      "1.",
      "Offence 2023",
      "Theft of bicycle 14",
      "",
      "2.",
      "Outcome 2023",
      "1: Charged 6",
      "2: Caution 3",
      "",
      "3. The names of the hospitals are withheld under section 40(2) of the Freedom of Information Act 2000.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt FOIA s40(2)"]);
  });
  it("lettered parts answered as 'Question 1a.' and jointly as 'Questions 1c and 1d.'", () => {
    const text = [
      "I note you asked for the following:",
      "1. The number of cyber incidents reported by staff since 2021.",
      "Please break these down as follows:",
      "a. By year",
      "b. By type",
      "c. By department",
      "d. By outcome",
      "",
      "I can confirm that the force holds the information.",
      "",
      "Question 1a.",
      "2021/22 41",
      "",
      "Question 1b.",
      "Phishing 60",
      "",
      "Questions 1c and 1d.",
      "This breakdown is not held.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1a:disclosed", "1b:disclosed", "1c:not_held", "1d:not_held"]);
  });
});

describe("answers never reach into review rights or annex of other questions", () => {
  it("closing boilerplate is not part of the last answer", () => {
    const text = "1. Do you hold a cyber policy?\nYes, it is attached.\n\nIf you are dissatisfied with this response you may ask for an internal review. Section 50 lets you complain to the ICO.";
    expect(answerOf(text, "1")).toBe("Yes, it is attached.");
  });
});
