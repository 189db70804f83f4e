import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "confirmed-fact",
  signal: "disclosed",
  description: "The authority confirms a fact about what was asked (\"we can confirm that the contract ends in 2026\", \"I am able to confirm the ransom was not paid\").",
  basis: "labels.md: disclosed includes a yes/no or a statement that answers the question. A confirmation about holding, receiving or handling the request, or about a refusal, is not one.",
  weight: 0.7,
  pattern: /\b(?:can|could|am able to|are able to|is able to|is pleased to|are pleased to|am pleased to)\s+(?:now\s+|also\s+|further\s+)?confirm\s+(?:that\s+)?/i,
  // Confirmations of the handling, of holding or not, and of a refusal say nothing about the subject asked; nor does the
  // requester asked to confirm something ("grateful if you could confirm which site you mean").
  // Holding a standing (insurance cover, a certification, an accreditation) is a fact about the authority, not its holding records.
  veto: /\b(?:hold(?:s|ing)?\b(?!\s+(?:[\w-]+\s+){0,3}?(?:insurance|cover|certifications?|accreditations?|certificates?|membership)\b)|held|retain|retains|possess|record(?:ed|s)? (?:this|that|the information)|receipt|received|your (?:request|email|letter|correspondence)|handled|dealt with|considered|exempt|exemption|withh[eo]ld|neither confirm|confirm nor deny|confirm or deny|section \d|regulation \d|unable|not (?:able|possible|in a position)|cannot|can ?not|whether|you (?:could|can) (?:please )?confirm)\b/i,
  examples: {
    match: ["We can confirm that the firewall contract runs until March 2026.", "I am able to confirm the trust did not pay a ransom.", "Having checked every file, we can also confirm that noise played no part in any decision.", "The Trust can confirm that it holds cyber insurance cover.", "We can confirm that the council holds Cyber Essentials Plus certification."],
    noMatch: ["I can confirm that the Council holds this information.", "We can confirm receipt of your request.", "I can confirm that the information is exempt under section 31.", "Our answer is to neither confirm nor deny it.", "We are unable to confirm that figure.", "We would be grateful if you could confirm which of the two sites you mean."],
  },
};
