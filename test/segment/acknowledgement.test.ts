import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/** Threads written for these tests: a request, an acknowledgement, then (or not) the reply. */
const origin = { file: "fixture.txt", path: "fixture.txt" };
const read = (text: string) => analyzeText(text, origin).answers.map((a) => [a.label, a.outcome, a.grounds]);

const request = [
  "Dear Borough Council,",
  "Please send me the penetration test reports for your network from 2021 to 2023.",
  "Yours faithfully,",
  "Sam Ortiz",
  "",
];
const acknowledgement = [
  "Dear Sam Ortiz",
  "FOI REQUEST 5521",
  "We acknowledge your request, which we are now considering, and you can",
  "expect a reply by 14 June 2024 at the latest.",
  "Should we require clarification we will be in touch.",
  "Kind regards",
  "Information Team",
  "",
];

describe("a thread whose first reply only acknowledges the request", () => {
  it("reads the answer from the later reply, not from the acknowledgement", () => {
    const reply = [
      "Dear Sam Ortiz",
      "FOI REQUEST 5521",
      "We hold the reports you asked for. They are withheld under section 31(1)(a) of the Freedom of Information Act 2000, as release would help those planning an attack on our network.",
      "Yours sincerely",
      "Information Team",
      "",
    ];
    expect(read([...request, ...acknowledgement, ...reply].join("\n"))).toEqual([["1", "exempt", ["FOIA s31(1)(a)"]]]);
  });
  it("keeps a first reply that answers, even when a later message follows", () => {
    const answer = ["Dear Sam Ortiz", "The reports are attached.", "Kind regards", "Information Team", "", "Dear Sam Ortiz", "A corrected copy of the 2022 report is attached.", "Kind regards", "Information Team", ""];
    expect(read([...request, ...answer].join("\n"))).toEqual([["1", "disclosed", []]]);
  });
});
