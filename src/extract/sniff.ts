/**
 * Content sniffing by magic bytes and header shapes. Cheap: each test looks at
 * the head (or, for ZIP, the central directory at the tail) only, so the
 * registry can try every extractor on every file.
 */

const latin1 = new TextDecoder("latin1");

function head(bytes: Uint8Array, n: number): string {
  return latin1.decode(bytes.subarray(0, Math.min(bytes.length, n)));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** PDF: "%PDF-" within the first 1 KB (Acrobat tolerates junk before it, so do we). */
export function isPdf(bytes: Uint8Array): boolean {
  return head(bytes, 1024).includes("%PDF-");
}

/** ZIP local file header "PK\x03\x04" (also the empty-archive "PK\x05\x06"). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * A Word document: a ZIP whose entry names include "word/document.xml". Entry
 * names are stored uncompressed in the local headers and the central directory,
 * so a byte search finds them without inflating anything.
 */
export function isDocx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const needle = "word/document.xml";
  // The central directory sits at the end; the first local header is usually [Content_Types].xml.
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 256 * 1024)));
  return tail.includes(needle) || head(bytes, 256 * 1024).includes(needle);
}

/** OLE2 compound file (Outlook .msg, old .doc/.xls): D0 CF 11 E0 A1 B1 1A E1. */
export function isOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/**
 * An Outlook message: an OLE2 file holding "__substg1.0_" property streams. The
 * stream names are UTF-16LE in the directory sectors, which follow the header.
 */
export function isOutlookMessage(bytes: Uint8Array): boolean {
  if (!isOle(bytes)) return false;
  const probe = "__substg1.0_";
  const utf16 = Array.from(probe, (c) => c + "\u0000").join("");
  return latin1.decode(bytes.subarray(0, Math.min(bytes.length, 2 * 1024 * 1024))).includes(utf16);
}

/** Header field names that, at the very start of a file, mark an RFC 822 message. */
const EMAIL_HEADERS = /^(?:from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+|reply-to|sender|thread-topic|thread-index|dkim-signature|arc-[a-z-]+|authentication-results|in-reply-to|references|importance|content-transfer-encoding|content-language|accept-language|user-agent)$/i;

/**
 * An email (.eml): the file opens with a block of "Name: value" header lines
 * (folded lines allowed) ending in a blank line, and that block has a From, a
 * Date/Received or a MIME-Version header among at least three fields. A letter
 * whose front matter is "authority: …" does not pass: those names are not mail headers.
 */
export function isEmail(bytes: Uint8Array): boolean {
  const text = head(bytes, 16 * 1024).replace(/\r\n?/g, "\n");
  const end = text.indexOf("\n\n");
  if (end <= 0) return false;
  const lines = text.slice(0, end).split("\n");
  if (lines[0]?.startsWith("From ")) lines.shift(); // mbox separator line
  const names = new Set<string>();
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue; // folded continuation
    const m = /^([A-Za-z][A-Za-z0-9-]*):/.exec(line);
    if (!m || !EMAIL_HEADERS.test(m[1]!)) return false;
    names.add(m[1]!.toLowerCase());
  }
  if (names.size < 3) return false;
  return names.has("from") && (names.has("date") || names.has("received") || names.has("mime-version") || names.has("subject"));
}

/** File name extension, lower case, no dot; "" when there is none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}
