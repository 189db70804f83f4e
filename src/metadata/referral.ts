/**
 * A body the letter sends the requester to: the information is another body's, the request
 * went on to it, or the requester is told to ask it. Letters that answer "not held" name
 * that other body often and by its full name, while naming themselves only as "the Council"
 * or in a footer, so a referral must count against a body being the writer, not for it.
 *
 * The common ways of saying it:
 *  - before the name: "you may wish to contact X", "please write to X", "we have transferred
 *    your request to X", "redirect your request to X", "this is instead held by X", "the
 *    responsibility of X", "the website of X" (but not "held by X" alone: writers say "the
 *    information is held by X" and "is not held by X" of themselves);
 *  - after the name: "X may hold this", "X, who would be able to help", "X will respond to you
 *    directly", "X is the appropriate body", "X, which holds/manages/runs …"
 *    (but "X may or may not hold" is the writer neither confirming nor denying, and "X will
 *    respond within 20 working days" is the writer acknowledging).
 * Only running text is read so: "please contact X" under a signature is the writer's own address.
 */

/** Read on the 60 characters before a name (the name's own "the" excluded). */
const REFERRAL_BEFORE =
  /(?:\b(?:contact|contacting|write\s+to|writing\s+to|approach|apply\s+to|ask)|\b(?:transferred|forwarded|passed|redirected|referred|sent|send|redirect|forward|refer|direct|submit|address|make)\s+(?:(?:it|this|them|your\s+(?:request|enquiry|query|questions?)|the\s+request|a\s+(?:new\s+|separate\s+)?request|this\s+(?:request|part|question))\s+)?(?:on\s+)?to|\b(?:is|are|be|been)\s+(?:instead|actually|only)\s+held\s+by|\bheld\s+instead\s+by|\b(?:responsibility|remit|matter|function|duty)\s+(?:of|for)|\bresponsible\s+(?:body|authority|organisation)\s+is|\bwebsite\s+of)\s+(?:the\s+)?$/i;

/** Read on the 80 characters after a name. */
const REFERRAL_AFTER =
  /^\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?(?:,\s*)?(?:(?:who|which)\s+(?:holds?|owns?|manages?|runs?|maintains?|operates?|(?:is|are)\s+responsible)\b|(?:(?:who|which)\s+)?(?:may|might|would|could|should)\s+(?:(?:be\s+able\s+to|also|probably|likely|instead)\s+)?(?:hold|have\s+(?:this|the|that|some|any|these)|help|assist|answer)\b|(?:(?:who|which)\s+)?will\s+(?:respond|reply|write)\s+(?:to\s+you\s+)?directly\b|(?:is|are)\s+(?:the|a)\s+(?:appropriate|relevant|correct|right|responsible)\s+(?:body|authority|organisation|public\s+authority)\b)/i;

/** Whether a body named between `before` and `after` is one the letter sends the requester to. */
export function isReferral(before: string, after: string): boolean {
  return REFERRAL_BEFORE.test(before) || REFERRAL_AFTER.test(after);
}
