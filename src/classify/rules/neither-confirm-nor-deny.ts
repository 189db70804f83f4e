import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "neither-confirm-nor-deny",
  signal: "ncnd",
  description: "The authority neither confirms nor denies that it holds the information.",
  basis: "FOIA s1(1)(a) duty excluded (e.g. s31(3), s24(2), s40(5)); EIR 12(6); FOISA s18. labels.md: exempt with ncnd true.",
  weight: 0.95,
  pattern: /\bneither\s+confirm(?:s|ing)?\s+(?:n|n)or\s+den(?:y|ies|ying)\b|\bNCND\b|\b(?:cannot|can ?not|will not|won't|unable to|not able to)\s+(?:either\s+)?confirm\s+or\s+deny\b|\bduty to confirm or deny\s+(?:does not|doesn't)\s+(?:apply|arise)|\bexclud\w*\s+the\s+duty\s+to\s+confirm\s+or\s+deny/i,
  veto: /\b(?:not|no longer)\s+(?:providing|giving)\s+an?\s+(?:NCND|neither)/i,
  examples: {
    match: [
      "The Council will neither confirm nor deny holding any such records.",
      "This reply is an NCND response for part 3.",
      "The force cannot confirm or deny that any information is held.",
    ],
    noMatch: ["We can confirm that the information is held.", "We are no longer giving an NCND reply to this part."],
  },
};
