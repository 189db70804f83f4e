import { stem } from "../../core/stems.js";

/**
 * The word families the cue families are built from, as stems: each is one idea in the many
 * words letters use for it ("hold", "keep", "retain", "record", "collect", "possess" …). A new
 * variant of an idea is one word here, not a new phrase in a rule.
 */
function stems(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => stem(w.toLowerCase())));
}

/** Verbs of keeping information: negated, the information is not held. */
export const HOLD = stems("hold holds held holding keep keeps kept record records recorded collect collects collected collate collates collated retain retains retained maintain maintains maintained capture captures captured possess possesses possessed store stores stored log logs logged track tracks tracked gather gathers gathered compile compiles compiled exist exists existed monitor monitored produce produces produced create creates created");
/** "have": a not-held cue only with information or an absent thing as its object. */
export const HAVE = stems("have has had");
/** What an authority holds or not: information and its carriers. */
export const INFO = stems("information data record records figure figures detail details document documents breakdown statistic statistics correspondence register list number numbers total count minutes file files note notes evidence database spreadsheet analysis report reports log logs copy copies dataset");
/** Verbs of finding or separating out: negated ("unable to identify", "cannot separate"), the information is not there to give. */
export const FIND = stems("identify identified locate located find found extract extracted separate separated split isolate disaggregate distinguish determine ascertain establish quantify calculate retrieve obtain source trace");
/** Verbs of giving information. */
export const RELEASE = stems("provide provided disclose disclosed release released supply supplied share shared publish published give given divulge reveal send sent");
/** Verbs and adjectives of keeping information back. */
export const WITHHOLD = stems("withhold withheld withholding refuse refused refusing decline declined exempt exemption exemptions exception redact redacted");
/** Harm a refusal rests on: "would prejudice", "could compromise", "likely to undermine". */
export const HARM = stems("prejudice compromise undermine jeopardise jeopardize endanger harm damage");
/** Things that happen and can be counted: "no incidents", "none were reported". */
export const EVENTS = stems("incident incidents attack attacks breach breaches complaint complaints claim claims payment payments case cases meeting meetings fine fines referral referrals death deaths injury injuries event events instance instances occurrence occasion occasions prosecution prosecutions arrest arrests appeal appeals ransom demand demands request requests contract contracts grant grants occurred happened successful attempts");
/** What can happen to information in an incident: "no data was lost", "no records were stolen or exposed". */
export const AFFECTED = stems("lost stolen compromised exposed accessed leaked breached affected deleted encrypted exfiltrated corrupted destroyed copied misdirected misplaced");
/** A standing the authority has or not (labels.md: answered as a fact, not a record held): "does not hold either certification", "does not have a cyber insurance policy". */
export const STANDING = stems("certification certifications certificate certificates accreditation accreditations accredited certified membership memberships insurance insurer insured");
/** Verbs of things happening to or done by the authority. */
export const HAPPEN = stems("receive received experience experienced suffer suffered pay paid occur occurred happen happened report reported issue issued make made detect detected");
/** Pointing elsewhere: "contact", "direct your request to", "the responsibility of". */
/** Matched on the word itself: Porter gives "refer" and "reference" one stem. */
export const REDIRECT = /^(?:contact|direct|redirect|approach|forward|transfer|refer|write)$/;
/** Matched on the word itself: Porter gives "response" and "responsible" one stem. */
export const ELSEWHERE = /^(?:responsibility|responsible|matter|remit)$/;
export const BY_OTHER = stems("held managed run operated administered provided covered owned commissioned maintained hosted");
/** Asking the requester what they mean. */
export const CLARIFY = stems("clarify clarification clarifying specify which");
/** Not recorded information: opinions, explanations, things that would have to be created. */
export const NOT_RECORDED = stems("opinion opinions view views explanation explanations comment comments hypothetical speculate speculation");
/** Words of attaching or pointing to where the answer is. */
export const POINTER = stems("attached enclosed below above following link appendix annex table spreadsheet website overleaf");
