import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";

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

describe("a lead-in that asks its own question before introducing the rest", () => {
  it("is a question when the reply copies it back and answers it before the next ask", () => {
    const text = [
      "Dear Borough Council,",
      "Please tell me how many parking appeals you received in 2023, and of those, please advise:",
      "How many were decided within eight weeks, and;",
      "How many were allowed in the driver's favour.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
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
      "Dear Borough Council,",
      "Please tell me how many parking appeals you received in 2023, and of those, please advise:",
      "How many were decided within eight weeks, and;",
      "How many were allowed in the driver's favour.",
      "Yours faithfully,",
      "P. Asker",
      "",
      "Dear P. Asker,",
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
