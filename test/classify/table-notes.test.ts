import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Grounds given in notes under a table of answers: a row points to its note ("Withheld – see Note
 * A", "Exempt (note 2)", "see note *"), or a note names the questions it covers ("Note B – Question
 * 4", "* Questions 3 and 4 …"). Each refused row takes its own note's grounds, not every ground the
 * letter cites. Fixtures written for these tests, in the shape such letters take.
 */
const origin = { file: "t.txt", path: "t.txt" };
const answers = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}:${a.grounds.join("+")}`);

const closing = ["", "If you are unhappy with this reply you may ask for an internal review.", "", "Yours sincerely,", "Records Team"];

describe("notes under a table that give the grounds for the rows pointing to them", () => {
  it("lettered notes, one named by its ground and one cited by number, each apply to the rows that point to them", () => {
    const text = [
      "Dear Ms Ibe,",
      "",
      "Thank you for your request about the council's depot security. Our answers are in the table below; where we have withheld information the notes after the table explain why.",
      "",
      "| No. | Question | Response |",
      "|-----|----------|----------|",
      "| 1 | Which company supplies the depot's alarm system? | Withheld – see Note A |",
      "| 2 | How many break-ins were reported at the depot in 2024? | Three. |",
      "| 3 | What does the council pay each year for depot guarding? | Exempt (see Note B) |",
      "| 4 | Please send the depot's current security risk assessment. | Withheld – see Note C |",
      "",
      "Note A – Question 1",
      "Naming the supplier would help anyone planning to defeat the alarm, so this information is exempt under the law enforcement exemption. We judged that the public interest favours withholding it.",
      "",
      "Note B – Question 3",
      "The annual price is withheld under section 43(2) of the Act, as its release would harm the council's position when the contract is retendered next year.",
      "",
      "Note C – Question 4",
      "The risk assessment is withheld under section 38(1)(b) of the Act, because it sets out where staff on site are most exposed to harm.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:exempt:FOIA s31", "2:disclosed:", "3:exempt:FOIA s43(2)", "4:exempt:FOIA s38(1)(b)"]);
  });

  it("numbered notes pointed to in other words ('Refused – note 2') do the same", () => {
    const text = [
      "Dear Mr Lund,",
      "",
      "Our response to each part of your request is set out below.",
      "",
      "| Ref | Your question | Our response |",
      "|-----|---------------|--------------|",
      "| 1 | Who audits the council's pension fund? | Refused – note 1 |",
      "| 2 | What was the audit fee for 2023/24? | £41,000 |",
      "| 3 | Please send the auditor's letter to the pension committee. | Refused – note 2 |",
      "",
      "Note 1: This is withheld under section 31(1)(a) of the Act; naming the auditor would help fraudsters to pose as them.",
      "",
      "Note 2: The letter is due to be published with the committee papers next month, so it is withheld under section 22 of the Act until then.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:exempt:FOIA s31(1)(a)", "2:disclosed:", "3:exempt:FOIA s22"]);
  });

  it("a footnote that names the questions it covers applies to those rows, though the rows only say 'Exempt'", () => {
    const text = [
      "Dear Dr Amis,",
      "",
      "Please find our answers in the table below.",
      "",
      "| Q | Request | Answer |",
      "|---|---------|--------|",
      "| 1 | How many CCTV cameras does the council operate? | 212 |",
      "| 2 | Where is the control room? | Exempt |",
      "| 3 | How many staff monitor the cameras overnight? | Exempt |",
      "| 4 | Please send the council's CCTV code of practice. | Attached. |",
      "| 5 | Please send the names of the control room staff. | Exempt |",
      "",
      "* The information asked for at questions 2 and 3 is withheld under section 31(1)(a) of the Act, as it would help someone planning to disable the cameras.",
      "",
      "** The information at question 5 is the personal data of staff and is withheld under section 40(2) of the Act.",
      ...closing,
    ].join("\n");
    expect(answers(text)).toEqual(["1:disclosed:", "2:exempt:FOIA s31(1)(a)", "3:exempt:FOIA s31(1)(a)", "4:disclosed:", "5:exempt:FOIA s40(2)"]);
  });
});
