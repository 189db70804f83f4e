import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { splitLines } from "../../src/segment/lines.js";

/**
 * Request layouts met in WhatDoTheyKnow threads (silver 5), each written here in its own words in the
 * shape requesters and authorities use: never a real letter. A thread hands over the request (web-form
 * text, a paragraph a line) and then the reply, whose start is known.
 */
const replyStart = (text: string): number => text.indexOf("\n\nDear ") + 2;
const labels = (text: string): string[] => segment(text, replyStart(text)).questions.map((q) => q.label);
const asked = (text: string): string[] =>
  segment(text, replyStart(text)).questions.map((q) => (q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : ""));

describe("a request not hard-wrapped: each line a paragraph", () => {
  const request = (asks: string[]): string =>
    [
      "Dear Borough Council,",
      "I am writing to ask for some information about the way the council handled enforcement cases in the housing service last year",
      ...asks,
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response below:",
      "We do not know whether we hold such records: finding out would mean reading every case file, which would take well over the cost limit of 18 hours under section 12 of the Act.",
      "Kind regards",
    ].join("\n");

  it("reads asks put to the council in the third person, one a line, as separate questions", () => {
    const text = request([
      "Can the council confirm whether it holds records of any review of enforcement notices that were served in error during the last five years, and who carried out such a review.",
      "If records are held can the council provide a short summary of what they contain, how many there are and what period they cover.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });

  it("reads 'I would like a list …' and 'I would also like to know …' lines as two asks", () => {
    const text = request([
      "I would like a list of every enforcement notice served since 2020, with the date of each, the address and the amount of any penalty that was charged.",
      "I would also like to know the council's policy on recovering those penalties.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });

  it("keeps a line about the form of the reply with the ask before it", () => {
    const text = request([
      "Please provide me with the minutes of every meeting of the enforcement panel held in private session since the start of 2021, and the papers presented to it.",
      "I would be grateful to receive the records as electronic copies, by email if possible.",
    ]);
    expect(labels(text)).toEqual(["1"]);
  });

  it("does not split a hard-wrapped paragraph whose lines are of ordinary width", () => {
    const lines = splitLines(
      ["Dear Council,", "Please tell me how many enforcement notices the council served in", "Westfield ward during 2023, and how many of them were appealed.", "Yours faithfully,"].join("\n"),
    );
    expect(lines.filter((l) => !l.blank)).toHaveLength(4);
    const text = [
      "Dear Borough Council,",
      "Please tell me how many enforcement notices the council served in",
      "Westfield ward during 2023, and how many of them were appealed.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "The council served 41 notices in the ward in 2023; 6 were appealed.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1"]);
  });
});

describe("sub-items three levels deep, each level's label alone on its line", () => {
  const part = (year: string): string[] => [
    `i) How many drivers were employed through an agency during ${year}? Broken down by depot:`,
    "North depot",
    "South depot",
    `ii) How many drivers were employed directly during ${year}? Broken down by depot:`,
    "North depot",
    "South depot",
  ];
  const items = ["1.", "a)", ...part("2021/22"), "b)", ...part("2022/23"), "2. What was the total spent on agency drivers in those two years?"];
  const text = [
    "Dear Borough Council,",
    ...items,
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "Please find our response below:",
    "1.",
    "a)",
    "i) How many drivers were employed through an agency during 2021/22? Broken down by depot:",
    "North depot 4, South depot 7",
    "ii) How many drivers were employed directly during 2021/22? Broken down by depot:",
    "North depot 31, South depot 40",
    "b)",
    "i) How many drivers were employed through an agency during 2022/23? Broken down by depot:",
    "North depot 2, South depot 5",
    "ii) How many drivers were employed directly during 2022/23? Broken down by depot:",
    "North depot 33, South depot 41",
    "2. What was the total spent on agency drivers in those two years?",
    "£412,300",
    "Kind regards",
  ].join("\n");

  it("labels the parts 1ai, 1aii, 1bi, 1bii and the next number 2", () => {
    expect(labels(text)).toEqual(["1ai", "1aii", "1bi", "1bii", "2"]);
  });

  it("gives the bare labels no item of their own", () => {
    const lines = splitLines(text);
    const marked = lines.filter((l) => l.marker && l.start < replyStart(text)).map((l) => l.marker!.label);
    expect(marked).toEqual(["1ai", "1aii", "1bi", "1bii", "2"]);
  });
});

describe("a lone numbered topic over lettered asks", () => {
  it("labels the asks 1a, 1b, 1c: the number only heads them", () => {
    const text = [
      "Dear Borough Council,",
      "Which case management systems does the council use?",
      "1. Case management system details:",
      "a. Which case management system does the council use for housing repairs?",
      "b. When does the contract for that system end?",
      "c. What is the annual value of that contract?",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response below:",
      "System Contract end Annual value",
      "RepairsPro 31/03/2027 £48,000",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1a", "1b", "1c"]);
  });
});

describe("a request in titled sections whose numbering starts again", () => {
  const request = [
    "Networks:",
    "a. Who supplies your internet connection?",
    "b. When does that contract end?",
    "Phones and storage:",
    "1. Phones",
    "a. Which phone system do you use?",
    "b. Who maintains it?",
    "2. Storage",
    "a. Do you store data on site or in the cloud?",
    "b. Who is your cloud provider?",
    "Customer service:",
    "1. Call centre",
    "a. How many call centre staff do you employ?",
    "b. Do they work from home?",
    "2. Chat",
    "a. Do you offer a chat service on your website?",
  ];
  const reply = [
    "Networks:",
    "a. Who supplies your internet connection? Northline Telecom",
    "b. When does that contract end? March 2028",
    "Phones and storage:",
    "1a. Which phone system do you use?",
    "CallWave",
    "b. Who maintains it?",
    "In house",
    "2a. Do you store data on site or in the cloud?",
    "Both",
    "b. Who is your cloud provider?",
    "Azure",
    "Customer service:",
    "1a. How many call centre staff do you employ?",
    "62",
    "b. Do they work from home?",
    "Some of the time",
    "2a. Do you offer a chat service on your website?",
    "No",
  ];
  const text = ["Dear Borough Council,", ...request, "Yours faithfully,", "P. Asker", "", "Dear P. Asker,", "Please see the response below:", ...reply, "Kind regards"].join("\n");

  it("runs the restarted numbers on (3, 4) in the request and in the reply that restates it", () => {
    const marked = (from: number, to: number): string[] => splitLines(text).filter((l) => l.marker && l.start >= from && l.start < to && /^\d/.test(l.marker.label)).map((l) => l.marker!.label);
    expect(marked(0, replyStart(text))).toEqual(["1a", "1b", "2a", "2b", "3a", "3b", "4a"]);
    expect(marked(replyStart(text), text.length)).toEqual(["1a", "1b", "2a", "2b", "3a", "3b", "4a"]);
  });

  it("reads the sections' parts as questions of their own", () => {
    expect(labels(text)).toEqual(expect.arrayContaining(["1a", "1b", "2a", "2b", "3a", "3b", "4a"]));
  });

  it("does not run on a reply that starts its answers at 1 under a response heading", () => {
    const plain = ["Request:", "1. How many staff?", "2. What budget?", "In response:", "We have considered your request.", "1. Twelve.", "2. £40,000."].join("\n");
    expect(splitLines(plain).filter((l) => l.marker).map((l) => l.marker!.label)).toEqual(["1", "2", "1", "2"]);
  });
});

describe("a lettered list that passes h", () => {
  it("goes on i., j., k. as letters", () => {
    const letters = "abcdefghijk".split("").map((c) => `${c}. Please state item ${c} of the contract terms.`);
    expect(splitLines(letters.join("\n")).map((l) => l.marker?.kind === "letter" ? l.marker.label : "-")).toEqual("abcdefghijk".split(""));
  });
});

describe("the reply restating the lettered items and going on past them, answers after a dash", () => {
  const text = [
    "Dear Borough Council,",
    "Regarding your framework of approved training suppliers, please tell me:",
    "a) The number of suppliers admitted to the framework;",
    "b) The names of the suppliers admitted to the framework.",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "Our response is set out below:",
    "a) The number of suppliers admitted to the framework - 12",
    "b) The names of the suppliers admitted to the framework – See attached",
    "c) The number of mini-competitions run under the framework since it opened – 9",
    "d) The total value of the contracts awarded under the framework - £310,500",
    "Kind regards",
  ].join("\n");

  it("reads a to d, each with the answer after its dash", () => {
    const seg = segment(text, replyStart(text));
    expect(seg.questions.map((q) => q.label)).toEqual(["a", "b", "c", "d"]);
    expect(asked(text)[2]).toBe("The number of mini-competitions run under the framework since it opened");
    expect(seg.questions.map((q) => text.slice(q.answerSpan!.start, q.answerSpan!.end).replace(/^[-–]\s*/, ""))).toEqual(["12", "See attached", "9", "£310,500"]);
  });
});

describe("an unnumbered ask after the numbered list, answered on its own", () => {
  const text = [
    "Dear Borough Council,",
    "Please tell me:",
    "1. How many parking permits did the council issue in 2023?",
    "2. How many permit applications were refused?",
    "Could you also tell me how much the council spent on printing permits in 2023 and who printed them?",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "Please find our response below:",
    "1. How many parking permits did the council issue in 2023?",
    "• 8,412 permits.",
    "2. How many permit applications were refused?",
    "• 97 applications.",
    "Could you also tell me how much the council spent on printing permits in 2023 and who printed them?",
    "• £6,210, paid to a local printing firm.",
    "Kind regards",
  ].join("\n");

  it("numbers it on from the list (3) and gives it the answer after its restatement", () => {
    const seg = segment(text, replyStart(text));
    expect(seg.questions.map((q) => q.label)).toEqual(["1", "2", "3"]);
    const answer = (i: number): string => text.slice(seg.questions[i]!.answerSpan!.start, seg.questions[i]!.answerSpan!.end);
    expect(answer(1)).toBe("• 97 applications.");
    expect(answer(2)).toContain("£6,210");
  });

});

describe("lettered fields the reply answers together, naming their range", () => {
  const text = (named: string): string =>
    [
      "Dear Borough Council,",
      "For planning agreements signed between 2015 and 2019 please supply the following:",
      "a) contributions received",
      "b) sums still unspent",
      "c) sums not yet committed",
      "d) the planning reference of each agreement",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response below:",
      named,
      "Kind regards",
    ].join("\n");

  it("makes each field a question sharing the one answer", () => {
    const seg = segment(text("The attached spreadsheet answers questions a) – d) of your request."), replyStart(text("")));
    expect(seg.questions.map((q) => q.label)).toEqual(["a", "b", "c", "d"]);
    expect(new Set(seg.questions.map((q) => q.answerSpan && `${q.answerSpan.start}`)).size).toBe(1);
  });

  it("reads the fields as one request when the reply names no range", () => {
    expect(labels(text("The attached spreadsheet sets out the information you asked for."))).toEqual(["1"]);
  });
});

describe("'?' asks one a line, then a note on how to reply", () => {
  it("keeps 'Please can you respond via email' out of the asks", () => {
    const text = [
      "Dear Sir/Madam,",
      "Under the Freedom of Information Act 2000, I request the following information:",
      "How many libraries did the council run in each year from 2015/16 to 2023/24?",
      "How many of those libraries closed in that period?",
      "How much did the council spend on libraries in each of those years?",
      "Please can you respond via email to this address.",
      "Kind regards,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response below:",
      "The attached table gives the number of libraries, closures and spending for each year.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
  });
});

describe("parts led by ordinals, each a short lead over its item", () => {
  it("numbers the parts 1, 2, 3", () => {
    const text = [
      "Dear Borough Council,",
      "Last month the council held a workshop on tenant involvement. My request has three parts.",
      "Firstly, I would like:",
      "- a list of the organisations that attended the workshop.",
      "I accept that this may include the names of some outside bodies.",
      "Secondly, I would like:",
      "- a copy of the invitation sent to those who attended.",
      "Finally, I would like:",
      "- any notes recording how those invited were chosen.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response below:",
      "Please see the attached documents, from which the names of individuals have been removed.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
  });

  it("leaves an ordinal opening a sentence of prose alone", () => {
    const prose = ["Firstly, we apologise for the delay in replying to your request.", "Secondly, we have now found the records you asked for."].join("\n");
    expect(splitLines(prose).every((l) => l.marker === null)).toBe(true);
  });
});
