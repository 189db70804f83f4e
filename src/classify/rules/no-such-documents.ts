import type { Rule } from "../rule.js";

/**
 * A request for documents (reports, surveys, minutes, assessments…) answered by saying none
 * exist: "there are no surveys of the estate", "no such minutes were taken", "no assessments have
 * been carried out". labels.md ("Nil or not held"): "no meetings took place, so there are no
 * minutes" is not held — the documents asked for do not exist, so nothing is held. It differs
 * from a nil count ("there were no complaints"), which answers a question about how many: the
 * nouns here are kinds of recorded document, and "reports of …" (incidents reported) stays a count.
 */
const DOCS =
  "(?:reports?\\b(?!\\s+(?:of|from|to|about)\\b)|surveys?|minutes|documents?|documentation|records?|assessments?|studies|study|evaluations?|briefing notes|notes of (?:the |any )?meetings?|written (?:advice|guidance)|feasibility (?:studies|study))";

export const rule: Rule = {
  id: "no-such-documents",
  signal: "not_held",
  description: "The documents asked for do not exist: there are no such reports, surveys, minutes or assessments, or none were produced.",
  basis: "labels.md Hard cases, Nil or not held: \"no meetings took place, so there are no minutes\" is not_held.",
  weight: 0.8,
  pattern: new RegExp(
    [
      `\\bthere (?:are|is|were|was|have been|has been) no (?:such |relevant |formal |written |specific |further |other )?${DOCS}`,
      `\\bno (?:such |relevant |formal |written )?${DOCS}(?:\\s+or\\s+\\w+)? (?:\\w+ ){0,4}(?:exists?|(?:was|were|has been|have been) (?:produced|undertaken|carried out|commissioned|written|prepared|created|compiled|completed|taken|kept|made))\\b`,
    ].join("|"),
    "i",
  ),
  examples: {
    match: [
      "There are no surveys or inspections of the depot carried out since 2019.",
      "No such minutes exist for those meetings.",
      "No assessments have been carried out on the bridge.",
      "There is no written guidance on this subject.",
    ],
    noMatch: ["There were no reports of phishing in that year.", "There were no complaints.", "The report has been produced and is attached."],
  },
};
