/**
 * uuencoded files inside a message ("begin 644 response.doc" … "end"), as mail
 * systems that predate MIME, and WhatDoTheyKnow's stored copies of some
 * authorities' replies, carry attachments. Read as text they are lines of
 * punctuation from which section numbers get "cited"; decoded they are the
 * reply itself. The format is small and fixed (each line: a length character,
 * then 4 characters per 3 bytes, offset from 32), so it is decoded here.
 */

export interface UuFile {
  name: string;
  bytes: Uint8Array;
}

// The name ends at its last non-space (greedy), not at the first place the rest is all spaces (lazy, which retried every one).
const BEGIN = /^begin(?:-base64)? +[0-7]{3,4} +(\S(?:.*\S)?)\s*$/;

/** Decode the lines between "begin" and "end"; null when a line is not uuencoding. */
function decodeLines(lines: string[]): Uint8Array | null {
  const out: number[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    if (line === "" || line === "`" || line === " ") continue;
    const length = (line.charCodeAt(0) - 32) & 63;
    if (length === 0) continue;
    const body = line.slice(1);
    // Trailing spaces (zero bits) may have been stripped in transit: missing characters count as zero.
    if (/[^\x20-\x60]/.test(body)) return null;
    const value = (i: number): number => ((body.charCodeAt(i) || 32) - 32) & 63;
    let written = 0;
    for (let i = 0; written < length; i += 4) {
      const a = value(i);
      const b = value(i + 1);
      const c = value(i + 2);
      const d = value(i + 3);
      const bytes = [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d];
      for (const byte of bytes) if (written++ < length) out.push(byte & 255);
    }
  }
  return Uint8Array.from(out);
}

/**
 * The uuencoded files in a text, and the text without them. A "begin" line
 * without its "end", or lines that are not uuencoding, are left as text.
 */
export function extractUuencoded(text: string): { text: string; files: UuFile[] } {
  if (!/^begin(?:-base64)? +[0-7]{3,4} /m.test(text)) return { text, files: [] };
  const lines = text.split("\n");
  const kept: string[] = [];
  const files: UuFile[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BEGIN.exec(lines[i]!.replace(/\r$/, ""));
    if (!m || lines[i]!.startsWith("begin-base64")) {
      kept.push(lines[i]!);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end]!.replace(/\r$/, "").trim() !== "end") end++;
    const bytes = end < lines.length ? decodeLines(lines.slice(i + 1, end)) : null;
    if (!bytes || bytes.length === 0) {
      kept.push(lines[i]!);
      continue;
    }
    files.push({ name: m[1]!, bytes });
    i = end;
  }
  return { text: kept.join("\n"), files };
}

/** The bytes of a part sent with Content-Transfer-Encoding x-uuencode (mailparser hands it over still encoded). */
export function decodeUuencodedPart(content: Uint8Array): UuFile | null {
  const text = new TextDecoder("latin1").decode(content.subarray(0, Math.min(content.length, 64 * 1024 * 1024)));
  const { files } = extractUuencoded(text);
  return files[0] ?? null;
}
