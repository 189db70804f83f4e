import type { Signal } from "../rule.js";
import type { Word } from "./words.js";
import { BY_OTHER, CLARIFY, ELSEWHERE, EVENTS, FIND, HAPPEN, HARM, HAVE, HOLD, INFO, NOT_RECORDED, POINTER, REDIRECT, WITHHOLD } from "./lexicon.js";
import { AUTHORITY, after, clauseOf, closeNegation, fact, objectOf, releasing } from "./word-scope.js";
import { notHeld, findWordAsAdjective, infoAffected, negatedNounIsInfo, noMeans, noneOfThing, objectKind } from "./not-held-family.js";

/**
 * Cue families: one idea each (not held, refused, given, nil, pointed elsewhere, clarification
 * asked, not a request for recorded information), read over word stems with negation and
 * condition scope, so that "we do not retain", "no such records exist", "we are not able to
 * identify" and "this is not logged" are one idea and "we do hold" or "if we held" are not it.
 * Each family scores a sentence 0–1; the reader keeps the best-scoring family.
 */
export interface Family {
  id: string;
  signal: Signal;
  description: string;
  read(words: readonly Word[]): number;
  examples: { match: string[]; noMatch: string[] };
}



/** "can not be shared", "will not be disclosed", "could not be provided": a modal, the negation, then "be". */
function modalPassive(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const between = words.slice(i - w.distance - 1, i).map((x) => x.text);
  return between.length >= 3 && /^(?:can|could|will|would|may|should|must|shall)$/.test(between[0]!) && between[1] === "not" && between[between.length - 1] === "be";
}

/**
 * The reason a refusal gives when it cites no number: "for security reasons", "their personal information",
 * "commercially sensitive", "in confidence". With it, a negated giving verb is a refusal whatever its object
 * ("we will not release the firewall make for security reasons", "we cannot give the names as they are
 * personal data"); labels.md: a refusal that cites no section is exempt.
 */
// redos-ok: alternation of fixed phrases over single spaces (the words are joined with one space)
const STATED_REASON = /\b(?:personal (?:data|information|details)|(?:security|safety|confidentiality|privacy|commercial|operational) reasons?|reasons? of (?:security|safety|confidentiality|privacy|commercial)|commercially (?:sensitive|confidential)|commercial (?:sensitivity|confidentiality|interests?)|national security|law enforcement|data protection|in confidence|confidential|security sensitive|sensitive nature)\b/;

export const refused: Family = {
  id: "meaning/refused",
  signal: "exempt",
  description: "Information kept back: a withholding word stated as fact, a giving verb negated with the authority as its subject, or the harm a refusal rests on.",
  read(words) {
    let best = 0;
    const joined = words.map((x) => x.text).join(" ");
    // Said to the requester about their own data ("we will not share your personal details") it is a privacy promise.
    const reasoned = STATED_REASON.test(joined) && !words.some((x) => x.text === "you" || x.text === "your");
    words.forEach((w, i) => {
      if (!fact(w)) return;
      // A decision not to give ("will not", "cannot be", "unable to"), not a history ("has not been released before"); scored
      // under a withholding word, so that "unable to provide personal data because we do not hold it" stays not held.
      if (reasoned && releasing(w) && closeNegation(words, i) && !words.slice(i - w.distance, i).some((x) => x.text === "been") && (clauseOf(words, w).some((x) => AUTHORITY.test(x.text) || x.text === "unable" || x.text === "able") || modalPassive(words, i))) best = Math.max(best, 0.65);
      // "refuse" and "decline" are a refusal with the authority as their subject, or a request as their object ("the victim declined" is not).
      const byAuthority = (): boolean => !/^(?:refus|declin)/.test(w.stem) || clauseOf(words, w).some((x) => AUTHORITY.test(x.text)) || /^(?:your|this|the)$/.test(words[i + 1]?.text ?? "") || /^(?:is|are|was|were|been|be|being)$/.test(words[i - 1]?.text ?? "");
      // "exempt" withholds information: with "from/under/by" after it or information before it ("the vehicle was exempt" does not).
      const ofInformation = (): boolean =>
        w.stem !== "exempt" ||
        /^(?:under|by|pursuant|as) |^from (?:disclosure|release|publication|the duty)|^(?:apply|applies|applied|engaged|is|are) /.test(`${words[i + 1]?.text ?? ""} ${words[i + 2]?.text ?? ""}`) ||
        words.slice(Math.max(0, i - 4), i).some((x) => INFO.has(x.stem) || /^(?:it|this|these|they)$/.test(x.text));
      // Both are read only for a withholding word (most words are none). "except where …" shares its
      // stem with "exception" and withholds nothing.
      if (WITHHOLD.has(w.stem) && w.text !== "except" && !w.negated && byAuthority() && ofInformation()) best = Math.max(best, 0.7);
      else if (releasing(w) && closeNegation(words, i) && clauseOf(words, w).some((x) => AUTHORITY.test(x.text) || x.text === "unable" || x.text === "able") && ["info", "none"].includes(objectKind(objectOf(words, i)))) best = Math.max(best, 0.6);
      // The information as subject of a modal passive: "which is commercially sensitive and cannot be
      // shared", "these details will not be released". Said to the requester about their own data
      // ("your details will not be shared") it is a privacy promise, not a refusal.
      else if (releasing(w) && closeNegation(words, i) && modalPassive(words, i) && !clauseOf(words, w).some((x) => x.text === "you" || x.text === "your") && ["info", "none", "thing"].includes(objectKind(objectOf(words, i)))) best = Math.max(best, 0.6);
      // Kept for insiders: "only available to employees with an account", "for internal use only".
      else if (/^(?:available|accessible|restricted|circulated|shared)$/.test(w.text) && !w.negated && words.slice(Math.max(0, i - 3), i + 2).some((x) => x.text === "only") && after(words, i).some((x) => /^(?:staff|employees?|officers?|internal|internally|members|colleagues|practitioners|users)$/.test(x.text))) best = Math.max(best, 0.6);
      else if (w.text === "internal" && words[i + 1]?.text === "use" && words[i + 2]?.text === "only") best = Math.max(best, 0.6);
      else if (HARM.has(w.stem) && !w.negated && words.slice(Math.max(0, i - 4), i).some((x) => /^(?:would|likely)$/.test(x.text))) best = Math.max(best, 0.55);
      // The harm said to follow from release, with any modal: "disclosing it may prejudice", "its release could undermine".
      else if (HARM.has(w.stem) && !w.negated && words.slice(Math.max(0, i - 3), i).some((x) => /^(?:may|could|might|can)$/.test(x.text)) && words.slice(Math.max(0, i - 8), i).some((x) => /^(?:disclos|releas|publish|publicat)/.test(x.text))) best = Math.max(best, 0.55);
    });
    return best;
  },
  examples: {
    match: ["The names of the suppliers have been held back and redacted.", "The licence terms are confidential to the vendor and sadly can't be shared.", "The Trust will not be sharing the version numbers of its software.", "Publishing the layout would compromise the security of the site.", "Releasing the floor plans could undermine the safety of staff.", "The course slides are only available to staff who log in to our intranet.", "We will not release the make of the firewall for security reasons.", "We are not able to give the names as they are personal information.", "For reasons of commercial confidentiality we cannot share the unit prices.", "The drivers' names are personal data and will not be disclosed."],
    noMatch: ["The vehicle in that case was exempt from the charge because it belonged to a disabled driver.", "Staff grades are not exempt and are listed below.", "Should any part be withheld, we will say why.", "Outcome 14: the victim declines to support a prosecution", "We cannot give consent if the image belongs to someone else.", "Your contact details will not be shared outside the team.", "Data may be used for that purpose except where the person has objected.", "Heavy rain may damage the road surface.", "The slides are available to staff and to the public on our site.", "The personal data we hold on the register has not been released before; it is attached now."],
  },
};

/** "has been released", "is published", "we have provided": the giving verb as a finished fact, adverbs allowed between. */
function auxiliaryBefore(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = words[j]!.text;
    if (/^(?:been|is|are|was|were|have|has|had)$/.test(t)) return true;
    if (!/ly$|^(?:already|also|now|since|then|both)$/.test(t)) return false;
  }
  return false;
}

/**
 * "Email filtering is provided as a managed service by our ICT partner", "the system is supplied by a national body":
 * a service delivered by someone else (the passive with its agent), not information given to the requester.
 */
function deliveredByAnother(words: readonly Word[], i: number): boolean {
  const rest = after(words, i).slice(0, 7);
  const by = rest.findIndex((x) => x.text === "by");
  if (by < 0) return false;
  const agent = rest[by + 1];
  return !!agent && !/^(?:e-?mail|post|letter|us|return|hand|phone|telephone|law|statute|section|regulation|virtue)$/.test(agent.text);
}

export const given: Family = {
  id: "meaning/given",
  signal: "disclosed",
  description: "Information given: a giving verb stated as fact, or a pointer to where the answer is (attached, below, a link).",
  read(words) {
    let best = 0;
    const pointer = words.some((x) => POINTER.has(x.stem) && fact(x) && !x.negated);
    words.forEach((w, i) => {
      if (!fact(w)) return;
      if (releasing(w) && !w.negated && (pointer || (auxiliaryBefore(words, i) && !deliveredByAnother(words, i)))) best = Math.max(best, 0.6);
      else if (w.text === "exempt" && w.negated) best = Math.max(best, 0.5);
      else if (pointer && (w.text === "see" || w.text === "here" || w.text === "refer")) best = Math.max(best, 0.55);
      // "I have attached a spreadsheet which …", "we enclose the minutes": the authority sending a document, said as its own act.
      else if (/^(?:attach|attached|enclose|enclosed|include|included)$/.test(w.text) && !w.negated && words.slice(Math.max(0, i - 3), i).some((x) => /^(?:i|we)$/.test(x.text)) && words.slice(Math.max(0, i - 3), i).every((x) => /^(?:i|we|have|also|now|hereby|therefore|please)$/.test(x.text)) && words.slice(i + 1, i + 4).some((x) => /^(?:a|an|the|our|copies|copy|spreadsheet|document|documents|file|table|list|report)$/.test(x.text))) best = Math.max(best, 0.65);
    });
    return best;
  },
  examples: {
    match: ["A full specification has been released before; here is the link.", "Here is the table you asked for.", "The contract value was published on our website.", "I have attached a workbook which splits the totals by ward for the last two years.", "We enclose the minutes of the three meetings.", "We have also included a list of the sites inspected."],
    noMatch: ["We will not be sharing the contract.", "If the report were published, it would be on our website.", "Our payroll service is provided by the county council under a shared arrangement.", "Web filtering is supplied as a managed service by the regional network.", "We have not attached the appendices, which are withheld.", "If we included the names, the staff could be identified."],
  },
};

export const nil: Family = {
  id: "meaning/nil",
  signal: "disclosed",
  description: "None of what was asked happened or exists: an event word negated (\"no attacks\", \"none were paid\", \"have not received any complaints\").",
  read(words) {
    let best = 0;
    words.forEach((w, i) => {
      if (!w.negated || !fact(w)) return;
      const infoBefore = words.slice(Math.max(0, i - 3), i).some((x) => INFO.has(x.stem));
      const absent = w.negator !== "not" || words.slice(Math.max(0, i - w.distance), i).some((x) => x.text === "any" || x.text === "single");
      if (EVENTS.has(w.stem) && !infoBefore && absent) best = Math.max(best, 0.65);
      // "No personal data was lost in either incident": information as the subject of an event that did not happen.
      else if (INFO.has(w.stem) && w.negator === "no" && w.distance <= 3 && infoAffected(words, i)) best = Math.max(best, 0.65);
      // A verb negated by "not" ("we have not recorded any attacks"); after "no" the word is a noun ("no records of meetings").
      else if ((HAPPEN.has(w.stem) || HAVE.has(w.stem) || HOLD.has(w.stem)) && w.negator !== "no" && objectKind(after(words, i)) === "event") best = Math.max(best, 0.6);
      // "The Council does not have any electric gritters": none of the things asked about, a nil answer.
      else if (HAVE.has(w.stem) && noneOfThing(words, i, objectKind(after(words, i)))) best = Math.max(best, 0.6);
      else if (FIND.has(w.stem) && (w.negator === "no" || w.negator === "none") && !findWordAsAdjective(words, i) && !negatedNounIsInfo(words, i) && !noMeans(words, i)) best = Math.max(best, 0.6);
    });
    return best;
  },
  examples: {
    match: ["No ransom demands have been made to the Trust.", "We have not suffered any successful attacks in that period.", "No personal data was lost in either incident.", "No patient records were stolen or exposed during the outage.", "None of the claims went to court.", "The Council does not have any electric gritting lorries."],
    noMatch: ["We do not record the number of attacks.", "Incidents are reported to the board.", "No records of the meetings were found."],
  },
};

export const redirect: Family = {
  id: "meaning/redirect",
  signal: "not_held",
  description: "The requester is pointed to another body, or the matter lies with another body and not with this one.",
  read(words) {
    let best = 0;
    const you = words.some((x) => x.text === "you" || x.text === "your");
    words.forEach((w, i) => {
      if (!fact(w)) return;
      if (REDIRECT.test(w.text) && /^(?:to|please|can|may|might|could|should|must|will|would)$/.test(words[i - 1]?.text ?? "") && !w.negated && you && !words.slice(i + 1, i + 3).some((x) => x.text === "us" || x.text === "me")) best = Math.max(best, 0.6);
      else if (ELSEWHERE.test(w.text) && words.some((x) => /^(?:another|other|different|separate)$/.test(x.text) || (x.negated && x.clause === w.clause))) best = Math.max(best, 0.6);
      else if (BY_OTHER.has(w.stem) && w.negated && words[i + 1]?.text === "by") best = Math.max(best, 0.6);
      // "They would need to be contacted for that information": another body, to be asked in the requester's stead (not "you will be contacted").
      else if (/^(?:contacted|approached|asked)$/.test(w.text) && words[i - 1]?.text === "be" && words.slice(Math.max(0, i - 5), i - 1).some((x) => /^(?:would|should|will|must|need|needs|may|might|can|could)$/.test(x.text)) && !w.negated && !words.slice(0, i).some((x) => /^(?:you|we|i)$/.test(x.text))) best = Math.max(best, 0.6);
    });
    return best;
  },
  examples: {
    match: ["You might wish to approach the county council, which runs that service.", "That is a matter for a different authority.", "The area is not covered by this ambulance service.", "The hospital trust keeps those records and would need to be contacted for them."],
    noMatch: ["Please contact us if anything is unclear.", "The service is run by a contractor, Acme Ltd.", "Once approved, you will be added to our contact list.", "Your reference number is shown above.", "You will be contacted by our records team within ten days."],
  },
};

const ASKS = new Set(["please", "could", "would", "need", "needs", "require", "requires", "grateful", "let", "advise"]);
const SPEAKER = new Set(["we", "us", "our", "i", "me"]);
/** The law said not to oblige: "does not require", "is not obliged", "are not required". */
const OBLIGE = /^(?:require|requires|required|oblige|obliges|obliged|compel|compels)$/;
const ASKING = new Set(["ask", "asks", "asking", "asked", "seek", "seeks", "seeking", "question", "request", "requests", "require", "requires"]);

export const clarification: Family = {
  id: "meaning/clarification",
  signal: "clarification",
  description: "The authority asks the requester which thing, period or meaning they intend before it can answer.",
  read(words) {
    const asks = words.some((x) => ASKS.has(x.text));
    const you = words.some((x) => x.text === "you" || x.text === "your");
    if (!asks && !you) return 0;
    // Someone is asked: "you", or "we/us" needing it. "Other, please specify" on a form asks no one.
    const addressed = you || words.some((x) => SPEAKER.has(x.text));
    if (words.some((w) => CLARIFY.has(w.stem) && w.text !== "which" && fact(w) && !w.negated) && asks && addressed) return 0.65;
    if (words.some((w) => w.text === "which" && fact(w)) && you && words.some((w) => /^(?:mean|meant|refer|referring|intend|intended|interested)$/.test(w.text))) return 0.6;
    return 0;
  },
  examples: {
    match: ["Could you let us know which financial year you have in mind, so we can clarify the scope?", "Please tell us which sites you are referring to."],
    noMatch: ["If we need you to clarify anything we will write again.", "Thank you for clarifying your request.", "- Other (please specify)"],
  },
};

export const notARequest: Family = {
  id: "meaning/not-a-request",
  signal: "clarification",
  description: "The item asks for an opinion, a view or an explanation rather than recorded information.",
  read(words) {
    // The law's own reach, said as what it does not oblige: "the Act does not require the Department to answer questions or give
    // explanations", "the Regulations do not oblige us to create new information or offer an opinion". Said of the item, it is
    // declined as no request (labels.md: other), and outranks the not-held words inside it ("not already recorded", "create new
    // information" under the negated duty).
    const obliges = words.findIndex((w) => OBLIGE.test(w.text) && w.negated && fact(w));
    if (obliges >= 0) {
      const rest = words.slice(obliges + 1);
      const created = rest.some((x, k) => /^(?:create|created|creating|generate|compile)$/.test(x.text) && rest.slice(k + 1, k + 4).some((y) => /^(?:new|information|data|records?)$/.test(y.text)));
      const answered = rest.some((x, k) => /^(?:answer|answering)$/.test(x.text) && /^(?:questions|queries|enquiries)$/.test(rest[k + 1]?.text ?? ""));
      if (created || answered || rest.some((x) => NOT_RECORDED.has(x.stem))) return 0.85;
    }
    const asking = words.some((x) => ASKING.has(x.text));
    // Both readings need the item to be asking something.
    if (!asking) return 0;
    // "This question asks the Department to explain its reasons": the item itself asks for an account, not a record
    // ("you asked us to explain how the figures were compiled" is answered by the account that follows).
    const itemAsks = words.some((x, k) => ASKING.has(x.text) && words.slice(Math.max(0, k - 4), k).some((y) => /^(?:question|questions|item|part|point|request)$/.test(y.text)));
    if (itemAsks && words.some((w) => /^(?:explain|justify|speculate|comment)$/.test(w.text) && fact(w) && !w.negated)) return 0.6;
    if (words.some((w) => NOT_RECORDED.has(w.stem) && fact(w) && !w.negated) && asking) return 0.6;
    const text = words.map((w) => w.text).join(" ");
    if (/\brecorded information\b/.test(text) && words.some((w) => w.negated) && asking) return 0.65;
    return 0;
  },
  examples: {
    match: ["This part of your request seeks our view on a policy rather than recorded information.", "Your question asks for an explanation of a decision.", "This item asks the council to justify the route it chose.", "The Act does not require a public body to answer questions or give explanations that are not already written down.", "The Regulations do not oblige the council to create new information or to offer an opinion, so we cannot respond to this part.", "An authority is not required to give its views on hypothetical cases."],
    noMatch: ["Our views on the policy are set out in the attached minutes.", "The explanation is given in the report.", "You asked us to explain how the totals were worked out; they are the sum of the monthly returns.", "We are not required to publish the register, but it is attached.", "The Act does not require us to release the names, which are withheld under section 40(2)."],
  },
};

/** The families in the order ties are broken: a refusal over what it explains, not held over a pointer. */
export { notHeld };
export const families: readonly Family[] = [refused, notHeld, nil, redirect, clarification, notARequest, given];
