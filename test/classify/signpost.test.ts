import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Letters written for these tests, modelled on the three ways replies point to published material
 * (labels.md): a signposting ground applied to the answers given by link; a link to the
 * authority's own page with no ground; a pointer to a supplier's website that says nothing else.
 */
const origin = { file: "fixture.txt", path: "fixture.txt" };
const read = (text: string) => analyzeText(text, origin).answers.map((a) => [a.label, a.outcome, a.grounds]);

describe("answers that point to published material", () => {
  it("a FOISA s25 statement made once for the letter is applied to the answers that are only a link", () => {
    const letter = [
      "Your questions were:",
      "1. Is there a business case for the new payroll platform?",
      "2. When is the platform due to go live?",
      "3. How many staff will use it?",
      "",
      "Parts of what you asked for are already published on our website, as shown below. Section 25(1) of FOISA means we need not give you information that is otherwise accessible to you.",
      "",
      "1. Is there a business case for the new payroll platform?",
      "Yes, a business case was approved by the board in March.",
      "",
      "2. When is the platform due to go live?",
      "The go-live timetable can be found at the link below:",
      "https://www.example.gov.scot/payroll-timetable",
      "",
      "3. How many staff will use it?",
      "Around 900 staff will use it.",
      "",
      "Yours sincerely",
      "Records Officer",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOISA s25(1)"]],
      ["3", "disclosed", []],
    ]);
  });

  it("a link to the authority's own page with no ground named is a disclosure", () => {
    const letter = [
      "Request:",
      "1. How much did the council spend on agency staff last year?",
      "2. How many agency staff were engaged?",
      "",
      "Response:",
      "1. Our spending over £500 is published each month and can be found at https://www.northbury.gov.uk/spending-data",
      "2. We engaged 48 agency staff.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "disclosed", []],
    ]);
  });

  it("a pointer to a supplier's website that is all the answer says has not answered", () => {
    const letter = [
      "Request:",
      "1. Which company supplies your route planning software?",
      "2. Please send any user guides for the software.",
      "",
      "Response:",
      "1. The software is supplied by Routewise Ltd.",
      "2. More detail on the product is available from www.routewise-example.com",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "other", []],
    ]);
  });

  it("a deep link to a document kept on another site is the document given", () => {
    const letter = [
      "Request:",
      "1. Please send the training slides used for the analytics tool.",
      "",
      "Response:",
      "1. https://slides.example.com/d/8fk2la91 – Analytics induction session",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([["1", "disclosed", []]]);
  });

  it("a signposting ground does not take an answer that gives information beside its link", () => {
    const letter = [
      "Request:",
      "1. How many fly-tipping reports did you receive in 2023?",
      "2. How many fixed penalty notices did you issue for it?",
      "",
      "Some of this information is reasonably accessible to you, so section 21 of the Freedom of Information Act applies to it.",
      "",
      "Response:",
      "1. We received 2,310 reports in 2023. A breakdown by ward is published on our website.",
      "2. Figures on penalty notices can be found at https://www.eastdale.gov.uk/enforcement",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s21"]],
    ]);
  });

  it("an EIR 6(1)(b) statement naming its questions covers those only", () => {
    const letter = [
      "Request:",
      "1. Please send the air quality readings for Mill Road for 2024.",
      "2. Please send the noise complaints log for Mill Road for 2024.",
      "3. How many diffusion tubes are on Mill Road?",
      "",
      "Response:",
      "1. The 2024 readings can be found at https://www.westmoor.gov.uk/air-quality/annual-report",
      "2. The complaints log can be found at https://www.westmoor.gov.uk/noise/complaints-2024",
      "3. There are 6 diffusion tubes on Mill Road.",
      "",
      "Question 1 is refused under regulation 6(1)(b) of the Environmental Information Regulations, as the readings are already publicly available and easily accessible to you.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "exempt", ["EIR 6(1)(b)"]],
      ["2", "disclosed", []],
      ["3", "disclosed", []],
    ]);
  });

  it("a reference to the supplier's website in place of an answer is not an answer", () => {
    const letter = [
      "Request:",
      "1. Who maintains your case management system?",
      "2. What algorithms does the system use to rank cases?",
      "",
      "Response:",
      "1. The system is maintained by our own ICT team.",
      "2. Details of how the product works are on the supplier's website.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "other", []],
    ]);
  });

  it("a ground said of every answer that points elsewhere, written after the last answer, is the letter's and not that answer's", () => {
    const letter = [
      "Thank you for your request. Our answers follow.",
      "",
      "1. How many parking fines were issued in 2023?",
      "The annual parking report can be found at https://www.eastdale.gov.uk/parking-report",
      "",
      "2. How much income did the fines raise?",
      "This is set out in the same report, at the link above.",
      "",
      "3. How many fines were cancelled?",
      "412 of the fines were later cancelled.",
      "",
      "Where we have directed you to a published report, the information is exempt under section 21 of the Act because it is reasonably accessible to you.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "exempt", ["FOIA s21"]],
      ["2", "exempt", ["FOIA s21"]],
      ["3", "disclosed", []],
    ]);
  });

  it("a note on how section 21 may be used is not a ground applied, so a link to the authority's page stays a disclosure", () => {
    const letter = [
      "Dear Ms Lee",
      "",
      "Thank you for your request. If any information you ask for is already reasonably accessible to you, we may apply section 21 of the Act and tell you where to find it.",
      "",
      "1. How many bridges does the council maintain?",
      "Details of our bridge stock can be found at https://www.eastdale.gov.uk/bridges",
      "",
      "2. How much was spent on bridge repairs in 2023?",
      "We spent £1.2 million on bridge repairs in 2023.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "disclosed", []],
    ]);
  });
});
