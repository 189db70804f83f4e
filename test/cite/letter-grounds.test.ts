import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { namedQuestions } from "../../src/cite/letter-grounds.js";

/** Letters written for these tests, modelled on how refusal notices are laid out. */
const origin = { file: "fixture.txt", path: "fixture.txt" };
const grounds = (text: string) => analyzeText(text, origin).answers.map((a) => [a.label, a.outcome, a.grounds]);

describe("grounds stated once for the letter", () => {
  it("a refusal notice listing its exemptions before the answers gives them to the refusals that name none", () => {
    const letter = [
      "Your request:",
      "1. How many servers does the force run?",
      "2. Which intrusion detection product protects them?",
      "3. How many staff work in the IT department?",
      "",
      "Some of the information is withheld, and this letter serves as a refusal notice for that part. We rely on the following exemptions:",
      "Section 24(1) National Security",
      "Section 31(1)(a) Law Enforcement",
      "",
      "Our response:",
      "1. We run 40 servers.",
      "2. We are unable to release this information.",
      "3. The department has 25 staff.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s24(1)", "FOIA s31(1)(a)"]],
      ["3", "disclosed", []],
    ]);
  });
  it("a statement naming its questions covers those only", () => {
    const letter = [
      "Request",
      "1. Do you hold cyber insurance?",
      "2. Who is the insurer?",
      "3. What is the annual premium?",
      "",
      "Response",
      "1. Yes.",
      "2. This is withheld.",
      "3. This is withheld.",
      "",
      "Exemptions applied: question 3 is exempt under section 43(2) of the Act.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", []],
      ["3", "exempt", ["FOIA s43(2)"]],
    ]);
  });
  it("a heading with nothing under it states no ground", () => {
    const letter = ["1. How many phishing emails were reported last year?", "", "Response", "1. We are unable to provide this.", "", "Exemptions applied: N/A", ""].join("\n");
    expect(grounds(letter)).toEqual([["1", "exempt", []]]);
  });

  it("a notice whose list of exemptions starts on the line after its colon keeps every line of the list", () => {
    const letter = [
      "1. Please list every camera model the force has bought since 2019.",
      "2. Please give the locations of the cameras.",
      "",
      "We can neither confirm nor deny whether further information is held, as the duty to confirm or deny does not arise by virtue of the following exemptions:",
      "Section 24(2) National Security",
      "Section 31(3) Law Enforcement",
      "",
      "1. The models bought are listed in the attached table.",
      "2. We are unable to release this.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s24(2)", "FOIA s31(3)"]],
    ]);
  });

  it("a refusal-notice paragraph naming its grounds without numbers gives them to the refusals that name none", () => {
    const letter = [
      "Your request:",
      "1. Please list the suppliers of your network switches.",
      "2. Please give the contract value for each.",
      "",
      "Part of your request is refused, and this letter is the refusal notice for that part: releasing contract values would harm the commercial interests of the Trust.",
      "",
      "Our response:",
      "1. The switches come from two framework suppliers.",
      "2. We are not able to release this.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s43"]],
    ]);
  });
  it("a heading of exemptions given by name states them for the letter", () => {
    const letter = ["1. How many laptops did the Council lose in 2023?", "2. Which encryption product protects them?", "", "Exemptions applied: law enforcement", "", "Response", "1. Six.", "2. We are not able to release this.", ""].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s31"]],
    ]);
  });

  it("a heading whose exemptions follow one a line, as bare numbers with names, states them all", () => {
    const letter = [
      "1. How many cyber incidents did the Trust report to NHS England in 2023?",
      "2. Please send the incident reports.",
      "",
      "Exemptions applied:",
      "31(1)(a) - prevention or detection of crime",
      "24(1) - national security",
      "",
      "Response",
      "1. Three.",
      "2. Withheld.",
      "",
    ].join("\n");
    expect(grounds(letter)).toEqual([
      ["1", "disclosed", []],
      ["2", "exempt", ["FOIA s24(1)", "FOIA s31(1)(a)"]],
    ]);
  });

  describe("a notice saying part of the request is given", () => {
    const flags = (text: string) => analyzeText(text, origin).answers.map((a) => [a.label, a.outcome, a.partial]);
    const request = ["You asked for:", "1. Your force's policy on drone flights over crowds.", "2. The latest training slides for drone pilots.", ""];
    it("makes the refusals it covers parts withheld when no answer was read as given", () => {
      const letter = [...request, "We are able to supply you with some of the data; the rest is withheld, and this letter is a refusal notice under the following exemptions:", "Section 31(1)(a) Law Enforcement", "Section 40(2) Personal Information", "", "1. Withheld.", "2. Withheld.", ""].join("\n");
      expect(flags(letter)).toEqual([
        ["1", "exempt", true],
        ["2", "exempt", true],
      ]);
    });
    it("is explained by an answer read as given, and then marks nothing", () => {
      const letter = [...request, "We are able to supply you with some of the data; the rest is withheld, and this letter is a refusal notice under the following exemptions:", "Section 31(1)(a) Law Enforcement", "", "1. The policy is attached.", "2. Withheld.", ""].join("\n");
      expect(flags(letter)).toEqual([
        ["1", "disclosed", false],
        ["2", "exempt", false],
      ]);
    });
  });

  it("questions named in words, or as parts and points, are the ones a statement covers; Part 2 of the Act is not", () => {
    expect([...(namedQuestions("Questions two and three are withheld under section 43(2).") ?? [])]).toEqual(["2", "3"]);
    expect([...(namedQuestions("Points 4 to 6 are exempt under section 31(1)(a).") ?? [])]).toEqual(["4", "5", "6"]);
    expect(namedQuestions("We rely on the exemptions in Part 2 of the Act.")).toBeNull();
    expect(namedQuestions("The exemptions in Part II of the Act apply.")).toBeNull();
  });
});
