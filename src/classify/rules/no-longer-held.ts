import type { Rule } from "../rule.js";

/**
 * Information that existed once and is gone, or that does not exist yet: "the recordings were deleted
 * under our retention schedule", "these files are no longer retained", "the review report has not yet
 * been written". Both are the authority saying it holds nothing to give.
 */
export const rule: Rule = {
  id: "no-longer-held",
  signal: "not_held",
  description: "The information is no longer held (destroyed, deleted, not retained) or not yet created.",
  basis: "labels.md: not_held — the authority says it does not hold the information; FOIA s1(4): the information held at the time of the request.",
  weight: 0.85,
  pattern: /\b(?:is|are|was|were) no longer (?:held|retained|kept|stored|available|in existence)\b|\bno longer (?:hold|holds|retain|retains|keep|keeps|have|has) (?:any |the |this |that |these |those |such |copies|records?|information|data|it\b|them\b)|\b(?:was|were|has been|have been|had been) (?:securely |permanently |routinely )?(?:destroyed|deleted|disposed of|shredded|purged|erased)\b|\b(?:has|have) not (?:yet )?been (?:written|created|produced|compiled|drafted|prepared)(?: yet)?\b|\b(?:is|are) yet to be (?:written|created|produced|compiled|drafted|prepared)\b|\bdoes not (?:yet )?exist\b/i,
  // Things, not records, got rid of: "18 of the lots have been disposed of", "the seized vehicles were destroyed",
  // "tenants' belongings were disposed of after 28 days" answer a question about those things (a count, a practice).
  // redos-ok: bounded runs between fixed words
  veto: /\b(?:if|would|will|should|unless|whether)\b|\bno longer (?:have|has) (?:any )?(?:need|use|requirement|role|responsibility|contract)\b|\b\d[\d,]*\s+(?:of\s+(?:the|these|those|them)\s+)?(?:[a-z]+\s+){0,2}(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:destroyed|disposed of|scrapped)\b|\b(?:belongings|possessions|goods|personal property|property|items|lots|vehicles?|cars|equipment|furniture|stock|assets|animals|dogs|waste|materials|trees)\b[^.;]{0,60}\b(?:destroyed|disposed of|scrapped)\b/i,
  examples: {
    match: [
      "The CCTV footage was deleted in line with our retention schedule.",
      "These case files are no longer retained by the Trust.",
      "We no longer hold copies of the 2015 tender documents.",
      "The final evaluation report has not yet been written.",
      "The strategy is yet to be drafted.",
    ],
    noMatch: [
      "Footage would be deleted after 31 days if no incident is reported.",
      "We no longer have a contract with that supplier.",
      "The report has been written and is attached.",
      "Of the 30 lots we stored, 12 have been disposed of after the notice period ran out.",
      "Abandoned vehicles that were not claimed within a week were destroyed.",
      "The tenants' belongings were disposed of once the storage period had ended.",
    ],
  },
};
