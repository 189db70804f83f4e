import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { splitLines } from "../../src/segment/lines.js";
import { findResponseStart } from "../../src/segment/context.js";
import { restatedAsks } from "../../src/segment/layouts/restated-asks.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";

/**
 * Layout families found in the hand-labelled WhatDoTheyKnow test set (docs/wdtk.md, half A), each
 * written here in its own words in the shape authorities and requesters use: never a real letter.
 */
const origin = { file: "t.txt", path: "t.txt" };
// As a request thread hands them over: the request, then the reply, whose start is known.
const replyStart = (text: string): number => text.indexOf("\n\nDear ") + 2;
const labels = (text: string): string[] => segment(text, replyStart(text)).questions.map((q) => q.label);
const outcomes = (text: string): string[] =>
  analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [], responseStart: replyStart(text) }, origin).answers.map((a) => `${a.label}:${a.outcome}`);

describe("a numbered item whose lettered parts start on the number's line", () => {
  const text = [
    "Dear Borough Council,",
    "1. a) Please send any survey of flat roofs carried out since 2019.",
    "b) Please send any survey of wall cladding carried out since 2019.",
    "2. Please send the minutes of meetings that discussed those surveys.",
    "3. How many buildings were closed as a result?",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "Please find our response to your request set out below:",
    "1. a) Please send any survey of flat roofs carried out since 2019.",
    "A copy of the 2021 roof survey is attached.",
    "b) Please send any survey of wall cladding carried out since 2019.",
    "No cladding survey has been carried out, so we hold no such report.",
    "2. Please send the minutes of meetings that discussed those surveys.",
    "The minutes are attached.",
    "3. How many buildings were closed as a result?",
    "Two buildings.",
    "Kind regards",
  ].join("\n");
  it("reads 1a, 1b, 2, 3", () => {
    expect(labels(text)).toEqual(["1a", "1b", "2", "3"]);
    expect(outcomes(text)).toEqual(["1a:disclosed", "1b:not_held", "2:disclosed", "3:disclosed"]);
  });
});

describe("a number and a capital letter joined by the dot ('1.A', '1.B')", () => {
  it("reads them as the parts 1a and 1b", () => {
    const text = [
      "Dear Borough Council,",
      "1.A Does your records policy say how long planning emails are kept? If so please send it.",
      "1.B Please send any guidance given to officers about marking emails as confidential.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response to your request set out below:",
      "1.A Does your records policy say how long planning emails are kept? If so please send it.",
      "The retention schedule is attached; it keeps planning emails for six years.",
      "1.B Please send any guidance given to officers about marking emails as confidential.",
      "We do not hold any such guidance.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1a", "1b"]);
    expect(outcomes(text)).toEqual(["1a:disclosed", "1b:not_held"]);
  });
});

describe("a numbered passage the requester quotes before the numbered questions", () => {
  it("takes the list the reply answers by number, not the quoted one", () => {
    const text = [
      "Dear Borough Council,",
      "In 2019 the ministry wrote to every council asking it to:",
      "(1) list its buildings that have flat roofs of an older design, and",
      "(2) check those roofs every year.",
      "1. Please send the list your council made in response to that letter.",
      "2. How many of those roofs were checked in 2022?",
      "3. Please send any reply your council sent to the ministry.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response to your request set out below:",
      "1. Please send the list your council made in response to that letter.",
      "The list is attached.",
      "2. How many of those roofs were checked in 2022?",
      "Fourteen.",
      "3. Please send any reply your council sent to the ministry.",
      "Information not held.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });
});

describe("bulleted asks written as fields, answered by a numbered list in the reply", () => {
  it("pairs each bullet with the number in its place", () => {
    const text = [
      "Dear Borough Council,",
      "Please provide the following information: -",
      "- How the council counts empty shops in the town centre",
      "- The targets the market trust must meet under its lease",
      "- How the council records footfall by street and where that data is published",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response to your request set out below:",
      "1. Empty shops are counted twice a year by a walking survey of every unit.",
      "2. The lease sets no targets for the trust.",
      "3. We do not hold footfall figures by street.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });
});

describe("numbered questions with bulleted sub-questions, the reply's numbering changing style", () => {
  it("reads the three numbered questions, whatever the bullets and a wrapped '(see\\nquestion 1)'", () => {
    const text = [
      "Dear Borough Council,",
      "1.\tDo you fund swimming lessons for children? (tick all that apply)",
      "Option a) Yes, through schools.",
      "•\tIf yes, what was the funding in 2022-23?",
      "•\tWhat is the budget for 2023-24.",
      "Option b) Yes, through leisure centres.",
      "•\tIf yes, which centres took part?",
      "•\tHow many children were taught?",
      "2.\tWhat did the council spend on swimming lessons in 2022-23 in total?",
      "•\tHow many children did this cover?",
      "3.\tWhich groups of children can have free lessons?",
      "•\tChildren in care",
      "•\tChildren of armed forces families",
      "•\tAny child who applies",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Please find our response to your request set out below:",
      "1: Do you fund swimming lessons for children? (tick all that apply)",
      "• Yes, through schools.",
      "What was the funding in 2022-23?",
      "• £12,000",
      "What is the budget for 2023-24?",
      "• £15,000",
      "2. What did the council spend on swimming lessons in 2022-23 in total?",
      "• We only hold the school figures (given under",
      "question 1)",
      "• Leisure centre lessons are paid for by the operator.",
      "3. Which groups of children can have free lessons?",
      "•            Children in care.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
  });
});

describe("unnumbered asks the reply copies back before answering", () => {
  const text = [
    "Dear Borough Council,",
    "Please provide the following about the market hall, as at 1 May 2024:-",
    "The number of stalls let and the number empty;",
    "The rent charged for a stall of standard size;",
    "Any discount offered to new traders in their first year;",
    "The total cost of the roof repairs finished in 2023.",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "Please find our response to your request set out below:",
    "The number of stalls let and the number empty; The rent charged for a",
    "stall of standard size;",
    "Of 60 stalls, 48 are let and 12 are empty. A standard stall is let at",
    "£95 a week.",
    "Any discount offered to new traders in their first year;",
    "We do not hold a record of discounts, as none is offered as a rule.",
    "The total cost of the roof repairs finished in 2023.",
    "The repairs cost £310,000.",
    "Kind regards",
  ].join("\n");
  it("makes each copied-back ask a question; asks copied back together share the answer after them", () => {
    const lines = splitLines(text);
    const from = lines.filter((l) => l.start >= replyStart(text));
    const responseLine = findResponseStart(from);
    const s = restatedAsks({ text, lines, responseStart: lines[responseLine]!.start, responseLine }, [])!;
    expect(s.layout).toBe("restated-asks");
    expect(s.questions.map((q) => q.label)).toEqual(["1", "2", "3", "4"]);
    const answer = (i: number): string => text.slice(s.questions[i]!.answerSpan!.start, s.questions[i]!.answerSpan!.end);
    expect(answer(0)).toBe("Of 60 stalls, 48 are let and 12 are empty. A standard stall is let at\n£95 a week.");
    expect(answer(1)).toBe(answer(0));
    expect(answer(2)).toBe("We do not hold a record of discounts, as none is offered as a rule.");
    expect(answer(3)).toBe("The repairs cost £310,000.");
  });
  it("proposes nothing when the reply does not copy the asks back", () => {
    const plain = text.replace(/Please find our response[\s\S]*$/, "Please find our response below.\nThe market hall has 60 stalls and the repairs cost £310,000.\nKind regards");
    const lines = splitLines(plain);
    const responseLine = findResponseStart(lines.filter((l) => l.start >= replyStart(plain)));
    expect(restatedAsks({ text: plain, lines, responseStart: lines[responseLine]!.start, responseLine }, [])).toBeNull();
  });
});

describe("parallel noun-phrase asks, one per line, no numbers and no question marks", () => {
  const text = [
    "Dear District Council,",
    "Information wanted:",
    "A list of market stalls whose licence fee is more than six months in arrears.",
    "A list of market stalls whose licence was cancelled in the last year.",
    "Please include for each:",
    "- the stall number",
    "- the trader's trading name",
    "Yours faithfully,",
    "R. Asker",
    "",
    "Dear R. Asker,",
    "Please find our response to your request set out below:",
    "We consider that both lists are exempt under section 40(2) of the Freedom of Information Act 2000, as the traders are sole traders and the lists would identify them.",
    "Kind regards",
  ].join("\n");
  it("gives each line its own question, the field list staying inside them", () => {
    expect(labels(text)).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt"]);
  });
  it("a single such line stays one question", () => {
    const one = text.replace("A list of market stalls whose licence was cancelled in the last year.\n", "");
    expect(labels(one)).toEqual(["1"]);
  });
});

describe("a request lead naming the asks, then a paragraph per ask under headings the reply restates", () => {
  const text = [
    "Dear County Council,",
    "I wish to request your bridge inspection records and your winter gritting routes for 2022.",
    "For Bridge Inspections:",
    "Engineers inspect each bridge and grade its condition from one to five. I am therefore after the grades recorded for every bridge in the county.",
    "For Gritting Routes:",
    "Councils plan priority routes for salting in cold weather. I will need the map or list of priority routes you used.",
    "Yours faithfully,",
    "T. Asker",
    "",
    "Dear T. Asker,",
    "Please find our response below:",
    "For Bridge Inspections:",
    "Engineers inspect each bridge and grade its condition from one to five. I am therefore after the grades recorded for every bridge in the county.",
    "The grades are in the attached spreadsheet.",
    "For Gritting Routes:",
    "Councils plan priority routes for salting in cold weather. I will need the map or list of priority routes you used.",
    "Our routes are not held as a list; we are unable to provide data in that format. The route map is attached.",
    "Kind regards",
  ].join("\n");
  it("reads one question per heading, the lead explained by them", () => {
    expect(labels(text)).toEqual(["1", "2"]);
  });
  it("a format the authority does not keep, beside what it sends, is a part not held", () => {
    const answers = analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [], responseStart: replyStart(text) }, origin).answers;
    expect(answers.map((a) => `${a.label}:${a.outcome}:${a.partial}`)).toEqual(["1:disclosed:false", "2:disclosed:true"]);
  });
});

describe("unnumbered asks copied back, beside the request's own notes and the reply's subject line", () => {
  const text = [
    "Dear Borough Council,",
    "Please confirm the following for the year 2022/23:",
    "Percentage of planning appeals allowed",
    "Costs (£) awarded against the council at appeal",
    "Number of appeals decided at a hearing or inquiry",
    "Number of appeals decided by written representations*",
    "*Whilst this figure is not published, it is recorded when each appeal is logged.",
    "The guidance I refer to is linked below.",
    "https://www.gov.uk/guidance/planning-appeals",
    "If the figures are already published, please send a link to them.",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Re – Freedom of Information Request – Reference – FOI / 0420",
    "Dear P. Asker,",
    "Please find below our response to your request:",
    "Percentage of planning appeals allowed",
    "31% of appeals were allowed.",
    "Costs (£) awarded against the council at appeal",
    "No costs were awarded against the council.",
    "Number of appeals decided at a hearing or inquiry",
    "Seven appeals were decided at a hearing and two at an inquiry.",
    "Number of appeals decided by written representations*",
    "We do not hold this in a form we can report on. Reading every appeal file to find it would exceed the cost limit under section 12 of the Act.",
    "Kind regards",
  ].join("\n");
  const reply = (t: string): number => t.indexOf("\n\nRe – ") + 2;
  it("a footnote, a bare link and the subject line are no asks; each copied-back ask is a question", () => {
    expect(segment(text, reply(text)).questions.map((q) => q.label)).toEqual(["1", "2", "3", "4"]);
    const answers = analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [], responseStart: reply(text) }, origin).answers;
    expect(answers.map((a) => `${a.label}:${a.outcome}`)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:exempt"]);
  });
});
