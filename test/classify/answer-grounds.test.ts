import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { findCitations } from "../../src/cite/cite.js";

/** Letters written for these tests, modelled on how refusals give their reasons by name. */
const origin = { file: "fixture.txt", path: "fixture.txt" };
const grounds = (text: string) => analyzeText(text, origin).answers.map((a) => [a.label, a.outcome, a.grounds]);

describe("a ground named in the sentence beside the refusal", () => {
  it("the reason stated just before 'we are therefore withholding' is the refusal's ground", () => {
    const letter = [
      "1. What did the Museum pay for its visitor ticketing platform?",
      "",
      "Given the commercially sensitive nature of the pricing, we consider it would be wrong to release it. We are therefore withholding the contract value.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([["1", "exempt", ["FOIA s43"]]]);
  });
  it("the reason stated just after the refusal counts too", () => {
    const letter = [
      "1. Please send the names of the panel members who scored the bids.",
      "",
      "We will not be releasing the names. They are personal information of junior staff who would not expect their names to be published.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([["1", "exempt", ["FOIA s40"]]]);
  });
  it("a name in another paragraph is not the refusal's reason", () => {
    const letter = [
      "1. Please send the names of the panel members who scored the bids.",
      "",
      "We are unable to release this.",
      "",
      "The panel's work was overseen by the health and safety manager.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([["1", "exempt", []]]);
  });
});

describe("the act of a ground named without a number", () => {
  it("is the letter's own act: a FOIA letter's 'public safety' is reasoning, not EIR 12(5)(a)", () => {
    const named = findCitations("Keeping our systems safe protects public safety and national security.", "FOIA").map((c) => c.ground);
    expect(named).toEqual(["FOIA s24"]);
  });
  it("is the companion act when the letter names it", () => {
    const named = findCitations("Part of this falls under the Environmental Information Regulations 2004; release would adversely affect public safety.", "FOIA").map((c) => c.ground);
    expect(named).toEqual(["EIR 12(5)(a)"]);
  });
});

describe("an answer that points back to a ground given earlier", () => {
  it("'under the same exemption' takes the last list cited as a ground before it", () => {
    const letter = [
      "1. Please give the names of the staff who attended the incident review.",
      "2. Please send the review's minutes.",
      "",
      "1. The names are withheld under section 40(2) and (3A)(a) of the Act, as they are personal data.",
      "2. The minutes are attached, with staff names redacted under the same exemption.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "exempt", ["FOIA s40(2)", "FOIA s40(3A)(a)"]],
      ["2", "exempt", ["FOIA s40(2)", "FOIA s40(3A)(a)"]],
    ]);
  });
});

describe("an answer that is only a refusal label, its grounds in sections after the answers", () => {
  it("'Exempt - please see below' takes the grounds explained below the answers", () => {
    const letter = [
      "1. Who supplies your endpoint protection software?",
      "2. How much did you pay for it in 2023?",
      "3. When does the contract end?",
      "",
      "Response",
      "1. Exempt - please see below.",
      "2. Exempt - please see below.",
      "3. March 2026.",
      "",
      "Section 31(1)(a) - Law enforcement",
      "Naming our security supplier would help those who wish to attack our network.",
      "",
      "Section 43(2) - Commercial interests",
      "The price paid is commercially sensitive to the supplier.",
      "",
      "Yours sincerely,",
      "FOI Team",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "exempt", ["FOIA s31(1)(a)", "FOIA s43(2)"]],
      ["2", "exempt", ["FOIA s31(1)(a)", "FOIA s43(2)"]],
      ["3", "disclosed", []],
    ]);
  });
});

