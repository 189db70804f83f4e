import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "direct-answer",
  signal: "disclosed",
  description: "A yes/no, none/nil/zero, or a number or amount given as the answer.",
  basis: "labels.md: disclosed includes a nil or zero answer, a yes/no, a figure.",
  weight: 0.9,
  pattern: /^\s*(?:["'‘“]?\s*)(?:yes|no|none|nil|zero|nothing|never|correct|confirmed)\b(?![- ](?:information|data|record)s?\s+(?:is|are|was|were)?\s*held)|^\s*(?:£|\$|€)?\s*\d[\d,.]*\s*(?:%|k|m|million|incidents?|attacks?|staff|people|posts?|FTE|times?|claims?|breaches|reports?|members?)?\s*[.;]?\s*$|\b(?:there (?:were|was|have been|has been|are|is)|we (?:have )?(?:received|recorded|had|experienced|reported|paid|spent))\s+(?:no|zero|nil|none|0|\d[\d,]*|£\s?\d[\d,.]*)\b|\b(?:answer to (?:your |the )?(?:first )?question is)\s+['‘"“]?(?:yes|no)\b|\b(?:total|totals?|amount|figure|number|cost|spend|spent|value)\s*(?:was|is|were|of|:)\s*(?:£|\$|€)?\s?\d[\d,.]*/i,
  veto: /\bcost limit\b|\bappropriate limit\b|\bhours\b|\bworking days\b|\bper hour\b/i,
  examples: {
    match: ["Yes", "No.", "None", "£112.50", "413", "There were 0 successful attacks.", "We spent £45,000 in 2023/24.", "Total: 413 incidents"],
    noMatch: ["No information is held.", "The appropriate limit is £450, which equates to 18 hours."],
  },
};
