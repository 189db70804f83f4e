import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "held-elsewhere",
  signal: "not_held",
  description: "The information is held by another body, or the requester is pointed to another body.",
  basis: "labels.md: \"held by our ICT partner, not by us\"; \"We do not hold this; you may wish to contact X\" → not_held.",
  weight: 0.7,
  pattern: /\b(?:you (?:may|might|will|could) (?:wish|want|need) to (?:contact|direct|approach|write to|redirect|ask)|(?:you )?(?:need|should) to direct your (?:enquiry|request|question)|direct your (?:enquiry|request|question)s? to|(?:is|are) (?:held|managed|recorded|maintained|taken|made|decided) by (?:our|the|a)\s+(?:\w+\s+){0,4}(?:partner|provider|supplier|contractor|organisation|body|company|agency|consortium|insurers?|loss adjusters?)s?\b|not (?:the responsibility|a matter) (?:of|for) (?:the|this) (?:council|trust|force|authority)|(?:is|are) (?:the )?responsib(?:le|ility) (?:of|for) (?:another|a different|the \w+ (?:council|authority|department|agency))|\bheld by (?:the )?[\w’' -]{2,40}?,? (?:and )?not by\b|\bwould be held by (?:the|each|individual|your|a) |\b(?:would be|is|are) (?:the )?responsib(?:le|ility) of the (?:\w+\s+){0,2}(?:headteacher|head teacher|school|academy|governors|provider|contractor|police|government|department)s?\b|national centre responsible for|\b(?:(?:would|will|are|is) )?(?:deal|dealt) with (?:such |these |those |this |the |any )?(?:\w+ ){0,2}(?:under|through|via) (?:their|its) own\b|outside (?:the|our) (?:remit|scope) of (?:the|this) (?:council|trust|authority))/i,
  examples: {
    match: ["You may wish to contact the county council, who hold this information.", "You should direct your question to the county council instead.", "The data from those surveys is held by DfE not by the Council.", "This information would be held by the school.", "This would be the responsibility of the Headteacher in the unit.", "Such claims are decided by our insurers.", "Under our contract, the collection agents deal with such complaints under their own procedure."],
    noMatch: ["Please contact us if you have any queries.", "Complaints are dealt with under our own procedure within ten days."],
  },
};
