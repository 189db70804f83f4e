import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { thread } from "./thread-text.js";

/**
 * Dataset requests: one ask whose lead-in names the fields wanted ("… with the following columns:"
 * then one bullet a field), often with a fallback ("If you cannot give X, please send the rest") and
 * a further ask, all restated by the reply. Fields restated together and answered once are one
 * question with their lead and fallback; bullets that are questions of their own stay apart.
 * Fixtures in our own words.
 */
const CLOSE = ["If you are unhappy with this response you may ask for an internal review.", "Yours sincerely,", "Data Team"];

describe("field lists under one ask", () => {
  it("fields and a fallback answered together are one question; a further ask is another", () => {
    const ask = [
      "Under the Freedom of Information Act, please send me your current register of licensed premises with the following columns:",
      "- Premises licence number held on the register",
      "- Postcode of the licensed premises",
      "- Name of the licence holder as registered",
      "- Date the licence was first granted",
      "If you cannot give the licence holder, please send the remaining columns anyway.",
      "Please could you also send the list of codes used for licence conditions.",
    ];
    const t = thread(
      ["Dear Borough Council,", ...ask, "Yours faithfully,", "Jo Asker"],
      ["Dear Jo Asker,", "Please find our response set out below:", ...ask, "The register is attached as a spreadsheet with all columns.", "The condition codes are explained in the second sheet of the spreadsheet.", ...CLOSE],
    );
    const s = segment(t.text, t.from);
    expect(s.questions.map((q) => q.label)).toEqual(["1", "2"]);
    const asked = t.text.slice(s.questions[0]!.questionSpan!.start, s.questions[0]!.questionSpan!.end);
    expect(asked).toContain("Postcode of the");
    expect(asked).toContain("remaining columns");
  });

  it("bullets that are questions stay questions of their own", () => {
    const asks = ["Please can you tell me the following:", "- Who supplies your library management system?", "- When does the contract end?", "- What is the annual cost of the contract?"];
    const t = thread(
      ["Dear Borough Council,", ...asks, "Yours faithfully,", "Jo Asker"],
      ["Dear Jo Asker,", "Please find our response set out below:", ...asks, "The system is supplied by a national firm; the contract ends in 2027 and costs £30,000 a year.", ...CLOSE],
    );
    expect(segment(t.text, t.from).questions.map((q) => q.label)).toEqual(["1", "2", "3"]);
  });
});
