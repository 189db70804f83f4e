import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { NUMBERED, closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";

/**
 * A request asked as lettered parts with no numbers above them ("a) How many …" / "b) Whether …",
 * "(a) copies of … (b) all reports …", inside quotation marks or not), answered by letter in the
 * reply: each answer opens with its part's letter ("(c) We hold correspondence …") or sits under a
 * heading naming the part ("Part d)", "Parts a) to c)", "Question (e):"). Police refusal notices,
 * GOV.UK release pages and regulators' disclosure logs answer this way, several parts often under
 * one heading (one neither-confirm-nor-deny for parts a to c). labels.md: each lettered ask is a
 * question; parts answered together share their answer.
 *
 * Proposed only when the letters run a, b, c … in the request, no numbered item stands above them,
 * and the reply's anchors name at least two of the letters, in order.
 */
export function letteredParts(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart <= 0) return null;
  const request = lines.filter((l) => l.end <= ctx.responseStart);
  if (request.some((l) => l.marker && NUMBERED.has(l.marker.kind))) return null;
  // The request's lettered run: a, b, c … in order, each to the next marker, blank line or the response.
  const items: { letter: string; span: Span }[] = [];
  let open = false;
  for (const l of request) {
    const m = l.marker;
    if (m?.kind === "letter") {
      if (m.label !== String.fromCharCode(97 + items.length)) {
        if (m.label !== "a") return null;
        items.length = 0;
      }
      items.push({ letter: m.label, span: { start: m.contentStart, end: l.end } });
      open = true;
      continue;
    }
    // A wrapped line of the last part (no blank line, marker or heading between) goes with it.
    if (open && !l.blank && !l.marker && !l.header) items[items.length - 1]!.span.end = l.end;
    else open = false;
  }
  if (items.length < 2 || items.length > 10) return null;
  const letters = items.map((x) => x.letter);
  // The reply's anchors: a line opening with a part's letter, or a heading naming parts.
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const anchors: { at: number; covers: string[] }[] = [];
  for (const l of lines) {
    if (l.start < ctx.responseStart || l.start >= closing || l.blank) continue;
    // The reply lettering parts the request did not (it restates the request and goes on past it, amended or sent
    // in part): the reply's list is the request as the response presents it, read by the lists reading.
    if (l.marker?.kind === "letter" && !letters.includes(l.marker.label)) return null;
    const covers = anchorLetters(l.trimmed, l.marker?.kind === "letter" ? l.marker.label : null, letters);
    if (covers) anchors.push({ at: l.start + l.indent, covers });
  }
  // In order, each letter once.
  const seen: string[] = [];
  for (const a of anchors) {
    if (a.covers.some((x) => seen.includes(x)) || (seen.length && a.covers[0]! <= seen[seen.length - 1]!)) return null;
    seen.push(...a.covers);
  }
  if (seen.length < 2 || seen.length * 2 < letters.length) return null;
  const questions: Question[] = items.map((it) => ({ label: it.letter, questionSpan: trimSpan(text, it.span), answerSpan: null, answerVia: "none" as const }));
  // The last answer runs to the closing, or to an annex or list of documents after it (a page's "Annex A: public
  // interest test", "Information disclosed", "Related documents"), which answers no one part.
  const lastAt = anchors[anchors.length - 1]!.at;
  const annex = lines.find((l) => l.start > lastAt && l.start < closing && l.index > 0 && lines[l.index - 1]!.blank && ANNEX.test(l.trimmed));
  anchors.forEach((a, i) => {
    const answer = trimSpan(text, { start: a.at, end: anchors[i + 1]?.at ?? annex?.start ?? closing });
    for (const x of a.covers) {
      const q = questions[letters.indexOf(x)]!;
      q.answerSpan = answer;
      q.answerVia = "own";
    }
  });
  return finish(ctx, questions, items[items.length - 1]!.span.end, "lettered-parts", messages);
}

const ANNEX = /^(?:annex|appendix|schedule|attachments?|enclosures?|related documents|documents|information (?:disclosed|released))\b/i;

/** "Part d)", "Parts a) to c)", "Parts (a) and (b):", "Question (e)": a heading naming parts (one line, nothing after but a colon). */
const PART_HEADING = /^(?:parts?|questions?|items?|points?) \(?([a-j])\)?(?: ?(?:to|-|–|and|&) ?\(?([a-j])\)?)?[:.]?$/i;

/** The letters a reply line answers by: its own letter marker, or a heading naming a part or a range of parts. */
function anchorLetters(line: string, marker: string | null, letters: readonly string[]): string[] | null {
  if (marker !== null) return letters.includes(marker) ? [marker] : null;
  const m = PART_HEADING.exec(line);
  if (!m) return null;
  const from = m[1]!.toLowerCase();
  const to = (m[2] ?? m[1]!).toLowerCase();
  if (!letters.includes(from) || !letters.includes(to) || to < from) return null;
  return letters.filter((x) => x >= from && x <= to);
}

/**
 * The letters the reply answers by (lines opening with a letter, headings naming parts), when the
 * request asks lettered parts with no numbered item above them: the chooser counts those parts as
 * asks of their own, so a reading that keeps them in one question has merged them.
 */
export function lettersAnsweredInReply(ctx: Context): Set<string> {
  const out = new Set<string>();
  if (ctx.responseStart <= 0) return out;
  const request = ctx.lines.filter((l) => l.end <= ctx.responseStart);
  if (request.some((l) => l.marker && NUMBERED.has(l.marker.kind))) return out;
  const asked = request.filter((l) => l.marker?.kind === "letter").map((l) => l.marker!.label);
  if (asked.length < 2) return out;
  for (const l of ctx.lines) {
    if (l.start < ctx.responseStart || l.blank) continue;
    for (const x of anchorLetters(l.trimmed, l.marker?.kind === "letter" ? l.marker.label : null, asked) ?? []) out.add(x);
  }
  return out.size >= 2 ? out : new Set();
}
