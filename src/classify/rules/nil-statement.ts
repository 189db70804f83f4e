import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "nil-statement",
  signal: "disclosed",
  description: "A statement that there were none of what was asked (\"there were no incidents\", \"we received no complaints\").",
  basis: "labels.md: a nil or zero answer is disclosed. Weaker than a figure: beside a formal not-held statement it only explains why nothing is held.",
  weight: 0.6,
  pattern: /\b(?:there (?:were|was|have been|has been|are|is)|(?:we|they|it|the \w+) (?:have |has )?(?:received|recorded|had|experienced|reported|paid|made)|(?:have|has|had) (?:received|recorded|experienced|reported|paid|made|identified|found))\s+(?:no|zero|nil|none|0)\b|\bno (?:\w+ ){0,3}(?:was|were|has been|have been) (?:accommodated|received|recorded|reported|paid|made|experienced)\b|\bno (?:child|person|member|incident|attack|payment|claim|complaint)s? (?:\w+ ){0,6}(?:was|were)\b/i,
  // "There has been no need to produce such a report" says the information does not exist, not that none of something happened.
  veto: /\b(?:no (?:information|data|records?|recorded information) (?:is|are|was|were) held)\b|\bno (?:requirement|need|obligation|duty|reason|means|way|record|information|data|documents?|documentation)\b/i,
  examples: {
    match: ["There were 0 successful attacks.", "The Parish Council has received no complaints of that kind.", "We can confirm that no child in this group was taken into care for any of these reasons."],
    noMatch: ["No information is held.", "There is a separate budget.", "There has been no need to produce such a report."],
  },
};
