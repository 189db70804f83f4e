import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "vexatious",
  signal: "exempt",
  description: "The request is refused as vexatious or repeated, or as manifestly unreasonable.",
  basis: "FOIA s14; FOISA s14; EIR 12(4)(b), EISR 10(4)(b).",
  weight: 0.9,
  pattern: /\b(?:is|are|been|be|as)\s+(?:a\s+)?(?:deemed\s+|considered\s+)?(?:to be\s+)?(?:a\s+)?['‘"“]?(?:vexatious|repeated|manifestly unreasonable)\b|\bmanifestly unreasonable\b|\bvexatious request\b/i,
  veto: /\bnot (?:vexatious|manifestly unreasonable)\b|\b(?:do|does|did) not (?:consider|believe|think|regard)\b[^.]{0,60}\b(?:vexatious|manifestly unreasonable)/i,
  examples: {
    match: ["Your request is considered vexatious under section 14(1).", "We consider the request manifestly unreasonable under regulation 12(4)(b)."],
    noMatch: ["We do not consider your request to be vexatious."],
  },
};
