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
