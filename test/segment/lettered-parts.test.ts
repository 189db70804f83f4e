import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Lettered parts with no number above them, answered by letter in the reply (layouts/lettered-parts.ts):
 * police refusal notices grouping parts under "Parts a) to c)", release pages answering "(c) …" in
 * turn, headings "Question (b):". Every fixture is invented for these tests.
 */

const PAGE_FOOT = ["", "Is this page useful?  Yes  No", "Did you find what you were looking for?   Yes   No"];

describe("lettered parts answered by letter", () => {
  it("a refusal notice grouping parts under headings (Parts a) to b), Part c), Part d))", () => {
    const text = [
      "Home / Freedom of Information / Disclosure log / Vehicle fleet",
      "",
      "REQUEST",
      "Please tell me:",
      "",
      "a) How many unmarked vehicles the constabulary operates",
      "b) The makes and models of those vehicles",
      "c) How many fleet vehicles were written off in 2023",
      "d) The annual budget for fleet maintenance",
      "",
      "RESPONSE",
      "The constabulary has completed its searches.",
      "",
      "Parts a) to b)",
      "The constabulary can neither confirm nor deny that it holds information about unmarked vehicles, by virtue of section 31(3) of the Act.",
      "",
      "Balance test",
      "Confirming the size of a covert fleet would help offenders. The public interest favours neither confirming nor denying.",
      "",
      "Part c)",
      "Eleven vehicles were written off in 2023.",
      "",
      "Part d)",
      "Fleet maintenance is not budgeted separately from vehicle costs, so no information is held.",
      "",
      "Complaint Rights",
      "If you are unhappy with this response you may ask for an internal review.",
      ...PAGE_FOOT,
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("lettered-parts");
    expect(r.labels).toEqual(["a", "b", "c", "d"]);
    expect(r.answers[0]).toBe(r.answers[1]);
    expect(r.answers[2]).toMatch(/^Part c\)\nEleven/);
    expect(outcomes(text)).toEqual(["a:exempt", "b:exempt", "c:disclosed", "d:not_held"]);
  });

  it("a release page quoting the request with (a) to (c) and answering each by its letter, annex not in the last answer", () => {
    const text = [
      "Information request release",
      "Published 2 May 2025",
      "",
      "Your request",
      "You asked:",
      "",
      "\"About the reservoir at Thornby please provide",
      "(a) the inspection reports since 2020",
      "(b) the cost of the 2023 spillway repairs",
      "(c) the number of staff who visited the site last year.\"",
      "",
      "We have handled your request under the Environmental Information Regulations 2004.",
      "",
      "Our reply",
      "(a) The inspection reports are withheld under regulation 12(5)(a) (public safety). We have weighed the public interest in Annex A.",
      "",
      "(b) The repairs cost £184,000.",
      "",
      "(c) We do not record visits by staff to individual sites, so we do not hold this information.",
      "",
      "Annex A: public interest test",
      "Factors in favour of withholding: the safety of people downstream.",
      "",
      "If you are not satisfied with our response you can ask for an internal review.",
      ...PAGE_FOOT,
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("lettered-parts");
    expect(r.asked).toEqual(["the inspection reports since 2020", "the cost of the 2023 spillway repairs", "the number of staff who visited the site last year.\""]);
    expect(r.answers[2]).not.toMatch(/Annex/);
    expect(outcomes(text)).toEqual(["a:exempt", "b:disclosed", "c:not_held"]);
  });

  it("headings naming each part as a question ('Question (b):'), two parts answered together", () => {
    const text = [
      "Freedom of information request FOI-311",
      "",
      "Request",
      "(a) What software does the board use to book appointments?",
      "(b) When does the contract end?",
      "(c) How much was paid under the contract in 2024?",
      "",
      "Response",
      "Questions (a) and (b):",
      "The board uses BookWell, under a contract that ends in March 2027.",
      "",
      "Question (c):",
      "The amount paid is commercially sensitive and is withheld under section 43(2). The public interest favours withholding it.",
      "",
      "If you are dissatisfied you may ask for a review.",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("lettered-parts");
    expect(r.labels).toEqual(["a", "b", "c"]);
    expect(outcomes(text)).toEqual(["a:disclosed", "b:disclosed", "c:exempt"]);
  });

  it("stands aside when a numbered item sits above the letters (they are its parts) or the reply does not answer by letter", () => {
    const numbered = [
      "Request",
      "1. For each depot:",
      "a) how many gritters are based there?",
      "b) how many drivers?",
      "",
      "Response",
      "a) Four gritters.",
      "b) Nine drivers.",
    ].join("\n");
    expect(read(numbered).layout).not.toBe("lettered-parts");
    const blanket = [
      "Request",
      "a) How many gritters does the council own?",
      "b) How many drivers does it employ?",
      "",
      "Response",
      "The council does not hold this information because gritting is carried out by a contractor.",
    ].join("\n");
    expect(read(blanket).layout).not.toBe("lettered-parts");
  });
});

describe("a release page restating each ask in a sentence before its answer", () => {
  const page = (asks: string[]): string =>
    [
      "FOI release",
      "Contents",
      "Request",
      "Response",
      "Documents",
      "",
      "Request",
      "Please tell me how many boats the agency inspected in 2024, how many failed inspection, and send me the inspection checklist.",
      "",
      "Response",
      "Thank you for your request, which we have handled under the Freedom of Information Act 2000.",
      "",
      asks[0]!,
      "We inspected 640 boats in 2024.",
      "",
      asks[1]!,
      "We do not record the result of an inspection in a way that would let us count failures, so we do not hold this information.",
      "",
      asks[2]!,
      "The checklist is attached.",
      "",
      "If you are unhappy with this response you may request an internal review.",
      "",
      "Documents",
      "Inspection checklist (PDF, 120 KB)",
    ].join("\n");

  for (const asks of [
    ["You asked how many boats the agency inspected in 2024.", "You then asked how many failed inspection.", "Finally you asked for a copy of the inspection checklist."],
    ["You asked for the number of boats inspected in 2024.", "You also asked how many of them failed.", "Lastly, you asked for the inspection checklist."],
  ]) {
    it(`reads each restated ask as a question: ${asks[1]}`, () => {
      const text = page(asks);
      const r = read(text);
      expect(r.asked).toEqual(asks);
      expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:disclosed"]);
    });
  }

  it("a contents list's 'Response' line is not where the response starts", () => {
    const r = read(page(["You asked how many boats the agency inspected in 2024.", "You then asked how many failed inspection.", "Finally you asked for a copy of the inspection checklist."]));
    expect(r.answers[0]).toBe("We inspected 640 boats in 2024.");
  });
});
