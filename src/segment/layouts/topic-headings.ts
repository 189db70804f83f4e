import type { Message, Question } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { answerSpan, closingAfter, type Context } from "../context.js";
import type { Line } from "../lines.js";
import { finish } from "../finish.js";

/**
 * Answers set out under short headings naming each part's subject instead of its number (family:
 * "topic-headed replies"): "We have taken each part of your request in turn below." then "Incidents" /
 * its answer, "Training" / its answer, "Budget" / its answer. Often the request itself is not quoted,
 * so the headings are the only sign of how many parts were asked: each heading's section is one
 * question, numbered in order.
 *
 * Proposed only when the reply says it takes the request part by part ("each part … in turn", "under
 * the following headings", "under headings") before the first heading, and at least three headings
 * stand above prose of their own, all before the closing. A heading is a short line (one to eight
 * words, a capital first, no sentence end), after a blank line and above a paragraph; headings the
 * letter's own framing uses (the public interest test, exemptions, the right of review, annexes) are
 * not parts of the request.
 *
 * Example: "We answer each part in turn.\n\nIncidents\n\nThere were four …\n\nTraining\n\nAll staff …"
 */
const PART_BY_PART = /\beach (?:part|point|element|question|item|aspect)\b|\bin turn\b|\bunder (?:the following |separate |these )?headings\b/i;
const FRAMING = /\b(?:public interest|exemptions?|section \d|complain\w*|review|appeal|rights?|advice and assistance|background|your request|decision|copyright|re-?use|next steps|annex|appendix|enclos\w*|information commissioner|contact|summary|conclusion|further information)\b|^(?:dear|yours|kind regards|regards|date|ref|our ref|your ref)\b/i;

function headingShaped(ctx: Context, l: Line): boolean {
  const t = l.trimmed;
  if (t.length < 3 || t.length > 70 || l.marker || l.header) return false;
  if (!/^[A-Z‘'“"]/.test(t) || /[.,;:?!]$/.test(t) || /\s{2}|\t|£|\d{3}/.test(t)) return false;
  const words = t.split(" ").length;
  if (words > 8 || FRAMING.test(t)) return false;
  const before = ctx.lines[l.index - 1];
  if (before && !before.blank) return false;
  // Prose below: the next non-blank line is a sentence's start, longer than a heading.
  let j = l.index + 1;
  while (j < ctx.lines.length && ctx.lines[j]!.blank) j++;
  const next = ctx.lines[j];
  return next !== undefined && next.trimmed.length >= 40 && !next.marker;
}

export function topicHeadings(ctx: Context, messages: Message[]): Segmentation | null {
  const from = ctx.responseLine;
  const closing = closingAfter(ctx, from);
  const heads = ctx.lines.filter((l) => l.index >= from && l.start < closing && !l.blank && headingShaped(ctx, l));
  if (heads.length < 3) return null;
  if (!PART_BY_PART.test(ctx.text.slice(ctx.lines[from]?.start ?? 0, heads[0]!.start))) return null;
  const questions: Question[] = [];
  let lastEnd = 0;
  heads.forEach((h, k) => {
    let end = Math.min(heads[k + 1]?.start ?? closing, closing);
    // The last section stops where the letter lists its annexes ("Annex 1: …").
    const annex = ctx.lines.find((l) => l.index > h.index && l.start < end && /^(?:annex|appendix|enclosure|attachment)\b/i.test(l.trimmed));
    if (annex) end = annex.start;
    const answer = answerSpan(ctx, h.end, end);
    questions.push({ label: String(k + 1), questionSpan: { start: h.start + h.text.indexOf(h.trimmed), end: h.start + h.text.indexOf(h.trimmed) + h.trimmed.length }, answerSpan: answer, answerVia: answer ? "own" : "none" });
    if (answer) lastEnd = answer.end;
  });
  return finish(ctx, questions, lastEnd, "topic-headings", messages);
}
