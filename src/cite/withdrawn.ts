import type { Citation } from "../core/types.js";

/**
 * labels.md: "An internal review's grounds are those of its decision: a ground it withdraws or
 * replaces is not a ground." Reviews and corrected replies say so in a few shapes:
 *
 * - the reviewer is not persuaded the section applies: "I am not satisfied that section 24(1) is
 *   engaged", "we do not accept that the exemption at section 43 applies";
 * - the ground is set aside or withdrawn: "section 24(1) has been set aside", "the Council withdraws
 *   its reliance on section 36", "I have set aside section 38", "section 40(2) was wrongly applied",
 *   "section 31 should not have been cited", "I have withdrawn sections 24(1) and 31(1)(b)", "section 24(2)
 *   was not properly engaged";
 * - and the review retells the first reply: "the original response withheld the items under sections
 *   24(1) and 31(1)(a)", "you were told that section 43 applied". A ground that the review withdraws
 *   is no ground where the review retells it either; a ground it keeps stays applied there.
 */

// Words that, just before a citation, set it aside ("not convinced that section 24 …", "withdraws its reliance on section 36").
// redos-ok: fixed words with bounded optional groups, anchored at the end of a 90-character slice
const BEFORE = /(?:\b(?:not|never|un)\s*(?:persuaded|satisfied|convinced)\s+that|\b(?:do|does|did)\s+not\s+(?:accept|agree|consider|think|believe)\s+that|\bwithdr[ae]w(?:s|n|ing)?\s+(?:(?:its|our|the|their|my)\s+)?(?:(?:\w+'s\s+)?reliance\s+on|application\s+of|use\s+of)|\b(?:have|has|had)\s+set\s+aside|\b(?:setting|set)\s+aside|\bno\s+longer\s+(?:rel(?:y|ies|ied)|relying)\s+on|\bremov(?:e|ed|ing)\s+(?:its|our|the|their)\s+reliance\s+on|\b(?:have|has|had)\s+withdrawn)\s+(?:the\s+)?(?:(?:exemptions?|exceptions?|provisions?)\s+(?:at|under|in|of)\s+)?$/i;

// Words that, just after a citation, set it aside ("section 24(1) has been set aside", "… was wrongly applied").
// redos-ok: fixed words with bounded optional groups, anchored at the start of a 90-character slice
const AFTER = /^[^.;\n]{0,40}?\b(?:(?:has|have|had)\s+(?:now\s+)?been|(?:is|was|are|were))\s+(?:(?:therefore|now|hereby)\s+)?(?:withdrawn|set\s+aside|overturned|not\s+upheld|(?:wrongly|incorrectly|inappropriately|mistakenly)\s+(?:applied|cited|relied\s+on|engaged))\b|^[^.;\n]{0,40}?\b(?:is|are|was|were)\s+no\s+longer\s+(?:being\s+)?(?:relied\s+(?:on|upon)|applied|engaged|cited)\b|^[^.;\n]{0,40}?\bshould\s+not\s+have\s+been\s+(?:applied|cited|relied\s+on|used|engaged)\b|^[^.;\n]{0,60}?\b(?:is|was|are|were)\s+not\s+(?:properly\s+|correctly\s+|validly\s+)?engaged\b|^[^.;\n]{0,60}?\b(?:concluded|decided|found|determined)\s+(?:that\s+)?(?:it|this|they|the\s+exemption|the\s+section)\s+(?:did|does|do|was|is|were|are)\s+not\b/i;

// A sentence about another request: "in our reply to your earlier request we applied section 31". Its grounds were
// applied to that request, not to this one.
// redos-ok: fixed words with one bounded run
const OTHER_REQUEST = /\b(?:earlier|previous|prior|separate|last|other|another)\s+(?:foi\s+|freedom\s+of\s+information\s+)?(?:requests?|enquiry|enquiries)\b[^.]{0,120}\b(?:applied|cited|relied|withheld|refused|used)\b|\b(?:applied|cited|relied\s+on|withheld\s+(?:it\s+)?under|refused\s+(?:it\s+)?under)\b[^.]{0,120}\b(?:earlier|previous|prior|separate|another)\s+(?:foi\s+)?requests?\b/i;

// A sentence retelling the first reply.
// redos-ok: alternation of fixed phrases
const RETOLD = /\b(?:original|initial|first|earlier|previous)\s+(?:response|reply|decision|answer|letter|refusal(?:\s+notice)?)\b|\byou\s+were\s+told\b|\b(?:we|the\s+\w+)\s+(?:had\s+)?(?:originally|initially|previously)\s+(?:withheld|refused|relied|applied|cited)\b/i;

/** The sentence holding a span: from the last full stop or blank line before it to the next full stop (each at most 300 characters away). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"), before.lastIndexOf("\n\n"));
  const after = text.slice(end, end + 300);
  const stop = /[.!?](?=\s|$)|\n\s*\n/.exec(after);
  return before.slice(cut + 1) + text.slice(start, end) + (stop ? after.slice(0, stop.index) : after);
}

const sameGround = (a: string, b: string): boolean => a === b || a.startsWith(`${b}(`) || b.startsWith(`${a}(`);

/** True when the words around a citation set it aside. */
export function withdrawnAt(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - 90), start)) || AFTER.test(text.slice(end, end + 90));
}

/**
 * Marks as not applied every citation the letter withdraws, and every retelling of the first
 * reply's use of a ground withdrawn anywhere in the letter. Returns the same array, changed in place.
 */
export function dropWithdrawn(text: string, citations: Citation[]): Citation[] {
  for (const c of citations) {
    if (c.applied && OTHER_REQUEST.test(sentenceAround(text, c.span.start, c.span.end))) {
      c.applied = false;
      c.reason = "cite/other-request";
    }
  }
  const withdrawn = new Set<string>();
  const withdrawnAtSpans: Citation[] = [];
  for (const c of citations) {
    if (c.byName || !withdrawnAt(text, c.span.start, c.span.end)) continue;
    withdrawn.add(c.ground);
    withdrawnAtSpans.push(c);
    if (c.applied) {
      c.applied = false;
      c.reason = "cite/withdrawn";
    }
  }
  if (withdrawn.size === 0) return citations;
  // A ground withdrawn at one precision is withdrawn at the others it covers ("section 24" withdrawn: "24(1)" retold).
  const covered = (ground: string): boolean => [...withdrawn].some((w) => ground === w || ground.startsWith(`${w}(`) || w.startsWith(`${ground}(`));
  for (const c of citations) {
    if (!c.applied || !covered(c.ground)) continue;
    // A review laid out as a table retells the first decision in its own column of the row that
    // withdraws it ("Withheld, s24(1) and s31(1)(a) | Partly upheld … s24(1) is no longer relied on").
    const sameRowLater = withdrawnAtSpans.some((w) => w.span.start > c.span.end && sameGround(w.ground, c.ground) && !text.slice(c.span.end, w.span.start).includes("\n"));
    if (sameRowLater || RETOLD.test(sentenceAround(text, c.span.start, c.span.end))) {
      c.applied = false;
      c.reason = "cite/withdrawn";
    }
  }
  return citations;
}
