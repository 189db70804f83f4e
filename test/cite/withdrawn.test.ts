import { describe, expect, it } from "vitest";
import { findCitations } from "../../src/cite/cite.js";

/** labels.md: an internal review's grounds are those of its decision; a ground it withdraws or replaces is not a ground. */
const applied = (text: string): string[] => [...new Set(findCitations(text, "FOIA").filter((c) => c.applied && !c.byName).map((c) => c.ground))].sort();

describe("grounds an internal review or corrected reply withdraws", () => {
  const withdrawals: [string, string[]][] = [
    ["Our first reply refused the request under sections 38(1) and 43(2). Having looked again, I am not satisfied that section 38(1) is engaged. I agree that section 43(2) applies and the information stays withheld under it.", ["FOIA s43(2)"]],
    ["You were told that section 36(2)(c) and section 40(2) applied. We do not accept that the exemption at section 36(2)(c) applies here, but the names remain exempt under section 40(2).", ["FOIA s40(2)"]],
    ["The Council withdraws its reliance on section 22 and releases the report. The staff names in it are redacted under section 40(2).", ["FOIA s40(2)"]],
    ["Section 31(1)(a) was wrongly applied to the contract value, which is now released. Section 43(2) still applies to the unit prices.", ["FOIA s43(2)"]],
    ["In its initial reply the council relied on sections 24(1) and 31(1)(a) to keep the list back. Section 24(1) has been set aside; the list is still withheld under section 31(1)(a).", ["FOIA s31(1)(a)"]],
    ["The first response cited sections 24(1) and 31(1)(a). On review I find that section 24(1) is not engaged on these facts; the list stays withheld under section 31(1)(a).", ["FOIA s31(1)(a)"]],
    ["We looked at whether section 43(2) might apply to the price, but concluded that it does not, and the price is given below. The names are withheld under section 40(2).", ["FOIA s40(2)"]],
    ["The earlier decision relied on section 14(1). That decision is overturned: section 14(1) should not have been applied, and the answers are given below.", []],
    ["Having reviewed the file, section 38(1)(a) is no longer relied on; the rota remains withheld under section 40(2).", ["FOIA s40(2)"]],
    ["Item 3\tRefused, s24(1) and s31(1)(b)\tPartly upheld: the reviewer found national security was not in play, so s24(1) is no longer being relied upon. The list stays withheld under s31(1)(b).", ["FOIA s31(1)(b)"]],
    ["| 2 | Refused under s36(2)(c) and s43(2) | Upheld in part. Section 36(2)(c) has been set aside; s43(2) still applies. |\n| 3 | Refused under s36(2)(c) | Upheld. |", ["FOIA s36(2)(c)", "FOIA s43(2)"]],
  ];
  for (const [text, grounds] of withdrawals) {
    it(`${text.slice(0, 70)}…`, () => {
      expect(applied(text)).toEqual(grounds);
    });
  }

  it("a review that retells the first reply and keeps every ground keeps them", () => {
    const text = "The original response withheld the report under sections 31(1)(a) and 43(2). I uphold that decision: both exemptions apply and the public interest favours withholding.";
    expect(applied(text)).toEqual(["FOIA s31(1)(a)", "FOIA s43(2)"]);
  });

  it("a ground found not engaged for one item is no ground where only retold", () => {
    const text = "The first reply cited section 24(1) for all three items. Having looked again, I am not convinced that section 24(1) is engaged and I have set it aside.";
    expect(applied(text)).toEqual([]);
  });
});

describe("grounds applied to another request are no grounds of this one", () => {
  it("a section said to have been applied to an earlier or separate request", () => {
    expect(applied("When we answered your previous request in May we applied section 31 to the supplier names. This time the names are given below.")).toEqual([]);
    expect(applied("That information was withheld under section 43(2) in response to a separate request last year. The totals are now published and attached.")).toEqual([]);
  });
  it("a ground applied now, beside a mention of another request, stays", () => {
    expect(applied("Thank you for your request, which follows your earlier one. The supplier names are exempt under section 31(1)(a).")).toEqual(["FOIA s31(1)(a)"]);
  });
});
