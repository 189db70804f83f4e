import type { Attachment } from "mailparser";
import { FoiscopeError } from "../core/errors.js";
import type { Message } from "../core/types.js";
import { decodeText } from "./decode.js";
import { composeMail, isoDate } from "./email-compose.js";
import { extractHtmlText } from "./html.js";
import { rawParts, type RawPart } from "./mail-raw.js";
import { isEmail, rawBody } from "./mail-sniff.js";
import { isTnef, readTnef } from "./tnef.js";
import type { Extracted, ExtractContext, ExtractInput, Extractor } from "./types.js";
import { extractUuencoded } from "./uuencode.js";

const SOURCE = "extract/eml";

/** An attachment's bytes unwrapped: a winmail.dat gives the files inside it (and maybe the body); an x-uuencode part its file. */
function unwrapAttachment(a: Attachment, index: number, messages: Message[]): { files: { name: string; bytes: Uint8Array }[]; body: string } {
  const name = a.filename || `attachment-${index + 1}`;
  const bytes = new Uint8Array(a.content);
  if (isTnef(bytes) || a.contentType === "application/ms-tnef" || /^winmail\.dat$/i.test(name)) {
    try {
      const tnef = readTnef(bytes, name);
      messages.push({ severity: "info", code: "FOISCOPE_TNEF_UNWRAPPED", source: SOURCE, text: `${name}: Outlook attachment wrapper read; it holds ${tnef.attachments.map((f) => f.name).join(", ") || "no files"}` });
      return { files: tnef.attachments, body: tnef.body };
    } catch (error) {
      messages.push({ severity: "warning", code: "FOISCOPE_TNEF_CORRUPT", source: SOURCE, text: error instanceof Error ? error.message : String(error) });
      return { files: [], body: "" };
    }
  }
  if (/^begin(?:-base64)? +[0-7]{3,4} /.test(new TextDecoder("latin1").decode(bytes.subarray(0, 64)))) {
    const { files } = extractUuencoded(new TextDecoder("latin1").decode(bytes));
    if (files.length) return { files, body: "" };
  }
  return { files: [{ name, bytes }], body: "" };
}

/**
 * An .eml message (or an mbox copy of one, as WhatDoTheyKnow stores replies)
 * through mailparser (3.9.31: the newest that installs here; see stack.md).
 * What mailparser leaves encoded is unwrapped here: uuencoded files in the body
 * or in a part, and TNEF (winmail.dat). An HTML-only body is rendered by the
 * HTML extractor's renderer, so its lists keep their numbers and its tables
 * their rows as in an HTML letter.
 */
async function extractEml(input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  const buffer = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  // Loaded with the first email, not with every worker (~0.1 CPU-s a worker that reads no email).
  const { simpleParser } = await import("mailparser");
  let parsed;
  try {
    parsed = await simpleParser(buffer, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true, skipHtmlToText: true });
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_EMAIL_CORRUPT", `Email could not be parsed (${error instanceof Error ? error.message : String(error)}): ${input.name}`);
  }
  const messages: Message[] = [];
  let body = parsed.text ?? "";
  if (!body.trim() && typeof parsed.html === "string" && parsed.html.trim()) body = extractHtmlText(parsed.html).text;
  const attachments: { name: string; bytes: Uint8Array }[] = [];
  const contentType = parsed.headers.get("content-type") as { value?: string } | undefined;
  if (!body.trim() && parsed.attachments.length === 0 && /^multipart\//i.test(contentType?.value ?? "")) {
    // The parts were not found under the boundary the header names: read them from the raw body.
    const parts = rawParts(rawBody(buffer.toString("latin1")));
    const text = (type: string): RawPart[] => parts.filter((p) => p.contentType === type && !p.name);
    body = text("text/plain").length
      ? text("text/plain").map((p) => decodeText(p.bytes).text).join("\n\n")
      : text("text/html").map((p) => extractHtmlText(decodeText(p.bytes).text).text).join("\n\n");
    parts.filter((p) => p.name || !p.contentType.startsWith("text/")).forEach((p, i) => attachments.push({ name: p.name || `attachment-${i + 1}`, bytes: p.bytes }));
    if (body.trim() || attachments.length) {
      messages.push({
        severity: "warning",
        code: "FOISCOPE_EMAIL_BOUNDARY",
        source: SOURCE,
        text: "Email's parts were not found under the boundary its header names; the body was read from the raw message",
      });
    }
  }

  const uu = extractUuencoded(body);
  if (uu.files.length) {
    body = uu.text;
    attachments.push(...uu.files);
    messages.push({ severity: "info", code: "FOISCOPE_UUENCODED", source: SOURCE, text: `Uuencoded file${uu.files.length > 1 ? "s" : ""} in the body decoded: ${uu.files.map((f) => f.name).join(", ")}` });
  }
  parsed.attachments
    // Inline pictures (logos, signatures) are not letters.
    .filter((a) => !(a.contentDisposition === "inline" && a.contentType.startsWith("image/")))
    .forEach((a, i) => {
      const unwrapped = unwrapAttachment(a, i, messages);
      attachments.push(...unwrapped.files);
      if (!body.trim() && unwrapped.body.trim()) body = unwrapped.body;
    });

  const from = parsed.from?.value[0];
  const composed = await composeMail(
    { format: "eml", subject: parsed.subject ?? "", body, fromName: from?.name ?? "", fromAddress: from?.address ?? "", date: isoDate(parsed.date), attachments },
    context,
  );
  composed.messages.unshift(...messages);
  return composed;
}

export const emailExtractor: Extractor = {
  format: "eml",
  extensions: ["eml", "mbox"],
  sniff: (bytes) => isEmail(bytes),
  extract: extractEml,
};
