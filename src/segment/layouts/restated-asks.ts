import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { DEAR_AUTHORITY } from "../cues.js";
import { NUMBERED, closingAfter, hasContent, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { tokenCount, tokens, type Token } from "../word-tokens.js";

/**
 * Unnumbered asks that the reply restates: the request gives one ask per line or paragraph, with
 * or without a question mark ("The number of vacant units;", "The total spend on the scheme;", a
 * paragraph under "For road data:"), and the reply copies each ask back before answering it, or
 * copies several back together and answers them once. Each ask the reply restates is a question
 * (labels.md "Unnumbered requests"), labelled 1, 2, 3 in the request's order; its answer is the text
 * between its restatement and the next one, and asks restated with nothing between them share the
 * answer that follows.
 *
 * Example:
 *   request: "The number of empty shops;\nThe rent they are offered at;\nThe budget for the scheme."
 *   reply:   "The number of empty shops; The rent they are offered at;\nThere are 12 … \nThe budget for the scheme.\nIt was £2m."
 *   → 1 and 2 share "There are 12 …", 3 has "It was £2m."
 */
export function restatedAsks(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart <= 0) return null;
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const asks: (Span & { lead?: boolean; group?: number })[] = [];
  // The lead-in ("… including the following fields:") the bullets below it complete, by its start.
  let group = -1;
  for (const l of lines) {
    if (l.start >= ctx.responseStart) break;
    if (l.blank || l.header || DEAR_AUTHORITY.test(l.trimmed) || /^(?:yours|many thanks|kind regards|thank you)/i.test(l.trimmed)) continue;
    // Numbered or lettered asks are read through their labels (lists).
    if (l.marker && (NUMBERED.has(l.marker.kind) || l.marker.kind === "letter" || l.marker.kind === "roman")) return null;
    if (l.marker?.kind !== "bullet") group = -1;
    const start = l.marker?.kind === "bullet" ? l.marker.contentStart : l.start + l.indent;
    const said = text.slice(start, l.end).trim();
    if (tokenCount(said, 4) < 4) continue;
    // Notes beside the asks are none: a footnote to an asterisked ask ("*Whilst this is not
    // reported …", "Note: …", "NB …"), a bare link to guidance the requester cites, and the reply's
    // subject line above its greeting ("Re – Freedom of Information Request – Reference – …").
    if (REQUEST_NOTE.test(said)) continue;
    // A lead-in ("For road data:", "Please provide the following:-") introduces asks; it is none itself,
    // unless it asks something of its own first ("how many requests did you receive, and of these:"):
    // then it is an ask when the reply restates it and answers it before the next ask.
    if (/[:\-–]\s*$/.test(said)) {
      if (LEAD_ASKS.test(said) && tokenCount(said, 8) >= 8) asks.push({ start, end: l.end, lead: true });
      else group = start;
      continue;
    }
    asks.push({ start, end: l.end, ...(l.marker?.kind === "bullet" && group >= 0 ? { group } : {}) });
  }
  if (asks.filter((a) => !a.lead).length < 2 || asks.length > 20) return null;
  const reply = tokens(text.slice(ctx.responseStart, closing), ctx.responseStart);
  // Where the reply restates each ask, in order: its first words found, then as much of it as follows.
  const found: { ask: Span & { lead?: boolean; group?: number }; from: number; to: number }[] = [];
  let at = 0;
  for (const ask of asks) {
    const words = tokens(text.slice(ask.start, ask.end), ask.start).map((w) => w.word);
    const head = words.slice(0, Math.min(6, words.length));
    const k = indexOfRun(reply, head, at);
    if (k < 0) continue;
    let n = head.length;
    while (n < words.length && k + n < reply.length && reply[k + n]!.word === words[n]) n++;
    // Most of the ask must be restated, not only its opening words.
    if (n < Math.min(words.length, 8) && n * 2 < words.length) continue;
    found.push({ ask, from: reply[k]!.start, to: reply[k + n - 1]!.end });
    at = k + n;
  }
  const plain = found.filter((f) => !f.ask.lead).length;
  if (plain < 2 || plain * 3 < asks.filter((a) => !a.lead).length * 2) return null;
  const questions: (Question & { group?: number })[] = [];
  let pending: Question[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const until = found[i + 1]?.from ?? closing;
    // The restated ask's own closing punctuation ("…empty;") is not part of the answer.
    let from = f.to;
    while (from < until && /[\s;,.:?)\]"”’-]/.test(text[from]!)) from++;
    const answer = trimSpan(text, { start: from, end: until });
    const answered = answer.end > answer.start && hasContent(text.slice(answer.start, answer.end));
    // A lead restated with nothing under it before the next ask only introduced the asks.
    if (f.ask.lead && !answered) continue;
    const q: Question & { group?: number } = { label: String(questions.length + 1), questionSpan: trimSpan(text, f.ask), answerSpan: null, answerVia: "none", ...(f.ask.group !== undefined ? { group: f.ask.group } : {}) };
    questions.push(q);
    pending.push(q);
    if (answered) {
      for (const p of pending) {
        p.answerSpan = answer;
        p.answerVia = p === q ? "own" : "blanket";
      }
      pending = [];
    }
  }
  const seg = finish(ctx, questions, questions.at(-1)?.answerSpan?.end ?? closing, "restated-asks", messages);
  return { ...seg, joinChosen: (qs) => joinAnsweredTogether(text, qs as (Question & { group?: number })[]) };
}

/** A line that asks on its own: a question mark, or a question or request word first. */
const ASKS_ITSELF = /\?|^(?:who|what|when|where|which|why|how|whether|is|are|was|were|do|does|did|has|have|can|could|will|would|please|provide|list|give|send)\b/i;

/** A follow-up that only qualifies the ask before it ("If you are unable to …, please …", "If this is not possible, …"). */
const FALLBACK = /^if (?:you (?:are|were) (?:unable|not able)|you (?:cannot|can ?not|can't)|(?:this|that|it|the above) (?:is|was) not (?:possible|available|held)|(?:this|that) (?:cannot|can't) be)\b/i;

/**
 * Asks the reply restates one after another and answers once were answered together (labels.md):
 * the bullets of one field list under a lead-in ("… including the following fields:" / "- name" /
 * "- address") are one question, its lead included, and a fallback that qualifies the ask before it
 * ("If you cannot give X, please provide the rest") joins that ask. Asks answered one by one stay apart.
 */
function joinAnsweredTogether(text: string, questions: (Question & { group?: number })[]): Question[] {
  const out: (Question & { group?: number })[] = [];
  for (const q of questions) {
    const prev = out.at(-1);
    const sharesAnswer = prev && prev.answerVia !== "own" && prev.answerVia !== "cross_reference" && q.answerSpan && prev.answerSpan?.start === q.answerSpan.start && prev.answerSpan.end === q.answerSpan.end;
    const said = q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : "";
    const before = prev?.questionSpan ? text.slice(prev.questionSpan.start, prev.questionSpan.end) : "";
    // Fields ("- Trading name", "- Date of occupation"), not questions ("- When does the contract end?").
    const sameList = prev?.group !== undefined && prev.group === q.group && !ASKS_ITSELF.test(said) && !ASKS_ITSELF.test(before);
    if (prev && sharesAnswer && (sameList || FALLBACK.test(said))) {
      prev.questionSpan = { start: prev.questionSpan!.start, end: q.questionSpan!.end };
      prev.answerVia = q.answerVia;
      continue;
    }
    out.push({ ...q });
  }
  // A list's question opens with its lead-in.
  for (const q of out) if (q.group !== undefined && q.questionSpan && q.group < q.questionSpan.start && out.filter((x) => x.group === q.group).length === 1) q.questionSpan = trimSpan(text, { start: q.group, end: q.questionSpan.end });
  return out.map(({ group: _g, ...q }, i) => ({ ...q, label: String(i + 1) }));
}

/** A footnote ("*Whilst …", "Note: …", "N.B. …"), a subject or reference line ("Re – …"), or a line that is only a link ("[2] https://…"). */
const REQUEST_NOTE = /^(?:\*+(?=\S)|(?:note|nb|n\.b\.)\s*[:.\-–]|(?:re|subject|our ref(?:erence)?|your ref(?:erence)?)\s*[:\-–]|\[?\d{0,2}\]?\s*(?:https?:\/\/|www\.)\S+\s*$)/i;

/** A lead-in that asks a question of its own before it introduces the rest ("how many … were received, and of those:"). */
const LEAD_ASKS = /\b(?:how (?:many|much|often|long)|what (?:is|are|was|were)|which|whether|the (?:number|total|amount) of)\b/i;


function indexOfRun(hay: readonly Token[], needle: readonly string[], from: number): number {
  if (needle.length === 0) return -1;
  for (let i = from; i + needle.length <= hay.length; i++) {
    let k = 0;
    while (k < needle.length && hay[i + k]!.word === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}
