import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "not-held",
  signal: "not_held",
  description: "The authority says it does not hold (record, keep, collect) the information.",
  basis: "FOIA s1(1)(a) answer that information is not held; FOISA s17 notice; EIR 12(4)(a).",
  weight: 0.9,
  pattern: /\b(?:do|does|did)\s*(?:n['’]t|not)\s+(?:currently\s+|centrally\s+|routinely\s+|specifically\s+)?(?:hold|record|keep|collect|retain|maintain|capture|possess|have (?:it|them)\b|have (?:any |this |the |that |such |a |an )?(?:definitive |exact |precise |specific |accurate |separate |central )?(?:information|data|records?|details|figures?|correspondence|documents?|number|count|total|breakdown))\b|\b(?:is|are|was|were)\s+not\s+(?:held|recorded|collected|retained|kept|captured|logged|centrally (?:held|recorded))\b|\bno\s+(?:recorded\s+)?(?:information|data|records?|documents?|correspondence)\s+(?:relating|relevant|in relation|about|regarding|concerning|on)\b(?:\s+[\w’'-]+){1,5}?\s+(?:is|are|was|were|has been|have been)\s+(?:held|retained|kept|found|located)\b|\bnot\s+held\b|\bholds?\s+no\s+(?:information|records?|data|recorded)|\bno\s+(?:recorded\s+)?(?:information|data|records?|details|documents?|correspondence)\s+(?:is|are|was|were|has been|have been)?\s*(?:held|found|located|recorded|kept)\b|\bdoes not have (?:the|this|any) information\b|\b(?:(?:unable|not able) to|cannot|can ?not|could not|have not been able to) (?:locate|find|identify) any (?:information|records?|data|documents?|correspondence)|\b(?:(?:unable|not able) to|cannot|can ?not) (?:split|separate|isolate|extract|disaggregate|break down) (?:out )?(?:our|the|this|these|that) (?:information|data|figures?|costs?|spend)/i,
  // redos-ok: bounded gaps only, timed linear on recheck's own attack: 47 K, 190 K, 759 K characters in 0, 1, 3 ms
  veto: /\b(?:confirm(?:ing)? or deny|neither confirm|whether (?:or not )?(?:we|it|the \w+) (?:hold|holds)|if (?:we|it|the \w+) (?:did not|do not|does not)|to say no information is held|would (?:reveal|confirm|indicate)|does not hold any further|not held by the (?:requester|public)|should not be taken as (?:an? )?(?:indication|confirmation|suggestion))/i,
  examples: {
    match: ["We don’t have a definitive number of fountains.", "We are unable to provide this because we do not have it.", "Our supplier is unable to separate out our data from that of its other clients.", "We do not hold this information.", "Not held.", "Those records are not held by the Force.", "No information is held.", "Our Library service cannot locate any information on repairs in the two years before your request.", "We do not possess analysed data in the requested format.", "No information relating to the scheme has been retained.", "Individual cases are not logged by time."],
    noMatch: ["The force will neither confirm nor deny holding these records.", "To say no information is held would confirm that no testing took place."],
  },
};
