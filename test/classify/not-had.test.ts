import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { writtenOutNo } from "../../src/classify/meaning/not-had.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}`);

describe("a closed question answered by its own words negated is a 'no' (labels.md: a yes/no is disclosed)", () => {
  it("the thing asked about, negated, answers the question", () => {
    expect(read("1. Has the college bought insurance against ransomware losses?\n\nThe college has not purchased ransomware insurance.\n\n2. How many laptops were lost in 2023?\n\n4.")).toEqual(["1:disclosed", "2:disclosed"]);
    expect(read("1. Does the Board hold a contract for out-of-hours locksmith services?\n\nThe Board does not currently hold a locksmith contract; repairs are arranged by the estates team as needed.")).toEqual(["1:disclosed"]);
    expect(read("1. Do you use a managed security operations centre?\n\nWe do not use a managed security operations centre.")).toEqual(["1:disclosed"]);
  });
  it("a standing not had is a 'no' or a 'none', whatever the question's form (one reading, meaning/not-had.ts)", () => {
    expect(read("1. Is the council certified to ISO 27001 or Cyber Essentials?\n\nThe council has not obtained Cyber Essentials and we are not certified to ISO 27001.")).toEqual(["1:disclosed"]);
    expect(read("1. What cyber insurance cover does the authority hold?\n\nThe authority does not hold any cyber insurance.")).toEqual(["1:disclosed"]);
    expect(read("1. Please confirm whether the college subscribes to a threat intelligence feed.\n\nThe college does not subscribe to a threat intelligence feed.")).toEqual(["1:disclosed"]);
  });
  it("information about the standing, not held, stays not held", () => {
    expect(read("1. How many staff hold a security certification?\n\nWe do not hold records of the certifications our staff have.")).toEqual(["1:not_held"]);
    expect(read("1. What did the council pay for cyber insurance in 2023?\n\nThe council does not hold this information.")).toEqual(["1:not_held"]);
  });
  it("information itself not held stays not held", () => {
    expect(read("1. Does the college hold a log of lost laptops?\n\nThe college does not hold a log of lost laptops, so this information is not held.")).toEqual(["1:not_held"]);
    expect(read("1. How many laptops were lost in 2023?\n\nWe do not hold figures on lost laptops.")).toEqual(["1:not_held"]);
  });
  it("the rule itself: closed question, shared object, no record nouns", () => {
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["The Trust does not own any electric pool cars."])).toBe(true);
    expect(writtenOutNo("Whether the board holds ISO 27001 certification", ["The board does not currently hold ISO 27001, and it is not accredited under any other scheme."])).toBe(true);
    expect(writtenOutNo("Whether the board holds ISO 27001 certification", ["The board does not hold a copy of the certificate."])).toBe(false);
    expect(writtenOutNo("Which pool cars does the Trust own?", ["The Trust does not own any electric pool cars."])).toBe(false);
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["The Trust does not have a fleet register."])).toBe(false);
    expect(writtenOutNo("Does the Trust own any electric pool cars?", ["We do not hold records of the cars staff drive."])).toBe(false);
  });
});
