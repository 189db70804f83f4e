import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "reasonably-accessible",
  signal: "exempt",
  description: "The information is reasonably accessible by other means (signposted to a link or publication).",
  basis: "FOIA s21 (FOISA s25 otherwise accessible; EIR 6(1)(b)). labels.md: a ground like any other.",
  weight: 0.85,
  pattern: /\b(?:reasonably|otherwise|already)\s+accessible\b|\baccessible (?:to you )?by other means\b/i,
  examples: {
    match: ["These figures are published, so they are reasonably accessible elsewhere."],
    noMatch: ["The building is accessible by wheelchair."],
  },
};
