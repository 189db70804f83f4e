import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Letters whose numbering a researcher must read rather than copy: items numbered under numbered
 * sections (1.1, 1.2 under "1. Title"). Every fixture is written for these tests in the shape
 * councils, forces and fire services use; none is a real letter.
 */
const origin = { file: "t.txt", path: "t.txt" };
const labels = (text: string): string[] => segment(text).questions.map((q) => q.label);
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

const letter = (body: string[]): string =>
  [
    "Northvale Borough Council",
    "Our ref: FOI/2025/0101",
    "",
    "Dear Mr Example,",
    "",
    "Thank you for your request. Each part of it is repeated below with our reply.",
    "",
    ...body,
    "",
    "If you are unhappy with this response you may ask for an internal review.",
    "",
    "Yours sincerely",
    "Information Team",
  ].join("\n");

describe("items numbered under numbered sections", () => {
  const sections = letter([
    "1. Parking enforcement",
    "",
    "1.1 How many penalty charge notices were issued in 2024?",
    "",
    "18,240 notices were issued.",
    "",
    "1.2 How many of those were cancelled on appeal?",
    "",
    "The council does not hold this information in a form that records the reason for cancellation.",
    "",
    "2. Enforcement contractor",
    "",
    "2.1 Who holds the contract for on-street enforcement?",
    "",
    "The contract was awarded to a national parking services company in 2021.",
    "",
    "2.2 Please send the contract's pricing schedule.",
    "",
    "The pricing schedule is withheld under section 43(2) of the Act, as release would prejudice the contractor's commercial interests.",
    "",
    "2.3 When does the contract end?",
    "",
    "31 March 2027.",
  ]);

  it("labels each item with its dotted number and reads no question from a section heading", () => {
    expect(labels(sections)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
    expect(outcomes(sections)).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:exempt", "2.3:disclosed"]);
  });

  it("reads the same with headings written '2) Title:' and items written '2.1.' or '2.1)'", () => {
    const variant = sections
      .replace("1. Parking enforcement", "1) Parking enforcement:")
      .replace("2. Enforcement contractor", "2) Enforcement contractor:")
      .replace("1.1 How", "1.1. How")
      .replace("1.2 How", "1.2. How")
      .replace("2.1 Who", "2.1) Who")
      .replace("2.2 Please", "2.2) Please")
      .replace("2.3 When", "2.3) When");
    expect(labels(variant)).toEqual(["1.1", "1.2", "2.1", "2.2", "2.3"]);
  });

  it("keeps answers under the right item when the reply follows on the next line without a gap", () => {
    const tight = sections.replace(/\?\n\n/g, "?\n").replace(/schedule\.\n\n/, "schedule.\n");
    expect(outcomes(tight)).toEqual(["1.1:disclosed", "1.2:not_held", "2.1:disclosed", "2.2:exempt", "2.3:disclosed"]);
  });

  it("does not take a line that opens on a decimal amount for an item", () => {
    const text = letter([
      "1. How many households were on the housing register at 1 April 2025?",
      "",
      "4,310 households.",
      "",
      "2. What did the council spend on temporary accommodation in 2024/25?",
      "",
      "2.6 million pounds was spent, as shown in the published accounts.",
    ]);
    expect(labels(text)).toEqual(["1", "2"]);
  });
});

describe("a list whose numbering was lost: every item '1.'", () => {
  it("numbers asks answered in turn 1, 2, 3 … in order", () => {
    const text = letter([
      "1. How many grit bins does the council maintain?",
      "There are 1,240 grit bins on the highway network.",
      "",
      "1. How many tonnes of salt were used in the winter of 2023/24?",
      "9,800 tonnes.",
      "",
      "1. Which company supplies the salt?",
      "The supplier's name is withheld under section 43(2) of the Act, as release would prejudice its commercial interests.",
      "",
      "1. What is the cost of each refill of a grit bin?",
      "This is not recorded: refills are carried out by highways crews and their cost is not held separately.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });

  it("numbers the request's list and the reply's list apart, so each answer meets its question", () => {
    const text = letter([
      "1) How many fire safety audits were carried out in 2024?",
      "1) How many enforcement notices followed them?",
      "1) Please provide the audit checklist you use.",
      "",
      "Response:",
      "",
      "1)",
      "There were 1,112 audits in 2024.",
      "",
      "1)",
      "37 enforcement notices were served.",
      "",
      "1)",
      "The checklist is published on our website and is therefore exempt under section 21 of the Act.",
    ]);
    expect(labels(text)).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });

  it("leaves a single '1.' in the request and a single '1.' in the reply as they are", () => {
    const text = letter(["1. Please send a copy of the council's winter service plan.", "", "Response:", "", "1. The plan is attached."]);
    expect(labels(text)).toEqual(["1"]);
  });
});
