import type { Rule } from "../rule.js";
import { BALANCE_FOR_RELEASE, TIME_EXTENSION } from "../../cite/cite.js";
import { squeezeSpaces } from "../../core/spaces.js";

/**
 * Statements that no balancing was done: the exemption is "not subject to" a public interest test,
 * there is "no" such test, the authority is "not required to" weigh it, the test "does not apply" or
 * "was not carried out", or the authority says it "has not applied" one.
 */
const NO_TEST = /\bnot subject to (?:the |a )?['‘"“]?public interest|\bno public interest test\b|\bnot required to (?:consider|carry out|conduct) (?:the |a )?(?:public interest|['‘"“]public)|\bpublic interest test (?:does not|doesn't|did not|was not|has not been|is not) (?:apply|applied|required|carried out|conducted|needed|necessary)|\b(?:has|have|had|did|does|do) not (?:applied|apply|carried out|carry out|conducted|conduct|undertaken|undertake|performed|perform) (?:a|the|any) public interest test/i;

/**
 * A public interest test only said to be required or described: that an exemption is subject to one,
 * that the authority must or has to carry one out, or what would follow if the balance fell one way.
 * No balance is stated. labels.md gives `pit` where the letter states the balance; a letter cut before
 * its balance (or that never gives one) states none.
 */
// redos-ok: each alternative is one bounded run (at most 80 characters) between fixed words
const PROCEDURE = /\b(?:(?:is|are|be) subject to|(?:are|is|am) (?:required|obliged)|requires? (?:us|the \w+|an? (?:public )?authority|authorities) to|(?:has|have|need|needs) to|must|duty to)\b[^.]{0,80}\bpublic interest\b|\b(?:if|where|when|whether|unless)\b[^.]{0,60}\bpublic interest\b|\bpublic interest\b[^.]{0,80}\bmust be (?:considered|weighed|applied|carried out|conducted)\b|^\s*(?:this|the|a|an|section \d+\w* is a) (?:exemption|exception) is (?:a )?qualified\b|\bis a qualified (?:exemption|exception)\b[^.]{0,80}$/i;
/** The balance stated as found: "lies in", "favours", "outweighs", "we have concluded", "factors for and against". */
// redos-ok: bounded run between fixed words
const STATED = /\b(?:lies|lay|rests|falls) (?:firmly |clearly |therefore )?(?:in|with)\b|\bfavou?rs?\b(?! of)|\b(?:is|are|was) outweighed\b|\b(?:outweighs|outweighed)\b(?![^.]{0,80}\b(?:then|must)\b)|\b(?:we|i) (?:have )?(?:concluded|decided|determined|found|find|judge|conclude|consider|considered that|believe|are satisfied|am satisfied)\b|\bfactors? (?:in favour of|favouring|for|against)\b|\bbest served\b|\bbalance\b[^.]{0,40}\b(?:lies|falls|is in favour|favours|weighs)\b/i;

/** "For the results of this test … see the annex", "the factors are set out in the attached note": the balance is stated elsewhere (labels.md: an annex counts). */
// redos-ok: one bounded run between fixed words
const RESULT_ELSEWHERE = /\b(?:results?|outcome|conclusion) of (?:this|the|that|our) (?:public interest )?(?:test|balancing|assessment)\b|\b(?:test|balance|factors?|considerations)\b[^.]{0,60}\b(?:set out|given|explained|detailed|shown) (?:in|at) (?:the |our )?(?:annex|appendix|attach|enclos|schedule)/i;

/**
 * True when a sentence that speaks of the public interest test only says one is needed or how it
 * works; `after` is the text that follows it, where a pointer to the test's results may stand.
 */
export function onlyDescribesTest(sentence: string, after = ""): boolean {
  const flat = squeezeSpaces(sentence);
  const next = squeezeSpaces(after.slice(0, 240));
  if (RESULT_ELSEWHERE.test(flat) || RESULT_ELSEWHERE.test(next)) return false;
  if (/^\s*if\b/i.test(flat)) return true;
  if (!PROCEDURE.test(flat)) return false;
  // A test said to apply, then "… and we find that this outweighs the case for openness" in the next lines.
  const unconditional = (t: string): string => t.replace(/\b(?:if|where|whether|unless)\b[^.,;]{0,120}/gi, "");
  return !STATED.test(unconditional(flat)) && !STATED.test(unconditional(next));
}

/** The wordings of a public interest balance (kept as first written: its text is the ReDoS baseline's key). */
const STATED_BALANCE = /\bpublic interest (?:test|balance|arguments?|factors?|considerations?|in (?:maintaining|withholding|disclosure|disclosing|releasing|favour|not (?:disclosing|prejudicing|releasing)|protecting|ensuring|avoiding|preventing|openness|understanding)|(?:lies|favours|is served|would be served|outweighs|does not|weighs|test)|is best served)|\b(?:weighed|weighing|considered|balanced) (?:up )?the public interest|\bpublic interest[^.]{0,40}\bfavou?rs?\b|\bbalance of (?:the )?public interest|\bfactors? (?:in favour of|favouring|for|against) (?:disclos|withhold|maintain|releas|non-disclos)|\bconsidered (?:the|whether the) public interest|\bqualified exemptions?\b|\bpublic interest (?:in|to) (?:release|disclose)/i;
/** More wordings: "the public interest therefore lies", "the public interest does reside in applying the exemption", "not in the wider public good to release", "for the same public interest reasons", "this is outweighed by the interest in not assisting offenders", "I have reconsidered the public interest" (a review). */
const MORE_BALANCE = /\bpublic interest (?:therefore|clearly|firmly|overall) (?:lies|rests|falls|favours)\b|\bpublic interest (?:does |therefore |clearly |firmly )?resides? (?:in|with)\b|\b(?:not )?in the (?:wider |greater |overall |best )?public (?:good|interest) to (?:release|disclose|publish|provide|make)|\bpublic interest reasons\b|\bpublic interest in (?:transparency|accountability)\b[^.]{0,40}\b(?:has been|have been|was|were|is) (?:weighed|balanced|set)\b|\boutweighed by the (?:wider |greater |public )?interest (?:in|of)\b|\b(?:reconsidered|revisited|re-?examined) the public interest\b/i;

/** The balance given by reference to one stated before: "we have reached the same conclusion on the public interest", "the same public interest considerations apply". */
// redos-ok: fixed words only
const SAME_BALANCE = /\b(?:same|similar|that) (?:conclusion|view|result|outcome|balance) (?:on|about|regarding|as to|in respect of) the public interest\b|\bsame public interest (?:considerations|arguments|factors|balance|test) (?:apply|applies|applied|hold|holds)\b/i;

export const rule: Rule = {
  id: "public-interest-test",
  signal: "pit",
  description: "The letter weighs the public interest in disclosure against withholding.",
  basis: "FOIA s2(2)(b) (qualified exemptions), EIR 12(1)(b), FOISA s2(1)(b). labels.md: pit flag.",
  weight: 0.9,
  pattern: new RegExp(`${STATED_BALANCE.source}|${MORE_BALANCE.source}|${SAME_BALANCE.source}`, "i"),
  // A test said not to apply, or a qualified exemption released on the public interest (cite.ts reads that same sentence to drop the ground).
  // Also a sentence about taking more time to weigh it (cite.ts TIME_EXTENSION): no balance is stated yet.
  veto: new RegExp(`${NO_TEST.source}|${BALANCE_FOR_RELEASE.source}|${TIME_EXTENSION.source}`, "i"),
  examples: {
    match: ["The rest is withheld under the same two sections, and we came to the same conclusion on the public interest.", "The same public interest considerations apply to this part.", "As a qualified exemption, section 43 requires us to weigh the public interest.", "The balance of public interest lies in withholding the information.", "We accept the figures would interest researchers, but we do not believe it is in the wider public good to release them.", "For the same public interest reasons given above, question 3 is also refused.", "The public interest therefore lies in keeping the exemption.", "We feel the public interest does reside in applying this exemption.", "The public interest in transparency has been weighed against the need to keep the network safe.", "The interest in openness is outweighed by the interest in not helping those who would attack the network.", "On review I have reconsidered the public interest afresh."],
    noMatch: ["This information has been provided in the public domain.", "Being absolute, that exemption is not subject to a 'public interest' test.", "Having weighed the factors, we believe the public interest lies in favour of disclosure.", "As the exemption is absolute, the Council has not carried out a public interest test.", "No public interest test was needed for this part.", "We need further time to consider the public interest test for the exemption at section 43."],
  },
};
