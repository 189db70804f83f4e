/**
 * What each message of a request thread is (an answer, a review's outcome, an acknowledgement, a
 * request to clarify, …), read from its cleaned text. thread-select.ts scores the answers among
 * them to choose the letter.
 */

export type Direction = "outgoing" | "incoming";

/** One message of a thread, as the format adapters hand it over. */
export interface ThreadMessage {
  direction: Direction;
  /** ISO 8601 timestamp or date as the source gives it; "" when unknown. */
  date: string;
  /** The message body as plain text (LF line ends). */
  text: string;
  /** Names of attachments the source lists separately from the body (WhatDoTheyKnow pages). */
  attachments?: string[];
}

export type MessageKind =
  | "response"
  | "weak_response"
  | "review_outcome"
  | "review_acknowledgement"
  | "acknowledgement"
  | "auto_reply"
  | "clarification"
  | "invalid_request"
  | "other";


export const flat = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");

// "Please find the council's response …", "Response:", "set out below": the authority says this is the answer.
// redos-ok: its runs are bounded (at most 60 characters before "response"), so the cost is linear (recheck counts the bound as polynomial); its attack ('nplease see the respo' 16,000 times, 336 K characters) takes 1.9 ms
const STRONG_RESPONSE = /please find (?:below|attached|enclosed|our|the|[a-z' ]{0,60}(?:response|reply|answer))|please see (?:the|our) (?:response|reply|answers?)|attach(?:ed|ing)? (?:is )?(?:our|my|the|a copy of (?:our|the)) (?:formal |full |final )?(?:response|reply)|(?:making|provid(?:e|ing)|send(?:ing)?) (?:you )?(?:a|our) partial (?:response|disclosure)|(?:our )?response (?:is )?(?:set out )?below|(?:provided|set out|given?) (?:the |our )?answers? (?:to your (?:questions?|request) )?below|answers? to your questions? (?:are )?(?:set out )?below|(?<!\bfor )(?:our|council's|trust's|authority's|department's|force's|service's|board's|formal|full|final) (?:response|reply) to your (?:request|freedom of information|foi|eir|questions?)|(?:now )?in a position to (?:respond|reply|provide|release|disclose)|(?:^|[.:!?] )(?:our )?response ?: |set out below|in response to your (?:request|email|questions?)|(?:i|we) (?:am|are) (?:now )?(?:able|pleased|writing) to (?:provide|respond|confirm|supply|send|answer)(?! (?:you with )?an? (?:further )?update)|we have (?:now )?(?:completed|considered|processed) your request|the information (?:you (?:have )?requested|requested) is (?:attached|below|enclosed|not held|exempt|withheld)/;
// Wording that decides something, used when nothing says "response" outright.
const WEAK_RESPONSE =
  /(?:do(?:es)?(?: not|n't)|did(?: not|n't)) hold|(?:is|are) not held|we hold|holds? (?:no|some|the) (?:information|data|records)|no (?:information|records?|data) (?:is|are|was|were) held|exempt(?:ion)? (?:from|under)|exception (?:under|at|in)|withh[oe]ld|section \d+\s*(?:\(\d+\))?|regulation \d+|s\.?\s?\d+\(\d\)|please see attached|attached (?:is|are|to this)|can confirm|unable to (?:provide|disclose|release|supply)|refus(?:e|al|ing)|(?:is|are) available (?:at|on|from|via)|can be (?:found|accessed) (?:at|on|via|here)|neither confirm nor deny|exceed(?:s|ed)? the (?:appropriate|cost) limit/;
// redos-ok: each start reads a bounded run of words (at most four before "'s"), so the cost is linear (recheck counts the bound as polynomial); its attack ('yreview of w v' 20,000 times, 280 K characters) takes 1.4 ms, and it only ever runs on a message's first 700 characters
const REVIEW_CONTEXT = /(?:your|our|an?|the|this) (?:request for an? |recent request for an? )?internal review|internal review (?:of|into|request|reference|response|outcome|decision)|request(?:ed)? (?:for )?(?:a|an) (?:internal )?review|requesting (?:a|an) (?:internal )?review|review of (?:the|our|your|this|its|[a-z]+(?: [a-z]+){0,3}'s) (?:original )?(?:response|decision|handling|request)/;
// redos-ok: the optional "of the …" run is bounded at 60 characters from each start, so the cost is linear (recheck counts the bound as polynomial); its attack ('treview of the b' 20,000 times, 320 K characters) takes 4 ms
const REVIEW_OUTCOME = /(?:i|we) have (?:now )?(?:reviewed|carried out|completed|considered|looked at)|outcome of (?:the|your|my|this) (?:internal )?review|(?:decision|response|exemption|refusal|exception)s? (?:is|was|has been|should be|are) (?:upheld|overturned|maintained|revised)|(?:i|we) (?:am |are |have )?(?:(?:partially|partly|not|do not) )?(?:uphold(?:ing)?|upheld)|(?:i|we) have decided|not upheld|partially upheld|review (?:of (?:the|your|our|this) [a-z' ]{0,60}?)?(?:has|have) (?:now )?been (?:completed|carried out|concluded|conducted|undertaken)|(?:unhappy|dissatisfied|not (?:happy|satisfied)) with (?:my|this|the outcome of (?:my|this)) (?:internal )?review|(?:responding|respond) to your request for an internal review|(?:my|the|this) review (?:found|finds|concluded|has found)|conclusion|please find attached (?:our|the) (?:internal )?review/;
const AUTO_REPLY = /out of (?:the )?office|automatic reply|auto-?reply|(?:inbox|mailbox) (?:is|will) not (?:be(?:ing)? )?monitored|(?:i am|i'm) (?:currently )?(?:away|on (?:annual )?leave)|not being monitored|will be picked up when/;
// A holding reply promises the answer ("you will receive a response within …", "your request will now be considered"); an
// answer that recounts its handling ("after receipt of your email we searched the records") is no holding reply.
// redos-ok: its one run is bounded at 40 characters, so the cost is linear (recheck counts the bound as polynomial); its attack ('areceipt of your mess' 16,000 times, 336 K characters) takes 1.3 ms
const ACKNOWLEDGEMENT = /(?:has|have) (?:now )?been logged|will be dealt with under|aim to (?:send|respond|reply|provide)|(?:we|i) (?:must|aim to|will|should) (?:respond|reply|send you (?:a|our) (?:response|reply)|provide (?:you with )?a response)|respond to you within|within (?:20|twenty) working days|we are currently processing|currently being processed|are (?:actively )?working on your request|(?:contact|update) you (?:with a further update|shortly|again)|further update|(?:provide|give|send) (?:you with )?an? update|please process this request|(?:has|have) been (?:sent|passed|forwarded|transferred) (?:on )?to\b|(?:is|are) not yet (?:complete|finished|ready)|(?:hope|aim|expect) to (?:send|provide|reply|respond)[^.]{0,40}(?:shortly|soon|as soon as)|(?:extend(?:ing|ed)?|extension (?:of|to)) the (?:deadline|time limit|time for|response (?:date|time)|\d+.working.day)|further \d+ working days|public interest test (?:and )?(?:requires|means|will require)|acknowledge (?:receipt|your request)|(?<!(?:following|after|upon|on) )receipt of your (?:email|request|message)|(?:will|should) receive (?:a|our) (?:full |formal )?(?:response|reply)|(?:will|shall) now be considered|confirm(?:ing)? (?:receipt|that we have received)|thank you for your (?:email|message|request)\.? (?:we|it) (?:are|will|has)/;
// An apology for lateness opens many final answers too: alone it marks a holding reply, never over an answer.
// redos-ok: the optional word before "delay" stops at the next space, so each start reads one word on and the cost is linear (recheck counts it as polynomial); its attack ('sapologise foror the' 24,000 times, 480 K characters) takes under 15 ms
const DELAY_APOLOGY = /apologi[sz]e for (?:not meeting|(?:the|any|our) (?:\w+ )?delay|the late|missing|failing)|(?:appreciate|ask for) your patience|(?:sorry|apologies) for (?:the|any|our) delay/;
const CLARIFICATION =
  /(?:please|could you|can you|would you)(?: please)? (?:clarify|confirm (?:which|whether|if|what)|provide (?:your full name|further details|more details))|(?:we|i) (?:would like to|need to|must|wish to) clarify|(?:seek|ask for|request|need|require) (?:some |further )?clarification|before we can (?:begin|start|process|answer|respond)|if clarification is not received|cannot (?:process|deal with) your request|whether you would (?:still )?(?:like|wish)|(?:if|whether) you (?:still )?(?:want|wish|require) us to (?:respond|continue|proceed)/;

// A request refused as invalid (FOIA s8: no real name, no address): labels.md reads it as an answer whose
// questions are all `other`, though it also asks for the missing name; it is the letter only when nothing follows.
// Wordings: "you have not given us your full name", "section 8 … requires a real name to be valid", "a request made
// under a pseudonym", "this is not a valid request", "without your real name".
const INVALID_REQUEST =
  // redos-ok: the one open run ([^.]{0,120}) follows the fixed phrase "section 8" and is bounded; each start reads at most 120 characters
  /(?:not|haven't|hasn't|have not|has not|did not|didn't) (?:given|provided|supplied|included|used) (?:us )?(?:with )?(?:your|a|their) (?:full|real|first and last|complete|legal) name|not (?:a )?valid (?:foi |freedom of information |information )?request|(?:is|was) (?:an )?invalid (?:foi |freedom of information )?request|(?:request|it) (?:is|was) not valid|(?:for|make) (?:a|your) request (?:to be )?valid|without (?:a|your) (?:full|real) name|a real name and an address|\bsection 8\b[^.]{0,120}\b(?:full name|real name|address for correspondence|(?:to be|is not|not) (?:a )?valid)|(?:made|submitted|written) (?:under|using) (?:a|an) (?:pseudonym|alias|false name)/;

// redos-ok: quadratic in the number of "if you are unhappy" openings, but only ever run on a message's first 700 characters (below)
const RIGHTS_PARAGRAPH = /if you are (?:unhappy|dissatisfied|not (?:happy|satisfied))[^.]*\.(?:[^.]*internal review[^.]*\.)*/g;

/**
 * True when `pattern` matches `text` somewhere that is not a quotation of the
 * request: authorities often repeat the questions, and "can you confirm
 * whether…" in a quoted question is not the authority asking for clarification.
 */
function matchesOwn(pattern: RegExp, text: string, quoted: string): boolean {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  // Each check searches the request; a hundred quoted matches is plenty and keeps a huge quote linear.
  let checked = 0;
  for (let m = global.exec(text); m && checked < 100; m = global.exec(text), checked++) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    // Quoted when the match and the words on either side of it are in the request.
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 20), end).trim();
    const after = text.slice(m.index, end + 20).trim();
    if (!quoted || !(quoted.includes(before) || quoted.includes(after))) return true;
  }
  return false;
}

/** What a message is, from its cleaned text. Order matters: explicit answers win over boilerplate they repeat. */
export function classifyMessage(message: ThreadMessage, cleaned: string, request = ""): MessageKind {
  if (message.direction === "outgoing") return "other";
  const t = flat(cleaned);
  const q = flat(request);
  const has = (pattern: RegExp): boolean => matchesOwn(pattern, t, q);
  // Answers close by offering a review of the decision; only a message that opens about a review is one.
  const review = REVIEW_CONTEXT.test(t.slice(0, 700).replace(RIGHTS_PARAGRAPH, " "));
  const acknowledgement = has(ACKNOWLEDGEMENT);
  if (review && has(REVIEW_OUTCOME)) return "review_outcome";
  if (review && acknowledgement) return "review_acknowledgement";
  if (has(STRONG_RESPONSE)) return review ? "review_outcome" : "response";
  if (has(AUTO_REPLY) && t.length < 1500) return "auto_reply";
  if (has(INVALID_REQUEST)) return "invalid_request";
  if (has(CLARIFICATION)) return "clarification";
  if (acknowledgement) return "acknowledgement";
  // Mentioning a past review is not giving one: without outcome wording this is an ordinary reply.
  if (has(WEAK_RESPONSE)) return "weak_response";
  if (DELAY_APOLOGY.test(t)) return "acknowledgement";
  return "other";
}
