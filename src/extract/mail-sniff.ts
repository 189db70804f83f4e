/**
 * Is a text file an email? Any RFC 5322 header block at the top: "Name: value"
 * lines (folded lines allowed) up to a blank line, field names as the RFC
 * defines them (printable ASCII, no space or colon) — so WhatDoTheyKnow's stored
 * copies with `Envelope-to`, `Delivery-date` and `X-…` fields pass, behind the
 * mbox `From ` line they start with. Whether the block is a real message is then
 * mailparser's to decide. The block must name a sender and carry one field only
 * mail has (a date, a trace or delivery field, a message id, MIME), so a letter
 * with front matter ("authority: …") or a memo heading ("From: … / Subject: …")
 * stays a letter.
 */

const FIELD = /^([!-9;-~]+):/;
const MAIL_ONLY = new Set([
  "date", "received", "return-path", "message-id", "mime-version", "delivery-date", "envelope-to", "delivered-to",
  "dkim-signature", "authentication-results", "x-mailer", "thread-index", "in-reply-to", "references", "content-type",
]);

/** Made once: a decode() without { stream: true } keeps no state between calls. */
const LATIN1 = new TextDecoder("latin1");

export function isEmail(bytes: Uint8Array): boolean {
  const text = LATIN1.decode(bytes.subarray(0, Math.min(bytes.length, 16 * 1024))).replace(/\r\n?/g, "\n");
  const end = text.indexOf("\n\n");
  if (end <= 0) return false;
  const lines = text.slice(0, end).split("\n");
  if (/^From \S+/.test(lines[0] ?? "")) lines.shift(); // mbox separator line
  const names = new Set<string>();
  for (const line of lines) {
    if (/^[ \t]/.test(line) && names.size > 0) continue; // folded continuation
    const m = FIELD.exec(line);
    if (!m) return false;
    names.add(m[1]!.toLowerCase());
  }
  if (names.size < 3 || !(names.has("from") || names.has("sender"))) return false;
  return [...names].some((n) => MAIL_ONLY.has(n) || n.startsWith("x-") || n.startsWith("arc-"));
}

/** The raw body of a message: everything after its header block (and after a leading mbox line). */
export function rawBody(text: string): string {
  const normal = text.replace(/\r\n?/g, "\n");
  const end = normal.indexOf("\n\n");
  return end < 0 ? "" : normal.slice(end + 2);
}
