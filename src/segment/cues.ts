/**
 * Phrase cues the segmenter uses to tell the requester's words from the
 * authority's. Patterns, not letter wording: each names a way authorities or
 * requesters commonly write.
 */

/** A question or request: interrogative or imperative openings, or a question mark. */
export const QUESTION_LIKE =
  /\?|\b(?:please|kindly|could you|can you|would you)\s+(?:also\s+)?(?:tell|provide|confirm|state|list|send|give|supply|advise|explain|detail|let me know|share|disclose)\b|^(?:["“‘']?\s*)(?:how|what|when|where|which|who|whom|whose|why|do|does|did|is|are|was|were|has|have|had|can|could|would|will|should|may|might|please|pls|provide|confirm|list|state|give|tell|detail|supply|send|share|indicate|identify|advise|explain|describe|specify|outline|name|i (?:would|wish|want|request|am requesting|should)|if (?:so|yes|not|applicable)|in (?:each|the|your)|for (?:each|the|every)|from \w+ \d{4}|of (?:these|those|the)|and how|copies? of|a (?:copy|list|breakdown)|the (?:number|total|amount|cost|name|names|value|date|details)|any (?:correspondence|documents?|records?|policies|reports?))\b/i;

/** Sentences a requester writes (never an answer). */
export const REQUESTER_LIKE =
  /^(?:["“]?\s*)(?:i (?:would|wish|am writing to (?:request|ask|make)|request|hope|look forward|should prefer|would prefer)|if (?:the )?answer to|if (?:yes|so|not)\b|please (?:could you|can you|provide|include|send|note that i)|could you (?:please )?(?:also )?(?:send|provide|let me)|under the (?:freedom of information|foi|environmental information)|where possible,? please|yours (?:faithfully|sincerely)|many thanks|dear (?:sir|madam|foi|freedom|information)|for the avoidance of doubt|it would be helpful|thank you (?:in advance|for your (?:time|help|assistance))|i do not need|(?:we|i) (?:are|am) (?:particularly |also |only )?(?:interested in|requesting|submitting|seeking|looking for)\b)/i;

/** Openings of the authority's response. */
export const RESPONSE_OPENER =
  /^(?:thank you for your (?:recent |e-?mail |letter |)(?:request|e-?mail|enquiry|letter|correspondence|freedom|foi|information request|clarification|patience)|thank you for (?:contacting|writing)|(?:i|we) (?:can|am able to|are able to|) ?confirm\b|(?:i|we) (?:am|are) writing (?:to|in) (?:inform|confirm|respond|advise|reply)|in (?:response|reply|answer) to (?:your|questions?|the|points?|parts?)|(?:your|the) request (?:for information )?(?:has|was|is being|is) (?:now )?(?:been )?(?:considered|handled|processed|dealt with)|this request is being handled|your request for information has now been|please (?:see|find) (?:below|attached|enclosed|our response|the (?:council|trust)'?s? response)|we have (?:interpreted|considered|searched|now considered|completed)|(?:i|we) refer to your|further to your|following (?:your|a search)|re:\s*your request|my apologies|apologies for the delay|the (?:council|trust|force|department|authority|service|university|college|board|ministry|office)(?:'s)? (?:response|does|do|can|is|has|holds|confirms|would)|dear (?:mr|mrs|ms|miss|dr|mx|prof)\.?\s+\w+|we (?:do not|don't|can|cannot|hold|have)\b)/i;

/** "Dear Jennie", "Dear Jamie Dixon": a person addressed by name (the requester, by the authority). */
export const DEAR_PERSON = /^(?:[Dd]ear|[Hh]i|[Hh]ello)\s+(?!(?:[Ss]irs?|[Mm]adam|FOI|[Ff]oi|[Ff]reedom|[Ii]nformation|[Tt]eam|[Aa]ll|[Cc]olleagues?|[Rr]equester|[Aa]pplicant)\b)((?:[A-Z]\.\s?){0,2}[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*(?:,\s*)?$/;
/** "Dear Heythrop College," — an authority addressed (the requester writing). */
// The spaces after "Dear" are taken whole (lookahead and back-reference): `\s+.*` gave a long run back one
// space at a time, each time reading the rest of the line again ("dear" and 20,000 spaces: 1 s). Same lines.
export const DEAR_AUTHORITY = /^dear(?=(\s+))\1.*\b(?:council|trust|college|university|authority|police|constabulary|department|ministry|office|service|board|commission|archives|government|agency|executive|school|academy|hospital)\b/i;

/** Cross-reference to another question's answer ("see our answer to question 4", "See 3.1" in a table numbered 1.1, 1.2 …, "See 2.1 above – the figures are in that report"). */
export const CROSS_REFERENCE =
  /\b(?:(?:please\s+)?(?:see|refer to|as per|as (?:stated|given|set out|detailed) (?:in|at|under)|covered (?:in|by|under)|included (?:in|within)|same as)\s+(?:the\s+|our\s+)?(?:(?:answer|response|reply)s?\s+(?:to|for|at|in|given (?:to|in|at|for)|provided (?:to|for|in|at))\s+)?(?:question|q|part|point|request|item|answer|response|reply)\s*(?:\.\s*)?(\d{1,2}(?:\.\d{1,2})?[a-z]?)\b|(?:question|q)\s*(?:\.\s*)?(\d{1,2}[a-z]?)\s+above)|^(?:please )?see (\d{1,2}\.\d{1,2})\.?$|^(?:please )?see (?:also )?(\d{1,2}(?:\.\d{1,2})?[a-z]?) (?:above|below)\b/i;

/**
 * The requester saying how to handle the request, not what to give (request text only): reminders
 * of the statutory deadline, the order or form of the reply, what to do if something is exempt, not
 * held, published already or over the cost limit, offers to clarify, receipts. Not an ask of its
 * own (labels.md: a question asks for information); a conditional ask about the subject ("If so,
 * who supplied it?") is not one of these.
 */
export const REQUEST_HANDLING =
  /^(?:(?:the|this) act requires|(?:i understand|i am aware|i note) that (?:under [^,]{0,60},? )?(?:you|the (?:council|authority)) (?:are|is|have|has) (?:required|obliged|a duty)|(?:you are|the (?:council|authority) is) (?:required|obliged) to (?:respond|reply)|this request (?:for information )?falls within|please (?:provide|send|supply) (?:the|this|all) (?:requested )?information in the order|please (?:acknowledge|confirm) (?:receipt|that you have received)|(?:in your (?:response|reply),? )?please (?:can you |could you )?(?:also )?confirm (?:whether|if|that) (?:we|i) (?:have permission to|may|can|are (?:permitted|allowed) to) re-?use|i (?:would be grateful if you could|would appreciate it if you could) (?:please )?(?:acknowledge|confirm) receipt|please let me know if you (?:have any|need|require|would like (?:any )?(?:clarification|further))|(?:if|should) you (?:need|require|have) (?:any )?(?:further )?(?:clarification|questions)|if any (?:part|aspect|element) of (?:my|this|the) request (?:is|requires|needs)|if (?:any|some|part) (?:of )?(?:(?:this|the|my) )?(?:requested )?information (?:is|are|has been) (?:already )?(?:publicly|available|exempt|unavailable|not (?:readily )?(?:available|held)|withheld|held by)|if (?:any|some) (?:of the )?(?:requested )?information (?:is|are) (?:unavailable|exempt|not)|if the cost of (?:complying|compliance|answering|providing)|if (?:complying|compliance|answering|responding) (?:with )?(?:this|my) request would exceed|if (?:it is|you are) (?:not possible|unable) to (?:provide|supply|answer)[^.?]{0,80}(?:cost|limit|time|exempt|format|full)|if (?:for whatever reason|for any reason) you (?:are unable|cannot))/i;

/**
 * An answer that is nothing but a pointer back, with no number: "See above", "As above", "Same as
 * above", "Please refer to the answer above", "As per the previous response", "See the reply to the
 * previous question". It answers as the nearest question before it did. Whole answer only: inside a
 * longer answer "see above" points at a table or paragraph, not at another question's answer.
 */
export const BACK_POINTER =
  /^(?:please\s+)?(?:see|refer\s+to|as\s+per|same\s+as|as(?:\s+(?:stated|detailed|answered|given|explained|set\s+out))?)\s+(?:(?:the|our)\s+)?(?:(?:answer|response|reply|information)\s+(?:(?:to|for|given\s+(?:to|for))\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:question|point|part|item)|above)|(?:previous|preceding|prior)\s+(?:answer|response|reply|question)|(?:question|point|part|item)\s+above|above)[.!]?$/i;

/** A line ending on the quote mark that closes a quoted request ("… across the department”"), its only quote mark on the line. */
export function closesQuote(line: string): boolean {
  if (!/\S["”]$/.test(line)) return false;
  return (line.match(/["“”]/g) ?? []).length === 1;
}
