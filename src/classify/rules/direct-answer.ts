import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "direct-answer",
  signal: "disclosed",
  description: "A yes/no, none/nil/zero, or a number or amount given as the answer.",
  basis: "labels.md: disclosed includes a nil or zero answer, a yes/no, a figure.",
  weight: 0.9,
  pattern: /^\s*(?:["'‘“]\s*)?(?:yes|no|none|nil|zero|never|correct|confirmed)(?:\s*[.,;:!–-]|\s*$|\s+(?:we|the|it|there|this|that|our|i|not|none|but|however|although|as|because|all|in|for|at|to|from|currently)\b)|^\s*(?:[£$€]\s*)?\d[\d,.]*(?:\s*(?:%|k|m|million|incidents?|attacks?|staff|people|posts?|FTE|times?|claims?|breaches|reports?|members?))?\s*(?:[.;]\s*)?$|\b(?:answer to (?:your |the )?(?:first )?question is)\s+['‘"“]?(?:yes|no)\b|\b(?:total|totals?|amount|figure|number|cost|spend|spent|value)\s*(?:was|is|were|of|:)\s*(?:£|\$|€)?\s?\d[\d,.]*|\bwe (?:have )?(?:spent|paid|recorded|received|experienced|reported)\s+(?:£\s?)?\d[\d,.]*/i,
  // "1." or "4)" alone on a line is a list number (the next item's label), not a figure given.
  veto: /^\s*\(?\d{1,2}[.)]\s*$|\bcost limit\b|\bappropriate limit\b|\bhours\b|\bworking days\b|\bper hour\b|^\s*no\s+(?:information|data|records?|attachments?|documents?)\b/i,
  examples: {
    match: ["Yes", "No.", "None", "£112.50", "413", "We spent £45,000 in 2023/24.", "Total: 413 incidents", "Yes, we have a policy (attached)."],
    noMatch: ["2.", "(3)", "No information is held.", "No attachments", "The appropriate limit is £450, which equates to 18 hours.", "Nothing further to add about the Northern area"],
  },
};
