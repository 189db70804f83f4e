import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "clarification",
  signal: "clarification",
  description: "The authority asks the requester to clarify, or says the item is not a request for recorded information.",
  basis: "labels.md: other — clarification sought, not a request for recorded information and no ground applied, or an invalid request (FOIA s8: no real name, no address, not in writing).",
  weight: 0.85,
  // "Please specify the grants referred to in 1c" is a request restated; an authority asks which period, what exactly.
  // redos-ok: linear: each "section 8" reads at most 80 characters on to its requirement word (recheck counts the bound as polynomial); its attack, 'A SECTION 8' and a tab 64,000 times (768 K characters), takes 107 ms, 16,000 times 22 ms
  pattern: /\b(?:please (?:could you )?(?:clarify|specify (?:which|what|whether|exactly|the (?:time ?period|timeframe|dates?|period|years?|location|department|service)s?\b)|confirm (?:which|what|whether you))|could you (?:please )?(?:clarify|specify|confirm (?:which|what))|we (?:need|require|would need) (?:further |some )?clarification|(?:require|need|seek|request|asked? for)\s+(?:further\s+)?clarification|is not a (?:valid )?request for (?:recorded )?information|(?:not|isn't) (?:a request for|asking for) recorded information|does not (?:constitute|amount to) a (?:valid )?request|(?:seeks|asks for|asks about) (?:an? |the )?(?:[\w']+ )?(?:opinions?|views?|explanation|comment)|rather than (?:for )?recorded information|(?:does|do|did) not (?:require|oblige) (?:us|an? (?:public )?authority|the (?:public )?authority|(?:public )?authorities) to (?:offer|give|provide|express|form) (?:an? )?(?:opinions?|views?|comments?|explanations?)\b|not a valid request|\bsection 8(?:\s*\(\s*1\s*\))?(?:\s*\([a-c]\))?[^.]{0,80}\b(?:requires?|valid|real name|full name|address for correspondence|in writing)|(?:not|haven't|have not|has not|did not) (?:given|provided|supplied|included) (?:us )?(?:with )?(?:your|a|their) (?:full|real|complete) name\b|\b(?:made|submitted) (?:under|using) (?:a|an) (?:pseudonym|alias)\b|\b(?:requires?|without|lacks?|no) (?:a )?(?:valid|real|full) (?:name|address|postal address|address for correspondence)\b)/i,
  // "Should we need clarification, we will write again": a condition, not a question asked.
  veto: /\b(?:should|if|where|in case) (?:we|i|the \w+) (?:need|require|have to seek)\b|\bthank you for (?:your|the) (?:recent )?(?:email of )?clarification\b|\bclarification (?:received|you provided)\b/i,
  examples: {
    match: ["Please clarify which period you mean.", "Please specify the time period you are interested in.", "We need further clarification before we can respond.", "This is not a request for recorded information.", "We cannot treat this as a request, since section 8(1)(b) needs an address for correspondence and a real name.", "The request gives no valid postal address.", "We cannot deal with your request as you have not provided us with your full name.", "Section 8 of the Act says a requester must give us their full name.", "The request was made under a pseudonym, so it cannot be processed.", "The Regulations do not oblige us to offer a view on what the site should do."],
    noMatch: ["If we need clarification of any part, we will contact you.", "Thank you for the clarification you sent, which lets us answer in full.", "e. Please specify the grants and other sources referred to in 1c and d"],
  },
};
