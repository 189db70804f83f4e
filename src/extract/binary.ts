/**
 * Is a file's content text at all? Asked before a file is decoded as text (plain text, or a text-like
 * format claimed by its extension alone): a file of random bytes, an executable, a compressed blob or
 * an image under a `.txt` name decodes "successfully" as Windows-1252 (every byte is some character),
 * and a letter test run over 64 KB of such characters finds a "Hi" at a line start or an "FOI" between
 * two symbols often enough to take noise for a letter. Bytes decide it, over the head only (8 KB):
 * the cost per letter is one pass over a few KB.
 *
 * Text, whatever its encoding, has no NUL bytes (UTF-16 comes with a BOM, handled by decodeText), almost
 * no control bytes, and either is valid UTF-8 or, in a single-byte encoding (Windows-1252), has few bytes
 * above 0x7F: accented letters, a pound sign, curly quotes. Random or compressed bytes have NULs and
 * controls (one byte in nine), half their bytes above 0x7F, and near 8 bits of entropy per byte.
 */

const HEAD = 8192;

/** Formats named by their first bytes that foiscope does not read: an error row names them. */
const MAGIC: readonly { what: string; at?: number; bytes: readonly number[] }[] = [
  { what: "a Windows executable", bytes: [0x4d, 0x5a] }, // "MZ"
  { what: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: "a Mach-O executable", bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: "a Mach-O executable", bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { what: "a Java class file", bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: "a gzip archive", bytes: [0x1f, 0x8b] },
  { what: "a bzip2 archive", bytes: [0x42, 0x5a, 0x68] }, // "BZh"
  { what: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: "a Zstandard archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: "a ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: "a ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { what: "a tar archive", at: 257, bytes: [0x75, 0x73, 0x74, 0x61, 0x72] }, // "ustar"
  { what: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { what: "a BMP image", bytes: [0x42, 0x4d] }, // "BM" (checked with the binary test below)
  { what: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { what: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { what: "a WebP image or WAV/AVI media file", bytes: [0x52, 0x49, 0x46, 0x46] }, // "RIFF"
  { what: "an ICO icon", bytes: [0x00, 0x00, 0x01, 0x00] },
  { what: "an MP4/QuickTime media file", at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // "ftyp"
  { what: "an MP3 audio file", bytes: [0x49, 0x44, 0x33] }, // "ID3"
  { what: "an Ogg media file", bytes: [0x4f, 0x67, 0x67, 0x53] },
  { what: "a FLAC audio file", bytes: [0x66, 0x4c, 0x61, 0x43] },
  { what: "a Matroska/WebM media file", bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { what: "an SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] }, // "SQLite f"
  { what: "an OLE2 compound file", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

export interface BinaryReading {
  /** What the bytes are, for the message: "a gzip archive", "binary data (NUL bytes)". */
  what: string;
  /** True when a file-type signature named it (a format foiscope does not read), false for anonymous binary data. */
  named: boolean;
}

function at(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

/** Bytes of `head` that are not a valid UTF-8 sequence (a sequence cut by the end of the head is not counted). */
function utf8Errors(head: Uint8Array, cut: boolean): number {
  let errors = 0;
  let i = 0;
  while (i < head.length) {
    const b = head[i]!;
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) { errors++; i++; continue; }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      if (i + k >= head.length) { ok = cut; break; }
      const c = head[i + k]!;
      if ((c & 0xc0) !== 0x80) { ok = false; break; }
    }
    if (!ok) { errors++; i++; continue; }
    i += need + 1;
  }
  return errors;
}

/**
 * Null when the head of `bytes` reads as text in some encoding; else what the bytes are. Control bytes
 * are those no text file holds: C0 controls other than tab, line feed, vertical tab, form feed, carriage
 * return and escape, and DEL; a DOS end-of-file mark (0x1A) as the last byte is allowed.
 */
export function readBinary(bytes: Uint8Array): BinaryReading | null {
  if (bytes.length === 0) return null;
  // UTF-16 with a byte-order mark: text, decoded as such.
  if (at(bytes, 0, [0xff, 0xfe]) || at(bytes, 0, [0xfe, 0xff])) return null;
  const n = Math.min(bytes.length, HEAD);
  const head = bytes.subarray(0, n);
  let nul = 0;
  let control = 0;
  let high = 0;
  const counts = new Uint32Array(256);
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    counts[b]!++;
    if (b === 0) nul++;
    else if (b < 0x20 ? !(b >= 0x09 && b <= 0x0d) && b !== 0x1b && !(b === 0x1a && i === bytes.length - 1) : b === 0x7f) control++;
    else if (b >= 0x80) high++;
  }
  const magic = MAGIC.find((m) => at(bytes, m.at ?? 0, m.bytes));
  // Short signatures ("MZ", "BM", "ID3") begin some text files too: they name the file only when its bytes are not text.
  // Two percent, as the text sniff (text.ts) and the test on decoded characters (kind/not-a-letter.ts) count it: a letter
  // with a stray escape sequence or two pasted in is still text; random bytes hold one control byte in nine.
  const binaryBytes = nul > 0 || control >= Math.max(3, n * 0.02);
  if (magic && (binaryBytes || magic.bytes.length >= 4)) return { what: magic.what, named: true };
  if (nul > 0) return { what: "binary data (NUL bytes)", named: false };
  if (binaryBytes) return { what: `binary data (${percent(control, n)} control bytes)`, named: false };
  // A single-byte encoding holds a few bytes above 0x7F (accents, £, quotes); random bytes hold half.
  // Valid UTF-8 (a letter in any script) is text; so is UTF-8 with a stray byte or two. Random bytes fail as UTF-8
  // at half their high bytes (a continuation byte cannot lead a sequence).
  if (high >= Math.max(4, n * 0.2) && utf8Errors(head, bytes.length > n) * 4 >= high) {
    return { what: `binary data (${percent(high, n)} of bytes above 0x7F, not UTF-8)`, named: false };
  }
  if (n >= 1024) {
    let entropy = 0;
    for (const c of counts) if (c > 0) entropy -= (c / n) * Math.log2(c / n);
    // English text runs about 4.5 bits a byte, Base64 6; compressed or encrypted data close to 8.
    if (entropy > 7.2) return { what: `binary data (${entropy.toFixed(1)} bits of entropy a byte: compressed or encrypted)`, named: false };
  }
  return null;
}

function percent(k: number, n: number): string {
  return `${Math.round((100 * k) / n)}%`;
}
