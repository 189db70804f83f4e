import type { Extractor } from "./types.js";
import { decodeText, normaliseText } from "./decode.js";
import { parseFrontMatter } from "./front-matter.js";
import { repairExtractedText } from "./text-repair.js";

/** Share of bytes in the head that are control characters other than tab/CR/LF/FF. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return true;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32) || b === 127) bad++;
  }
  return bad / n < 0.02;
}

/** Plain text and Markdown letters, with optional front matter. */
export const textExtractor: Extractor = {
  format: "text",
  extensions: ["txt", "md", "text", "markdown"],
  sniff: (bytes) => looksLikeText(bytes),
  async extract(input) {
    const { text: decoded, encoding } = decodeText(input.bytes);
    const normal = normaliseText(decoded);
    const front = parseFrontMatter(normal);
    // A .txt file is often a PDF's text saved by another tool: its page furniture, glyph bullets and broken words are repaired here.
    const text = repairExtractedText(normal.slice(front.bodyStart));
    const messages =
      encoding === "windows-1252"
        ? [
            {
              severity: "info" as const,
              code: "FOISCOPE_ENCODING_FALLBACK",
              source: "extract/text",
              text: "Text is not valid UTF-8; decoded as Windows-1252",
            },
          ]
        : [];
    return { format: "text", text, pageStarts: [0], ocrPages: 0, meta: front.meta, messages };
  },
};
