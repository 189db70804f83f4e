import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";
import { breakdownOnly } from "../../src/segment/inline-parts.js";

/**
 * Ordinary reply letters in house styles other than "question, then Response:", as NHS bodies and
 * councils send them. Fixtures written for these tests, in the shapes such replies take.
 */

describe("a web-form request flattened onto one line with hierarchical numbers, answered by the same numbers", () => {
  it("runs the inline items on from one section into the next (1.2 → 2.1 → 3.1)", () => {
    const text = [
      "Information request 55501",
      "",
      "Received: 3 June 2025 Service: Parks Details: 1.1 How many parks does the council manage 1.2 How many have a cafe 2.1 Total spent on park maintenance in 2024/25 2.2 Names of the three largest grounds contractors 3.1 Copies of all inspection reports for 2024 Format: Email",
      "",
      "Response",
      "",
      "Dear Mr Ashdown,",
      "",
      "We have dealt with your request under the Freedom of Information Act 2000.",
      "",
      "1.1 41 parks.",
      "1.2 Six of them.",
      "2.1 Spending on maintenance came to £2.3 million in the year.",
      "2.2 The largest contractors were Greenway Ltd, Oakfield Services and Parkcare Ltd.",
      "3.1 Inspection reports are filed with each site's records and gathering them would take well",
      "over the appropriate limit, so we rely on section 12 of the Act for this part.",
      "",
      "If you are unhappy you may ask for an internal review.",
      "",
      "Yours sincerely,",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1"]);
    expect(r.answers[2]).toBe("Spending on maintenance came to £2.3 million in the year.");
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:disclosed", "2.2:disclosed", "3.1:exempt"]);
  });
});

describe("items numbered under section titles, each a field label ending in a colon with its answer on the next line", () => {
  it("ends each item at its colon so the line below answers it", () => {
    const text = [
      "Dear Requester",
      "",
      "Thank you for your request. Our reply follows the numbering you used.",
      "",
      "1. Beds",
      "1.1 General and acute beds open at 31 March 2025:",
      "512",
      "1.2 Beds closed for refurbishment:",
      "None",
      "",
      "2. Staffing",
      "2.1 Number of bank porters employed in 2024:",
      "Fewer than five; the figure is withheld under section 40(2) as it could identify them.",
      "2.2 Cost of the porter bank in 2024:",
      "The Trust does not hold a separate figure for this.",
      "",
      "Yours sincerely",
      "Information Governance",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(r.asked[0]).toBe("General and acute beds open at 31 March 2025:");
    expect(r.answers[0]).toBe("512");
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:exempt", "2.2:not_held"]);
  });
});

describe("answers set under short topic headings, the reply saying so, no question quoted", () => {
  it("reads each heading's section as one question, numbered in order", () => {
    const text = [
      "Dear Ms Rowe",
      "",
      "Your request: library services",
      "",
      "You asked four questions about our libraries. We answer them under short headings below, in the",
      "same order as your request.",
      "",
      "Branches",
      "The council runs fourteen branch libraries and one mobile library.",
      "",
      "Opening hours",
      "Between them the branches are open for a total of 512 hours a week.",
      "",
      "Visitors",
      "We do not count visitors at every branch, so no total for the county is kept.",
      "",
      "Book fund",
      "The book fund for 2024/25 is £310,000.",
      "",
      "If you are unhappy with this reply you may ask for a review.",
      "",
      "Yours sincerely",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("topic-headings");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.answers[1]).toBe("Between them the branches are open for a total of 512 hours a week.");
  });
});

describe("lettered parts asked inside one question's running text, answered by letter", () => {
  const letter = (answers: string[]): string =>
    [
      "Dear Mr Hale",
      "",
      "Thank you for your request, which we have dealt with under the Freedom of Information Act 2000.",
      "",
      "1. How many school crossing patrols does the council fund?",
      "",
      "The council funds 63 patrols.",
      "",
      "2. (a) How many patrol sites are vacant, (b) how long has the longest been vacant, and (c) what",
      "did recruitment advertising cost in 2024?",
      "",
      ...answers,
      "",
      "Yours sincerely",
      "Information Team",
    ].join("\n");

  it("splits the parts and lets two named together share one answer", () => {
    const text = letter(["(a) and (b): Nine sites are vacant, the longest since March 2023.", "(c): We do not hold a separate figure for advertising."]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2a", "2b", "2c"]);
    expect(r.asked[2]).toBe("how long has the longest been vacant, and");
    expect(r.answers[3]).toBe("We do not hold a separate figure for advertising.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2a:disclosed", "2b:disclosed", "2c:not_held"]);
  });

  it("reads a range named '(a) to (b)' and a part answered on its own line 'c)'", () => {
    const text = letter(["(a) to (b): Nine sites are vacant, the longest since March 2023.", "c) Advertising cost £1,240."]);
    expect(read(text).labels).toEqual(["1", "2a", "2b", "2c"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2a:disclosed", "2b:disclosed", "2c:disclosed"]);
  });

  it("keeps the question whole when the reply answers it without naming the parts", () => {
    const text = letter(["Nine sites are vacant, the longest since March 2023, and advertising cost £1,240."]);
    expect(read(text).labels).toEqual(["1", "2"]);
  });

  it("keeps the question whole when its parts only name dates or years, answered as rows by letter", () => {
    const text = [
      "Dear Ms Okafor",
      "",
      "1. How many allotment plots did the council let on (a) 1.4.21, (b) 1.4.22 and (c) 1.4.23?",
      "",
      "The count includes half plots.",
      "(a) 1.4.21      412",
      "(b) 1.4.22      418",
      "(c) 1.4.23      421",
      "",
      "2. How many people were on the waiting list in (a) 2021/22 and (b) 2022/23?",
      "",
      "(a) 2021/22  96",
      "(b) 2022/23  130",
      "",
      "Yours sincerely",
      "Parks Team",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("breakdownOnly: a lettered part that names only a period", () => {
  it.each(["1.4.19, ", "2021/22 ", "2019-2020 and ", "March 2024?", "FY 2023 "])("%s is a period", (part) => {
    expect(breakdownOnly(part)).toBe(true);
  });
  it.each(["how many were vacant in 2024, ", "the supplier's name ", "spend on agency staff "])("%s is an ask", (part) => {
    expect(breakdownOnly(part)).toBe(false);
  });
});

describe("answers regrouped under subjects naming their questions in brackets, out of the request's order", () => {
  it("pairs 'Subject (Q4): …' and 'Subject (Q1 and Q2)' headings with the questions they name", () => {
    const text = [
      "Dear Ms Lowe,",
      "",
      "Your request was:",
      "",
      "1) How many street lights does the council maintain?",
      "2) How many were converted to LED in 2024?",
      "3) What is the annual energy cost of street lighting?",
      "",
      "We have grouped our answers by team, so they are not in the order you asked.",
      "",
      "Energy (Q3): The energy bill for street lighting in 2024/25 was £1.1 million.",
      "",
      "Highways (Q1 and Q2)",
      "Q1: The council maintains 38,400 street lights.",
      "Q2: 4,150 lanterns were converted to LED during 2024.",
      "",
      "Kind regards",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[2]).toBe("The energy bill for street lighting in 2024/25 was £1.1 million.");
    expect(r.answers[0]).toBe("The council maintains 38,400 street lights.");
  });
});
