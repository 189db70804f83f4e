import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "data-table",
  signal: "disclosed",
  description: "A line of data: a short label followed by figures, or a row of numbers (a table as extracted).",
  basis: "labels.md: disclosed — the information asked for is given.",
  weight: 0.75,
  // Matched per line by the classifier (sentences of tabular text are lines).
  pattern: /^(?=.{1,90}$)(?:[A-Za-z][\w /&().'’-]{0,50}?[\s:=-]+)?(?:£|\$|€)?\d[\d,.]*(?:\s?[-/–]\s?\d+)?(?:%|k)?(?:(?:\s+|\s[-–:=]\s)(?:£|\$|€)?\d[\d,.]*(?:\s?[-/–]\s?\d+)?%?){0,8}\s*(?:[A-Za-z][\w /()-]{0,30})?\s*$/,
  veto: /\b(?:sections?|regulations?|schedule|s\.|reg\.|hours?|minutes?|days?|working|limit|tel|telephone|phone|fax|e-?mail\s*:|ref(?:erence)?|postcode|road|street|house|floor|court|avenue|suite|po box)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}\b|^\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$|^\d{4}$|^(?:table|figure|chart|foi|request|response|answer|decision|case|attachment|appendix|annex|page|question|item|part)\b|^(?:we|i|you|our|please|this|it|they|there)\s+(?:are|is|am|were|was|have|has|can|cannot|could|will|would|see|find|refer)\b|\b(?:questions?|requests?|responses?|EIR|FOI|case)\s+(?:no\.?\s*)?\d|^\(?0\d{2,4}\)?[ -]?\d{3,4}[ -]?[\dX]{3,4}$/i,
  examples: {
    match: ["2020/21 - 14", "2023-24 – £1,200", "2022 -23 127", "November 2018 32", "Incidents involving email 31 22 0", "2021-22 191", "Polish £12,842", "Total £60,828 £116,864"],
    noMatch: ["Tel: 01234 567890", "Weighing the interests under Sections 24, 31 and 43", "The appropriate limit for councils is £450", "21 December 2017", "Our ref: FOI 2774", "We are unable to answer question 4.", "Please see attached our response to EIR 963554.", "020 8303 7XXX", "0114 273 4567"],
  },
};
