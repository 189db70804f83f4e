import type { Message } from "../core/types.js";

/**
 * A multipart email whose declared boundary never occurs in its body (a mailer bug, or an edit
 * by hand) parses to no parts at all: mailparser returns neither text nor attachments, and the
 * letter would be silently lost. This reads the body from the raw message instead: the first
 * text part under whatever boundary the body really uses (its own part headers dropped,
 * quoted-printable or base64 decoded), or the whole body when it has none; with a warning.
 */
export function bodyFromBrokenMultipart(raw: Uint8Array): { body: string; message: Message } | null {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("latin1");
  const headerEnd = text.search(/\r?\n\r?\n/);
  if (headerEnd < 0) return null;
  const headers = text.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, " ");
  const type = /^content-type:[ \t]*multipart\/[^\n]*?boundary=(?:"([^"\n]+)"|([^;\s]+))/im.exec(headers);
  if (!type) return null;
  const boundary = type[1] ?? type[2] ?? "";
  const body = text.slice(headerEnd).replace(/^\r?\n\r?\n/, "");
  if (body.includes(`--${boundary}`)) return null;
  // The boundary the body uses: its first "--token" line.
  const actual = /^--([^\s-][^\r\n]{0,68}?)\r?$/m.exec(body);
  let part = body;
  if (actual) {
    const pieces = body.split(new RegExp(`^--${escapeRegExp(actual[1]!)}(?:--)?[ \\t]*\\r?$`, "m"));
    part = pieces.find((p) => /^content-type:[ \t]*text\/plain/im.test(p.slice(0, 500))) ?? pieces.find((p) => p.trim() !== "") ?? body;
  }
  let content = part.replace(/^\r?\n/, "");
  let encoding = "";
  let charset = "utf-8";
  const partHeaderEnd = content.search(/\r?\n\r?\n/);
  if (partHeaderEnd >= 0 && /^content-[a-z-]+:/i.test(content)) {
    const partHeaders = content.slice(0, partHeaderEnd);
    encoding = /^content-transfer-encoding:[ \t]*([\w-]+)/im.exec(partHeaders)?.[1]?.toLowerCase() ?? "";
    charset = /charset="?([\w-]+)/i.exec(partHeaders)?.[1]?.toLowerCase() ?? charset;
    content = content.slice(partHeaderEnd).replace(/^\r?\n\r?\n/, "");
  }
  let bytes: Buffer;
  if (encoding === "quoted-printable") bytes = Buffer.from(content.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1");
  else if (encoding === "base64") bytes = Buffer.from(content.replace(/\s+/g, ""), "base64");
  else bytes = Buffer.from(content, "latin1");
  const decoded = bytes.toString(/^(?:iso-8859-1|latin1|us-ascii|windows-1252)$/.test(charset) ? "latin1" : "utf8").replace(/\r\n/g, "\n").trim();
  if (!decoded) return null;
  return {
    body: decoded,
    message: {
      severity: "warning",
      code: "FOISCOPE_MIME_BOUNDARY",
      source: "extract",
      text: `The email declares the MIME boundary "${boundary.slice(0, 70)}" but its body never uses it; the body was read from the raw message${actual ? ` (parts under "${actual[1]!.slice(0, 70)}")` : ""}`,
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
