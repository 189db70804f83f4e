import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { answerSpan, closingAfter, trimSpan, type Context } from "../context.js";
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
 * the following headings", "under short headings", "in the same order as your request") before the first heading, and at least three headings
 * stand above prose of their own, all before the closing. A heading is a short line (one to eight
 * words, a capital first, no sentence end), after a blank line and above a paragraph; headings the
 * letter's own framing uses (the public interest test, exemptions, the right of review, annexes) are
 * not parts of the request.
 *
 * When the request is quoted with numbered asks above the headings, each heading is paired with the ask
 * it shares most content words with ("Training" ~ "3. What training do staff receive …"), and the
 * reading stands only when every heading pairs with a distinct ask; the asks keep their own numbers.
 *
 * Example: "We answer each part in turn.\n\nIncidents\n\nThere were four …\n\nTraining\n\nAll staff …"
 */
// redos-ok: alternatives of fixed words, no nested repetition
const PART_BY_PART = /\beach (?:part|point|element|question|item|aspect)\b|\bin turn\b|\bunder (?:the following |separate |these |short |subject |topic |brief )?(?:sub)?headings\b|\bin the (?:same )?order (?:of|as) your (?:request|questions|email)\b/i;
const FRAMING = /\b(?:public interest|exemptions?|section \d|complain\w*|review|appeal|rights?|advice and assistance|background|your request|decision|copyright|re-?use|next steps|annex|appendix|enclos\w*|information commissioner|contact|summary|conclusion|further information)\b|^(?:dear|yours|kind regards|regards|date|ref|our ref|your ref)\b/i;

function headingShaped(ctx: Context, l: Line): boolean {
  // "Ransomware:" / its answer: a title closed by a colon heads what is under it, however short ("2024: 17").
  const titled = /^[^:]{3,40}:$/.test(l.trimmed);
  const t = titled ? l.trimmed.slice(0, -1).trimEnd() : l.trimmed;
  if (t.length < 3 || t.length > 70 || l.marker || l.header) return false;
  if (!/^[A-Z‘'“"]/.test(t) || /[.,;:?!]$/.test(t) || /\s{2}|\t|£|\d{3}/.test(t)) return false;
  const words = t.split(" ").length;
  if (words > (titled ? 4 : 8) || FRAMING.test(t)) return false;
  const before = ctx.lines[l.index - 1];
  if (before && !before.blank) return false;
  // Prose below: the next non-blank line is a sentence's start, longer than a heading, or a short
  // sentence of its own ("Budget" / "None was set aside.").
  let j = l.index + 1;
  while (j < ctx.lines.length && ctx.lines[j]!.blank) j++;
  const next = ctx.lines[j];
  if (titled) return next !== undefined && j === l.index + 1 && !next.header && /\S/.test(next.trimmed) && !/:$/.test(next.trimmed);
  return next !== undefined && !next.marker && (next.trimmed.length >= 40 || /^[A-Z0-9£]\S*(?: \S+)+[.!]$/.test(next.trimmed));
}

/** A heading's words without its closing colon. */
const headingText = (l: Line): string => (l.trimmed.endsWith(":") ? l.trimmed.slice(0, -1).trimEnd() : l.trimmed);

export function topicHeadings(ctx: Context, messages: Message[]): Segmentation | null {
  const from = ctx.responseLine;
  const closing = closingAfter(ctx, from);
  const heads = ctx.lines.filter((l) => l.index >= from && l.start < closing && !l.blank && headingShaped(ctx, l));
  if (heads.length < 3) return null;
  const asks = numberedAsks(ctx, heads[0]!.index);
  const paired = asks.length >= heads.length ? pairHeadings(ctx, heads, asks) : null;
  // A numbered request the headings do not pair with one to one is read by the other layouts.
  if (asks.length >= 2 && !paired) return null;
  if (!paired && !PART_BY_PART.test(ctx.text.slice(ctx.lines[from]?.start ?? 0, heads[0]!.start))) return null;
  const sections = heads.map((h, k) => {
    let end = Math.min(heads[k + 1]?.start ?? closing, closing);
    // The last section stops where the letter lists its annexes ("Annex 1: …").
    const annex = ctx.lines.find((l) => l.index > h.index && l.start < end && /^(?:annex|appendix|enclosure|attachment)\b/i.test(l.trimmed));
    if (annex) end = annex.start;
    return answerSpan(ctx, h.end, end);
  });
  const questions: Question[] = [];
  if (paired) {
    for (const a of asks) {
      const k = paired.indexOf(a);
      const answer = k >= 0 ? sections[k]! : null;
      questions.push({ label: a.marker!.label, questionSpan: askSpan(ctx, a), answerSpan: answer, answerVia: answer ? "own" : "none" });
    }
  } else {
    heads.forEach((h, k) => {
      const at = h.start + h.text.indexOf(h.trimmed);
      questions.push({ label: String(k + 1), questionSpan: { start: at, end: at + h.trimmed.length }, answerSpan: sections[k]!, answerVia: sections[k] ? "own" : "none" });
    });
  }
  pointToHeadings(ctx, heads, sections, paired, questions);
  const lastEnd = Math.max(0, ...sections.map((a) => a?.end ?? 0));
  return finish(ctx, questions, lastEnd, "topic-headings", messages);
}

/**
 * 'Our answer under "Ransomware" applies to this part too', "see Budget above": a section that points to
 * another by its heading takes that section's answer (labels.md: a cross-reference takes the outcome of
 * the question it points to).
 */
// redos-ok: fixed words, then one bounded run of at most 40 characters inside the quotes
const NAMED_POINTER = /\b(?:(?:answer|response|reply) (?:under|to|at|in|given under)|see(?: (?:our|the) (?:answer|response|reply) (?:under|to|at|in))?|as (?:under|for|at))\s+(?:the heading\s+)?["“‘']([^"”’']{3,40})["”’']/i;

function pointToHeadings(ctx: Context, heads: readonly Line[], sections: readonly (Span | null)[], paired: readonly Line[] | null, questions: Question[]): void {
  const labelOf = (k: number): string => (paired ? paired[k]!.marker!.label : String(k + 1));
  sections.forEach((answer, k) => {
    if (!answer) return;
    const said = ctx.text.slice(answer.start, answer.end);
    if (said.length > 260) return;
    const m = NAMED_POINTER.exec(said);
    if (!m) return;
    const name = m[1]!.trim().toLowerCase();
    const target = heads.findIndex((h, i) => i !== k && headingText(h).toLowerCase() === name);
    if (target < 0) return;
    const q = questions.find((x) => x.label === labelOf(k));
    if (!q) return;
    q.refersTo = labelOf(target);
    q.answerVia = "cross_reference";
  });
}

/** The request's numbered asks above the first heading ("1. How many incidents …"), in sequence from 1. */
function numberedAsks(ctx: Context, before: number): Line[] {
  const out: Line[] = [];
  for (const l of ctx.lines.slice(0, before)) {
    if (!l.marker || l.marker.kind === "bullet" || !/^\d{1,2}$/.test(l.marker.label)) continue;
    if (l.marker.value === out.length + 1) out.push(l);
    else if (l.marker.value === 1) out.splice(0, out.length, l);
  }
  return out.length >= 2 ? out : [];
}

function askSpan(ctx: Context, a: Line): Span {
  let end = a.end;
  for (let j = a.index + 1; j < ctx.lines.length && !ctx.lines[j]!.blank && !ctx.lines[j]!.marker; j++) end = ctx.lines[j]!.end;
  return trimSpan(ctx.text, { start: a.marker!.contentStart, end });
}

const STOP = new Set("that this with from have what which when where there their been does were many much about under into your please provide information details number total".split(" "));

/** Content stems of a text: words of four letters or more, cut to five letters ("incidents" ~ "incident"). */
function stems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

/**
 * Each heading's ask by shared content words, every heading a distinct ask. Headings with one clear best
 * ask are settled first; a heading tied between asks is settled once the others have taken theirs, and
 * one whose best ask another heading took fails the pairing.
 */
function pairHeadings(ctx: Context, heads: readonly Line[], asks: readonly Line[]): Line[] | null {
  const askStems = asks.map((a) => {
    const sp = askSpan(ctx, a);
    return stems(ctx.text.slice(sp.start, sp.end));
  });
  const shared = heads.map((h) => {
    const hs = stems(headingText(h));
    return askStems.map((as) => [...hs].filter((w) => as.has(w)).length);
  });
  const out: (Line | null)[] = heads.map(() => null);
  const taken = new Set<number>();
  for (let round = 0; round < heads.length; round++) {
    let settled = false;
    for (let k = 0; k < heads.length; k++) {
      if (out[k] || Math.max(...shared[k]!) === 0) continue;
      const open = shared[k]!.map((n, i) => (taken.has(i) ? 0 : n));
      const best = Math.max(...open);
      // A heading is never pushed to an ask it shares fewer words with than its own best.
      if (best === 0 || best < Math.max(...shared[k]!)) return null;
      if (open.filter((n) => n === best).length > 1) continue;
      const i = open.indexOf(best);
      out[k] = asks[i]!;
      taken.add(i);
      settled = true;
    }
    if (!settled) break;
  }
  // Headings left (tied between asks, or sharing no word with any: an acronym, "NCSC" for "the National Cyber
  // Security Centre") take, in the letter's order, the free ask between the asks of the headings either side
  // of them: the one they share most words with, when that one is alone.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < heads.length; k++) {
      if (out[k]) continue;
      const after = out.slice(0, k).reduce((m, x) => (x ? Math.max(m, asks.indexOf(x)) : m), -1);
      const next = out.slice(k + 1).find((x) => x);
      const until = next ? asks.indexOf(next) : asks.length;
      const free = asks.map((_, i) => i).filter((i) => i > after && i < until && !taken.has(i));
      const best = Math.max(-1, ...free.map((i) => shared[k]![i]!));
      const top = free.filter((i) => shared[k]![i] === best);
      // A heading with words of its own never takes an ask it shares none of them with.
      if (top.length !== 1 || (best === 0 && Math.max(...shared[k]!) > 0)) continue;
      out[k] = asks[top[0]!]!;
      taken.add(top[0]!);
      changed = true;
    }
  }
  return out.every((x) => x) ? (out as Line[]) : null;
}
