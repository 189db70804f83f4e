import { describe, expect, it } from "vitest";
import { families } from "../../src/classify/meaning/families.js";
import { readMeaning } from "../../src/classify/meaning/read.js";
import { readWords } from "../../src/classify/meaning/words.js";
import { readField } from "../../src/classify/meaning/template.js";
import { NOT_AN_ANSWER, notAnAnswer } from "../../src/classify/not-an-answer.js";
import { findHits } from "../../src/classify/classify.js";
import { preset } from "../../src/classify/preset.js";

describe("negation and condition scope", () => {
  const negated = (sentence: string, word: string): boolean => readWords(sentence).find((w) => w.text === word)!.negated;
  it("a negator reaches the verb after it, an affirmation does not", () => {
    expect(negated("We do not hold this information.", "hold")).toBe(true);
    expect(negated("We do hold this information.", "hold")).toBe(false);
    expect(negated("We don't keep a log.", "keep")).toBe(true);
    expect(negated("The Council no longer retains these files.", "retains")).toBe(true);
  });
  it("a new clause ends the scope; its own negator starts another", () => {
    const words = readWords("We are unable to confirm this, because we do not hold it.");
    expect(words.find((w) => w.text === "confirm")!.negated).toBe(true);
    expect(words.find((w) => w.text === "hold")!.negated).toBe(true);
    expect(words.find((w) => w.text === "confirm")!.clause).not.toBe(words.find((w) => w.text === "hold")!.clause);
    expect(negated("We do not hold the register, but we keep the minutes.", "keep")).toBe(false);
  });
  it("'IT' in capitals is not the pronoun", () => {
    expect(readWords("We do not share IT services.").map((w) => w.text)).toEqual(["we", "do", "not", "share", "i.t.", "services", "."]);
    expect(readMeaning("The Service does not share IT services with other bodies.")).toEqual([]);
  });
  it("'whether or not' and 'not only' negate nothing; a condition is marked", () => {
    expect(negated("We must say whether or not we hold it.", "hold")).toBe(false);
    expect(negated("We not only hold it but publish it.", "hold")).toBe(false);
    expect(readWords("If we held such records, they would be archived.").find((w) => w.text === "held")!.conditional).toBe(true);
  });
});

describe("cue families", () => {
  for (const family of families) {
    for (const sentence of family.examples.match) {
      it(`${family.id} reads: ${sentence}`, () => {
        expect(family.read(readWords(sentence))).toBeGreaterThanOrEqual(0.5);
        expect(readMeaning(sentence)[0]?.id).toBe(family.id);
      });
    }
    for (const sentence of family.examples.noMatch) {
      it(`${family.id} does not read: ${sentence}`, () => {
        expect(family.read(readWords(sentence))).toBeLessThan(0.5);
      });
    }
  }
  it("a refusal explained by not holding is not held; a withholding word keeps it a refusal", () => {
    expect(readMeaning("We are unable to provide the figure, since we do not keep it.")[0]?.signal).toBe("not_held");
    expect(readMeaning("We hold no list of contracts, and the supplier names are withheld.")[0]?.signal).toBe("exempt");
  });
  it("the request read back asks nothing of the requester", () => {
    expect(readMeaning("Please specify the grants referred to in part 3.")).toEqual([]);
    expect(readMeaning("Please tell us which grants you are referring to.")[0]?.signal).toBe("clarification");
  });
  it("none happened is an answer; nothing recorded is not held", () => {
    expect(readMeaning("No cyber incidents were reported in that year.")[0]?.signal).toBe("disclosed");
    expect(readMeaning("No record of cyber incidents is kept.")[0]?.signal).toBe("not_held");
  });
});

describe("form fields", () => {
  it("reads what each field asserts", () => {
    expect(readField("Information held: No")?.signals).toEqual(["not_held"]);
    expect(readField("Information provided: Yes (attached)")?.signals).toEqual(["disclosed"]);
    expect(readField("Information disclosed: In part")?.signals).toEqual(["disclosed", "partial"]);
    expect(readField("Exemptions applied: N/A")?.signals).toEqual([]);
    expect(readField("Exemption applied: Section 43(2) commercial interests")?.signals).toEqual(["exempt"]);
    expect(readField("Our ref: 1234")).toBeNull();
  });
  it("a field that says no exemption applies gives no refusal", () => {
    expect(readMeaning("Exemptions applied: none")).toEqual([]);
  });
});

describe("not an answer", () => {
  for (const kind of NOT_AN_ANSWER) {
    for (const sentence of kind.examples) {
      it(`${kind.kind}: ${sentence}`, () => {
        expect(notAnAnswer(sentence)).toBe(kind.kind);
      });
    }
  }
  it("answers are not taken for boilerplate", () => {
    expect(notAnAnswer("We spent £12,000 on penetration testing in 2023.")).toBeNull();
    expect(notAnAnswer("The firewall is supplied by a national framework partner.")).toBeNull();
  });
  it("a figure about appeals or satisfaction is data, not the requester's review rights", () => {
    expect(notAnAnswer("412 fines were cancelled on appeal.")).toBeNull();
    expect(notAnAnswer("Of the 90 penalty notices, 12 were overturned at appeal and 3 appeals are pending.")).toBeNull();
    expect(notAnAnswer("In the 2023 survey 81% of tenants were satisfied with the repairs service.")).toBeNull();
    expect(notAnAnswer("If you are not satisfied with this reply, you may appeal to the Commissioner.")).toBe("review-rights");
    expect(notAnAnswer("An appeal can be made to the First-tier Tribunal.")).toBe("review-rights");
    expect(readMeaning("If you are unhappy with this reply you may contact the Information Commissioner.")).toEqual([]);
  });
});

describe("a bare 'cannot provide' read with the rest of its sentence", () => {
  const signals = (text: string): string[] => findHits(text, { start: 0, end: text.length }, preset).map((h) => h.rule.signal);
  it("is explained when the sentence says the information is not kept", () => {
    expect(signals("There is no statutory duty on us to compile a list of suppliers, so we are unable to provide one.")).toEqual(["not_held"]);
  });
  it("is explained when the sentence says the request is unclear", () => {
    expect(signals("We cannot comply, as the request does not say which recorded information you are asking for.")).toEqual(["clarification"]);
  });
  it("a link to another body's page, beside the statement that the matter is theirs, is not held", () => {
    expect(signals("That district is not covered by this Trust; the neighbouring trust answers such requests at https://example.nhs.uk/foi")).toEqual(["not_held"]);
    expect(signals("The figures are published at https://example.gov.uk/stats")).toEqual(["disclosed"]);
  });
  it("stays a refusal otherwise", () => {
    expect(signals("We are unable to provide the supplier names, since they are commercially sensitive.")).toEqual(["exempt"]);
  });
});
