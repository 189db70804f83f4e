import iconv from "iconv-lite";

// One decoder of each kind for the worker's life: a decode() without { stream: true } keeps no state
// from one call to the next (and a fatal one that throws keeps none either), and making a TextDecoder
// cost more than decoding a letter of a few kilobytes.
const UTF8 = new TextDecoder("utf-8");
const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/**
 * Decode bytes as UTF-8 when they are valid UTF-8, else as Windows-1252 (the
 * encoding of most text exported from Office on Windows). A BOM is honoured.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: UTF8.decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: UTF16LE.decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: UTF16BE.decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: UTF8_FATAL.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252"), encoding: "windows-1252" };
  }
}

/**
 * Normalise extracted text once, before it becomes `Letter.text`, so that every
 * offset refers to the same string: LF line ends, no NUL, non-breaking and other
 * odd spaces as plain spaces, no trailing spaces.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/\u0000/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/\u2028|\u2029/g, "\n")
    // Lookbehind: a long run of spaces not ending in a newline must not be rescanned from each space.
    .replace(/(?<![ \t])[ \t]+\n/g, "\n");
}
