import { cleanEmailBody, type CleanedBody } from "./thread-clean.js";
import { classifyMessage, flat, type MessageKind, type ThreadMessage } from "./thread-kinds.js";
import { withAnswersInQuote } from "./thread-quoted.js";

/**
 * Which message of a request thread is the letter. Every authority message that could be the answer
 * is scored and the best wins (the latest on a tie), so that the rules below weigh against each
 * other instead of running in a fixed order:
 *
 * - an internal review's outcome that says something itself outranks the answer it reviews; one
 *   whose visible text only sends the outcome as an attachment ("please see our review attached")
 *   ranks under any answer that speaks;
 * - an explicit response outranks wording that merely decides something;
 * - a later reply to the requester's follow-up (it restates the follow-up rather than the request)
 *   or a chaser reply that only points back to the earlier answer ("as explained in our initial
 *   response") ranks under that earlier answer: it answers something else;
 * - a request refused as invalid (no real name) is the letter only when nothing follows it.
 *
 * The chosen answer completes an earlier one when it sends what that one left outstanding, or when
 * the earlier one promised the rest ("the remaining documents will follow").
 */

export interface ThreadSelection {
  /** Index of the requester's request in the message list, or -1. */
  requestIndex: number;
  /** Index of the chosen response, or -1 when the thread holds none yet. */
  responseIndex: number;
  /** Index of an earlier answer the chosen one completes (sends what it left outstanding), or -1. */
  completes: number;
  kinds: MessageKind[];
  cleaned: CleanedBody[];
}

// The later reply sends what an earlier answer left out, or says which parts it has already answered
// ("we have supplied the answers to your questions (c) and (d)").
const SUPPLEMENT =
  /outstanding (?:data|information|part)|remaining (?:information|data|part)|further to our (?:previous |earlier |last |initial )?(?:response|email|reply)|(?:partial|previous|earlier|initial) response (?:we )?(?:provided|sent)|in addition to (?:our|the) (?:previous|earlier|initial) (?:response|reply)|as promised in our|following on from our (?:response|reply|email)|(?:we|i) (?:have|had) (?:already |previously )?(?:supplied|provided|sent|given|answered)(?: you)?(?: with)?(?: \([^()]{1,20}\))? (?:the )?(?:answers?|responses?|information|figures|data) (?:to|for) (?:your )?(?:questions?|parts?|items?) (?:\([a-z0-9]{1,3}\)|\d{1,2}[a-z]?\b|[a-z]\b)/;
// An earlier answer that says more is to come: a partial answer sent ahead of the rest. "We hope to
// send the diaries next week" is read in two steps (the promise, then a time word in the 60
// characters after it) so that no run of words is matched two ways.
const PROMISE = /(?:hope|aim|expect|intend|plan) to (?:provide|send|supply|release|share)\b/g;
const SOON = /\b(?:tomorrow|shortly|soon|next week|in due course|separately)\b/;
const REST_TO_FOLLOW =
  /(?:remaining|rest of the|outstanding|other) (?:information|data|parts?|questions?|items?|documents?|records?|answers?) (?:will|is to|are to) (?:follow|be (?:sent|provided|supplied))|(?:will|shall) (?:send|provide|supply|forward) (?:you )?(?:with )?(?:the )?(?:remaining|rest|outstanding)\b|(?:meanwhile|in the meantime),? (?:please find|we (?:attach|enclose|have attached|are providing))|(?:more|further|other) batch(?:es)? (?:to follow|will follow)|(?:will|shall) (?:send|provide|supply|forward) (?:this|these|that|it|them|the (?:rest|remainder)) (?:to you )?(?:separately|shortly|in due course|as soon as)|(?:still|currently) (?:collating|gathering|compiling|retrieving|waiting for|awaiting) (?:the )?(?:information|data|figures|answers?|responses?) (?:for|to|on) (?:parts?|questions?|items?)/;

function promisesRest(t: string): boolean {
  if (REST_TO_FOLLOW.test(t)) return true;
  PROMISE.lastIndex = 0;
  for (let m = PROMISE.exec(t); m; m = PROMISE.exec(t)) if (SOON.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
  return false;
}
// A reply that only refers the requester back to what an earlier answer said.
const POINTS_BACK =
  /(?:explained|stated|set out|advised|said|confirmed|outlined|given) (?:in|within) (?:our|the) (?:initial|previous|earlier|original|first) (?:response|reply|email|letter|answer)|(?:see|refer to|in|to) our (?:initial|previous|earlier|original|first) (?:response|reply|email|answer)/;
// The requester asking for an internal review: a review's outcome answers it, so it is no follow-up question.
const REVIEW_REQUEST = /internal review|conducts freedom of information reviews|review (?:of )?(?:your|the) (?:decision|response|handling)/;

/** A review outcome whose visible text only sends the outcome as an attachment cannot stand in for the answer it reviews. */
function isThinReview(cleaned: string): boolean {
  const t = flat(cleaned);
  // Words that decide: the review says its outcome itself, whatever it attaches.
  if (/uphold|upheld|overturn|maintain|revis|exempt|exception|section \d|regulation \d|not held|disclos|releas|withh[oe]ld|(?:i|we) have decided|satisfied that|(?:was|were) (?:correct|right|wrong)/.test(t)) return false;
  // Short, or a cover note whose words point at the attached review ("attach our full analysis and conclusion").
  return t.length < 450 || (t.length < 1200 && /\battach(?:ed|ing)?\b|\benclos(?:ed|ing)\b/.test(t));
}

const BASE: Partial<Record<MessageKind, number>> = { review_outcome: 5, response: 4, weak_response: 3, invalid_request: 1, other: 0 };
const THIN_REVIEW = 2;
const ANSWERS_SOMETHING_ELSE = 3;

/** Share of the request's 5-word shingles that the response repeats: high when it restates the questions. */
export function restatedShare(request: string, response: string): number {
  const words = (s: string): string[] => flat(s).replace(/[^a-z0-9 ]+/g, " ").split(" ").filter(Boolean);
  const shingles = (w: string[]): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(" "));
    return out;
  };
  const body = stripSalutations(request);
  const asked = shingles(words(body));
  if (asked.size === 0) return 0;
  const answered = shingles(words(response));
  let hit = 0;
  for (const s of asked) if (answered.has(s)) hit++;
  return hit / asked.size;
}

/** The request without "Dear …," and from "Yours faithfully" on. */
export function stripSalutations(text: string): string {
  let body = text.replace(/^\s*(?:Dear|To|Hello|Hi)\b[^\n]{0,80}\n/i, "");
  // Spaces on the sign-off's own line only (`\s*` on both sides spanned blank lines and retried every split
  // of them); text before it that is all whitespace is what `close.index > 0` ruled out.
  const close = /^[^\S\n\r\u2028\u2029]*(?:Yours (?:faithfully|sincerely|truly)|Kind(?:est)? regards|Many thanks|Best (?:wishes|regards)|Regards|Thank you,?)[^\S\n\r\u2028\u2029]*(?:,[^\S\n\r\u2028\u2029]*)?$/im.exec(body);
  if (close && body.slice(0, close.index).trim() !== "") body = body.slice(0, close.index);
  return body.trim();
}

/** What the requester and the authority wrote before message `i`: the two sides a reply may quote. */
function saidBefore(messages: readonly ThreadMessage[], i: number): [string[], string[]] {
  const before = messages.slice(0, i);
  return [before.filter((e) => e.direction === "outgoing").map((e) => e.text), before.filter((e) => e.direction === "incoming").map((e) => e.text)];
}

export function selectMessages(messages: readonly ThreadMessage[]): ThreadSelection {
  const cleaned = messages.map((m, i) => {
    // An authority's answers typed under the questions of its quote of the request stay in its text.
    const own = cleanEmailBody(m.text);
    const body = m.direction === "incoming" ? withAnswersInQuote(own, ...saidBefore(messages, i)) : own;
    return m.attachments?.length ? { ...body, attachments: [...m.attachments, ...body.attachments] } : body;
  });
  const requestIndex = messages.findIndex((m, i) => m.direction === "outgoing" && cleaned[i]!.text.length > 0);
  const request = requestIndex >= 0 ? cleaned[requestIndex]!.text : "";
  const kinds = messages.map((m, i) => classifyMessage(m, cleaned[i]!.text, request));
  const incoming = (i: number): boolean => messages[i]!.direction === "incoming";
  const lastWord = (() => {
    for (let i = messages.length - 1; i >= 0; i--) if (incoming(i) && kinds[i] !== "auto_reply") return i;
    return -1;
  })();

  const scores: number[] = messages.map(() => Number.NEGATIVE_INFINITY);
  let earlierAnswer = -1;
  for (let i = 0; i < messages.length; i++) {
    if (!incoming(i)) continue;
    const kind = kinds[i]!;
    const text = cleaned[i]!.text;
    let score = BASE[kind];
    if (score === undefined) continue;
    if (kind === "other" && text.length < 80) continue;
    if (kind === "invalid_request" && i !== lastWord) continue;
    if (kind === "review_outcome" && isThinReview(text)) score = THIN_REVIEW;
    if ((kind === "response" || kind === "weak_response") && earlierAnswer >= 0 && answersSomethingElse(i, earlierAnswer)) score -= ANSWERS_SOMETHING_ELSE;
    scores[i] = score;
    if (score >= BASE.weak_response!) earlierAnswer = i;
  }

  /** A reply to a follow-up question (it restates the follow-up, not the request) or a chaser reply that only points back. */
  function answersSomethingElse(i: number, before: number): boolean {
    const t = flat(cleaned[i]!.text);
    if (POINTS_BACK.test(t) && !SUPPLEMENT.test(t)) return true;
    const asked = restatedShare(request, cleaned[i]!.text);
    for (let j = before + 1; j < i; j++) {
      if (incoming(j) || REVIEW_REQUEST.test(flat(cleaned[j]!.text))) continue;
      const followUp = restatedShare(cleaned[j]!.text, cleaned[i]!.text);
      if (followUp >= 0.3 && followUp > asked + 0.1) return true;
    }
    return false;
  }

  let responseIndex = -1;
  for (let i = 0; i < messages.length; i++) if (scores[i]! > Number.NEGATIVE_INFINITY && (responseIndex < 0 || scores[i]! >= scores[responseIndex]!)) responseIndex = i;
  // An answer sent in parts: the chosen answer says the rest will follow ("we will send parts ii and iii
  // separately") and a later answer sends it; the later one is the letter, completing the first (below),
  // however their wording ranks them.
  let promised = -1;
  if (responseIndex >= 0 && (kinds[responseIndex] === "response" || kinds[responseIndex] === "weak_response") && promisesRest(flat(cleaned[responseIndex]!.text))) {
    promised = responseIndex;
    for (let i = responseIndex + 1; i < messages.length; i++) {
      // The rest may carry no answer wording of its own ("Part (b): the fines raised £402,000").
      const sends = kinds[i] === "response" || kinds[i] === "weak_response" || (kinds[i] === "other" && cleaned[i]!.text.length >= 80);
      if (!incoming(i) || !sends) continue;
      responseIndex = i;
      break;
    }
  }

  // A reply that sends what an earlier answer left outstanding, or follows an answer that promised the rest, completes it.
  let completes = -1;
  const chosen = responseIndex >= 0 ? kinds[responseIndex] : undefined;
  if (chosen === "response" || chosen === "weak_response" || (chosen === "other" && promised >= 0)) {
    for (let i = responseIndex - 1; i >= 0; i--) {
      if (!incoming(i) || (kinds[i] !== "response" && kinds[i] !== "weak_response")) continue;
      if (SUPPLEMENT.test(flat(cleaned[responseIndex]!.text)) || promisesRest(flat(cleaned[i]!.text))) completes = i;
      break;
    }
  }
  return { requestIndex, responseIndex, completes, kinds, cleaned };
}
