import type { LetterMeta } from "../core/types.js";

/** Metadata stated in the letter itself; front matter, when present, wins over these. */
export function extractMetadata(_text: string): Partial<LetterMeta> {
  return {};
}
