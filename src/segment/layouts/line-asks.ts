import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { overlap, words } from "../../core/stems.js";
import { DEAR_AUTHORITY, REQUEST_HANDLING } from "../cues.js";
import { NUMBERED, closingAfter, trimSpan, type Context } from "../context.js";
import { unitsOf } from "../roles.js";
import { REFINEMENT, REPLY_FORM, readsAsAsk } from "../asks-read.js";
import { finish } from "../finish.js";

/**
 * Unnumbered asks under one blanket reply, as members of the public write them in an online form or
 * an email (labels.md "Unnumbered requests": separate asks, each on its own line or bullet, are
 * separate questions whether or not they end in "?"):
 *
 * - one ask a paragraph, written as statements ("For the last five years, please confirm how many
 *   licences were issued." / "For each licence please state who holds it."), with lines around them
 *   that are no asks: the context ("This request is about …"), the lead-in ("please answer the
 *   following:"), notes on handling ("If this would exceed the cost limit, please answer for fewer
 *   years.");
 * - a lead-in sentence that each bullet completes ("Please tell me how many times the team has:" /
 *   "- inspected a site with the police" / "- passed data to the police"): each completing bullet, in
 *   lower case as the sentence goes on, is an ask. Bullets that name fields or values ("- 2019",
 *   "- Account holder name") complete the ask before them instead (labels.md "A list inside one ask").
 *
 * The reply answers them together (a refusal, a "not held", a link): every ask shares the reply.
 * Replies that copy the asks back or answer them one by one are read by other layouts, so this one
 * stands aside when the reply repeats an ask's words. Only for requests whose lines are paragraphs
 * (some line runs past 100 characters): in a hard-wrapped letter a line is not an ask.
 */
export function lineAsks(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart <= 0) return null;
  const request = lines.filter((l) => l.start < ctx.responseStart);
  if (!request.some((l) => l.trimmed.length > 100)) return null;
  // Numbered or lettered requests are read through their labels.
  if (request.some((l) => l.marker && (NUMBERED.has(l.marker.kind) || l.marker.kind === "letter" || l.marker.kind === "roman"))) return null;
  const units = unitsOf(ctx);
  const asks: Span[] = [];
  let lead: { asks: boolean } | null = null;
  let started = false;
  for (const l of request) {
    if (l.blank) continue;
    if (DEAR_AUTHORITY.test(l.trimmed) || /^(?:dear|hello|hi)\b/i.test(l.trimmed)) {
      started = true;
      continue;
    }
    if (l.header === "closing" || /^(?:yours|many thanks|kind regards|best wishes|regards|thank you)\b/i.test(l.trimmed)) break;
    if (!started) continue;
    if (l.marker?.kind === "bullet") {
      const said = text.slice(l.marker.contentStart, l.end).trim();
      // A bullet that goes on with the lead's sentence: lower case, a few words.
      if (lead?.asks && /^[a-z]/.test(said) && words(said).length >= 3) asks.push(trimSpan(text, { start: l.marker.contentStart, end: l.end }));
      continue;
    }
    const said = l.trimmed;
    // A lead-in: ends in a colon, or asks for "the following".
    // So is a first sentence that announces what follows ("I am asking for the following information under the Act.
    // If any of it is exempt, please send the rest."), the rest of the line being notes on handling.
    if (/[:\-–]\s*$/.test(said) || asksForTheFollowing(said) || ANNOUNCES.test(said)) {
      lead = { asks: readsAsAsk(said, true) };
      continue;
    }
    lead = null;
    // Whole sentences only: a line cut mid-sentence is a wrapped paragraph.
    if (!/^["“‘(]?[A-Z]/.test(said) || !/[.?!)"”]\s*$/.test(said)) continue;
    // How to handle the request, the form of the reply ("Please send copies in an electronic format."), a note (NOTE), or what to do if
    // something cannot be answered: no ask ("If so, who …?" is one).
    if (REQUEST_HANDLING.test(said) || REPLY_FORM.test(said) || NOTE.test(said) || (/^(?:if|where|should|in the event)\b/i.test(said) && !/^if (?:so|yes|not)\b/i.test(said) && !/\?\s*$/.test(said))) continue;
    // The scope of the ask before ("Please break the figures down by year.") is none, unless it asks anew ("For each year, please state how many …").
    // The line's role in the letter (roles.ts) must agree: the requester's framing ("I am making a request for the
    // following information. If any of it is exempt, please send the rest.") is no ask.
    const unit = units.find((u) => u.first <= l.index && l.index <= u.last);
    const role = unit?.role;
    if (role !== "ask" && role !== "refinement" && role !== "text") continue;
    const asking = PLEASE_INSIDE.test(said) || (role !== "refinement" && !REFINEMENT.test(said) && readsAsAsk(said, true));
    if (asking) asks.push(trimSpan(text, { start: l.start + l.indent, end: l.end }));
  }
  if (asks.length < 2 || asks.length > 10) return null;
  // The reply copies an ask back: answered one by one (restated-asks, interleaved), not together.
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const replyLines = lines.filter((l) => l.start >= ctx.responseStart && l.start < closing && !l.blank);
  if (asks.some((a) => replyLines.some((l) => words(l.trimmed).length >= 4 && overlap(l.trimmed, text.slice(a.start, a.end)) >= 0.8))) return null;
  const questions: Question[] = asks.map((a, i) => ({ label: String(i + 1), questionSpan: a, answerSpan: null, answerVia: "none" }));
  return finish(ctx, questions, ctx.responseStart, "line-asks", messages);
}

/**
 * The requester's notes that ask nothing new: the form or scope of what was asked, pointing back at it
 * ("Please provide this as a spreadsheet.", "Please send the above by email."), and offers to explain
 * ("Please let me know if you would like any clarification.").
 */
const NOTE = /^(?:please (?:also )?(?:provide|send|supply|give|present|share) (?:this|these|it|them|the above|(?:all )?(?:of )?the (?:above|requested|above requested) (?:information|data|figures|details))\b|please (?:do )?(?:let me know|contact me|get in touch|tell me) if (?:you|there|any|anything|this)\b)/i;

/** "… the following" near the end of a line, with no sentence after it (read from its last "the following": no pattern to backtrack). */
function asksForTheFollowing(said: string): boolean {
  const at = said.toLowerCase().lastIndexOf("the following");
  if (at < 0 || (at > 0 && /\w/.test(said[at - 1]!)) || /\w/.test(said[at + 13] ?? "")) return false;
  const tail = said.slice(at + 13).trimEnd();
  return tail.length <= 61 && !/[.?]/.test(tail.replace(/[.:]$/, ""));
}

/** A first sentence that announces the asks below it ("… the following information under the Act."). */
const ANNOUNCES = /^[^.?:]{0,120}\bthe following (?:information|data|details|questions?)\b[^.?:]{0,60}[.:]/i;

/** A request inside a statement after its scope ("For each year, please state …", "In 2023 could you list …"). */
const PLEASE_INSIDE = /^[^.?]{0,80}\b(?:please|could you|can you|would you)\s+(?:also\s+)?(?:provide|confirm|tell|send|supply|list|state|give|advise|detail|share|disclose|show|indicate|specify|outline|explain|identify|let me know)\b/i;
