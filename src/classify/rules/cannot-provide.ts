import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "cannot-provide",
  signal: "exempt",
  description: "The authority says it will not or cannot provide the information (a refusal, with or without a section).",
  basis: "labels.md: a refusal that names no section is still exempt (a stated policy of keeping security details back counts).",
  weight: 0.75,
  pattern: /\b(?:unable|not able|unwilling|not (?:prepared|willing|in a position)|cannot|can ?not|will not|won't|would not be appropriate)\s+(?:to\s+)?(?:provide|disclose|release|supply|share|answer|give|publish|comply)\b|\b(?:do|does|will)\s+not\s+(?:release|disclose|publish|share|provide)\s+(?:information|details|data|specific|any)\b|\bnot\s+(?:be\s+|being\s+)?(?:releas|disclos)(?:ed|ing)\b(?!\s+(?:to you )?(?:below|here|in full))/i,
  veto: /\b(?:not hold|not held|do not have|does not have|don['’]t (?:hold|have)|doesn['’]t (?:hold|have)|no longer (?:hold|have)|no (?:information|record|data)|unable to locate|unable to find|unable to split|unable to identify|not (?:listed|logged|recorded) (?:as )?separate(?:ly)?|(?:is|are) not (?:logged|recorded))\b|\b(?:do|does|did)\s+not\s+(?:currently\s+|routinely\s+)?(?:keep|retain|record|collect|maintain|store|capture|log|track|compile)\b|\b(?:don|doesn|didn)['’]t\s+(?:currently\s+|routinely\s+)?(?:keep|retain|record|collect|maintain|store|capture|log|track|compile)\b|\b(?:is|are|was|were)\s+not\s+(?:kept|retained|collected|held|stored|captured)\b|\b(?:has|have|had)\s+(?:since\s+)?been\s+(?:deleted|destroyed|disposed\s+of)\b|\bif (?:we|the)\b|\bcould not be (?:located|found)\b|\b(?:unable|not able|cannot|can ?not)\s+(?:to\s+)?provide\s+(?:the\s+|any\s+)?(?:data|information|figures|details)\s+(?:with|in|by|at|broken down by)\s+(?:those|these|that|this|such|the requested)\s+(?:attributes|categories|categorisations?|format|form|breakdown|way|level|manner|detail)\b/i,
  examples: {
    match: [
      "Regrettably the Council is not willing to supply these figures.",
      "The Trust does not publish details of its network defences.",
      "We cannot disclose the supplier names, since an exemption covers them.",
      "Home addresses are not being released, as they could identify the owners.",
    ],
    noMatch: ["We keep road lists by ward only and cannot provide figures in that breakdown.", "We are unable to provide this information as we do not hold it.", "We are unable to provide the length of the hearing as individual cases are not logged by time.", "Please find the information below.", "We do not keep any note of individual scores and therefore can't supply them.", "The team doesn't retain the logs, and so we cannot share them.", "The recordings are not kept beyond 30 days and cannot be provided.", "The raw data has been deleted by the supplier, so we are unable to supply it."],
  },
};
