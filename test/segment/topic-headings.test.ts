import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { segment } from "../../src/segment/segment.js";

/**
 * Replies that set out their answers under short headings naming each part's subject rather than its
 * number (family: topic-headed replies). Fixtures invented here: fleet vehicles, parks, a museum.
 */
const origin = { file: "t.txt", path: "t.txt" };
const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);

// Variant 1: the request is not quoted; "each part in turn" then headings, an annex list at the foot.
const unquoted = `Dear Mr Quayle,

Thank you for your request about the Council's vehicle fleet. We have taken each part of your request in turn below.

Fleet size

The Council operates 214 vehicles, of which 61 are electric or hybrid. A breakdown by vehicle type is attached.

Accident records

The names of drivers involved in accidents are personal data and are exempt under section 40(2) of the Act, as disclosure would not be fair to the individuals concerned.

Replacement plans

The Council does not hold a fleet replacement programme beyond the current financial year, so we do not hold this information.

Annex A: vehicle list
`;

// Variant 2: "under the following headings", headings in title case, a closing after the last section.
const titled = `Dear Ms Arkwright,

Your request about Riverside Park has been considered under the Freedom of Information Act 2000. We have set out our response under the following headings.

Tree Felling

Thirty-two trees were felled in the park during 2024, all for reasons of safety following inspection.

Events Income

Income from events held in the park was £48,300 in 2023/24, as shown in the published accounts for that year.

Security Arrangements

Details of the park's security patrols and camera positions are exempt under section 31(1)(a), as they would assist anyone planning crime in the park. We have considered the public interest and concluded it favours withholding this.

Volunteer Numbers

We do not hold a record of the number of volunteers, as volunteer groups are managed by the Friends of Riverside Park rather than the Council.

Yours sincerely

Parks Information Officer
`;

describe("topic-headed replies", () => {
  it("unquoted request: each heading's section is a question, numbered in order", () => {
    expect(outcomes(unquoted)).toEqual(["1:disclosed", "2:exempt", "3:not_held"]);
    expect(segment(unquoted).layout).toBe("topic-headings");
  });

  it("headings announced 'under the following headings', ending at the closing", () => {
    expect(outcomes(titled)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:not_held"]);
  });

  it("without a part-by-part cue, headings are the letter's own sections, not questions", () => {
    const text = titled.replace("We have set out our response under the following headings.", "Our response is below.");
    expect(segment(text).layout).not.toBe("topic-headings");
  });

  it("framing headings (public interest test, your right to complain) are not parts", () => {
    const text = `Dear Sir,

We have taken each part of your request in turn below.

Museum visitors

The museum received 88,400 visitors in 2024, counted at the main entrance.

Public interest test

We have weighed the public interest in openness against the interest in protecting the security of the collection.

Your right to complain

If you are unhappy with this response you may ask for an internal review within 40 working days.
`;
    expect(segment(text).layout).not.toBe("topic-headings");
  });
});

// Variant 3: a numbered request quoted above, the reply's headings in another order, naming each ask's subject.
const numbered = `Dear Dr Malik,

You asked for the following information:

1. How many safeguarding incidents were reported at the Council's leisure centres in 2024?
2. What budget is allocated to lifeguard training each year?
3. Please provide copies of the incident reports for the Westgate pool.

Our response is set out below.

Lifeguard training

The annual budget for lifeguard training is £36,500, met from the leisure services budget.

Incident reports

The incident reports contain the personal data of children and staff and are exempt under section 40(2) of the Act.

Safeguarding incidents

Fourteen safeguarding incidents were reported across the leisure centres in 2024.

Yours sincerely

Leisure Services
`;

describe("topic headings paired with a numbered request", () => {
  it("each heading answers the ask it shares content words with, whatever the order", () => {
    expect(outcomes(numbered)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
    expect(segment(numbered).layout).toBe("topic-headings");
  });

  it("headings that do not pair one to one with the asks are not read as topic headings", () => {
    // Two headings naming the first ask's subject, none the third's.
    const twice = numbered.replace("Incident reports", "Safeguarding leads");
    expect(segment(twice).layout).not.toBe("topic-headings");
    // Headings sharing no content word with any ask.
    const apart = numbered.replace("Incident reports", "Opening hours").replace("Lifeguard training", "Car parking").replace("Safeguarding incidents", "Staff rotas");
    expect(segment(apart).layout).not.toBe("topic-headings");
  });
});
