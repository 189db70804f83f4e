import iconv from "iconv-lite";

/**
 * The parts of a multipart message whose Content-Type names a boundary the body
 * does not use (mailparser then finds no part at all): split at the lines that
 * look like boundaries ("--" and a token), each part's own headers read, its
 * transfer encoding (base64, quoted-printable) undone and its charset decoded.
 * Text parts give the body; the others are attachments, read like any other.
 */

export interface RawPart {
  contentType: string;
  name: string;
  bytes: Uint8Array;
}

const BOUNDARY_LINE = /^--[^\s]{6,}\s*$/;

function headerValue(headers: string[], name: string): string {
  const line = headers.find((h) => h.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : "";
}

function param(value: string, key: string): string {
  const m = new RegExp(`${key}\\*?=\\s*"?([^";]+)"?`, "i").exec(value);
  return m ? m[1]!.trim() : "";
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const soft = text.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === "=" ? /^[0-9A-Fa-f]{2}$/.exec(soft.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else out.push(soft.charCodeAt(i) & 255);
  }
  return Uint8Array.from(out);
}

/** Parts of a raw body (latin1 text, one character per byte) split at boundary-like lines; the preamble is a text part. */
export function rawParts(body: string): RawPart[] {
  const parts: RawPart[] = [];
  let lines: string[] = [];
  let first = true;
  const flush = (): void => {
    if (first) {
      // Text before the first boundary: MIME's preamble, or the whole body when there is no boundary at all.
      first = false;
      const text = lines.join("\n").trim();
      if (text && !/^This is a multi-part message/i.test(text)) parts.push({ contentType: "text/plain", name: "", bytes: Uint8Array.from(text, (c) => c.charCodeAt(0) & 255) });
      lines = [];
      return;
    }
    const blank = lines.findIndex((l) => l.trim() === "");
    const headerLines = blank < 0 ? [] : lines.slice(0, blank);
    const hasHeaders = headerLines.length > 0 && headerLines.every((l) => /^[!-9;-~]+:/.test(l) || /^[ \t]/.test(l));
    const headers = hasHeaders ? headerLines.join("\n").replace(/\n[ \t]+/g, " ").split("\n") : [];
    const content = (hasHeaders ? lines.slice(blank + 1) : lines).join("\n");
    lines = [];
    const type = headerValue(headers, "content-type") || "text/plain";
    const encoding = headerValue(headers, "content-transfer-encoding").toLowerCase();
    let bytes: Uint8Array =
      encoding === "base64" ? new Uint8Array(Buffer.from(content.replace(/[^A-Za-z0-9+/=]/g, ""), "base64")) : encoding === "quoted-printable" ? decodeQuotedPrintable(content) : Uint8Array.from(content, (c) => c.charCodeAt(0) & 255);
    if (!content.trim()) return;
    const name = param(headerValue(headers, "content-disposition"), "filename") || param(type, "name");
    const mime = type.split(";")[0]!.trim().toLowerCase();
    if (mime.startsWith("text/") && !name) {
      const charset = param(type, "charset") || "utf-8";
      const text = iconv.encodingExists(charset) ? iconv.decode(Buffer.from(bytes), charset) : new TextDecoder().decode(bytes);
      bytes = new TextEncoder().encode(text);
    }
    parts.push({ contentType: mime, name, bytes });
  };
  for (const line of body.split("\n")) {
    if (BOUNDARY_LINE.test(line)) flush();
    else lines.push(line);
  }
  flush();
  return parts;
}
