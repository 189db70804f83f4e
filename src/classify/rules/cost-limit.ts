import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "cost-limit",
  signal: "exempt",
  description: "Compliance would exceed the appropriate (cost) limit.",
  basis: "FOIA s12 (FOISA s12 excessive cost; EIR 12(4)(b) manifestly unreasonable on cost grounds).",
  weight: 0.9,
  // redos-ok: every gap is bounded (.{0,100} and less), timed linear on recheck's own attack: 34 K, 134 K, 537 K characters in 2, 9, 37 ms
  pattern: /\bexceed\w*\s+(?:the\s+)?(?:appropriate|cost|upper|£\d+)\s+(?:\(?cost\)?\s+)?limit|\b(?:not|cannot|unable)\b.{0,100}\bwithin (?:the )?(?:appropriate|cost|upper)\s+(?:\(?cost\)?\s+)?limit|\b(?:appropriate|upper cost|cost)\s+(?:\(cost\)\s+)?limit\b.{0,80}\b(?:exceed|would|refus|not obliged|section 12|s\.?12)|\bsection\s+12\b.{0,60}\b(?:cost|limit)|\bexcessive cost\b|\b(?:exceed\w*|beyond|over|more than|in excess of|longer than)\s+(?:the\s+)?(?:18|24|eighteen|twenty[- ]four)\s+hours\b|\b(?:18|24|eighteen|twenty[- ]four)[- ]hours?\s+(?:limit|threshold|of (?:officer|staff) time)\b/i,
  // A limit only foreseen ("we think it likely that this part would exceed the cost limit", "may well exceed"), said
  // beside a request to narrow or clarify, applies no ground yet.
  // redos-ok: fixed words with bounded gaps
  veto: /\bif\s+(?:the number|it|this|your request)\b.{0,40}\bexceed|\b(?:think|believe|expect|suspect|anticipate)\s+(?:that\s+)?(?:it\s+)?(?:is\s+)?(?:likely|possible|probable)\b[^.]{0,40}\bexceed|\b(?:may|might|could)\s+(?:well\s+)?exceed/i,
  examples: {
    match: [
      "Our systems do not let us extract all of this within the appropriate (cost) limit.",
      "We estimate that complying would exceed the appropriate limit of £450.",
      "Section 12 of the Act allows us to refuse a request where the cost of compliance exceeds the limit.",
      "Finding every report would take us well beyond the 18 hours we may spend on a request.",
      "Pulling these files would go past the 24-hour limit for a Whitehall department.",
    ],
    noMatch: ["If the number of types will exceed the money limit please collect what you can.", "As it stands we think it likely that the third part would exceed the cost limit, so please tell us which records you need.", "Searching every mailbox may well exceed the appropriate limit; could you narrow the date range?"],
  },
};
