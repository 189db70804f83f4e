import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "not-held-notice",
  signal: "not_held",
  description: "A formal notice that the information is not held (FOISA section 17, EIR regulation 12(4)(a), EISR 10(4)(a)).",
  basis: "labels.md: not_held — FOISA section 17 notice, EIR 12(4)(a).",
  weight: 0.95,
  pattern: /\b(?:notice (?:under|in terms of|given under) section 17(?:\(1\))?,? of (?:FOISA|the Freedom of Information \(Scotland\) Act)|section 17(?:\(1\))? of (?:FOISA|the Freedom of Information \(Scotland\) Act)[^.]{0,60}(?:not have|not held|not hold)|(?:regulation|reg\.?)\s*12\s*\(\s*4\s*\)\s*\(\s*a\s*\)|(?:regulation|reg\.?)\s*10\s*\(\s*4\s*\)\s*\(\s*a\s*\)|\binformation not held\b)/i,
  veto: /\bdoes not apply\b/i,
  examples: {
    match: ["We give notice in terms of section 17(1) of FOISA: the Council does not hold this.", "Under section 17(1) of FOISA, we give notice that the information is not held.", "We are applying the exception at regulation 12(4)(a) as the information is not held."],
    noMatch: ["Section 17 of the Act requires us to give you a refusal notice."],
  },
};
