import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "no-separate-record",
  signal: "not_held",
  description: "There is no separate budget, team, record or figure for what was asked, or the data is not kept with the attributes or breakdown asked for.",
  basis: "labels.md: not_held — \"no separate budget\", \"not recorded\".",
  weight: 0.85,
  pattern: /\b(?:(?:there is|there are|we have|it has|the \w+ has)\s+no|(?:we|it|the \w+) (?:do|does) not have (?:an?|any))\s+(?:separate|specific|dedicated|discrete|distinct|central|itemised|individual|designated)\s+(?:\w+\s+){0,2}(?:budget|team|record|cost|costs|figures?|data|staff|post|role|spend|contract|line|code|category|support|department)s?\b|\bno\s+(?:separate|specific|dedicated|discrete)\s+(?:budget|team|record|costs?|figures?|spend)\b|\bnot\s+(?:separately|specifically|centrally)\s+(?:recorded|identified|captured|held|collated|budgeted)|\bnot\s+(?:listed|logged|recorded|identified|held)\s+(?:as\s+)?separate(?:ly)?\b|\b(?:unable|not able|cannot|can ?not)\s+(?:to\s+)?provide\s+(?:the\s+|any\s+)?(?:data|information|figures|details)\s+(?:with|in|by|at|broken down by)\s+(?:those|these|that|this|such|the requested)\s+(?:attributes|categories|categorisations?|format|form|breakdown|way|level|manner|detail)\b/i,
  examples: {
    match: ["It has no separate IT support.", "The Trust does not have a distinct budget for cyber security.", "There is no dedicated cyber team.", "Costs are not separately recorded.", "Companies are not listed as separate to persons in the charging system.", "Our records do not sort streets that way, so we are unable to provide data with those categories."],
    noMatch: ["There is a separate budget of £20,000."],
  },
};
