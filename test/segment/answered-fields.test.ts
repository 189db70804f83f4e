import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { segment } from "../../src/segment/segment.js";
import { splitLines } from "../../src/segment/lines.js";

/**
 * A disclosure-log page or form-like reply with no response cue: the request's items as short
 * numbered headings (in any numbering style), the value under each. Fixtures written here.
 */
const origin = { file: "t.txt", path: "t.txt" };
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}${a.grounds.length ? ` ${a.grounds.join(";")}` : ""}`);

const MARKS: Record<string, (n: number) => string> = { "1.": (n) => `${n}.`, "Q1:": (n) => `Q${n}:`, "(1)": (n) => `(${n})`, "Question 1 -": (n) => `Question ${n} -`, "1)": (n) => `${n})` };

function page(mark: (n: number) => string): string {
  return [
    "Disclosure 2291: parking enforcement contract",
    "Please send the following details of the parking enforcement contract:",
    `${mark(1)} Contractor appointed`,
    "Civic Patrol Services Ltd",
    "",
    `${mark(2)} Annual contract value`,
    "Withheld under section 43(2) as the figure would prejudice the contractor's commercial interests.",
    "",
    `${mark(3)} Number of wardens employed`,
    "Total: 14",
    "",
    `${mark(4)} Evaluation reports`,
    "No information held.",
  ].join("\n");
}

describe("numbered fields with the value under each, no response cue", () => {
  for (const [name, mark] of Object.entries(MARKS)) {
    it(`each heading is a question answered by the lines under it (${name})`, () => {
      expect(outcomes(page(mark))).toEqual(["1:disclosed", "2:exempt FOIA s43(2)", "3:disclosed", "4:not_held"]);
    });
  }

  it("a request list whose items are explained by the requester is not read as fields", () => {
    const text = [
      "Dear Council,",
      "Please send me the following:",
      "1. Parking fines issued",
      "I would like these broken down by month.",
      "2. Appeals received",
      "Could you include appeals that were withdrawn?",
      "Yours faithfully,",
      "",
      "Dear Requester,",
      "We do not hold this information in the form requested.",
    ].join("\n");
    expect(segment(text).layout).not.toBe("fields");
  });
});

describe("a bullet damaged by decoding", () => {
  it("the replacement character where a bullet was is a bullet", () => {
    expect(splitLines("\uFFFD A copy of the parking strategy.")[0]!.marker?.kind).toBe("bullet");
  });
});

describe("the fields reading is the one chosen", () => {
  it("for the page above", () => {
    expect(segment(page(MARKS["1."]!)).layout).toBe("fields");
  });
});

describe("the answer under a numbered question on a web page (no response cue)", () => {
  it("a figure opening with an amount after a question that ends in a full stop is the answer", () => {
    const text = [
      "Could you provide the following information:",
      "",
      "1. What did the council pay in compensation for vehicle damage last year?",
      "£2,310.00",
      "",
      "2. How much of that was for damage caused by potholes? Ideally split by quarter.",
      "£1,480.50 in total",
      "",
      "3. How many claims were received?",
      "212 claims",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed"]);
    const s = segment(text);
    expect(text.slice(s.questions[1]!.answerSpan!.start, s.questions[1]!.answerSpan!.end)).toBe("£1,480.50 in total");
  });

  it("a request for documents opening 'All …' still ends where the authority's answer begins", () => {
    const text = [
      "Information requested",
      "",
      "1. All correspondence between the minister and the regulator about the permit scheme from January 2023 to date.",
      "This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the information you have requested.",
      "",
      "2. How many times the permit scheme was discussed at cabinet in 2023.",
      "This is a formal notice under section 17(1) of FOISA that the Scottish Government does not have the information you have requested.",
    ].join("\n");
    const s = segment(text);
    expect(text.slice(s.questions[0]!.questionSpan!.start, s.questions[0]!.questionSpan!.end)).toMatch(/to date\.$/);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held"]);
  });
});

describe("a disclosure-log page's own fields", () => {
  it("'Response date' (a field of the page, its value below or after a colon) is no response header; 'Response dated …' is", () => {
    expect(splitLines("Response date")[0]!.header).not.toBe("response");
    expect(splitLines("Response date:")[0]!.header).not.toBe("response");
    expect(splitLines("Response dated 4 March 2024")[0]!.header).toBe("response");
  });

  it("the last answer does not end at the page's 'Response date' field", () => {
    const text = [
      "FOI request 10233",
      "Request",
      "- How many fixed penalty notices for littering were issued in each year from 2019 to 2023?",
      "Response: The council does not hold this information.",
      "",
      "- How much was spent on street cleaning campaigns in each year from 2019 to 2023?",
      "Response: We are not able to identify this spend, as it is not recorded separately.",
      "Response date",
      "14 February 2024",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held"]);
  });
});
