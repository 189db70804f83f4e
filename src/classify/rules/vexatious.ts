import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "vexatious",
  signal: "exempt",
  description: "The request is refused as vexatious or repeated, or as manifestly unreasonable.",
  basis: "FOIA s14; FOISA s14; EIR 12(4)(b), EISR 10(4)(b).",
  weight: 0.9,
  // "Repeated" is a ground only of a request ("a repeated request", "your request repeats one we
  // answered"); "this process is repeated every month" is not.
  pattern: /\b(?:is|are|been|be|as)\s+(?:a\s+)?(?:deemed\s+|considered\s+)?(?:to be\s+)?(?:a\s+)?['‘"“]?(?:vexatious|manifestly unreasonable)\b|\bmanifestly unreasonable\b|\bvexatious request\b|\brepeated (?:or (?:substantially )?similar )?requests?\b|\brequests?\b[^.]{0,40}\b(?:is|are|as|be) (?:a )?['‘"“]?repeated\b|\brepeat(?:s|ed)? (?:a|an|one|the) (?:earlier|previous|identical|similar)\b/i,
  veto: /\bnot (?:vexatious|manifestly unreasonable)\b|\b(?:do|does|did) not (?:consider|believe|think|regard)\b[^.]{0,60}\b(?:vexatious|manifestly unreasonable)/i,
  examples: {
    match: ["Your request is considered vexatious under section 14(1).", "We consider the request manifestly unreasonable under regulation 12(4)(b).", "This is a repeated request under section 14(2).", "Your request repeats an earlier one we answered in May."],
    noMatch: ["We do not consider your request to be vexatious.", "The upload is repeated every night."],
  },
};
