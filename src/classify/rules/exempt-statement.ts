import type { Rule } from "../rule.js";
import { TIME_EXTENSION } from "../../cite/cite.js";

export const rule: Rule = {
  id: "exempt-statement",
  signal: "exempt",
  description: "The answer says the information is exempt, withheld or refused.",
  basis: "labels.md: exempt — information withheld or the request refused on a statutory ground.",
  weight: 0.9,
  pattern: /\b(?:is|are|be|being|been|considered|deemed|remains?)\s+(?:therefore\s+|also\s+|wholly\s+|fully\s+)?exempt\b|\bexempt(?:ed|ing)?\s+(?:from|under|by virtue|pursuant)|\b(?:exemptions?|exceptions?)\s+(?:applies|apply|is engaged|are engaged|under|at section|set out|to withhold|has been applied|have been applied|being applied|we are (?:applying|relying))|\b(?:we|i|the \w+)\s+(?:am|are|is|have|has)\s+(?:applying|relying on|claiming|engaging)\b|\bapplying (?:the )?exemptions?\b|\bwithh(?:e|o)ld(?:ing)?\b|\b(?:refus(?:e|ed|ing|al)|decline[sd]?)\s+(?:to|your|the|this|under|of)|\bnotice of refusal\b|\brefusal notice\b|\bnot (?:obliged|required) to (?:provide|disclose|release|comply|respond)|\b(?:am|are|is) exempting\b|\bexempting (?:this|the|that|these)\b/i,
  // Each "A … B within one sentence" veto is tried once per stretch between full stops (from its start,
  // `(?<![^.])`), from the first A in it, taken whole by lookahead and back-reference: tried from every
  // A, `A[^.]*B` re-read the rest of the stretch each time. The same sentences are vetoed.
  // A sentence about taking more time names the exemption being weighed, not one applied (cite.ts TIME_EXTENSION).
  veto: new RegExp(String.raw`(?<![^.])(?=([^.]*?\bsection 39\b))\1[^.]*\b(?:EIRs?|environmental information)\b|(?<![^.])(?=([^.]*?\b(?:EIRs?|environmental information regulations)\b))\2[^.]*\bsection 39\b|\b(?:if|where|when|unless)\s+(?:we|an? (?:authority|public authority)|(?:any |an )?exemptions? appl)|\bany exemptions?\s+which may apply|\bsubject to (?:any )?exemptions?\b|\bnot exempt\b|\b(?:person|persons|people|individuals?|victims?|callers?|patients?|residents?|applicants?|respondents?|customers?|service users?|suspects?|witness(?:es)?|he|she|they|who)\s+(?:(?:searched|concerned|involved|stopped|arrested|affected|asked|surveyed)\s+)?(?:has\s+|had\s+|have\s+)?(?:declined|refused|chose not)\s+to\b|\bnot (?:a |to be (?:read|treated|taken) as a )?refusal\b|(?<![^.])(?=([^.]*?\b(?:states|provides|says|sets out|explains|means) that (?:information|a (?:public )?authority|an authority|the information)\b))\3(?=([^.]*?\bexempt\b))\4[^.]*\bif\b|\bno exemptions? (?:have|has|were|was)\b|\bwithout (?:any )?exemptions?|\bnot (?:automatically|necessarily) (?:mean|result|lead|follow)|\b(?:always|routinely|frequently|regularly|normally|usually) (?:\w+ ){0,2}(?:reviewed|checked|scrutini[sz]ed|challenged?|considered|assessed)\b|\bany (?:information|exemptions?) (?:which|that) (?:\w+ ){0,3}(?:is|are|has|have|may|might)\b|\b(?:familiar with|aware of|knowledge of|trained (?:in|on)|understanding of) (?:the |any |all )?(?:exemptions?|exceptions?)\b|(?:^|\s)(?:RE|FW|Fwd):\s|\bv\.?\s+(?:the\s+)?Information Commissioner\b|\b(?:Tribunal|court|courts|Commissioner|judge)\s+(?:\(\w+\)\s+)?(?:has\s+|have\s+)?(?:said|held|found|stated|ruled|observed)\b|(?<!\b(?:this|the|that|some|such|your|its|their|which)\s)\b(?:information|material|records?|documents?)\s+(?:may|might|can|could)\s+(?:only\s+)?be\s+(?:withheld|refused)\b|\bunless\b[^.]{0,80}\b(?:can|could|may|might)\s+be\s+withheld\b|\bthis (?:letter|response|reply|e-?mail|notice)\s+(?:therefore\s+|also\s+)?(?:constitutes|is|serves as|acts as|forms|should be (?:treated|taken|read) as)\s+(?:a\s+|our\s+|the\s+)?(?:formal\s+|partial\s+)?(?:refusal notice|notice of refusal)\b`+`|${TIME_EXTENSION.source}`, "i"),
  examples: {
    match: [
      "This information is exempt from disclosure under section 31(1)(a).",
      "This information may be withheld under section 43(2) and has not been sent.",
      "We are withholding this information.",
      "We have decided to refuse this part of the request.",
      "We consider that the exemption at section 43(2) applies.",
    ],
    noMatch: [
      "This letter should be treated as the refusal notice required by section 17 for the parts withheld.",
      "This response serves as a formal refusal notice.",
      "Environmental information is exempt under section 39 of FOIA, so we answered under the EIRs.",
      "Your right of access is subject to exemptions under Part II of the Act.",
      "Section 43 provides that information is exempt if its release would harm commercial interests.",
      "Unless an exemption applies, the authority must say whether it holds the information.",
      "Staff at senior level are not exempt from release.",
      "A heading that says a document is confidential does not automatically mean that we refuse to release it.",
      "Any information that a department proposes to withhold is always checked by the records team.",
      "Our caseworkers are familiar with the exemptions under the Act.",
      "Information can be withheld only where an exemption in the Act applies.",
      "In Smith v Information Commissioner the Tribunal held that an authority may withhold advice from its lawyers.",
      "The message headed RE: contract terms (exempt from release) was sent in May.",
      "The Act allows such an extension where an exemption is engaged, here section 43, so that the public interest can be weighed.",
      "We are extending the deadline by 20 working days because the exemption at section 36 is engaged.",
      "Please do not take this email as a refusal.",
      // A person in the records declined, not the authority: "where the person declined to state their ethnicity".
      "Where the person searched declined to give their age, the record shows it as unknown.",
      "Cases in which the victim refused to support a prosecution are counted separately.",
      "Respondents who chose not to answer are shown as blank.",
    ],
  },
};
