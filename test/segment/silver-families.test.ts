import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";
import { splitLines } from "../../src/segment/lines.js";
import { unitsOf } from "../../src/segment/roles.js";
import { scoreReading } from "../../src/segment/choose.js";
import type { Segmentation } from "../../src/segment/types.js";
import type { Question } from "../../src/core/types.js";

/**
 * Request layouts of members of the public and the replies that copy them back, as met in the
 * hand-labelled WhatDoTheyKnow threads (half B): each written here in the project's own words.
 */
const origin = { file: "t.txt", path: "t.txt" };
const replyStart = (text: string): number => text.indexOf("\n\nDear ") + 2;
const labels = (text: string): string[] => segment(text, replyStart(text)).questions.map((q) => q.label);
const answers = (text: string): string[] => {
  const s = segment(text, replyStart(text));
  return s.questions.map((q) => (q.answerSpan ? text.slice(q.answerSpan.start, q.answerSpan.end) : ""));
};
const outcomes = (text: string): string[] =>
  analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: [], responseStart: replyStart(text) }, origin).answers.map((a) => `${a.label}:${a.outcome}`);

describe("lettered parts copied back together and answered once under the last", () => {
  const request = [
    "Dear Borough Council,",
    "For each of the last three years please tell me:",
    "1. Housing advice given by the council's own staff",
    "a. What was the total spent each year?",
    "b. How much of it came from the general fund?",
    "c. How much of it came from government grants, and which grants?",
    "2. Housing advice given by charities the council funds",
    "a. What was the total spent each year?",
    "b. How much of it came from the general fund?",
    "c. How much of it came from government grants, and which grants?",
    "Yours faithfully,",
    "P. Asker",
    "",
  ];
  it("reads each number as one question, answered by the text after its parts (the reply re-wrapped, parts run on)", () => {
    const text = [
      ...request,
      "Dear P. Asker,",
      "Please find the council's response to your request set out below:",
      "1. Housing advice given by the council's own staff a. What was the total",
      "spent each year? b. How much of it came from the general fund? c. How much",
      "of it came from government grants, and which grants?",
      "The council has no housing advisers of its own, so there was no spending on this.",
      "2. Housing advice given by charities the council funds",
      "a. What was the total spent each year?",
      "b. How much of it came from the general fund?",
      "c. How much of it came from government grants, and which grants?",
      "The council paid the city advice charity £410,000, £425,000 and £440,000, all from the general fund.",
      "If you have any queries about this response, please contact us.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2"]);
    expect(answers(text)[0]).toMatch(/^The council has no housing advisers/);
    expect(answers(text)[1]).toMatch(/^The council paid/);
  });
  it("still splits the parts when the reply answers each under its letter", () => {
    const text = [
      ...request,
      "Dear P. Asker,",
      "Please find the council's response to your request set out below:",
      "1. Housing advice given by the council's own staff",
      "a. What was the total spent each year?",
      "£80,000 in each year.",
      "b. How much of it came from the general fund?",
      "All of it.",
      "c. How much of it came from government grants, and which grants?",
      "None of it.",
      "2. Housing advice given by charities the council funds",
      "a. What was the total spent each year?",
      "£410,000, £425,000 and £440,000.",
      "b. How much of it came from the general fund?",
      "All of it.",
      "c. How much of it came from government grants, and which grants?",
      "None of it.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1a", "1b", "1c", "2a", "2b", "2c"]);
  });
});

describe("a plain numbered list under a 'Q2.' question, each line answered where it is copied back", () => {
  it("reads the list's lines as 2.1, 2.2, 2.3 (hierarchical numbers keep their dot)", () => {
    const text = [
      "Dear Borough Council,",
      "Q1. Has the council sold any of its housing and leased it back?",
      "Q2. What weekly rents does the council pay for the following?",
      "1. Emergency rooms for homeless families",
      "2. Sheltered flats for older tenants",
      "3. Supported homes for adults with high needs",
      "Q3. Does the council hold any empty offices it means to sell?",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "The council can give the information below in response to your questions:",
      "Q1. Has the council sold any of its housing and leased it back?",
      "No, the council has not done so.",
      "Q2. What weekly rents does the council pay for the following?",
      "1. Emergency rooms for homeless families. The weekly rent is £250.",
      "2. Sheltered flats for older tenants. These average £190 a week.",
      "3. Supported homes for adults with high needs. We do not hold these figures.",
      "Q3. Does the council hold any empty offices it means to sell?",
      "Yes. Two offices are being marketed for sale.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2.1", "2.2", "2.3", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2.1:disclosed", "2.2:disclosed", "2.3:not_held", "3:disclosed"]);
  });
});

/** A lead-in that asks one thing, then introduces two more asks; the reply's greeting follows. */
const APPEALS_REQUEST = [
  "Dear Borough Council,",
  "Please tell me how many parking appeals you received in 2023, and of those, please advise:",
  "How many were decided within eight weeks, and;",
  "How many were allowed in the driver's favour.",
  "Yours faithfully,",
  "P. Asker",
  "",
  "Dear P. Asker,",
];

describe("a lead-in that asks its own question before introducing the rest", () => {
  it("is a question when the reply copies it back and answers it before the next ask", () => {
    const text = [
      ...APPEALS_REQUEST,
      "Please tell me how many parking appeals you received in 2023",
      "The council received 1,204 appeals in 2023.",
      "How many were decided within eight weeks",
      "Finding this would mean reading each case file, which would exceed the cost limit under section 12.",
      "How many were allowed in the driver's favour.",
      "312 appeals were allowed.",
      "If you have any queries about this response, please contact us.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(answers(text)[0]).toMatch(/^The council received 1,204/);
  });
  it("only introduces the asks when the reply answers nothing under it", () => {
    const text = [
      ...APPEALS_REQUEST,
      "Please tell me how many parking appeals you received in 2023",
      "How many were decided within eight weeks",
      "Finding this would mean reading each case file, which would exceed the cost limit under section 12.",
      "How many were allowed in the driver's favour.",
      "312 appeals were allowed.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2"]);
  });
});

describe("asks one a paragraph, written as statements, under one blanket reply", () => {
  const reply = [
    "",
    "Dear P. Asker,",
    "Thank you for your request for information which we received on 3 May.",
    "The information you asked for is published on our website and so is exempt under section 21 of the Freedom of Information Act 2000: it is at the link below.",
    "If you have any queries about this response, please contact us.",
    "Kind regards",
  ];
  it("makes each ask a question and leaves the context, the lead-in and the handling note out", () => {
    const text = [
      "Dear Borough Council,",
      "This request is about the licences the council issues to street traders in the city centre.",
      "If your council licenses street trading please answer the following:",
      "For the last five years, please confirm how many street trading licences were issued in each year.",
      "For each year please state how many applications were refused.",
      "For each refusal please show the reason given and the date of the decision.",
      "If answering all of this would exceed the cost limit, please answer for fewer years, starting with the latest.",
      "Yours faithfully,",
      "P. Asker",
      ...reply,
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt"]);
  });
  it("keeps a note on the form of the reply out of the asks", () => {
    const text = [
      "Dear Borough Council,",
      "Please send me the papers and minutes of the closed sessions of the planning committee held since January 2020.",
      "I would like any copies you send to be in an electronic format, please.",
      "Yours faithfully,",
      "P. Asker",
      ...reply,
    ].join("\n");
    expect(labels(text)).toEqual(["1"]);
  });
  it("keeps notes that point back at the ask or offer to explain out of the asks, and keeps a second real ask", () => {
    const request = (extra: string[]): string =>
      [
        "Dear Borough Council,",
        "Please tell me how many abandoned cars were reported to the council in each month of the last three years, by ward.",
        ...extra,
        "Yours faithfully,",
        "P. Asker",
        ...reply,
      ].join("\n");
    expect(labels(request(["Please provide this as a spreadsheet or a similar format.", "Please let me know if you would like any clarification about this request."]))).toEqual(["1"]);
    expect(labels(request(["Please also tell me how many of those cars were removed by the council."]))).toEqual(["1", "2"]);
  });
});

describe("a lead-in sentence that each bullet completes", () => {
  it("makes each completing bullet a question, and a list of years completes the asks", () => {
    const text = [
      "Dear Borough Council,",
      "Please consider this a request under the Freedom of Information Act 2000. It concerns the council's trading standards team and its work with other agencies.",
      "Please tell me the number of times that the team has:",
      "- carried out a joint visit with officers of a government department",
      "- passed information to a government department, after a visit or otherwise",
      "Please give the figures for the years:",
      "- 2020",
      "- 2021",
      "- 2022",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Thank you for your request for information which we received on 3 May.",
      "After a search of our records we can confirm that the information you asked for is not held. We keep no record of which visits were joint visits.",
      "If you have any queries about this response, please contact us.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held"]);
  });
  it("leaves a list of capitalised fields inside the one ask", () => {
    const text = [
      "Dear Borough Council,",
      "Please provide a list of every business in the city that receives small business rate relief, with the following fields for each one, as a spreadsheet of the kind you already publish for other reliefs:",
      "- Property Reference Number used by the billing team",
      "- Name of the ratepayer or occupier",
      "- Full address of the property with its postcode",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
      "Thank you for your request for information which we received on 3 May.",
      "The list is exempt under section 31 of the Freedom of Information Act 2000, as it could be used for fraud.",
      "Kind regards",
    ].join("\n");
    expect(labels(text)).toEqual(["1"]);
  });
});

describe("the chooser: numbered items are questions of their own", () => {
  // A reading that keeps only the items that open as questions (3 and 4) has not explained items 1 and 2,
  // though they share most of their words with the later items (a numbered item is no lead naming the others).
  const text = [
    "Dear Borough Council,",
    "1. The current number of council staff who are contracted to work from home for all of their hours.",
    "2. The current number of council staff who are contracted to work from home for some of their hours.",
    "3. How many jobs were advertised as home-based from the start in the last year?",
    "4. What is the total number of council staff who are contracted to work from home or the office?",
    "Yours faithfully,",
    "P. Asker",
    "",
    "Dear P. Asker,",
    "The council does not record where staff work under their contracts; it employs 8,120 staff.",
    "Kind regards",
  ].join("\n");
  const lines = splitLines(text);
  const responseLine = lines.findIndex((l) => l.trimmed === "Dear P. Asker,");
  const ctx = { text, lines, responseStart: lines[responseLine]!.start, responseLine };
  const span = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const answer = span("The council does not record where staff work under their contracts; it employs 8,120 staff.");
  const q = (label: string, said: string): Question => ({ label, questionSpan: span(said), answerSpan: answer, answerVia: "blanket" });
  const item = (n: number): string => lines.find((l) => l.trimmed.startsWith(`${n}. `))!.trimmed.slice(3);
  const reading = (qs: Question[]): Segmentation => ({ questions: qs, responseStart: ctx.responseStart, explanations: [], closingStart: span("Kind regards").start, layout: "test", messages: [] });
  it("scores a reading that drops items 1 and 2 below one that keeps all four", () => {
    const units = unitsOf(ctx);
    const some = scoreReading(ctx, units, reading([q("3", item(3)), q("4", item(4))]));
    const all = scoreReading(ctx, units, reading([1, 2, 3, 4].map((n) => q(String(n), item(n)))));
    expect(some.parts.asks).toBeLessThan(1);
    expect(all.parts.asks).toBe(1);
  });
});
