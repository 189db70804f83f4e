import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Running prose answering a listed request by topic, a paragraph an ask, no numbers in the reply
 * (family: "prose answering by topic"). Fixtures written for these tests.
 */
const listed = (reply: string[]): string =>
  [
    "Dear Mr Pell",
    "",
    "Thank you for your request of 4 March, in which you asked for:",
    "",
    "- the number of public toilets the council maintains",
    "- the annual cleaning cost of those toilets",
    "- the number closed since 2020",
    "- a copy of the council's public toilet strategy",
    "",
    ...reply,
    "",
    "If you are unhappy with this reply you may ask for an internal review.",
    "",
    "Yours sincerely",
    "Information Team",
  ].join("\n");

describe("prose answering a listed request by topic", () => {
  it("gives each ask the paragraph that names its subject, a courtesy line before them left out", () => {
    const text = listed([
      "I can confirm that the council holds some of the information you asked for.",
      "",
      "On the number of toilets, the council maintains 23 public toilets across the district.",
      "",
      "Regarding cleaning, the annual cost under the current contract is £186,000.",
      "",
      "As for closures, we do not keep a record of sites closed before 2022, so we do not hold this information.",
      "",
      "Finally, the public toilet strategy is published on our website and is therefore exempt under section 21, as it is reasonably accessible to you.",
    ]);
    const r = read(text);
    expect(r.answers[1]).toBe("Regarding cleaning, the annual cost under the current contract is £186,000.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:exempt"]);
  });

  it("lets one paragraph answer two asks it names together, in another order than asked", () => {
    const text = listed([
      "Your strategy request: the public toilet strategy is published on our website and is exempt under section 21 as reasonably accessible.",
      "",
      "On the number of toilets and those closed since 2020, the council maintains 23 and has closed none.",
      "",
      "The cleaning cost of the toilets was £186,000 last year.",
    ]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:disclosed", "4:exempt"]);
  });

  it("leaves the reply whole when a refusal is said of the request as a whole", () => {
    const text = listed([
      "The council considers that this request is vexatious under section 14(1) and will not comply with it.",
      "",
      "Your requests about toilets, cleaning costs and closures have run to forty this year.",
    ]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt", "4:exempt"]);
  });

  it("follows a pointer to another answer by the title it stands under", () => {
    const text = [
      "Request",
      "",
      "1. How many ransomware attacks has the college suffered?",
      "2. Did the college report any attacks to the National Cyber Security Centre?",
      "3. What is the IT security budget?",
      "",
      "Response",
      "",
      "Ransomware:",
      "The college neither confirms nor denies whether it holds this information, relying on section 31(3).",
      "",
      "NCSC:",
      "Our answer under \"Ransomware\" applies to this question as well.",
      "",
      "Budget:",
      "The budget is £140,000 for 2025/26.",
    ].join("\n");
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:disclosed"]);
  });
});
