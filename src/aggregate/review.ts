import type { AnswerFact } from "./records.js";
import { quote } from "../core/span.js";

export const REVIEW_COLUMNS = [
  "rank", "reasons", "confidence", "file", "letter_id", "authority", "question", "outcome", "grounds",
  "rule", "conflicts", "question_text", "evidence",
] as const;

/** Why a question is worth a human look; listed in this order in the `reasons` column. */
export const REVIEW_REASONS = ["uncited_refusal", "conflicting_rules", "grounds_not_exempt", "low_confidence"] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Where a flagged answer goes in review.csv: its sort key. */
export interface ReviewKey {
  reasons: number;
  confidence: number;
  /** Position of the answer in answers.jsonl (0-based, records only). */
  index: number;
}

export interface ReviewOptions {
  /** Confidence under which a question is low_confidence. */
  lowConfidence: number;
}

export function reviewReasons(a: AnswerFact, options: ReviewOptions): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (a.outcome === "exempt" && a.grounds.length === 0) reasons.push("uncited_refusal");
  if (a.conflicts.length > 0) reasons.push("conflicting_rules");
  if (a.outcome !== "exempt" && a.grounds.length > 0) reasons.push("grounds_not_exempt");
  if (a.confidence < options.lowConfidence) reasons.push("low_confidence");
  return reasons;
}

/** Every piece of evidence as `rule: "quote"`, the deciding rule first; quotes from the text when a record has none. */
export function evidenceText(a: AnswerFact, text: string | null): string {
  const ordered = [...a.evidence.filter((e) => e.rule === a.rule), ...a.evidence.filter((e) => e.rule !== a.rule)];
  return ordered
    .map((e) => `${e.rule}: "${e.quote || (text ? quote(text, e.span) : "")}"`)
    .join(" | ");
}

/**
 * Questions a human should check first. Most doubtful first: more reasons before fewer,
 * then lower confidence, then letter and question order, so the list is stable between runs.
 * A total order (the index is unique), so rows can be sorted anywhere, in any pieces.
 */
export function compareReview(x: ReviewKey, y: ReviewKey): number {
  return y.reasons - x.reasons || x.confidence - y.confidence || x.index - y.index;
}
