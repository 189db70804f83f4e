import type { Act, Citation, LetterMeta } from "../core/types.js";

export function letterRegime(_text: string, _meta: LetterMeta): Act {
  return "FOIA";
}

export function findCitations(_text: string, _regime: Act): Citation[] {
  return [];
}
