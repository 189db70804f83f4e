import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "not-applicable",
  signal: "moot",
  description: "\"Not applicable\", \"N/A\" or \"does not apply\" because an earlier answer made the question moot.",
  basis: "labels.md: \"7. No. 8. Not applicable\" → disclosed: the question is answered.",
  weight: 0.85,
  pattern: /^\s*(?:["'‘“]\s*)?(?:not applicable|n\/a|n\.a\.|na)\b|\b(?:is|are|would be)\s+['‘"“]?(?:not applicable|does not apply)['’"”]?|\banswers? (?:to|for) (?:the )?(?:remaining|other|following|later|subsequent) (?:questions?|parts?|points?) (?:is|are|would be) ['‘"“]?(?:not applicable|does not apply|n\/a)|\b(?:therefore|so) (?:questions? [\d, and-]+ (?:is|are) )?(?:not applicable|does not apply)/i,
  veto: /\b(?:exemption|section|regulation|duty)\b[^.]{0,30}\bdoes not apply\b|\bcost limit\b/i,
  examples: {
    match: ["Not applicable", "N/A", "So the answers to the later parts are 'not applicable'."],
    noMatch: ["Section 12 therefore does not apply to this part."],
  },
};
