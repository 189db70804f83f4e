import { describe, expect, it } from "vitest";
import { read, outcomes } from "./read-letter.js";

/**
 * Requests the reply does not answer item by item: the request reproduced in an annex after the
 * signature under one refusal (or one prose reply) in the body, and a request quoted after "You
 * wrote:" as a list of noun phrases under one reply. Each listed item is a question the body
 * answers. Every fixture is invented for these tests.
 */
const refusal = [
  "The Council holds the information you asked for but has decided to withhold all of it under",
  "section 31(1)(a) of the Act, as its release would be likely to prejudice the prevention or",
  "detection of crime by showing where our defences could be attacked. We have considered the",
  "public interest: openness about public spending favours release, but keeping services safe",
  "from attack favours withholding, and on balance the exemption is maintained.",
];

describe("a request reproduced in an annex after the signature", () => {
  const annexed = (annex: string[]): string =>
    [
      "Harrowfield District Council",
      "Our ref: IR/2025/0771",
      "",
      "Dear Ms Penrose",
      "",
      "Thank you for your email. A copy of your request is set out at Annex 1 for reference.",
      "",
      ...refusal,
      "",
      "If you are unhappy with this decision you may ask for an internal review.",
      "",
      "Yours sincerely",
      "",
      "Information Officer",
      "",
      ...annex,
    ].join("\n");

  const numbered = annexed([
    "Annex 1 - your request",
    "",
    "1. How many phishing emails did the council block in 2024?",
    "2. Has the council been hit by ransomware since 2021?",
    "3. Which company provides the council's email filtering?",
    "4. What is the annual cost of that",
    "service?",
    "Thank you, R. Penrose",
  ]);

  it("makes each annexed item a question answered by the letter's body", () => {
    const r = read(numbered);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.answers.every((a) => a.includes("section 31(1)(a)"))).toBe(true);
  });

  it("reads every annexed item as withheld", () => {
    expect(outcomes(numbered)).toEqual(["1:exempt", "2:exempt", "3:exempt", "4:exempt"]);
  });

  it("reads an annex whose items are bracketed numbers, introduced by the requester's own lead", () => {
    const text = annexed([
      "ANNEX 1",
      "",
      "Please could you tell me:",
      "(1) the number of laptops lost or stolen since 2022;",
      "(2) the number of data breaches reported to the ICO since 2022;",
      "(3) the name of the council's Senior Information Risk Owner.",
      "Kind regards",
    ]);
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt"]);
  });
});

describe("a request quoted as a list of noun phrases under one reply", () => {
  const quoted = (intro: string, marker: string): string =>
    [
      "Loch Ardmore Council",
      "",
      "Dear Mr Baird",
      "",
      "Your request was received on 2 April 2025.",
      intro,
      "",
      `${marker} Number of laptops reported stolen in 2024`,
      `${marker} Names of the antivirus products in use`,
      `${marker} Date of the last external security audit`,
      "",
      ...refusal,
      "",
      "Yours sincerely",
      "Information Officer",
    ].join("\n");

  for (const [intro, marker] of [
    ["You wrote:", "-"],
    ["Your email read as follows:", "•"],
    ["You put your request in the following terms:", "-"],
  ] as const) {
    it(`reads each item after "${intro}" as a question under the one reply`, () => {
      const text = quoted(intro, marker);
      const r = read(text);
      expect(r.labels).toEqual(["1", "2", "3"]);
      expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt"]);
    });
  }
});
