import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";
import { labelContinuity } from "../../src/segment/choose.js";

/**
 * One fixture per layout family the chooser must tell apart, written for these tests (not taken
 * from any letter). Each states the reading it must choose and the questions that reading gives.
 */
const origin = { file: "t.txt", path: "t.txt" };
const read = (text: string): { layout: string; labels: string[]; answers: string[] } => {
  const s = segment(text);
  return { layout: s.layout, labels: s.questions.map((q) => q.label), answers: s.questions.map((q) => (q.answerSpan ? text.slice(q.answerSpan.start, q.answerSpan.end) : "")) };
};
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

describe("the chooser picks the reading that explains the letter", () => {
  it("unnumbered asks one per line, one blanket reply: every ask is a question sharing the reply", () => {
    const asks = ["Which company maintains your phone system?", "When does that contract end?", "What did you spend on calls last year?", "Do you use a cloud contact centre?"];
    const text = ["Dear Records Office,", ...asks, "Yours faithfully,", "R. Hale", "", "Dear R. Hale,", "We consider this information commercially sensitive and withhold it under section 43(2) of the Act.", "", "Yours sincerely"].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt", "4:exempt"]);
  });

  it("questions with the reply under each and no response cue (a disclosure-log page)", () => {
    const text = [
      "Published reply 2041",
      "",
      "How many people does the service employ?",
      "",
      "The service employs 812 people.",
      "",
      "Which intranet product do you use?",
      "",
      "We use a hosted intranet from a framework supplier.",
      "",
      "Is your directory service hosted in the cloud?",
      "",
      "We do not hold a record of this.",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("interleaved");
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual(["The service employs 812 people.", "We use a hosted intranet from a framework supplier.", "We do not hold a record of this."]);
  });

  it("answers on the question's own line after the question mark", () => {
    const text = "1. How many laptops are in use? 1,204\n\n2. How many still run an unsupported system? 9\n\n3. Where are those machines? Clinical areas and two offices";
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual(["1,204", "9", "Clinical areas and two offices"]);
  });

  it("damaged numbering (every item '1.') is relabelled in order", () => {
    const text = [
      "Our reply",
      "",
      "1. How many staff completed data protection training this year?",
      "Nine in ten staff completed it.",
      "1. How many contractors completed it?",
      "We do not hold this information.",
      "3. How many incidents were reported?",
      "There were 14 incidents.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
  });

  it("'Request' / 'Reply' heading pairs", () => {
    const text = "Request\nDo you store backups off site?\nReply\nYes, in a second data centre.\nRequest\nWhich product takes the backups?\nReply\nThe product name is withheld under section 31(1)(a).";
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt"]);
  });

  it("a request paragraph is one question even with two sentences", () => {
    const text = "Please tell me how much you spent on penetration testing in 2023. Please include the supplier's name.\n\nThank you for your request. We spent £18,000 with a CREST-accredited supplier.";
    expect(read(text).labels).toEqual(["1"]);
  });

  it("the same ask twice in a request is two questions, a restatement in the response is not", () => {
    const twice = "Who supports your telephony?\nWhen is your contract renewal date?\nWho supports your network?\nWhen is your contract renewal date?\n\nDear Ms Moss,\nThe renewal dates are published on our contracts register.";
    expect(read(twice).labels).toEqual(["1", "2", "3", "4"]);
    const restated = [
      "You asked:",
      "How many servers do you run?",
      "Which backup product do you use?",
      "",
      "Our response",
      "How many servers do you run?",
      "We run 64 servers.",
      "Which backup product do you use?",
      "This is withheld under section 31(1)(a).",
    ].join("\n");
    const r = read(restated);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers).toEqual(["We run 64 servers.", "This is withheld under section 31(1)(a)."]);
  });

  it("questions numbered inside one paragraph, hierarchical numbers keeping their dot", () => {
    const flat = "You asked\n\nCould you give me, 1.1. The total spent on contractors in the security team in 2022 1.2. The number of contractors working there for over a year 1.3 The team's budget for 2023\n\nWe answered\n\nThis information is withheld under section 31(1)(a) of the Act.";
    expect(read(flat).labels).toEqual(["1.1", "1.2", "1.3"]);
    const inline = "I have three questions. 1. How many allotment sites do you own? 2. What is the average wait for a plot?3. What is the longest wait?\n1. We own 40 sites.\n2. We do not record this.\n3. We do not record this either.";
    const r = read(inline);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual(["We own 40 sites.", "We do not record this.", "We do not record this either."]);
  });

  it("request items naming the documents wanted, bulleted (one a damaged '.' bullet), answered in one paragraph", () => {
    const text = [
      "Dear Mr Okafor,",
      "",
      "Thank you for your request. You asked us for papers on the rota planning tool:",
      "",
      "• Any evaluations or audits carried out on the rota planning tool.",
      "",
      ". Documents relating to how the tool ranks staff for overtime.",
      "",
      "• The licence agreement under which the tool is supplied.",
      "",
      "Our response:",
      "",
      "We do not hold any of the information you describe, as the council has never used such a tool.",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:not_held"]);
  });

  it("request items naming documents, restated unnumbered in the reply, each with its answer under it", () => {
    const text = [
      "Our reply to your request follows.",
      "",
      "Any user guides written for the parking permit portal.",
      "",
      "Please see the attached guide.",
      "",
      "Information on which companies host the portal.",
      "",
      "Information not held.",
      "",
      "The source code that runs the portal.",
      "",
      "We withhold this under section 43(2) of the Act.",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("interleaved");
    expect(r.answers).toEqual(["Please see the attached guide.", "Information not held.", "We withhold this under section 43(2) of the Act."]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });

  it("request items with bullets read by OCR as 'e', one whose clause has its own verb", () => {
    const text = [
      "Your request was for the following:",
      "",
      "e Any risk registers kept for the housing allocation scoring model.",
      "",
      "e Information about the written guidance officers are given on overriding a score.",
      "",
      "e All correspondence with the supplier of the model.",
      "",
      "Response",
      "",
      "The council does not hold this information.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:not_held"]);
  });

  it("a request paragraph under 'Your request:' that leads into the items only introduces them; an item may start on the next line", () => {
    const text = [
      "Thank you for your request, received last week.",
      "",
      "Your request:",
      "",
      "We are looking into how councils plan school transport routes using software.",
      "",
      "In particular we ask for:",
      "",
      "Documents describing how the routing software weighs journey times.",
      "Any audits of the routing software carried out since it was bought.",
      "",
      "All contracts for the routing software.",
      "",
      "Our response:",
      "",
      "We do not hold any of this information.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:not_held"]);
  });

  it("the requester's own words between restated items are not an answer", () => {
    const text = [
      "Response",
      "",
      "You wrote to us asking for the following:",
      "",
      "· Any reviews of the automated benefit checks.",
      "",
      "We are interested in how often the checks wrongly stop a payment.",
      "",
      "· Details of any appeals against the automated checks.",
      "",
      "We withhold this information under section 31(1)(a) of the Act, as its release would help people avoid detection.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt"]);
  });

  it("lettered follow-ups stay with their question unless the reply answers them by name", () => {
    const text = [
      "Your request:",
      "",
      "1. Do you run a parking app?",
      "",
      "a. If so, who built it?",
      "",
      "2. Do you charge a fee for using it?",
      "",
      "a. If so, how much did the fee raise last year?",
      "",
      "Our reply",
      "",
      "In relation to question 1: Yes, the app has run since 2020.",
      "",
      "In relation to question 1a: It was built by our own digital team.",
      "",
      "In relation to question 2: No fee is charged, so part 2a does not arise.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "1a", "2"]);
    expect(r.answers).toEqual(["Yes, the app has run since 2020.", "It was built by our own digital team.", "No fee is charged, so part 2a does not arise."]);
  });

  it("questions not answered by name take the paragraph about the other parts of the request", () => {
    const text = [
      "Your request:",
      "",
      "1. How many drones does the force own?",
      "",
      "2. Which firm supplied them?",
      "",
      "3. What did they cost?",
      "",
      "Response",
      "",
      "In relation to question 1: The force owns 6 drones.",
      "",
      "We have considered the other parts of your request and withhold that information under section 43(2) of the Act.",
    ].join("\n");
    const r = read(text);
    expect(r.answers).toEqual([
      "The force owns 6 drones.",
      "We have considered the other parts of your request and withhold that information under section 43(2) of the Act.",
      "We have considered the other parts of your request and withhold that information under section 43(2) of the Act.",
    ]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:exempt"]);
  });

  it("an item that says what was given is not a request item", () => {
    const text = "Response\n\nA copy of the survey that was carried out last spring is attached.\n\nThe plan of the site is also attached.\n\nA copy of our complaints procedure for reviews of requests can be found on our website.\n\nThe scoring tool used for the pilot scheme was bought from a supplier.";
    expect(read(text).labels).toEqual(["1"]);
  });

  it("the choice, its score and the runner-up are recorded on the letter", () => {
    const letter = analyzeText("Request\nDo you store backups off site?\nReply\nYes.\nRequest\nWhich product?\nReply\nWithheld under section 31(1)(a).", origin);
    expect(letter.layout?.layout).toBe(segment("Request\nDo you store backups off site?\nReply\nYes.\nRequest\nWhich product?\nReply\nWithheld under section 31(1)(a).").layout);
    expect(letter.layout!.score).toBeGreaterThan(0.5);
    expect(letter.layout!.runnerUp).not.toBeNull();
  });
});

describe("label continuity", () => {
  it("runs on, with parts and hierarchical numbers", () => {
    expect(labelContinuity(["1", "2", "3"])).toBe(1);
    expect(labelContinuity(["1", "2", "3a", "3b", "4"])).toBe(1);
    expect(labelContinuity(["1.1", "1.2", "1.3"])).toBe(1);
    expect(labelContinuity(["1", "2", "4"])).toBe(0.5);
    expect(labelContinuity(["1", "1", "3"])).toBe(0);
  });
});
