import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join(";")}`);

/**
 * labels.md: a refusal that cites no section is exempt; a ground given only by its name is that
 * section ("personal information" is FOIA s40). Councils often withhold in plain words with the
 * reason beside the refusal and no number at all.
 */
describe("a refusal in plain words, its reason named and no section cited", () => {
  it("personal information, not released, with a fairness reason about the people", () => {
    const letter = "1. How many staff left the IT team in 2024?\n\nFour.\n\n2. The names of the staff who left.\n\nFormer colleagues' names are personal information, so we are not able to give them out; the people concerned would have no expectation that the Council would publish who had left.";
    expect(read(letter)).toEqual(["1:disclosed:", "2:exempt:FOIA s40"]);
  });
  it("for security reasons, whatever is not given", () => {
    const letter = "1. Which make of firewall does the council use?\n\nWe will not release the make of the firewall for security reasons.\n\n2. How many servers do you run?\n\n41.";
    expect(read(letter)).toEqual(["1:exempt:", "2:disclosed:"]);
  });
  it("cannot give because they are personal data", () => {
    const letter = "1. Please list the names of the officers on the panel.\n\nWe are not able to give the officers' names as they are personal data.";
    expect(read(letter)).toEqual(["1:exempt:FOIA s40"]);
  });
  it("not held stays not held when the thing not given is personal data the authority lacks", () => {
    const letter = "1. Please list the home addresses of the callers.\n\nWe are unable to provide personal data about the callers because we do not hold it.";
    expect(read(letter)).toEqual(["1:not_held:"]);
  });
});

describe("a part given, then the names alone refused in plain words (labels.md: part given and part withheld is exempt, partial)", () => {
  const flags = (text: string): string[] =>
    analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);
  it("the reasons are given; the names are personal data and will not be released", () => {
    expect(flags("1. Please give the names of the tenants evicted in 2024 and the grounds for each eviction.\n\nThe grounds recorded were rent arrears in nine cases and anti-social behaviour in four. The names of tenants are personal data, so the council will not release them.")).toEqual(["1:exempt+partial"]);
  });
  it("the home addresses are withheld, the ward of each is given", () => {
    expect(flags("1. Please list the addresses of the empty homes and the ward each is in.\n\nThere are 14 empty homes: six in Northgate ward and eight in Riverside ward. Home addresses are not being released, as they could identify the owners.")).toEqual(["1:exempt+partial"]);
  });
});
