import type { Message, Question, Span } from "../core/types.js";
import type { Segmentation } from "./types.js";

/**
 * An email reply with the request quoted under it. Authorities that answer by email write their
 * reply first and leave the requester's message below it, as mail programs quote it:
 *
 *   - under an "-----Original Message-----" or "--- Forwarded message ---" line, or a long rule;
 *   - under a header block of the quoted message ("From: …" with "Sent: …" or "Date: …" below it);
 *   - under "On 3 May 2024, A. Person wrote:";
 *   - as lines each opening with "> " (any depth), running to the end of the email.
 *
 * The request's asks are then the letter's questions, and the reply above answers them; but every
 * layout reads a letter as request first, response after, as a request thread is written. So the
 * letter is read through a view that puts the quoted message first (its "> " marks taken off) and
 * the reply after it, with the reply's start known, and every span found in the view is taken back
 * to the letter's own offsets. The view is only used when the quoted message gives the questions:
 * a quoted acknowledgement or chaser below a reply that restates its questions changes nothing.
 */
export interface RequestBelow {
  /** The request, then the reply. */
  text: string;
  /** Where the reply starts in the view. */
  replyFrom: number;
  /** Where the quoted message starts in the letter: the reply ends here. */
  quotedFrom: number;
  /** View offset → letter offset, one entry per view character (and one past the end). */
  toLetter: Int32Array;
}

/** A line that opens the quoted message (after any "> " marks). */
const SPLITTER = /^(?:-{2,} ?(?:Original Message|Forwarded message|Original|Reply message) ?-{2,}|On .{5,120} wrote:|_{10,}|-{20,})\s*$/i;
const HEADER_FROM = /^From: ?\S/;
const HEADER_SENT = /^(?:Sent|Date): ?\S/;
/** An answer label the authority types under a question in the requester's own email. */
const TYPED_ANSWER = /^(?:(?:our|the )?(?:council|trust|force|department|university|board|authority|college|service|school|fire service)?['’]?s? ?(?:response|answer|reply)|response|answer|reply)\b ?(?:[-–:]|\(|$)/i;
/** Quote marks at the start of a line: "> ", ">> ", "> > ". */
const QUOTE_MARKS = /^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?/;
/** A line of the reply that says something (not a header field, not front matter). */
const HEADER_FIELD = /^(?:from|sent|to|cc|bcc|subject|date|importance|attachments?|reference|our ref|your ref)\s*:/i;

interface RawLine {
  start: number;
  end: number;
  text: string;
}

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

const unquoted = (s: string): string => s.replace(QUOTE_MARKS, "").trim();

/** A greeting or sign-off: a message of someone's lies around it. */
const MESSAGE_EDGE = /^(?:dear\b|hi\b|hello\b|(?:kind(?:est)?|best|warm(?:est)?|many thanks and)? ?regards\b|yours (?:sincerely|faithfully|truly)\b|many thanks\b|thanks,?$|thank you,?$)/i;

/**
 * Index of the line where the quoted message starts, or -1. The first opening after the reply has said
 * something, except the reply's own header under a web page's header (a disclosure log publishing the
 * email: breadcrumbs, title and reference fields, then "From: FOI team / Sent: …", the greeting, the
 * answers, the sign-off, then the requester's message quoted): an opening with no greeting or sign-off
 * above it and a whole message (its sign-off) between it and a later opening is the reply's, not the quote's.
 */
function quotedStart(lines: RawLine[]): number {
  const found = openings(lines);
  const first = found[0];
  if (first === undefined) return -1;
  const before = lines.slice(0, first).some((l) => MESSAGE_EDGE.test(unquoted(l.text)));
  const next = found.find((j) => j > first + 1 && lines.slice(first + 1, j).some((l) => MESSAGE_EDGE.test(unquoted(l.text)) && !/^(?:dear|hi|hello)\b/i.test(unquoted(l.text))));
  return !before && next !== undefined ? next : first;
}

/** Lines that could open the quoted message, in order. */
function openings(lines: RawLine[]): number[] {
  const out: number[] = [];
  // The reply must say something first: a header block at the very top is the reply's own (or a forward).
  let said = 0;
  let frontMatter = lines[0]?.text.trim() === "---";
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.text;
    const t = raw.trim();
    if (frontMatter) {
      if (i > 0 && t === "---") frontMatter = false;
      continue;
    }
    const bare = unquoted(raw);
    if (said >= 3) {
      const opens =
        SPLITTER.test(bare) ||
        (HEADER_FROM.test(bare) && lines.slice(i + 1, i + 5).some((l) => HEADER_SENT.test(unquoted(l.text)))) ||
        (QUOTE_MARKS.test(raw) && lines.slice(i).every((l) => l.text.trim() === "" || QUOTE_MARKS.test(l.text)));
      // A header block right under a splitter line opens the same quoted message.
      if (opens && out.at(-1) !== i - 1) out.push(i);
      if (opens && out.length >= 2) return out;
    }
    if (t && !HEADER_FIELD.test(t) && !QUOTE_MARKS.test(raw)) said++;
  }
  return out;
}

/** Whether the quoted message reads as a request: it asks something, in a question or a request's words. */
const ASKS = /\?$|^(?:please|could you|can you|would you|i would like|i am writing|under the (?:freedom|foi)|[-•*▪●·]\s|\(?\d{1,2}[.)]\s)/i;

/** The view, when the letter is a reply with the request quoted below it; null otherwise. */
export function requestBelow(text: string): RequestBelow | null {
  const lines = rawLines(text);
  const from = quotedStart(lines);
  if (from < 0) return null;
  const quoted = lines.slice(from);
  if (quoted.filter((l) => ASKS.test(unquoted(l.text))).length === 0) return null;
  // The requester's email sent back with the authority's answers typed in under each question ("Trust
  // answer - None.", "RESPONSE: Yes"): the quoted message holds both sides, and is read as it stands.
  if (quoted.filter((l) => TYPED_ANSWER.test(unquoted(l.text))).length >= 2) return null;
  const quotedFrom = lines[from]!.start;
  const pieces: string[] = [];
  const map: number[] = [];
  for (const l of quoted) {
    const marks = QUOTE_MARKS.exec(l.text)?.[0].length ?? 0;
    const body = l.text.slice(marks);
    pieces.push(body, "\n");
    for (let k = 0; k < body.length; k++) map.push(l.start + marks + k);
    map.push(l.end);
  }
  pieces.push("\n");
  map.push(text.length);
  const replyFrom = map.length;
  const reply = text.slice(0, quotedFrom);
  pieces.push(reply);
  for (let k = 0; k < reply.length; k++) map.push(k);
  map.push(quotedFrom);
  return { text: pieces.join(""), replyFrom, quotedFrom, toLetter: Int32Array.from(map) };
}

/** A span of the view in the letter's offsets: kept to the side (request or reply) holding most of it. */
export function spanInLetter(view: RequestBelow, s: Span): Span {
  let { start, end } = s;
  if (start < view.replyFrom && end > view.replyFrom) {
    if (view.replyFrom - start >= end - view.replyFrom) end = view.replyFrom - 1;
    else start = view.replyFrom;
  }
  if (end <= start) return { start: view.toLetter[start]!, end: view.toLetter[start]! };
  return { start: view.toLetter[start]!, end: view.toLetter[end - 1]! + 1 };
}

/** Whether any question the view's reading found is asked in the quoted request. */
export function asksFromQuoted(view: RequestBelow, seg: Segmentation): boolean {
  return seg.questions.some((q) => q.questionSpan !== null && q.questionSpan.start < view.replyFrom);
}

/** The view's reading in the letter's offsets. The reply ends where the quoted message starts. */
export function segmentationInLetter(view: RequestBelow, seg: Segmentation): Segmentation {
  const at = (s: Span | null): Span | null => (s ? spanInLetter(view, s) : null);
  const questions: Question[] = seg.questions.map((q) => ({ ...q, questionSpan: at(q.questionSpan), answerSpan: at(q.answerSpan) }));
  const messages: Message[] = seg.messages.map((m) => (m.span ? { ...m, span: spanInLetter(view, m.span) } : m));
  const closing = seg.closingStart >= view.replyFrom ? view.toLetter[Math.min(seg.closingStart, view.toLetter.length - 1)]! : view.quotedFrom;
  return {
    ...seg,
    questions,
    messages,
    responseStart: seg.responseStart >= view.replyFrom ? view.toLetter[seg.responseStart]! : 0,
    closingStart: Math.min(closing, view.quotedFrom),
    explanations: seg.explanations.map((s) => spanInLetter(view, s)).filter((s) => s.start >= 0 && s.end > s.start && s.start < view.quotedFrom),
  };
}
