/**
 * Sentences that are not an answer to any question: framing, greetings, thanks, sign-offs.
 * A reply made only of these has answered nothing.
 */

/** "Please find our response below", "Our answers are set out below": framing, not an answer. */
export const FRAMING =
  /^\s*(?:(?:please )?(?:find|see) (?:below )?(?:the |our |my )?(?:[\w'’]+ ){0,4}(?:response|reply|answers?)\b[^.]{0,60}(?:below|follows?|set out)\W*$|(?:our|the|my) (?:response|reply|answers?)\b[^.\n]{0,40}(?:is|are) (?:set out |given )?(?:below|as follows)\W*$|(?:the |our |my )?(?:[\w'’]+(?:['’]s) )?(?:response|reply|answers?)s?\s*:?\s*$)/i;

/** Greeting, thanks or sign-off: never an answer, even alone. */
export const GREETING = /^\s*(?:(?:dear|hi|hello|good (?:morning|afternoon))\b[^.\n]{0,60}$|thank(?:s| you)\b|(?:kind |best )?regards\b|yours (?:sincerely|faithfully)\b)/i;

