import type { Span } from "../core/types.js";
import type { Line } from "./lines.js";
import { DEAR_AUTHORITY, DEAR_PERSON, REQUESTER_LIKE, RESPONSE_OPENER } from "./cues.js";

/** What every layout reads: the text, its lines, and where the authority's response starts. */
export interface Context {
  text: string;
  lines: Line[];
  responseStart: number;
  responseLine: number;
}


export const NUMBERED = new Set(["number", "question", "request"]);
/** "2" before "10", "3a" before "3b": one collator, made once (localeCompare with options builds one per call). */
export const LABEL_ORDER = new Intl.Collator("en", { numeric: true });

/** Text that answers rather than asks: no requester's first person, no question, not a request sentence. */
export function authorityVoice(s: string): boolean {
  const t = s.trim();
  if (!hasContent(t)) return false;
  if (/\?/.test(t) || /\b(?:I|my|me)\b/.test(t)) return false;
  return !t.split(/\n+/).some((line) => REQUESTER_LIKE.test(line.trim()));
}


export function hasContent(text: string): boolean {
  return /[A-Za-z0-9£]/.test(text);
}

/** Where the authority's response starts: a response header, or a response opening after the request. */
export function findResponseStart(lines: Line[]): number {
  let requesterSeen = false;
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.trimmed;
    if ((line.header === "response" || line.header === "both") && !inContentsList(lines, line)) return line.index;
    if (DEAR_AUTHORITY.test(t) || REQUESTER_LIKE.test(t)) {
      requesterSeen = true;
      continue;
    }
    if (line.marker && NUMBERED.has(line.marker.kind)) continue;
    if (RESPONSE_OPENER.test(t)) return line.index;
    if (DEAR_PERSON.test(t) && (requesterSeen || line.index > 0)) return line.index;
  }
  return -1;
}


/**
 * A web page's list of contents ("Contents" / "Request" / "Response" / "Documents", one short line
 * each) names the sections below it: its "Response" is no response. A header line with a short
 * title line right above or below it (no blank between), whose words head a line of their own
 * again further down.
 */
function inContentsList(lines: readonly Line[], line: Line): boolean {
  const short = (l: Line | undefined): boolean => l !== undefined && !l.blank && l.trimmed.split(/\s+/).length <= 3 && !/[.?!:,;]$/.test(l.trimmed);
  if (!short(line) || (!short(lines[line.index - 1]) && !short(lines[line.index + 1]))) return false;
  const title = line.trimmed.toLowerCase();
  return lines.some((l) => l.index > line.index + 1 && l.trimmed.toLowerCase() === title);
}

/** The answer part of an item body: after a response header, or after the question, skipping request text. */
export function answerSpan(ctx: Context, from: number, to: number): Span | null {
  const { text, lines } = ctx;
  let start = from;
  // Before the response starts, text after a question is the requester's unless it speaks as the authority.
  if (ctx.responseStart >= 0 && from < ctx.responseStart && !authorityVoice(text.slice(from, Math.min(to, ctx.responseStart)))) {
    start = Math.min(ctx.responseStart, to);
  }
  // Skip request paragraphs and headers at the start.
  for (const l of lines) {
    if (l.end <= start) continue;
    if (l.start >= to) break;
    if (l.inlineStart !== null && l.inlineStart >= start) {
      start = l.inlineStart;
      break;
    }
    if (l.blank || l.header === "response" || l.header === "both" || l.header === "question" || REQUESTER_LIKE.test(l.trimmed) || DEAR_AUTHORITY.test(l.trimmed)) {
      start = Math.min(to, l.end + 1);
      continue;
    }
    break;
  }
  while (start < to && /\s/.test(text[start]!)) start++;
  if (start >= to || !hasContent(text.slice(start, to))) return null;
  let end = to;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First closing line (review rights, sign-off) at or after a line, once the response has started. */
export function closingAfter(ctx: Context, fromLine: number): number {
  const start = Math.max(fromLine, ctx.responseLine);
  for (let i = Math.max(0, start); i < ctx.lines.length; i++) if (ctx.lines[i]!.header === "closing") return ctx.lines[i]!.start;
  return ctx.text.length;
}

/** First explanation heading (annex, "Section 31 – Law enforcement") in [fromLine, end). */
export function explanationAfter(ctx: Context, fromLine: number, end: number): number {
  for (let i = fromLine; i < ctx.lines.length && ctx.lines[i]!.start < end; i++) if (ctx.lines[i]!.header === "explanation") return ctx.lines[i]!.start;
  return end;
}


export const ANSWER_LIKE = /^(?:yes|no|none|nil|zero|n\/a|not (?:held|applicable|known|recorded)|\d|£|the (?:council|trust|force|department|university|authority|service|board|college|ministry)\b|we\b|our\b|this (?:information|is)|there (?:is|are|were|was|has|have)\b|all\b|please (?:see|refer|find)|see (?:the )?(?:answer|response|attached)|information (?:is|not)|it is\b|unfortunately\b)/i;

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

