import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { writtenOutNo } from "../../src/classify/polar-no.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}`);

describe("a closed question answered by its own words negated is a 'no' (labels.md: a yes/no is disclosed)", () => {
  it("the thing asked about, negated, answers the question", () => {
    expect(read("1. Has the college bought insurance against ransomware losses?\n\nThe college has not purchased ransomware insurance.\n\n2. How many laptops were lost in 2023?\n\n4.")).toEqual(["1:disclosed", "2:disclosed"]);
    expect(read("1. Does the Board hold a contract for out-of-hours locksmith services?\n\nThe Board does not currently hold a locksmith contract; repairs are arranged by the estates team as needed.")).toEqual(["1:disclosed"]);
    expect(read("1. Do you use a managed security operations centre?\n\nWe do not use a managed security operations centre.")).toEqual(["1:disclosed"]);
  });
  it("information itself not held stays not held", () => {
    expect(read("1. Does the college hold a log of lost laptops?\n\nThe college does not hold a log of lost laptops, so this information is not held.")).toEqual(["1:not_held"]);
    expect(read("1. How many laptops were lost in 2023?\n\nWe do not hold figures on lost laptops.")).toEqual(["1:not_held"]);
  });
  it("the rule itself: closed question, shared object, no record nouns", () => {
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["The Trust does not own any electric pool cars."])).toBe(true);
    expect(writtenOutNo("Which pool cars does the Trust own?", ["The Trust does not own any electric pool cars."])).toBe(false);
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["The Trust does not have a fleet register."])).toBe(false);
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["We do not hold records of the cars staff drive."])).toBe(false);
  });
});
