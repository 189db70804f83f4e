import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "figures-in-prose",
  signal: "disclosed",
  description: "A sentence that states a figure as a fact (\"the number recorded was 11 in 2022\", \"the Trust had 1,204 devices\").",
  basis: "labels.md: disclosed — a figure given in answer.",
  weight: 0.7,
  pattern: /\b(?:was|were|is|are|had|has|have|totalled|totaled|numbered|comprised|of|at|by|recorded|received|reported|identified|experienced|employs?|employed)\s+(?:approximately\s+|around\s+|about\s+)?(?:£|\$|€)?\d[\d,.]*(?:\s?(?:%|per cent|million|m|k|bn))?(?!\s*(?:hours?|days?|working|minutes?|weeks?|months?|years?\b(?! ago)|January|February|March|April|May|June|July|August|September|October|November|December|\/|-))\b|\b(?:we|they|the (?:council|authority|trust|service|team|department|force))\s+(?:have\s+|has\s+|had\s+)?(?:stored|issued|approved|granted|processed|removed|collected|served|carried out|completed|installed|replaced|repaired|inspected|paid|spent|sold|made|sent|took|held|kept)\s+(?:approximately\s+|around\s+|about\s+|a total of\s+)?(?:£|\$|€)?\d[\d,.]*(?!\s*(?:hours?|days?|working|minutes?|weeks?|months?|years?|January|February|March|April|May|June|July|August|September|October|November|December|\/|-|[\d,.]))|^\s*(?:£|\$|€)\d[\d,.]*(?:\s?(?:million|m|k|bn))?\s+(?:with|for|in|on|across|from|to|paid|spent|was|were|over|during|excluding|including|in total|\()|\b(?<![\d,.])\d[\d,.]*\s+(?:[a-z-]+\s+){0,3}(?:incidents?|attacks?|breaches|staff|members of staff|FTE|devices|servers|users|laptops|computers|claims|complaints|reports?|referrals|cases|payments?)\b/i,
  veto: /\b(?:section|regulation|s\.|reg\.|limit|hours|working days|per hour|request(?:ed)? (?:dated|of|received)|received on|dated|within \d+|act \d{4}|\d{4} act|cost of compliance|estimate)\b/i,
  examples: {
    match: ["The number of cyber security incidents recorded was 11 in 2022, 14 in 2023 and 9 in 2024.", "The Trust had 1,204 devices on its network on 1 April 2021.", "We recorded 19 incidents.", "Over the year we have stored 20 lots of furniture for former tenants.", "The team issued 312 penalty notices in 2023.", "£48,200 with outside providers under the framework.", "£1.2 million across the two contracts."],
    noMatch: ["We estimate that this would take 40 hours.", "Thank you for your request received on 15 October 2024.", "We have kept 30 days of footage since the system was installed."],
  },
};
