import { REQUESTER_LIKE } from "../segment/cues.js";
import { has, patternIndex } from "../core/literals.js";

/**
 * Sentences that are not an answer to any question: framing, greetings, thanks, sign-offs.
 * A reply made only of these has answered nothing.
 */

/** "Please find our response below", "Our answers are set out below": framing, not an answer. */
export const FRAMING =
  /^\s*(?:(?:please )?(?:find|see) (?:below )?(?:the |our |my )?(?:[\w'’]+ ){0,4}(?:response|reply|answers?)\b[^.]{0,60}(?:below|follows?|set out)\W*$|(?:our|the|my) (?:response|reply|answers?)\b[^.\n]{0,40}(?:is|are) (?:set out |given )?(?:below|as follows)\W*$|(?:the |our |my )?(?:[\w'’]+(?:['’]s) )?(?:response|reply|answers?)s?\s*:?\s*$)/i;

/** Greeting, thanks or sign-off: never an answer, even alone. */
export const GREETING = /^\s*(?:(?:dear|hi|hello|good (?:morning|afternoon))\b[^.\n]{0,60}$|thank(?:s| you)\b|(?:kind |best )?regards\b|yours (?:sincerely|faithfully)\b)/i;


/**
 * The request read back inside an answer: a question, the requester's asking words ("Please
 * provide …", "How many …"), or its numbered item. Said to the authority, it answers nothing.
 */
export const READ_BACK = new RegExp(
  `\\?\\s*["'”’)]?$|^\\W*(?:\\(?\\d{1,2}[a-z]?[.)]\\s*)?(?:(?:please|kindly)\\s+(?:also\\s+)?(?:provide|confirm|supply|send|state|list|give|tell|advise|detail|share|disclose|specify|indicate|explain|respond|answer|select|tick|choose)|how (?:many|much|often|long)|what (?:is|are|was|were|type|types|kind|kinds)|which (?:of|company|supplier|software|system)|whether)\\b|^\\W*(?:\\(?\\d{1,2}[a-z]?[.)]\\s*)?(?:what|which|how|who|when|why|do|does|did|have|has|can|could|would|will|are|is)\\b(?!\\s+(?:we|i|our)\\b)[^.]*\\byour?\\b|\\bplease (?:also )?(?:provide|supply|send|list|give|detail|state) (?:me|a|an|the|all|any|details|copies|a copy|a breakdown|a list|the number)\\b(?![^.]*\\b(?:we|us|our)\\b)|${REQUESTER_LIKE.source}`,
  "i",
);

/**
 * Review rights: the requester told how to challenge the reply. "Appeal" and "satisfied with" are
 * also words of data ("412 fines were cancelled on appeal", "81% were satisfied with the service"),
 * so they count only where the sentence speaks to the requester ("you", "your") or names where an
 * appeal goes (the Commissioner, a tribunal, a review), or as the heading "rights of appeal".
 */
const REVIEW_RIGHTS = new RegExp(
  [
    /\binternal review\b|\b(?:make|making|lodge|submit) a complaint\b|\bcomplain to\b|\bunhappy with\b|\binformation commissioner|\bICO\b|\bsection 50\b|\bright to (?:ask|request|apply|complain|appeal)|\b(?:rights? of|right to) appeal\b|\bappeal rights\b/.source,
    // redos-ok: one bounded gap between two fixed words, no nested quantifier
    /\b(?:you|your|yourself)\b[^.]{0,80}\b(?:appeal|(?:dis)?satisfied with)\b|\b(?:appeal|(?:dis)?satisfied with)\b[^.]{0,80}\b(?:you|your|yourself|commissioner|tribunal)\b/.source,
  ].join("|"),
  "i",
);

/**
 * The kinds of sentence a reply carries beside its answers, each in the wording variants letters
 * use. Each kind is tested on its own so a report can say which one a sentence was.
 */
export const NOT_AN_ANSWER: readonly { kind: string; pattern: RegExp; examples: string[] }[] = [
  {
    // The header of a forwarded or replied-to e-mail (a disclosure log prints it above the reply): who wrote to whom, when, about what.
    kind: "email-header",
    pattern: /^\s*(?:from|to|cc|bcc|sent|subject|reply-to)\s*:[^\n]{0,120}$/i,
    examples: ["From: Parish Clerk <clerk@example-pc.gov.uk>", "To: [name withheld]", "Sent: 2 March 2025 09:14", "Subject: RE: request about verges"],
  },
  { kind: "framing", pattern: FRAMING, examples: ["Our answers are set out below:", "Please see the Trust's reply below."] },
  {
    kind: "greeting",
    pattern: /^\s*(?:(?:dear|hi|hello|good (?:morning|afternoon))\b[^.\n]{0,60}$|thank(?:s| you)\b|many thanks\b|(?:kind |best |warm )?regards\b|yours (?:sincerely|faithfully|truly)\b|i (?:hope|trust) (?:this|that|the above)\b|we (?:hope|trust) (?:this|that|the above)\b|(?:we|i) apologi[sz]e for (?:the|any) delay)/i,
    examples: ["Many thanks for getting in touch.", "I trust the above is of help.", "We apologise for the delay in replying."],
  },
  { kind: "request", pattern: READ_BACK, examples: ["2) how many staff work in the security team, by grade", "Please confirm the name of your antivirus supplier.", "What tools have you trialled for pothole repair", "[Please answer yes or no.]", "For each year since 2020 please provide a breakdown by site:"] },
  {
    kind: "review-rights",
    pattern: REVIEW_RIGHTS,
    examples: ["If you disagree with how we handled this, you may ask for an internal review.", "You can also apply to the Scottish Information Commissioner.", "Should you wish to appeal, please write to the address above.", "Rights of appeal"],
  },
  {
    kind: "contact",
    pattern: /^\s*(?:tel(?:ephone)?|phone|e-?mail|fax|web(?:site)?|address|post ?code|switchboard)\b\s*[:.]|\bcontact (?:us|me|the (?:foi|information|freedom|data|records)\b)|\bany (?:further |other )?(?:queries|questions|concerns)\b|\bdo not hesitate\b|\b(?:i|we) (?:shall|will) (?:be in touch|contact you|write to you)\b|\bget in touch\b|\bquot(?:e|ing) (?:the|our|this) reference\b/i,
    examples: ["Should anything be unclear, do not hesitate to get in touch.", "Telephone: 0100 000 0000"],
  },
  {
    kind: "data-protection",
    pattern: /\bprivacy (?:notice|policy|statement)\b|\bdata protection (?:act|officer|legislation|law)\b|\b(?:uk )?gdpr\b|\bpersonal data (?:will be|is|are) (?:processed|held|handled|used)\b/i,
    examples: ["How we handle your personal data is explained in our privacy notice."],
  },
  {
    kind: "re-use",
    pattern: /\bcopyright\b|\bre-?us(?:e|ing)\b|\bopen government licen[cs]e\b|\breproduc(?:e|ed|tion)\b[^.]{0,60}\b(?:permission|licen[cs]e|copyright)|\bcrown copyright\b/i,
    examples: ["Most of what we release may be re-used under the Open Government Licence."],
  },
  {
    // What the Act is and what becomes of a reply, said to every requester: "a disclosure under the
    // Act is a disclosure to the world", "information released is treated as being in the public
    // domain", "this response may be published in our disclosure log". Not the answer to anything.
    kind: "publication",
    pattern: /\bpublic disclosure regime\b|\bapplicant[- ]blind\b|\b(?:disclos(?:ure|ed)|releas(?:e|ed)) to the (?:world|wider public|public at large)\b|\b(?:deemed|considered|regarded|treated) (?:as )?(?:being |to be )?(?:in(?:to)?|part of) the public domain\b|\b(?:responses?|replies|this (?:response|reply|letter)|your request|our reply)\b[^.]{0,60}\b(?:will|may|could|might) (?:also )?be (?:published|placed|added|made (?:publicly )?available)\b[^.]{0,40}\b(?:disclosure log|publication scheme|website)\b/i,
    examples: ["Whatever we release under the Act counts as released to the world, not to you alone.", "Anything disclosed is then treated as being in the public domain.", "Our reply, with your name removed, may be published in the disclosure log on our website."],
  },
  {
    kind: "handling",
    pattern: /^\s*(?:our |your )?(?:ref(?:erence)?|date|response date|date of response|request date|date received|foi (?:ref(?:erence)?|number))\b\s*(?:(?:no\.?|number)\s*)?[:.-]|\b(?:your )?request (?:was |has been )?received on\b|\bdue date\b|\breference number\b|\bwithin (?:20|twenty) working days\b|\bwe (?:have )?received your request\b|\b(?:i|we) (?:acknowledge|confirm) (?:receipt of )?your (?:request|email|letter)\b|\byou (?:can|should|will|may) (?:expect|receive) (?:a|our|the) (?:response|reply|decision)\b|^\s*(?:(?:foi|eir|foisa)\s*)?(?:request|ref(?:erence)?|case)\s*(?:(?:no\.?|number)\s*)?(?:[:.]\s*)?[a-z]{0,5}[-/]?\d[\d/-]*\s*$/i,
    examples: ["Date of response: 4 June 2024", "FOI REQUEST NO 4411", "We acknowledge your request and you can expect a reply by 3 May.", "Your request was received on 2 May and is being handled under the Act."],
  },
];

/**
 * What the sentences of the letter being classified were found to be: each is asked about by the
 * meaning reader and again by every decision over an answer holding it (a shared reply: once per
 * question). Emptied before and after each letter (forgetNotAnAnswers), so nothing carries over.
 */
const known = new Map<string, string | null>();

const NOT_AN_ANSWER_INDEX = patternIndex(NOT_AN_ANSWER.map((k) => k.pattern));

/** Empties the memo of notAnAnswer (classifyLetter calls it at its start and end). */
export function forgetNotAnAnswers(): void {
  known.clear();
}

/** The kind of non-answer a sentence is ("framing", "review-rights" …), or null when it may be an answer. */
export function notAnAnswer(sentence: string): string | null {
  const memo = known.get(sentence);
  if (memo !== undefined) return memo;
  let kind: string | null = null;
  // Kinds none of whose words the sentence holds cannot match it: their patterns are not run.
  const possible = NOT_AN_ANSWER_INDEX.possible(sentence);
  for (let i = 0; i < NOT_AN_ANSWER.length; i++) {
    const k = NOT_AN_ANSWER[i]!;
    if (has(possible, i) && k.pattern.test(sentence)) {
      kind = k.kind;
      break;
    }
  }
  if (known.size < 5000) known.set(sentence, kind);
  return kind;
}
