import type { LetterKind, LetterMeta, Message, Span } from "../core/types.js";
import { readLetterKind } from "../kind/letter-kind.js";
import { cleanEmailBody, type CleanedBody } from "./thread-clean.js";
import { classifyMessage, type Direction, type MessageKind, type ThreadMessage } from "./thread-kinds.js";
import { restatedShare, selectMessages, stripSalutations, type ThreadSelection } from "./thread-select.js";
import { inRequestOrder } from "./thread-order.js";
import { addedAsks, withAddedAsk } from "./thread-followup.js";
import { numberUnlabelledAsks } from "./thread-numbering.js";
import type { Extracted } from "./types.js";

export { classifyMessage, cleanEmailBody, restatedShare, selectMessages, stripSalutations, type CleanedBody, type Direction, type MessageKind, type ThreadMessage, type ThreadSelection };

/**
 * The letter of a request thread (WhatDoTheyKnow JSON threads and WhatDoTheyKnow request pages
 * share it): the requester's request, then the authority's answer that thread-select.ts chooses
 * (thread-kinds.ts says what each message is), as the text the rest of the pipeline sees
 * ("questions first, then the answer"), with messages saying what was chosen and skipped.
 */

const BODY_WORDS =
  /\b(?:council|department|ministry|authority|police|constabulary|trust|office|agency|commission|service|university|board|borough|college|executive|fire|nhs|government|parliament|committee|county|district|city|regulator|commissioner|court|tribunal|bank|museum|library|school|academy|partnership|corporation|parish|assembly|group)\b/i;

/** WhatDoTheyKnow requests open "Dear <public body>," — the authority's name when it is one. */
export function authorityFromGreeting(request: string): string {
  // The name starts and ends with a non-space, so no two runs of whitespace compete for the same spaces.
  const m = /^[^\S\n\r\u2028\u2029]*Dear\s+([^\s,](?:[^\n,]{0,98}?[^\s,])??)\s*(?:,\s*)?$/im.exec(request.split("\n").slice(0, 3).join("\n"));
  if (!m || m[1]!.length < 3) return "";
  const name = m[1]!;
  if (/^(?:sir|madam|sir\/madam|sir or madam|foi|team|colleague|all)\b/i.test(name)) return "";
  return BODY_WORDS.test(name) ? name : "";
}

/** Calendar date of an ISO timestamp as written (its own time zone), or "" when it is not one. */
export function isoDate(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1]! : "";
}

export interface ComposedThread {
  text: string;
  /** Where the chosen reply begins in `text` (after the request), when there is one. */
  responseStart?: number;
  status?: "no_response";
  /** With no response yet: what the authority's last reply is (acknowledgement, extension, clarification, fees, transfer), when it sent one. */
  letterKind?: LetterKind;
  meta: Partial<LetterMeta>;
  messages: Message[];
}

/** The extracted letter of a composed thread, for any format that carries one (thread JSON, request pages). */
export function threadExtracted(format: string, composed: ComposedThread, meta: Partial<LetterMeta>): Extracted {
  return {
    format,
    text: composed.text,
    pageStarts: [0],
    ocrPages: 0,
    meta,
    messages: composed.messages,
    ...(composed.responseStart !== undefined ? { responseStart: composed.responseStart } : {}),
    ...(composed.status ? { status: composed.status } : {}),
    ...(composed.letterKind ? { letterKind: composed.letterKind } : {}),
  };
}

/**
 * labels.md gives a reply that answers nothing yet its letter kind: the thread's last reply is read
 * with the letter-kind cues (an extension, a fee notice, a transfer, a clarification request, an
 * acknowledgement); a reply the cues do not place keeps the kind its selection gave it (a request to
 * clarify, else an acknowledgement or holding reply). A thread with no reply at all has no kind.
 */
function lastReplyKind(messages: readonly ThreadMessage[], selection: ThreadSelection): LetterKind | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.direction !== "incoming") continue;
    const read = readLetterKind(selection.cleaned[i]!.text, [], []).kind;
    if (read !== "response") return read;
    return selection.kinds[i] === "clarification" ? "clarification" : "acknowledgement";
  }
  return undefined;
}

const plural = (words: string): string => (words.endsWith("reply") ? `${words.slice(0, -1)}ies` : `${words}s`);

const KIND_WORDS: Record<MessageKind, string> = {
  response: "response",
  weak_response: "response",
  review_outcome: "internal review outcome",
  review_acknowledgement: "internal review acknowledgement",
  acknowledgement: "acknowledgement or holding reply",
  auto_reply: "auto-reply",
  clarification: "clarification request",
  invalid_request: "request refused as invalid",
  other: "other message",
};

/**
 * An answer sent in two messages read as one letter: the first part without its sign-off and the
 * second without its greeting, so that the first part's "Kind regards" does not read as the letter's end.
 */
function joinParts(first: string, second: string): [string, string] {
  const signOff = stripSalutations(`Dear x\n${first}`);
  const head = signOff.length > 20 && first.includes(signOff) ? first.slice(0, first.indexOf(signOff) + signOff.length) : first;
  const tail = second.replace(/^\s*(?:Dear|Hello|Hi)\b[^\n]{0,80}\n/i, "");
  return [head, tail];
}

/**
 * The letter text of a thread: the request, a blank line, the chosen response. Messages say what was chosen and skipped,
 * with spans, so a reader can audit the choice.
 */
export function composeThread(messages: readonly ThreadMessage[], source: string): ComposedThread {
  const selection = selectMessages(messages);
  const { requestIndex, responseIndex, kinds, cleaned } = selection;
  const out: Message[] = [];
  let request = requestIndex >= 0 ? cleaned[requestIndex]!.text : "";
  // Questions the requester added before any answer came join the request (thread-followup.ts).
  for (let j = requestIndex + 1; requestIndex >= 0 && j < (responseIndex >= 0 ? responseIndex : messages.length); j++) {
    if (messages[j]!.direction === "incoming") {
      if (kinds[j] === "response" || kinds[j] === "weak_response" || kinds[j] === "review_outcome") break;
      continue;
    }
    const ask = addedAsks(stripSalutations(cleaned[j]!.text));
    if (!ask) continue;
    request = withAddedAsk(request, ask);
    out.push({ severity: "info", code: "FOISCOPE_THREAD_ADDED_ASK", source, text: `Message ${j + 1} adds to the request before any answer; its ask is read as the request's next item` });
  }
  const meta: Partial<LetterMeta> = {};
  const authority = authorityFromGreeting(request);
  if (authority) meta.authority = authority;
  const skipped = new Map<string, number>();
  kinds.forEach((k, i) => {
    if (messages[i]!.direction === "incoming" && i !== responseIndex && i !== selection.completes) skipped.set(KIND_WORDS[k], (skipped.get(KIND_WORDS[k]) ?? 0) + 1);
  });
  const skippedText = [...skipped].map(([k, n]) => `${n} ${n > 1 ? plural(k) : k}`).join(", ");
  if (responseIndex < 0) {
    out.push({
      severity: "info",
      code: "FOISCOPE_NO_RESPONSE",
      source,
      text: `Thread holds no substantive response yet${skippedText ? ` (only ${skippedText})` : ""}; nothing to analyse`,
    });
    const kind = lastReplyKind(messages, selection);
    return { text: request, status: "no_response", ...(kind ? { letterKind: kind } : {}), meta, messages: out };
  }
  const chosen = cleaned[responseIndex]!;
  let response: CleanedBody =
    selection.completes >= 0
      ? { text: joinParts(cleaned[selection.completes]!.text, chosen.text).join("\n\n"), attachments: [...cleaned[selection.completes]!.attachments, ...chosen.attachments] }
      : chosen;
  // Answers labelled as the request is but given in another order (or in two parts) are read in the request's order.
  const parts = selection.completes >= 0 ? joinParts(cleaned[selection.completes]!.text, chosen.text) : [chosen.text];
  const reordered = request ? inRequestOrder(request, parts) : null;
  if (reordered) {
    response = { ...response, text: reordered };
    out.push({ severity: "info", code: "FOISCOPE_THREAD_ORDER", source, text: "The reply's answers carry the request's labels in another order; they are read in the request's order" });
  }
  // Unnumbered asks the reply answers one per number or title take that numbering (thread-numbering.ts).
  const numbered = request ? numberUnlabelledAsks(request, response.text, stripSalutations(request)) : null;
  if (numbered) {
    request = numbered.request;
    response = { ...response, text: numbered.reply };
    out.push({ severity: "info", code: "FOISCOPE_THREAD_NUMBERED", source, text: "The request's unnumbered asks are answered one per numbered or titled answer, in order; they are read with those numbers" });
  }
  // The request always comes first, even when the answer restates it: measured over the 250
  // Sheffield threads, the segmenter finds the questions far more reliably in the requester's own
  // numbered list (answers with no question found: 10 instead of 71; outcome agreement 69 vs 65 of 136).
  let text: string;
  let responseStart: number;
  if (!request) {
    text = response.text;
    responseStart = 0;
  } else {
    const restated = restatedShare(request, response.text) >= 0.5;
    text = `${request}\n\n${response.text}`;
    responseStart = request.length + 2;
    out.push({
      severity: "info",
      code: "FOISCOPE_THREAD_REQUEST",
      source,
      text: `The requester's request comes first${requestIndex >= 0 && messages[requestIndex]!.date ? ` (${isoDate(messages[requestIndex]!.date)})` : ""}; the answer ${restated ? "restates" : "does not restate"} the questions`,
      span: { start: 0, end: request.length },
    });
  }
  const date = isoDate(messages[responseIndex]!.date);
  if (date) meta.date = date;
  const responseSpan: Span = { start: responseStart, end: text.length };
  out.push({
    severity: "info",
    code: "FOISCOPE_THREAD_RESPONSE",
    source,
    text: `Chose message ${responseIndex + 1} of ${messages.length} (${KIND_WORDS[kinds[responseIndex]!]}${date ? ` of ${date}` : ""}) as the answer${selection.completes >= 0 ? `, after message ${selection.completes + 1}, which it completes` : ""}${skippedText ? `; skipped ${skippedText}` : ""}`,
    span: responseSpan,
  });
  if (response.attachments.length) {
    out.push({
      severity: "warning",
      code: "FOISCOPE_ATTACHMENT_MISSING",
      source,
      text: `The response names attachments the thread does not include (${response.attachments.join("; ")}); part of the answer may be in them`,
      span: responseSpan,
    });
  }
  return { text, responseStart, meta, messages: out };
}
