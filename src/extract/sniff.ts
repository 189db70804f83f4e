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

/**
 * OLE2 stream names (UTF-16LE in the directory sectors) that say what a compound
 * file holds: "WordDocument" is a Word 97–2003 .doc, "Workbook"/"Book" an Excel
 * .xls, "PowerPoint Document" a .ppt. An Outlook .msg has "__substg1.0_" streams
 * instead. Only names as whole directory entries count: each is followed by its
 * NUL terminator.
 */
function oleHasStream(bytes: Uint8Array, name: string): boolean {
  const utf16 = `${Array.from(name, (c) => c + "\u0000").join("")}\u0000\u0000`;
  if (latin1.decode(bytes.subarray(0, Math.min(bytes.length, 2 * 1024 * 1024))).includes(utf16)) return true;
  // A large file (a .doc with pictures) may keep its directory near the end: read the header's
  // first directory sector, which holds the root entry and the first streams.
  if (bytes.length < 0x40) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << Math.min(16, view.getUint16(0x1e, true));
  const start = (view.getUint32(0x30, true) + 1) * sectorSize;
  if (start <= 0 || start >= bytes.length) return false;
  return latin1.decode(bytes.subarray(start, Math.min(bytes.length, start + Math.max(sectorSize, 4096)))).includes(utf16);
}

/** A Word 97–2003 binary document: an OLE2 file with a "WordDocument" stream, and not an Outlook message. */
export function isWordDoc(bytes: Uint8Array): boolean {
  return isOle(bytes) && oleHasStream(bytes, "WordDocument") && !isOutlookMessage(bytes);
}

/** Other Office 97–2003 files foiscope does not read: named in the error row rather than "unrecognised". */
export function oleKind(bytes: Uint8Array): "msg" | "doc" | "xls" | "ppt" | "ole" | null {
  if (!isOle(bytes)) return null;
  if (isOutlookMessage(bytes)) return "msg";
  if (oleHasStream(bytes, "WordDocument")) return "doc";
  if (oleHasStream(bytes, "Workbook") || oleHasStream(bytes, "Book")) return "xls";
  if (oleHasStream(bytes, "PowerPoint Document")) return "ppt";
  return "ole";
}

/** PNG signature 89 50 4E 47 0D 0A 1A 0A. */
export function isPng(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
}

/** JPEG: SOI marker FF D8, then the FF of the next marker. */
export function isJpeg(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xd8, 0xff]);
}

/** TIFF: "II*\0" (little-endian) or "MM\0*" (big-endian). BigTIFF (43) is recognised so it can be refused by name. */
export function isTiff(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b]);
}

/** An email by its header block: see mail-sniff.ts (the email extractor's own test). */
export { isEmail } from "./mail-sniff.js";

/** File name extension, lower case, no dot; "" when there is none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : "";
}
