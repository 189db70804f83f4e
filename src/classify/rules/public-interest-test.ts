import type { Rule } from "../rule.js";
import { BALANCE_FOR_RELEASE } from "../../cite/cite.js";

/** Statements that no balancing was done: the exemption is "not subject to" a public interest
 * test, there is "no" such test, the authority is "not required to" weigh it, or the test "does not apply". */
const NO_TEST = /\bnot subject to (?:the |a )?['‘"“]?public interest|\bno public interest test\b|\bnot required to (?:consider|carry out|conduct) (?:the |a )?(?:public interest|['‘"“]public)|\bpublic interest test (?:does not|doesn't) apply/i;

export const rule: Rule = {
  id: "public-interest-test",
  signal: "pit",
  description: "The letter weighs the public interest in disclosure against withholding.",
  basis: "FOIA s2(2)(b) (qualified exemptions), EIR 12(1)(b), FOISA s2(1)(b). labels.md: pit flag.",
  weight: 0.9,
  pattern: /\bpublic interest (?:test|balance|arguments?|factors?|considerations?|in (?:maintaining|withholding|disclosure|disclosing|releasing|favour|not (?:disclosing|prejudicing|releasing)|protecting|ensuring|avoiding|preventing|openness|understanding)|(?:lies|favours|is served|would be served|outweighs|does not|weighs|test)|is best served)|\b(?:weighed|weighing|considered|balanced) (?:up )?the public interest|\bpublic interest[^.]{0,40}\bfavou?rs?\b|\bbalance of (?:the )?public interest|\bfactors? (?:in favour of|favouring|for|against) (?:disclos|withhold|maintain|releas|non-disclos)|\bconsidered (?:the|whether the) public interest|\bqualified exemptions?\b|\bpublic interest (?:in|to) (?:release|disclose)/i,
  // A test said not to apply, or a qualified exemption released on the public interest (cite.ts reads that same sentence to drop the ground).
  veto: new RegExp(`${NO_TEST.source}|${BALANCE_FOR_RELEASE.source}`, "i"),
  examples: {
    match: ["As a qualified exemption, section 43 requires us to weigh the public interest.", "The balance of public interest lies in withholding the information."],
    noMatch: ["This information has been provided in the public domain.", "Being absolute, that exemption is not subject to a 'public interest' test.", "Having weighed the factors, we believe the public interest lies in favour of disclosure."],
  },
};
