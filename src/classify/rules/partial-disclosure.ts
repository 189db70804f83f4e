import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "partial-disclosure",
  signal: "partial",
  description: "An explicit statement that only part of the information is given, or part is withheld or redacted.",
  basis: "labels.md precedence: part given and part withheld → exempt, partial; part given and part not held → disclosed, partial.",
  weight: 0.8,
  pattern: /\b(?:some (?:of the )?information|part of the information|(?:as )?a (?:gesture of )?goodwill|gesture of goodwill|outside (?:of )?the (?:Act|FOIA|regulations)|the remaining (?:information|parts?)|(?:has|have) been redacted|redacted|redaction|in part\b|partial(?:ly)?\b|(?:is|are) not exempt|(?:hold|holds) some (?:of the )?information|\b(?:we|it|the \w+) (?:only|can only) (?:hold|holds|have|has|record|records|keep|keeps|provide) (?:information|data|figures|records|details) (?:for|on|about|from|relating to)\b|(?:only|can) (?:supply|provide)[^.]{0,40}(?:for|from) (?:the )?(?:last|first|period))/i,
  veto: /\bredacting any information deemed necessary\b|\bpartially successful\b|\bsome (?:of the )?information (?:(?:you (?:have )?)?requested )?(?:relates?|concerns?|is about|refers?) to\b|\bnot (?:automatically|necessarily) (?:mean|result|lead|follow)|\b(?:always|routinely|frequently|regularly|normally|usually) (?:\w+ ){0,2}(?:reviewed|checked|scrutini[sz]ed|challenged?|considered|assessed)\b|\bany (?:information|exemptions?) (?:which|that) (?:\w+ ){0,3}(?:is|are|has|have|may|might)\b|^\s*(?:(?:Dear|Hi|Hello|Good (?:morning|afternoon))\b|(?:To|From|Cc|Bcc|Sent|Subject|Reply-To|Requester|Applicant)\s*:)[^[\n]{0,80}\[[^\]\n]{0,40}\][\s,.:;>]*$/i,
  examples: {
    match: ["Some information has been redacted under section 40(2).", "We only hold figures for pupils in the county's own schools.", "We hold some of the information you requested.", "Staff at Head of Department level are not exempt from release."],
    noMatch: ["The information is exempt in full.", "Staff handle requests, in particular those about contracts.", "We neither confirm nor deny holding anything about part 2.", "Records must be kept securely and, in particular, must not be left on open desks.", "We cannot say what share went to that ward in particular.", "Some of the information requested relates to named individuals, so the list is exempt.", "Any information which a team marks as exempt is always reviewed before release, and what is not exempt is released.", "Dear [Name Redacted],", "Hello [redacted]", "To: [requester redacted]", "From: Records Officer <[email address redacted]>", "Cc: [REDACTED]"],
  },
};
