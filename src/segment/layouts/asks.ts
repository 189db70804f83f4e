import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { QUESTION_LIKE, DEAR_AUTHORITY } from "../cues.js";
import { NUMBERED, closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { REPLY_FORM } from "../asks-read.js";

/**
 * Separate unnumbered asks: each request line ends in a question mark ("Could you tell me …?",
 * "And how many …?"). When the response gives one paragraph per ask, they pair in order;
 * otherwise the response answers them all.
 */
export function unnumberedAsks(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart <= 0) return null;
  const asks: Span[] = [];
  let current: Span | null = null;
  for (const l of lines) {
    if (l.start >= ctx.responseStart) break;
    if (l.blank || l.header || DEAR_AUTHORITY.test(l.trimmed) || /^(?:yours|many thanks|kind regards)/i.test(l.trimmed)) {
      current = null;
      continue;
    }
    if (current && !/\?\s*$/.test(text.slice(current.start, current.end)) && /^[a-z(]/.test(l.trimmed)) {
      current.end = l.end;
      continue;
    }
    // "Please can you respond via email": how to reply, not an ask.
    if (!/\?\s*$/.test(l.trimmed) && REPLY_FORM.test(l.trimmed)) {
      current = null;
      continue;
    }
    if (/\?\s*$/.test(l.trimmed) || (QUESTION_LIKE.test(l.trimmed) && /^(?:could|can|would|will|please|and|also|how|what|when|which|who|do|does|did|is|are|has|have)\b/i.test(l.trimmed))) {
      current = { start: l.start + l.indent, end: l.end };
      asks.push(current);
    } else current = null;
  }
  // Separate asks are questions in form: every one ends with a question mark, or they are a run of
  // parallel noun-phrase asks on lines of their own ("A list of …" / "A list of …").
  const asking = asks.length >= 2 && asks.length <= 12 && asks.every((s) => /\?\s*$/.test(text.slice(s.start, s.end)));
  if (!asking) {
    const parallel = parallelNounAsks(ctx);
    if (!parallel) return null;
    asks.splice(0, asks.length, ...parallel);
  }
  // Numbered or lettered asks are read through their labels (lists), not as unnumbered lines relabelled in order.
  const numbered = asks.filter((a) => { const l = lines.find((x) => x.start + x.indent === a.start); return l?.marker && (NUMBERED.has(l.marker.kind) || l.marker.kind === "letter" || l.marker.kind === "roman"); }).length;
  if (numbered * 2 >= asks.length) return null;
  const real = asks;
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  // Response paragraphs, split two ways: at blank lines, or also where a line ends a sentence.
  // The split that gives one paragraph per ask pairs them; a stray line break must not matter.
  const split = (atSentenceEnds: boolean): Span[] => {
    const out: Span[] = [];
    let para: Span | null = null;
    for (const l of lines) {
      if (l.start < ctx.responseStart || l.start >= closing) continue;
      if (l.blank || l.header === "response" || l.header === "both") {
        para = null;
        continue;
      }
      if (/^(?:dear\b|thank you\b)/i.test(l.trimmed)) continue;
      // The reply's lead-in ("Please find our response to your request set out below:"), wrapped or not: no answer.
      if ((/^please find\b/i.test(l.trimmed) && !l.trimmed.includes(".") && /\b(?:response|reply|answers?)\b/i.test(l.trimmed)) || /^(?:set out )?below ?:?$/i.test(l.trimmed)) continue;
      const previous = lines[l.index - 1];
      const newParagraph = !para || !previous || previous.blank || (atSentenceEnds && /[.!?:]\s*$/.test(previous.trimmed));
      if (newParagraph) {
        para = { start: l.start + l.indent, end: l.end };
        out.push(para);
      } else para!.end = l.end;
    }
    return out;
  };
  const paragraphs = [split(false), split(true)].find((p) => p.length === real.length) ?? split(false);
  const pairs = paragraphs.length === real.length;
  const questions: Question[] = real.map((s, i) => ({
    label: String(i + 1),
    questionSpan: trimSpan(text, s),
    answerSpan: pairs ? trimSpan(text, paragraphs[i]!) : null,
    answerVia: pairs ? "own" : "none",
  }));
  const lastEnd = pairs ? paragraphs[paragraphs.length - 1]!.end : real[real.length - 1]!.end;
  return finish(ctx, questions, lastEnd, pairs ? "asks-paired" : "asks", messages);
}


/**
 * Requesters who write each ask as the thing wanted, one per line and in the same form, with no
 * question mark and no number: "The number of permits issued in 2023." / "The number of permits
 * refused in 2023." (labels.md: separate asks on their own lines are separate questions, "?" or
 * not). The lines must follow one another (blank lines apart at most), open with the same words
 * ("a list of", "the number of", "copies of") and carry no list marker; 2 to 8 of them. Field lists
 * under them ("Please include: - name - address") stay inside the asks' answer, not new asks.
 */
/** A line naming the thing wanted ("The number of …", "A list of …"), not one saying it is sent. */
const THING_WANTED = /^(?:the (?:(?:total|overall|average|annual) )?(?:number|total|amount|cost|names?|value|dates?|details|percentage|proportion) of|(?:a |any )?(?:copy|copies|list|breakdown|details|number) of)\b(?![^.]*\b(?:attached|enclosed|below|as follows|provided)\b)/i;

export function parallelNounAsks(ctx: Context): Span[] | null {
  const { lines } = ctx;
  let run: { span: Span; opening: string }[] = [];
  let best: Span[] | null = null;
  const close = (): void => {
    if (run.length >= 2 && run.length <= 8 && !best && run.every((r) => r.opening === run[0]!.opening)) best = run.map((r) => r.span);
    run = [];
  };
  for (const l of lines) {
    if (l.start >= ctx.responseStart) break;
    if (l.blank) continue;
    const opening = /^(?:a|an|any|the)?\s*(\w+(?:\s+\w+)?\s+of)\b/i.exec(l.trimmed)?.[1]?.toLowerCase();
    if (!l.marker && !/\?\s*$/.test(l.trimmed) && THING_WANTED.test(l.trimmed) && opening) run.push({ span: { start: l.start + l.indent, end: l.end }, opening });
    else close();
  }
  close();
  return best;
}
