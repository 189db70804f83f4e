import type { Act } from "../core/types.js";
import { findCitations } from "./cite.js";

/** Keep the most precise form: "FOIA s31" goes when "FOIA s31(1)(a)" is also applied. */
export function mostPrecise(grounds: readonly string[]): string[] {
  const unique = [...new Set(grounds)];
  return unique.filter((g) => !unique.some((h) => h !== g && h.startsWith(`${g}(`)));
}

/**
 * The grounds a passage applies: numbered citations that are grounds, else
 * grounds named without a number. Used for one refusal sentence or paragraph.
 */
export function groundsApplied(text: string, regime: Act): string[] {
  const citations = findCitations(text, regime);
  const numbered = citations.filter((c) => c.applied && !c.byName).map((c) => c.ground);
  if (numbered.length) return mostPrecise(numbered);
  return mostPrecise(citations.filter((c) => c.applied && c.byName).map((c) => c.ground));
}
