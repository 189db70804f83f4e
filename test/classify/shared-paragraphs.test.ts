import { describe, expect, it } from "vitest";
import type { Question } from "../../src/core/types.js";
import { sharedAnswerFocus } from "../../src/classify/shared.js";

/**
 * Letters written for these tests: the questions are listed, then one reply answers them all, and one
 * refusal or NCND paragraph in it must go to the question it is about, not to every question sharing the reply.
 */
function focusOf(questions: readonly [string, string][], reply: string, allLabels?: string[]): Record<string, { own: string[]; others: string[]; general: string[] }> {
  const head = questions.map(([label, q]) => `${label}. ${q}`).join("\n");
  const text = `${head}\n\nResponse\n\n${reply}`;
  const answer = { start: text.indexOf(reply), end: text.length };
  const group: Question[] = questions.map(([label, q]) => {
    const start = text.indexOf(q);
    return { label, questionSpan: { start, end: start + q.length }, answerSpan: answer, answerVia: "pending" };
  });
  const map = sharedAnswerFocus(text, answer, group, undefined, allLabels ?? questions.map(([l]) => l));
  const cut = (spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, " ").trim());
  return Object.fromEntries([...map].map(([label, f]) => [label, { own: cut(f.own), others: cut(f.others), general: cut(f.general) }]));
}

describe("a refusal in a shared reply stays with the question it is about", () => {
  it("gives 'we are withholding it' the question its paragraph began on", () => {
    const f = focusOf(
      [
        ["1", "How many phishing emails were reported by staff in 2024?"],
        ["2", "A copy of the latest external audit of your firewall configuration."],
        ["3", "Which company supplies your email filtering service?"],
      ],
      `Staff reported 1,204 suspected phishing emails in 2024.

We hold an external audit of the firewall configuration completed in March. We are withholding it under section 31(1)(a) as it describes weaknesses still being fixed. The public interest in openness does not outweigh the public interest in preventing crime.

Email filtering is supplied by Northgate Mailguard Ltd.`,
    );
    expect(f["2"]!.own).toContain("We are withholding it under section 31(1)(a) as it describes weaknesses still being fixed.");
    expect(f["1"]!.others).toContain("We are withholding it under section 31(1)(a) as it describes weaknesses still being fixed.");
    expect(f["3"]!.others).toContain("The public interest in openness does not outweigh the public interest in preventing crime.");
  });

  it("keeps a blanket refusal said to the remaining questions general", () => {
    const f = focusOf(
      [
        ["1", "How many phishing emails were reported by staff in 2024?"],
        ["2", "A copy of the latest external audit of your firewall configuration."],
      ],
      `Staff reported 1,204 suspected phishing emails in 2024. The remaining information is withheld under section 31(1)(a).`,
    );
    expect(f["2"]!.general).toContain("The remaining information is withheld under section 31(1)(a).");
  });

  it("keeps 'the information you have requested is exempt' said to every question, even right after one question's answer", () => {
    const f = focusOf(
      [
        ["1", "How many bus shelters were repaired in 2023?"],
        ["2", "Which officers inspected the shelters on Mill Lane?"],
      ],
      `Thank you for writing to us. Crews repaired 61 bus shelters in 2023. The information you have requested is exempt under section 40(2) as it is personal data.`,
    );
    for (const label of ["1", "2"]) expect(f[label]!.general).toContain("The information you have requested is exempt under section 40(2) as it is personal data.");
  });

  it("gives an NCND about a named person to the question naming one", () => {
    const f = focusOf(
      [
        ["1", "How many grievances were raised by library staff in 2023?"],
        ["2", "How many grievances were raised against Mr Peter Holloway, head of libraries?"],
        ["3", "How many grievances went to an appeal panel?"],
      ],
      `Library staff raised 9 grievances in 2023.

The Council can neither confirm nor deny whether it holds information about grievances against a named individual. Doing so would disclose personal data, and section 40(5B) applies.

Two grievances went to an appeal panel.`,
    );
    expect(f["2"]!.own).toContain("The Council can neither confirm nor deny whether it holds information about grievances against a named individual.");
    expect(f["1"]!.others).toContain("Doing so would disclose personal data, and section 40(5B) applies.");
    expect(f["3"]!.others).toContain("The Council can neither confirm nor deny whether it holds information about grievances against a named individual.");
  });

  it("gives an NCND about a named person to none of a group in which no question names one, when the reply answers one by one", () => {
    const f = focusOf(
      [
        ["1", "How many grievances were raised by library staff in 2023?"],
        ["2", "How many grievances went to an appeal panel in 2023?"],
      ],
      `Library staff raised 9 grievances in 2023.

The Council can neither confirm nor deny whether it holds information about grievances concerning a named member of staff. Section 40(5B) applies.

Two grievances went to an appeal panel.`,
    );
    for (const label of ["1", "2"]) {
      expect(f[label]!.general).not.toContain("Section 40(5B) applies.");
      expect(f[label]!.others).toContain("Section 40(5B) applies.");
    }
  });

  it("gives a paragraph opening with labels ('2.1 and 2.2', '2.3') to those questions, and one opening with another question's label to none", () => {
    const f = focusOf(
      [
        ["2.1", "Where are copies of the payroll database stored?"],
        ["2.2", "Are the copies encrypted at rest?"],
        ["2.3", "When were the copies last checked by a restore?"],
      ],
      `1.4 The contract value is withheld under section 43(2).

2.1 and 2.2 Details of where and how copies are kept are withheld under section 31(1)(a). Publishing them would help an attacker plan.

2.3 No record of restore checks is kept, so we do not hold this.`,
      ["1.4", "2.1", "2.2", "2.3"],
    );
    expect(f["2.1"]!.own).toContain("Publishing them would help an attacker plan.");
    expect(f["2.3"]!.others).toContain("Publishing them would help an attacker plan.");
    expect(f["2.3"]!.own).toContain("2.3 No record of restore checks is kept, so we do not hold this.");
    for (const label of ["2.1", "2.2", "2.3"]) expect(f[label]!.others).toContain("1.4 The contract value is withheld under section 43(2).");
  });

  it("reads '2(a).' as question 2 when the letter did not split it, and 'Q3 –' as question 3", () => {
    const f = focusOf(
      [
        ["1", "Has the college found cracked cladding on any building?"],
        ["2", "Please send (a) the cladding surveys and (b) what they cost."],
        ["3", "How many caretakers does the college employ?"],
      ],
      `1. Yes, on the sports hall.

2(a). We enclose the survey summary. We have withheld the drawings under regulation 12(5)(a) as they show access routes.

Q3 – The college employs 12 caretakers.`,
    );
    expect(f["2"]!.own).toContain("We have withheld the drawings under regulation 12(5)(a) as they show access routes.");
    expect(f["1"]!.others).toContain("We have withheld the drawings under regulation 12(5)(a) as they show access routes.");
    expect(f["3"]!.own).toContain("Q3 – The college employs 12 caretakers.");
    expect(f["2"]!.others).toContain("Q3 – The college employs 12 caretakers.");
  });

  it("does not read a figure opening a sentence as a label, nor a paragraph restating several questions as led by the first", () => {
    const f = focusOf(
      [
        ["1", "How many complaints were made about noise in 2023?"],
        ["2", "How many of those led to an abatement notice?"],
        ["3", "What did the noise team cost in 2023?"],
      ],
      `2 of the complaints were about a single address.

1. How many complaints were made about noise in 2023?
2. How many of those led to an abatement notice?
We do not hold any information from which these questions could be answered.`,
    );
    expect(f["1"]!.general).toContain("We do not hold any information from which these questions could be answered.");
    expect(f["3"]!.others).not.toContain("2 of the complaints were about a single address.");
  });
});
