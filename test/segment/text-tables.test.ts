import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Question | Response tables written as text, as authorities paste them into letters: a number
 * column, a header row ("No. | Your question | Our response"), a rule under it, rows whose reply
 * wraps onto a carried-on row with blank number and question cells. Fixtures written for these
 * tests, in the shape such letters take.
 */

const letter = (rows: string[]): string =>
  [
    "Dear Mr Oduya,",
    "",
    "Thank you for your request about the council's leisure centres. Our answers are set out in the table below.",
    "",
    ...rows,
    "",
    "If you are not satisfied with this response you may ask for an internal review.",
    "",
    "Yours sincerely,",
    "Information Governance Team",
  ].join("\n");

describe("a bar-separated table with a number column", () => {
  it("rows are the questions, labelled by their own numbers; a carried-on row extends the reply above it", () => {
    const text = letter([
      "| Ref | Your question | Our response |",
      "|-----|---------------|--------------|",
      "| 1 | How many leisure centres does the council run? | Four, one in each district. |",
      "| 2 | Who operates them? | A charitable trust runs all four under a management agreement. |",
      "| 3 | What subsidy did the council pay the operator in 2023/24? | The subsidy is paid as one sum for all leisure services and |",
      "|   |   | is not split by centre, so we hold no figure for this. |",
      "| 4 | How many swims were recorded at each centre last year? | The operator does not pass visitor numbers to the council, so we do not hold this information. |",
    ]);
    const r = read(text);
    expect(r.layout).toBe("table");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.asked[2]).toBe("What subsidy did the council pay the operator in 2023/24?");
    expect(r.answers[2]).toMatch(/^The subsidy is paid as one sum.*so we hold no figure for this\.$/s);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:not_held"]);
  });

  it("a header naming the columns in other words ('No.' / 'Request' / 'Council's response') is read the same way", () => {
    const text = letter([
      "| No. | Request | Council's response |",
      "| --- | --- | --- |",
      "| 1 | Please list the opening hours of the main pool. | 6am to 10pm on weekdays and 8am to 6pm at weekends. |",
      "| 2 | Please send a copy of the pool's safety inspection report. | Attached. |",
      "| 3 | Which firm supplies the pool chemicals? | Withheld under section 43(2) of the Act. |",
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[0]).toBe("6am to 10pm on weekdays and 8am to 6pm at weekends.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });
});

describe("a table flattened by PDF extraction, one cell a line", () => {
  const text = [
    "Dear Mrs Haddad",
    "Thank you for your request of 4 March. Our answers are in the table below.",
    "Ref",
    "Question",
    "Answer",
    "1",
    "How many road gritters does the council",
    "own?",
    "Nine, all based at the highways depot.",
    "2",
    "How much rock salt was bought in the",
    "winter of 2023/24?",
    "We do not hold a figure for that winter",
    "alone, as salt is bought under a two-year",
    "framework with a neighbouring county.",
    "3",
    "Which roads are gritted first?",
    "",
    "4",
    "Please send the current winter service",
    "plan.",
    "Page 1 of 2",
    "Ref",
    "Question",
    "Answer",
    "The plan is published on our website",
    "under Roads and Travel.",
    "5",
    "Is any gritting contracted out?",
    "No. All gritting is done by council staff.",
    "About this response",
    "Where the table gives no answer, the question was passed to our highways team, who will write to you separately within ten working days.",
    "If you are unhappy with how we have handled your request you may ask for an internal review.",
    "Yours sincerely",
    "Highways Information Officer",
    "Page 2 of 2",
  ].join("\n");

  it("each bare row number opens a row; the question runs to its '?', the reply to the next number; footers, the repeated header and the prose after the table are left out", () => {
    const r = read(text);
    expect(r.layout).toBe("cell-lines");
    expect(r.labels).toEqual(["1", "2", "3", "4", "5"]);
    expect(r.asked[1]).toBe("How much rock salt was bought in the\nwinter of 2023/24?");
    expect(r.answers[1]).toMatch(/^We do not hold a figure .*neighbouring county\.$/s);
    expect(r.answers[2]).toBe("");
    expect(r.asked[3]).toBe("Please send the current winter service\nplan.");
    expect(r.answers[3]).toBe("The plan is published on our website\nunder Roads and Travel.");
    expect(r.answers[4]).toBe("No. All gritting is done by council staff.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:other", "4:disclosed", "5:disclosed"]);
  });
});

describe("a reply column named for the body that answers", () => {
  for (const head of ["University response", "Board's reply", "The Trust's answer", "College response"]) {
    it(`'${head}' is a reply column`, () => {
      const text = letter([
        `| No. | Your request | ${head} |`,
        "|---|---|---|",
        "| 1 | Number of library study spaces on the main campus | 1,240 spaces. |",
        "| 2 | The annual cost of the library management system | Withheld under section 43(2) (commercial interests). |",
        "| 3 | Number of complaints about noise in the library in 2024 | We do not record complaints by topic, so this information is not held. |",
      ]);
      const r = read(text);
      expect(r.layout).toBe("table");
      expect(r.labels).toEqual(["1", "2", "3"]);
      expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:not_held"]);
    });
  }
});

describe("a flattened table whose asks are noun phrases, with no question mark", () => {
  const text = [
    "Dear Dr Mensah",
    "Thank you for your request. Our response is set out in the table below.",
    "No.",
    "Information requested",
    "Response",
    "1",
    "Number of beds closed on each ward",
    "at 1 March 2025, by site",
    "Riverside 14",
    "Hillview 6",
    "2",
    "The average length of stay on the",
    "stroke unit",
    "9.2 days in 2024.",
    "3",
    "Number of patients discharged to a care",
    "home in 2024",
    "The Trust does not record the place of discharge in a reportable form, so",
    "this information is not held.",
    "4",
    "Spending on agency nurses in",
    "2023/24",
    "£2,310,000",
    "5",
    "Whether the Trust uses an electronic",
    "rostering system",
    "Yes, for all inpatient wards.",
    "If you are unhappy with this response you may ask for an internal review within 40 working days.",
    "Yours sincerely",
    "Information Governance",
  ].join("\n");

  it("each question cell ends where a line can open the reply: not after a dangling word, not in lower case", () => {
    const r = read(text);
    expect(r.layout).toBe("cell-lines");
    expect(r.labels).toEqual(["1", "2", "3", "4", "5"]);
    expect(r.asked[0]).toBe("Number of beds closed on each ward\nat 1 March 2025, by site");
    expect(r.answers[0]).toBe("Riverside 14\nHillview 6");
    expect(r.asked[1]).toBe("The average length of stay on the\nstroke unit");
    expect(r.answers[1]).toBe("9.2 days in 2024.");
    expect(r.answers[2]).toMatch(/^The Trust does not record .*not held\.$/s);
    expect(r.asked[3]).toBe("Spending on agency nurses in\n2023/24");
    expect(r.answers[3]).toBe("£2,310,000");
    expect(r.answers[4]).toBe("Yes, for all inpatient wards.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:disclosed", "5:disclosed"]);
  });
});

describe("an internal review's table: the first reply and the review decision side by side", () => {
  const review = (sep: (cells: string[]) => string): string =>
    [
      "Dear Ms Clarke,",
      "",
      "Internal review of your request about the estates strategy",
      "",
      "I have reviewed the handling of your request afresh. My decision on each part is in the table below.",
      "",
      sep(["Ref", "Request", "Initial response", "Review decision"]),
      sep(["1", "Number of buildings rated poor for condition", "Withheld, s43(2)", "Not upheld. There are 17 such buildings."]),
      sep(["2", "The backlog maintenance figure for 2024", "Withheld, s43(2)", "Upheld."]),
      sep(["3", "A copy of the estates strategy", "Not provided", "The strategy is attached."]),
      "",
      "Section 43(2) - public interest",
      "",
      "The backlog figure would reveal to contractors what the University expects to spend on repairs, which would weaken its position when it tenders the work. There is a public interest in knowing the state of the estate, which the condition figures now released go some way to meet, and I have concluded that the balance favours withholding the backlog figure.",
      "",
      "If you remain dissatisfied you may apply to the Information Commissioner.",
      "",
      "Yours sincerely",
      "Registrar",
    ].join("\n");

  for (const [name, sep] of [
    ["tabs", (c: string[]) => c.join("\t")],
    ["bars", (c: string[]) => `| ${c.join(" | ")} |`],
  ] as const) {
    it(`with ${name}: each row's answer is the review decision, or the first reply where the decision only upholds it`, () => {
      const text = review(sep);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3"]);
      expect(r.answers[0]).toBe("Not upheld. There are 17 such buildings.");
      expect(r.answers[1]).toMatch(/^Withheld, s43\(2\).*Upheld\.$/);
      expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed"]);
    });
  }
});
