import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Refusals that point below ("Withheld – see below") to explanation paragraphs, each led by the
 * item it is about ("Alarm supplier: …", "Explanation – question 4"). Each refusal takes the
 * grounds of the paragraph naming it, not every ground the letter cites. Fixtures written for
 * these tests, in the shape such letters take.
 */
const origin = { file: "t.txt", path: "t.txt" };
const answers = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join("+")}`);

const closing = ["", "If you are unhappy with this reply you may ask for an internal review.", "", "Yours sincerely,", "Records Team"];

describe("explanation paragraphs led by the item they explain", () => {
  it("paragraphs led by the row's words", () => {
    const text = [
      "Dear Ms Okafor,",
      "",
      "Thank you for your request about the council's depot security. Our answers are in the table below.",
      "",
      "| No. | Question | Response |",
      "|-----|----------|----------|",
      "| 1 | Alarm supplier | Withheld – see below. |",
      "| 2 | Number of break-ins reported in 2024 | Three. |",
      "| 3 | Annual guarding contract price | Withheld – see below. |",
      "",
      "Why some information is withheld",
      "",
      "Alarm supplier: we consider this exempt under section 31(1)(a) of the Act, as naming the firm would help anyone planning to defeat the alarms.",
      "",
      "Guarding price: this is exempt under section 43(2) of the Act, because releasing it would weaken the council's hand when the contract is retendered.",
      "",
      "Both exemptions are qualified, and we judged that the public interest favours withholding the information.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:exempt:FOIA s31(1)(a)", "2:disclosed:", "3:exempt:FOIA s43(2)"]);
  });

  it("one shared explanation naming no item still gives every refusal its grounds", () => {
    const text = [
      "Dear Mr Hale,",
      "",
      "Our answers are below.",
      "",
      "| No. | Question | Response |",
      "|-----|----------|----------|",
      "| 1 | Alarm supplier | Withheld – see below. |",
      "| 2 | CCTV camera locations | Withheld – see below. |",
      "",
      "The information at rows 1 and 2 is exempt under sections 31(1)(a) and 38(1)(b) of the Act, as it would help those planning crime and put staff at risk.",
      "",
      "We have also considered section 24(1) of the Act and found that it applies to the camera locations as well.",
      ...closing,
    ].join("\n");
    const got = answers(text);
    expect(got[0]).toMatch(/^1:exempt:.*FOIA s31\(1\)\(a\)/);
    expect(got[1]).toMatch(/^2:exempt:.*FOIA s38\(1\)\(b\)/);
  });
});
