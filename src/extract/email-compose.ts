import type { LetterMeta, Message } from "../core/types.js";
import { errorMessage } from "../core/errors.js";
import { normaliseText } from "./decode.js";
import { imageSize } from "./image.js";
import type { Extracted, ExtractContext } from "./types.js";

/** A message as .eml and .msg readers both give it. */
export interface MailParts {
  format: "eml" | "msg";
  subject: string;
  /** Plain text body (already converted from HTML when there was no text part). */
  body: string;
  fromName: string;
  fromAddress: string;
  /** ISO date (yyyy-mm-dd) or "". */
  date: string;
  attachments: Array<{ name: string; bytes: Uint8Array }>;
}

/** Where the quoted thread starts: "-----Original Message-----", a rule, Outlook's "From: … Sent: …" block, "On … wrote:". */
const THREAD_SPLITTER = /^(?:-{2,}\s*Original Message\s*-{2,}|_{10,}|From:\s.*\n(?:.*\n){0,3}?(?:Sent|Date):\s|On .{5,120}wrote:\s*$)/im;

/**
 * The reply the authority wrote, without the quoted thread below it: cut at the
 * thread's first splitter (a header block at the very top is a forwarded message
 * and is kept), and a quoted block closing the body dropped. Questions quoted
 * inline with the answers under them ("> 1. How many vans?" / "We hold 12.") are
 * the letter's questions: kept, without their ">".
 *
 * Not a library: planer (talon's quotation finder) splits a body at its first
 * 1,000 lines, dropping the rest unsaid, and takes a letterhead's "Date: 14 June
 * 2022" line for a reply header, cutting a letter to its letterhead (measured:
 * plain-text email renderings 169/169 → 158/169 questions); email-reply-parser
 * needs Node 22.
 */
export function replyPart(body: string): string {
  const text = normaliseText(body);
  const cut = THREAD_SPLITTER.exec(text);
  const reply = cut && text.slice(0, cut.index).trim() ? text.slice(0, cut.index) : text;
  const kept = reply.split("\n");
  // A quoted block closing the body is the request quoted back, not questions answered inline.
  while (kept.length && /^\s*(?:>.*)?$/.test(kept[kept.length - 1]!)) kept.pop();
  return kept
    .map((line) => line.replace(/^\s*(?:>\s?)+/, ""))
    .join("\n")
    // Two blank lines are kept, as in a text letter: a writer's wider gap groups parts of a request.
    .replace(/\n{4,}/g, "\n\n\n")
    .trim();
}

/** The body only points at an attachment ("Please find attached our response"). */
const POINTS_TO_ATTACHMENT =
  /\b(?:please\s+(?:find|see)\s+(?:\w+\s+){0,4}(?:attached|enclosed)|(?:is|are)\s+attached|attached\s+(?:is|are|please\s+find|you\s+will\s+find)|I\s+attach|we\s+attach|(?:response|reply|letter|decision)\s+(?:is\s+)?(?:attached|enclosed)|in\s+the\s+attached)\b/i;

/** How much an attachment's text looks like an FOI response letter. */
function letterScore(text: string): number {
  let score = 0;
  if (/freedom of information|environmental information regulations|\bFOI(?:SA|A)?\b|\bEIR\b/i.test(text)) score += 2;
  if (/\byour request\b|\brequest for information\b/i.test(text)) score += 2;
  if (/\bsection\s+\d+|\bregulation\s+1[23]\b/i.test(text)) score += 1;
  if (/\bdear\b|\byours (?:sincerely|faithfully)\b/i.test(text)) score += 1;
  if (text.length > 400) score += 1;
  return score;
}

const ORG_WORDS =
  /\b(?:council|constabulary|police|nhs|trust|authority|department|ministry|office|university|college|board|service|services|fire|rescue|agency|commission|executive|government|borough|county|city|district|parish|health|hospital|school|academy|commissioner|assembly|parliament)\b/i;
const ROLE_WORDS =
  /\b(?:foi|foia|eir|freedom of information|information (?:governance|rights|management|compliance|access)|data protection|disclosure|requests?|team|unit|officer|office|dept|department)\b/gi;

/**
 * The authority from the sender's display name, when it names one
 * ("FOI Team - Harbourside Borough Council" → "Harbourside Borough Council").
 * "" when it does not (a person's name, a bare team name).
 */
export function authorityFromSender(name: string): string {
  const parts = name
    .replace(/["']/g, "")
    // Parts are trimmed: a separator need not take the whitespace around it.
    .split(/[(),]\s*|\s[-–|:]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (!ORG_WORDS.test(part)) continue;
    const cleaned = part.replace(/^(?:the\s+)?/i, "").trim();
    // "Harbourside Council FOI Team": drop the trailing team words, keep the organisation.
    const withoutRole = cleaned.replace(new RegExp(`(?:\\s+${ROLE_WORDS.source})+$`, "i"), "").trim();
    const candidate = withoutRole || cleaned;
    if (ORG_WORDS.test(candidate) && candidate.replace(ROLE_WORDS, "").trim().length > 2) return candidate;
  }
  return "";
}

/**
 * Pictures attached to an email are OCR'd as scanned letters (a letter photographed
 * or sent by a scan-to-email button) only when both sides are at least this many
 * pixels: an A4 page scanned at a mere 75 dpi is 620×877, while logos, signature
 * images and banners (image001.png) are a few hundred pixels on their short side.
 */
export const MIN_LETTER_IMAGE_SIDE = 500;

interface Piece {
  name: string;
  extracted: Extracted;
}

/**
 * Build the letter from an email: its reply text and its attachments read
 * through the registry. When the body only points at an attachment (or is
 * short and an attachment reads like a letter), the attachment is the letter;
 * otherwise body and attachments are joined with separator lines, each
 * attachment's pages kept as pages.
 */
export async function composeMail(parts: MailParts, context: ExtractContext): Promise<Extracted> {
  const messages: Message[] = [];
  const source = `extract/${parts.format}`;
  const body = replyPart(parts.body);
  const pieces: Piece[] = [];
  for (const attachment of parts.attachments) {
    const picture = imageSize(attachment.bytes);
    if (picture && Math.min(picture.width, picture.height) < MIN_LETTER_IMAGE_SIDE) {
      messages.push({
        severity: "info",
        code: "FOISCOPE_ATTACHMENT_SKIPPED",
        source,
        text: `Attachment ${attachment.name} not read: a ${picture.width}×${picture.height} picture is too small to be a scanned page (a logo or signature)`,
      });
      continue;
    }
    try {
      const extracted = await context.extractNested({ bytes: attachment.bytes, name: attachment.name });
      if (extracted.notText !== undefined) {
        messages.push({ severity: "info", code: "FOISCOPE_ATTACHMENT_SKIPPED", source, text: `Attachment ${attachment.name} not read: not text, ${extracted.notText}` });
        continue;
      }
      messages.push(...extracted.messages.map((m) => ({ ...m, span: undefined, text: `${attachment.name}: ${m.text}` })));
      if (extracted.text.trim()) pieces.push({ name: attachment.name, extracted });
    } catch (error) {
      const { code, text } = errorMessage(error);
      messages.push({ severity: "info", code: code === "FOISCOPE_UNKNOWN_FORMAT" || code === "FOISCOPE_BINARY_FILE" ? "FOISCOPE_ATTACHMENT_SKIPPED" : code, source, text: `Attachment ${attachment.name} not read: ${text}` });
    }
  }

  const best = [...pieces].sort((a, b) => letterScore(b.extracted.text) - letterScore(a.extracted.text))[0];
  const pointer = POINTS_TO_ATTACHMENT.test(body) && body.length < 1500;
  const shortBody = body.length < 400 && best !== undefined && letterScore(best.extracted.text) >= 4;
  let selected: Piece[] = pieces;
  let includeBody = true;
  if (best && (pointer || shortBody)) {
    includeBody = false;
    // The letter first, then any other readable attachments (annexes, data) after it.
    selected = [best, ...pieces.filter((p) => p !== best)];
    messages.push({ severity: "info", code: "FOISCOPE_ATTACHMENT_IS_LETTER", source, text: `Email body only points to the attachment; read ${best.name} as the letter` });
  }

  let text = "";
  const pageStarts: number[] = [];
  let ocrPages = 0;
  if (includeBody && body) {
    pageStarts.push(0);
    text = body;
  }
  for (const piece of selected) {
    if (text) text += `\n\n----- Attachment: ${piece.name} -----\n\n`;
    const offset = text.length;
    for (const start of piece.extracted.pageStarts.length ? piece.extracted.pageStarts : [0]) pageStarts.push(offset + start);
    text += piece.extracted.text;
    ocrPages += piece.extracted.ocrPages;
  }
  if (pageStarts.length === 0) pageStarts.push(0);
  if (!text.trim()) messages.push({ severity: "warning", code: "FOISCOPE_NO_TEXT", source, text: "Email has no body text and no readable attachment; nothing to analyse" });

  const meta: Partial<LetterMeta> = {};
  if (parts.subject) meta.title = parts.subject.trim();
  if (parts.date) meta.date = parts.date;
  const authority = authorityFromSender(parts.fromName);
  if (authority) meta.authority = authority;
  // Attachment metadata (a letter's own date or authority) is better than the email's when the attachment is the letter.
  if (!includeBody && best) Object.assign(meta, definedOnly(best.extracted.meta));
  return { format: parts.format, text, pageStarts, ocrPages, meta, messages };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== "") (out as Record<string, unknown>)[k] = v;
  return out;
}

/** yyyy-mm-dd of a Date, or "" when it is missing or invalid. */
export function isoDate(date: Date | undefined | null): string {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : "";
}
