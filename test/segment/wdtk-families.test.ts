import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
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
