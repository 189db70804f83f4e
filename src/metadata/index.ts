import type { LetterMeta } from "../core/types.js";
import { emptyMeta } from "../core/types.js";
import { extractMetadata } from "../segment/metadata.js";

const FIELDS = ["authority", "sector", "date", "reference"] as const;

/**
 * A letter's metadata: what the source states outside the text (front matter, a
 * manifest, email headers, a thread's JSON) wins; the rest is read from the letter.
 * `givenSource` names where `given` came from, for the `metadata_source` column.
 */
export function letterMetadata(text: string, given: Partial<LetterMeta>, givenSource = "given"): LetterMeta {
  const fromText = extractMetadata(text);
  const meta: LetterMeta = { ...emptyMeta(), ...fromText };
  const sources: string[] = [];
  for (const [k, v] of Object.entries(given)) if (v !== undefined && v !== "") (meta as unknown as Record<string, string>)[k] = v;
  for (const f of FIELDS) {
    if (given[f]) sources.push(`${f}=${givenSource}`);
    else if (fromText[f]) sources.push(`${f}=text`);
  }
  meta.metadataSource = sources.join(";");
  return meta;
}
