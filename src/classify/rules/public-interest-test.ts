import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "public-interest-test",
  signal: "pit",
  description: "The letter weighs the public interest in disclosure against withholding.",
  basis: "FOIA s2(2)(b) (qualified exemptions), EIR 12(1)(b), FOISA s2(1)(b). labels.md: pit flag.",
  weight: 0.9,
  pattern: /\bpublic interest (?:test|balance|arguments?|factors?|considerations?|in (?:maintaining|withholding|disclosure|disclosing|releasing|favour|not (?:disclosing|prejudicing|releasing)|protecting|ensuring|avoiding|preventing|openness|understanding)|(?:lies|favours|is served|would be served|outweighs|does not|weighs|test)|is best served)|\b(?:weighed|weighing|considered|balanced) (?:up )?the public interest|\bpublic interest[^.]{0,40}\bfavou?rs?\b|\bbalance of (?:the )?public interest|\bfactors? (?:in favour of|favouring|for|against) (?:disclos|withhold|maintain|releas|non-disclos)|\bconsidered (?:the|whether the) public interest|\bqualified exemptions?\b|\bpublic interest (?:in|to) (?:release|disclose)/i,
  // redos-ok: recheck calls the lookbehind polynomial; in V8 its own attack ("\t\t" repeated) at 40 K, 400 K and 1.6 M characters takes 0.5, 0.3 and 2.1 ms, and "whether the balance of the " × 15,000 before "public interest" 1 ms
  veto: /\bnot subject to (?:the |a )?['‘"“]?public interest|\bno public interest test\b|\bnot required to (?:consider|carry out|conduct) (?:the |a )?(?:public interest|['‘"“]public)|\bpublic interest test (?:does not|doesn't) apply|(?<!\b(?:whether|if)\s+(?:the\s+)?(?:balance\s+of\s+(?:the\s+)?)?)\bpublic\s+interest\s+(?:(?:lies|rests|falls|is|weighs)(?:\s+(?:firmly|clearly|therefore))?\s+in\s+favour\s+of|(?:favours|favors|supports))\s+(?:the\s+)?(?:disclos|releas)/i,
  examples: {
    match: ["As a qualified exemption, section 43 requires us to weigh the public interest.", "The balance of public interest lies in withholding the information."],
    noMatch: ["This information has been provided in the public domain.", "Being absolute, that exemption is not subject to a 'public interest' test.", "Having weighed the factors, we believe the public interest lies in favour of disclosure."],
  },
};
