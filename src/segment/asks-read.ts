/**
 * Whether a piece of text reads as an ask (family: how requesters ask): a question mark, an opening that
 * requests ("Please provide", "How many", "I would like to know"), a noun phrase naming what is wanted
 * ("The number of …", "Copies of all …") or an ask inside a request sentence; and what is not a new ask
 * (the scope of the one before, the form of the reply). Line roles (roles.ts) and the layouts read it.
 */
/** Openings of an ask, after an optional ordinal ("Firstly,", "Also,") or condition ("If so,"). */
export const ASK_OPENING =
  // redos-ok: anchored at the start (no m flag), so one attempt a test, on one unit or line; the condition's 40 characters and the spaces after it can split a run of spaces 40 ways at most, so the cost is linear in the unit: recheck's attack ("If so" and 640,000 tabs) takes 222 ms, 160,000 tabs 47 ms
  /^(?:["“‘']\s*)?(?:(?:firstly|secondly|thirdly|finally|lastly|also|additionally|further(?:more)?|and|or|then|next)(?:,\s*|\s+))?(?:(?:if (?:so|yes|not|possible|applicable)[^,?]{0,40}|where (?:applicable|possible)|in (?:each|the) (?:case|year)[^,]{0,40})(?:,\s*|\s+))?(?:please\s+(?:could you\s+|can you\s+|would you\s+)?(?:also\s+)?(?:provide|confirm|tell|send|supply|list|state|give|advise|detail|share|disclose|let me know|include|outline|indicate|identify|specify|describe|explain|name|break down|forward|release|publish)|(?:could|can|would|will) (?:you|the (?:council|authority|trust|department|force|board) (?:please )?(?:also )?(?:confirm|provide|tell|send|supply|list|state|give|advise|disclose|share|explain))|i (?:would|should) (?:also )?like (?:to (?:know|request|ask|see|receive|obtain)|a copy|copies|details|information|the|any|all)|i (?:also )?(?:request|wish to (?:know|request|receive|obtain)|am requesting|want to know|require)|(?:provide|confirm|list|state|give|tell|detail|supply|send|share|indicate|identify|specify|outline|describe|explain)\s+(?:me\s+|us\s+)?(?:the|a|an|any|all|whether|if|how|what|which|who|when|your|details|copies|information|numbers?)|you (?:also )?(?:asked|requested)(?: (?:for|about|whether|if|how|what|which|us to))?|(?:(?:in )?particular(?:ly)?,?\s*)?(?:we|i) (?:are|am) (?:particularly |especially |also )?interested in (?:the (?:level|extent|way|number|degree)|how|what|whether|which)|how|what|when|where|which|who|whom|whose|why|whether|do|does|did|is|are|was|were|has|have|had)\b/i;

/** Noun-phrase asks ("The number of …", "A copy of …"): asks only in request text, and only when they state nothing. */
export const NOUN_ASK = /^(?:["“‘']\s*)?(?:the (?:(?:total|overall|average|annual) )?(?:number|total|amount|cost|name|names|value|date|dates|details|percentage|proportion) of|(?:a |any )?(?:copy|copies|list|breakdown|details|number) of)\b(?![^.]*\b(?:is|are|was|were|has been|have been|attached|enclosed)\b)/i;

/**
 * A request item written as the documents it wants ("Any minutes of meetings about the scheme.",
 * "Documents relating to how the tool scores cases.", "Information on which suppliers were used.",
 * "The model used to rank applications"): an ask when it stands as a list item or a paragraph of
 * its own, and states nothing (no verb of a statement in its first sentence, nobody speaking).
 */
export const REQUEST_ITEM = /^(?:["“‘']\s*)?(?:any (?!(?:further|other|more|queries|questions|query|additional|help|assistance|information you|comments?)\b)[a-z]|all (?:documents?|records?|correspondence|information|reports?|minutes|contracts?|data|emails?|policies|guidance|materials?)\b|(?:copies|a copy) of\b|(?:documents?|documentation|information|details|data|records?|correspondence|minutes|reports?|evidence|materials?) (?:relating|related|concerning|about|on|regarding|of|connected|associated|held|showing|which|that|detailing|setting|describing|explaining|covering|containing|outlining|produced|prepared|used)\b|the (?:[\w()/'’-]+ ){1,3}(?:that|which|used|behind|underlying|relating|related|connected|associated)\b)/i;
export const STATES = /\b(?:is|are|was|were|be|been|will|would|has|have|had|can|cannot|could|may|might|should|must|shall|do|does|did|hold|holds|held by|attached|enclosed|provided|we|our|us|i|you)\b/i;

/** "… that was completed last year is attached": the item given, not asked for. */
export const GIVEN = /\b(?:(?:can|may|will) be (?:found|downloaded|viewed|accessed|seen|obtained|read)|(?:is|are|was|were|has been|have been)\s+(?:also\s+|now\s+|not\s+)?(?:attached|enclosed|provided|available|held|exempt|withheld|included|published|shown|below|above|not held))\b/i;

/** True when a unit reads as a request item written as the documents it wants. */
export function requestItem(s: string): boolean {
  const t = s.trim();
  // redos-ok: a run of spaces is entered only just after a stop (the lookbehind fails at once inside it), so it is read once: recheck's attack (54,775 characters) splits in 0.3 ms, a stop and 100,000 spaces in 0.7 ms
  const first = t.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
  const words = first.split(/\s+/).length;
  // The cheap tests first: most units fail one of them, and then their head need not be read.
  if (!(words >= 4 && words <= 60 && /^["“‘']?[A-Z]/.test(t) && REQUEST_ITEM.test(t))) return false;
  // Only the head states: "Any contracts that are held" asks, "Any contracts are held" says.
  // The head: up to a comma or a relative word, its first five words ("Information on the written guidance staff are given …" asks, "Details of the contract are …" says).
  // An item opening "The …" names one thing, so a verb anywhere before its first clause states ("The system used … was bought in 2019").
  const clause = first.split(/,|\b(?:that|which|who|how|what|where|when|whether|why|if)\b/i)[0]!;
  const head = /^["“‘']?the\b/i.test(t) ? clause : clause.split(/\s+/).slice(0, 5).join(" ");
  return !STATES.test(head) && !GIVEN.test(first) && !/:\s*$/.test(t);
}

/** "What the lease covers", "How long each lease runs": a wh-word then its subject, no inversion. */
export const EMBEDDED_CLAUSE = /^(?:what|who|which|when|where|how(?: (?:long|much|many))?|whether|why)\s+(?:the|a|an|each|every|this|that|these|those|its|their|any)\b/i;

/** "You asked how …", "You then asked for …", "Finally, you asked whether …", "Your next question asked about …". */
export const REPORTED_ASK = /^(?:(?:finally|lastly|next|then|secondly|thirdly),? )?(?:you (?:also |then |further |finally |lastly |next |additionally )?asked|your (?:next|last|final|second|third|other) (?:question|request) (?:asked|was))(?: us| me)? (?:for|whether|if|how|what|which|who|when|where|why|about)\b/i;

/** An ask inside a request sentence ("For every incident, please confirm …", "…, what is the value of …"). */
export const ASK_WITHIN = /(?<!\b(?:determin|decid|consider|assess|judg|establish|explain|understand)(?:e|es|ed|ing)? )\b(?:please (?:also )?(?:provide|confirm|tell|send|supply|list|state|give|advise|detail|share|disclose|let me know|outline|indicate|specify)|(?:could|can|would) (?:you|the (?:council|authority|trust|department|force|board)) (?:please )?(?:also )?(?:provide|confirm|tell|send|supply|list|state|give|advise|let me know)|i (?:would|should) (?:also )?like (?:the|a copy|copies|details|a list|a breakdown)\b|(?:what|how many|how much) (?:is|are|was|were|do|does|did|has|have)\b)/i;

/** A sentence about the form of the reply ("Please send copies in an electronic format."), not a new ask. */
export const REPLY_FORM = /\b(?:in (?:an? )?(?:electronic|digital|spreadsheet|excel|csv|word|pdf|printed|paper|machine[- ]readable) (?:format|form|copy|copies|document)|(?:by|via) (?:e-?mail|post)\b|\bas an? (?:spreadsheet|csv|pdf|excel|electronic|digital|similar)\b|(?:electronic|digital|spreadsheet|excel) (?:format|form|copy|copies))/i;

/** "Please provide figures from 1 May to 31 October, broken down by month": the scope of the ask before, not a new one. */
export const REFINEMENT = /^(?:please\s+(?:also\s+)?(?:provide|give|break\s+down|supply|include)\s+(?:the\s+|these\s+|this\s+|all\s+|a\s+)?(?:figures|data|information|numbers|totals|answers?|breakdown)\b(?![^.]*\?)|(?:broken down|split|separated)\s+by\b|for (?:each|every) (?:year|month|quarter)\b)/i;

/**
 * True when a piece of text reads as an ask: it asks ("…?"), opens as a request ("Please provide",
 * "How many", "Provide the …", "I would like to know"), or, in request text (`within`), carries a
 * request inside its first sentence.
 */
export function readsAsAsk(s: string, within = false): boolean {
  const t = s.trim();
  if (t.length < 8 || !/[A-Za-z]{3}/.test(t)) return false;
  if (/\?["”’)]?(?:\s|$)/.test(t) && !/^(?:https?:|www\.)/i.test(t)) return true;
  return ASK_OPENING.test(t) || (within && (NOUN_ASK.test(t) || ASK_WITHIN.test(t.slice(0, 200))));
}

/** A question mark at the end, or before a last word ("…? (2023)", "…? Yes"); read from the last "?" (one pass). */
export function endsAsking(text: string): boolean {
  const q = text.lastIndexOf("?");
  return q >= 0 && /^\s*\S*$/.test(text.slice(q + 1));
}
