import type { Rule } from "../rule.js";

/**
 * An answer that is only the label of a refusal, as forms and tables write it: "Exempt",
 * "Exempt – see below", "Refused", "Exemption applies (see note 2)". Its ground is given elsewhere,
 * usually in a section below the answers or a column beside them.
 */
export const rule: Rule = {
  id: "exempt-label",
  signal: "exempt",
  description: "The answer opens with the bare label of a refusal: Exempt, Refused, Exemption applies.",
  basis: "labels.md: exempt — information withheld or the request refused on a statutory ground; its grounds may be stated once for the letter.",
  weight: 0.85,
  pattern: /^\s*["'‘“]?(?:exempt(?:ed)?|refused|exemptions? appl(?:y|ies))\b(?!\s*:)(?!\s+from\s+(?:the\s+)?(?:council tax|business rates|rates|tax|vat|fees?|charges?|duty|parking))/i,
  // "Exempt properties: 45", "Exempt | 12": a category of data, not a refusal; "Exemptions applied:
  // not applicable" is a form field saying none (meaning/template.ts reads fields).
  veto: /\b(?:not applicable|n\/a|none)\b|^\s*["'‘“]?exempt(?:ed)?\s+(?:properties|vehicles|premises|households|dwellings|accounts|staff|employees|organisations|bodies|persons|people)\b|^\s*["'‘“]?exempt(?:ed)?\s*[:|]\s*[£\d]/i,
  examples: {
    match: ["Exempt", "Exempt - please see below.", "Exempt under section 31, see the note after the table.", "Refused (see refusal notice).", "Exemption applies – see note 2."],
    noMatch: ["Exemptions applied: not applicable", "Exemption applies: N/A", "Exempt properties: 45", "Exempt from council tax: 120 homes", "Exempt | 12", "The exemption does not apply here."],
  },
};
