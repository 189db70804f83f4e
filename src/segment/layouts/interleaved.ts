import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { overlap } from "../../core/stems.js";
import { QUESTION_LIKE, REQUESTER_LIKE } from "../cues.js";
import { LABEL_ORDER, NUMBERED, authorityVoice, closingAfter, explanationAfter, hasContent, lineAt, trimSpan, type Context } from "../context.js";
import { unitsOf, type Unit } from "../roles.js";
import { REPORTED_ASK, readsAsAsk } from "../asks-read.js";
import { cutLetterLevelTail, finish } from "../finish.js";

/**
 * Question and answer interleaved, read from line roles rather than from a numbered list: each ask
 * (a line, bullet or paragraph that reads as a question or request, or the text under a "Question 3:"
 * or "Request" label) is a question, and the text up to the next ask answers it. Covers disclosure-log
 * pages ("Request" / "Reply" pairs, questions with the reply under each and no response cue),
 * bulleted asks with answers beneath, answers on the question's own line ("…? 2766"), and numbered
 * lists whose numbering is damaged (every item "1.", a skip, a repeat): such numbers are relabelled
 * 1, 2, 3 in order. An ask that restates an earlier question (the request quoted, then restated
 * before each answer) is not a new question: the answer under it is that question's.
 *
 * Examples (each a question with its answer):
 *   "How many laptops do you have?\n340\nWho supplies them?\nThe supplier is exempt under s43."
 *   "Request\nDo you use cloud backup?\nReply\nYes."
 *   "1. How many staff? 12\n1. What budget? £4,000"
 */
export function interleaved(ctx: Context, messages: Message[]): Segmentation | null {
  const { text } = ctx;
  const units = unitsOf(ctx);
  let closing = closingAfter(ctx, Math.max(0, ctx.responseLine));
  interface Open {
    unit: Unit;
    question: Span;
    label: string | undefined;
    segments: Span[];
    lead: boolean;
  }
  const asked: Open[] = [];
  let current: Open | null = null;
  let pendingLabel: string | undefined | null = null;
  let afterAnswerLabel = false;
  let segment: Span | null = null;
  const closeSegment = (): void => {
    if (current && segment) current.segments.push(segment);
    segment = null;
  };
  // The last numbered unit seen in each numbering style ("1." and "1)" run apart).
  const lastInStyle = new Map<string, Unit>();
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const style = numberOf(u) !== undefined ? `${u.marker!.kind}${u.marker!.style ?? ""}` : null;
    const previousInStyle = style !== null ? lastInStyle.get(style) : undefined;
    if (style !== null) lastInStyle.set(style, u);
    if (u.span.start >= closing) {
      // A sign-off with nothing answered yet is the requester's ("Yours faithfully" under the asks): read on.
      if (current && !current.segments.length && !segment && asked.every((o) => !o.segments.length)) closing = closingAfter(ctx, u.last + 1);
      else break;
      if (u.span.start >= closing) break;
    }
    // The requester's text and the authority's are never one answer.
    if (segment && ctx.responseStart >= 0 && segment.start < ctx.responseStart && u.span.start >= ctx.responseStart) closeSegment();
    if (u.role === "question-label") {
      closeSegment();
      pendingLabel = u.labelNumber;
      afterAnswerLabel = false;
      continue;
    }
    if (u.role === "answer-label") {
      closeSegment();
      pendingLabel = null;
      // "Response: 340." carries its answer on the label's line; a bare "Response" heads the text below.
      const inline = ctx.lines[u.first]!.inlineStart;
      afterAnswerLabel = inline === null;
      if (inline !== null && current) segment = { start: inline, end: u.span.end };
      continue;
    }
    const labelled = pendingLabel !== null && u.role !== "boilerplate";
    const body = u.marker ? { start: u.marker.contentStart, end: u.span.end } : u.span;
    const content = text.slice(body.start, body.end);
    const subItem = u.marker !== null && (u.marker.kind === "letter" || u.marker.kind === "roman" || u.marker.kind === "bullet");
    // A lead's list ("the following:" then "- Spend per grade"), or a list under a request item
    // before the response, completes that one ask.
    // "Please provide a further breakdown by:" under a listed ask with no answer yet extends that ask.
    // So does a lead right under an ask that has no list yet ("How many attacks …?" / "I mean these kinds:").
    const underAsk = current !== null && !current.lead && current.question.end === current.unit.span.end && numberOf(current.unit) === undefined;
    if (u.role === "lead" && !u.marker && current && !u.inResponse && !current.segments.length && !segment && (underAsk || (current.question.end > current.unit.span.end && /\b(?:further|also|in addition|additionally|each of (?:these|the above))\b/i.test(content)))) {
      current.question = { start: current.question.start, end: u.span.end };
      current.lead = true;
      continue;
    }
    const listed = u.marker !== null && u.role !== "ask" && (u.role === "fragment" || u.role === "text" || u.role === "lead");
    if (current && !current.segments.length && !segment && listed && (current.lead || (subItem && !u.inResponse))) {
      current.question = { start: current.question.start, end: u.span.end };
      continue;
    }
    // "Please provide figures from May to October": the scope of the open question, not a new one.
    if (u.role === "refinement" && current && !current.segments.length && !segment && !labelled) {
      current.question = { start: current.question.start, end: u.span.end };
      continue;
    }
    // A question named only in the reply ("With regard to your question about X, we can confirm …"), after the
    // restated questions have their answers: a question of its own, its subject before the comma, the reply after.
    const namedAt: number | null = u.inResponse && !u.marker && current !== null && (current.segments.length > 0 || segment !== null) ? namedInReply(content) : null;
    if (namedAt !== null && !asked.some((o) => overlap(content.slice(0, namedAt), text.slice(o.question.start, o.question.end)) >= 0.6)) {
      closeSegment();
      afterAnswerLabel = false;
      current = { unit: u, question: trimSpan(text, { start: body.start, end: body.start + namedAt }), label: undefined, segments: [], lead: false };
      segment = { start: body.start + namedAt, end: body.end };
      asked.push(current);
      pendingLabel = null;
      continue;
    }
    // The question restated before its answer: the answer under it is the earlier question's.
    // Only a restatement in the response of a question asked before it counts (the same ask twice
    // in a request, "When is your contract renewal date?" about two systems, is two questions),
    // or a numbered item repeating an earlier item's number and words.
    const earlier =
      u.role === "ask" && !labelled
        ? asked.find(
            (o) =>
              o !== current &&
              ((u.inResponse && !o.unit.inResponse && restates(content, text.slice(o.question.start, o.question.end))) ||
                (numberOf(u) !== undefined && numberOf(u) === numberOf(o.unit) && overlap(content, text.slice(o.question.start, o.question.end)) >= 0.6)),
          )
        : undefined;
    if (earlier) {
      closeSegment();
      afterAnswerLabel = false;
      current = earlier;
      const split = sameLineSplit(text, body);
      if (split !== null) segment = { start: split, end: body.end };
      continue;
    }
    // Right under "Response" an ask is the answer's text, unless it is numbered and asks ("Trust response" / "1. How many …?").
    // So is an ask with its own answer cue right under it ("Trust response" / "- How many …?" / "Response: 12").
    const numberedAsk = u.role === "ask" && ((numberOf(u) !== undefined && /\?/.test(content)) || units[k + 1]?.role === "answer-label");
    // Once the questions are numbered, an unnumbered ask in the response belongs to an answer.
    const offStyle = u.inResponse && numberOf(u) === undefined && current !== null && numberOf(current.unit) !== undefined;
    // In an answer, a numbered line that neither asks ("?") nor continues the numbering is the answer's own list
    // ("(2) Where a public authority …" quoting a statute after question 7).
    const offSequence = u.inResponse && !/\?/.test(content) && numberOf(u) !== undefined && current !== null && (current.segments.length > 0 || segment !== null) && Number.parseInt(numberOf(u)!, 10) !== Number.parseInt(numberOf(current.unit) ?? "-1", 10) + 1;
    // The next number in the questions' own style, with none of that style since the question, is the next
    // question even when it asks in no words ("4. Primary brand (contracts 1 and 2 only)", a heading, a cut line).
    const nextInSequence = current !== null && previousInStyle === current.unit && u.role !== "boilerplate" && Number.parseInt(numberOf(u) ?? "-1", 10) === Number.parseInt(numberOf(current.unit) ?? "-9", 10) + 1;
    const asks = labelled || nextInSequence || (!offStyle && !offSequence && ((!afterAnswerLabel || numberedAsk) && (u.role === "ask" || (u.role === "lead" && (!u.inResponse || (u.marker !== null && current !== null && current.segments.length + (segment ? 1 : 0) > 0))))));
    if (!asks) {
      afterAnswerLabel = false;
      if (!current) continue;
      if (u.role === "boilerplate" && !segment) continue;
      // The requester's own words under an ask ("We are interested in …" in a request restated in the reply) are not its answer.
      if (!segment && !current.segments.length && REQUESTER_LIKE.test(content)) continue;
      segment = segment ? { start: segment.start, end: u.span.end } : { ...u.span };
      continue;
    }
    afterAnswerLabel = false;
    // Sub-items asked under a question with no answer yet belong to it.
    const under = u.marker?.kind === "letter" || u.marker?.kind === "roman" || (u.marker?.kind === "bullet" && numberOf(current?.unit) !== undefined);
    if (!labelled && current && under && !current.segments.length && !segment) {
      current.question = { start: current.question.start, end: u.span.end };
      current.lead = false;
      continue;
    }
    closeSegment();
    // A lead with no list of its own only introduces the asks that follow.
    // So does a first unnumbered ask right above a numbered list ("Some questions on your HR systems" / "1. Do you …?").
    const intro = current !== null && asked.length === 1 && numberOf(current.unit) === undefined && numberOf(u) !== undefined && !current.segments.length && !segment;
    // A request paragraph under "Your request:" whose text runs into a lead-in ("Specifically, we ask for:") right
    // above the asks only introduces them: the asks are the request's items.
    const previous = units[k - 1];
    const introduces = current !== null && u.role === "ask" && current.unit.role === "text" && current === asked[asked.length - 1] && previous !== undefined && previous !== current.unit &&
      /:\s*$/.test(text.slice(previous.span.start, previous.span.end)) && (previous.role === "heading" || previous.role === "lead" || previous.role === "text") && current.segments.every((sg) => sg.end <= previous.span.end);
    // The first lead of the request ("I would like to know the following about …") introduces the asks even
    // with the requester's framing under it ("The figures will be used for research"): nothing answers a lead.
    // Not when what sits under the lead is its list written without markers ("Staff groups:" / "Porters" /
    // "Cleaners" / "Years:" / "2019" …): short lines, no sentence among them. Then the lead asks for them.
    const segs = current && segment ? [...current.segments, segment] : current?.segments ?? [];
    const framed = current !== null && current.lead && asked.length === 1 && !current.unit.inResponse && !u.inResponse && !unmarkedList(text, segs);
    // The lead's unmarked list, in the requester's text, is part of what it asks.
    if (current && current.lead && !current.unit.inResponse && segs.length && unmarkedList(text, segs) && segs.every((sp) => ctx.responseStart < 0 || sp.start < ctx.responseStart || units.some((x) => !x.inResponse && x.span.start >= sp.start && x.span.start < sp.end))) {
      current.question = { start: current.question.start, end: segs[segs.length - 1]!.end };
      current.segments = [];
      segment = null;
    }
    if ((current?.lead && (!current.segments.length || framed) && current.question.end === current.unit.span.end) || intro || introduces) asked.pop();
    const split = u.inResponse || ctx.responseStart < 0 ? sameLineSplit(text, body) : null;
    current = { unit: u, question: trimSpan(text, { start: body.start, end: split ?? body.end }), label: labelled ? pendingLabel ?? undefined : numberOf(u), segments: [], lead: u.role === "lead" || (labelled && /:\s*$/.test(content)) };
    if (split !== null) segment = { start: split, end: body.end };
    asked.push(current);
    pendingLabel = null;
  }
  closeSegment();
  // A request paragraph the response restates as a list ("You asked: 1. … 2. …", or bullets) is read through that list.
  for (let i = asked.length - 1; i >= 0; i--) {
    const o = asked[i]!;
    if (o.unit.inResponse || numberOf(o.unit) !== undefined) continue;
    const said = text.slice(o.question.start, o.question.end);
    // The paragraph holds more than the item that restates part of it: two short bulleted asks built
    // alike ("- The sex of the child?" / "- The age of the child?") are two questions, not one restated.
    const longer = (r: Open): boolean => said.length > 1.3 * (r.question.end - r.question.start);
    if (asked.some((r) => r !== o && r.unit.inResponse && longer(r) && overlap(text.slice(r.question.start, r.question.end), said) >= 0.7)) asked.splice(i, 1);
    // …or as reported asks, one sentence each ("You asked how many …" / "You then asked for …"), two or more that
    // between them take most of their words from it.
    else {
      const reported = asked.filter((r) => r.unit.inResponse && r.question.start > o.question.end && REPORTED_ASK.test(text.slice(r.question.start, r.question.end)));
      if (reported.length >= 2 && overlap(reported.map((r) => text.slice(r.question.start, r.question.end).replace(REPORTED_ASK, "")).join(" "), said) >= 0.5) asked.splice(i, 1);
    }
  }
  if (asked.length < 2) return null;
  const labels = labelsFor(asked.map((o) => o.label));
  const questions: Question[] = asked.map((o, i) => {
    // Before the response starts, text after an ask is the requester's unless it speaks as the authority.
    const found = o.segments
      .map((s) => trimSpan(text, s))
      .filter((s) => s.end > s.start && hasContent(text.slice(s.start, s.end)))
      .filter((s) => ctx.responseStart < 0 || s.end > ctx.responseStart || authorityVoice(text.slice(s.start, s.end)));
    const answer = found.length ? found[found.length - 1]! : null;
    return { label: labels[i]!, questionSpan: o.question, answerSpan: answer, answerVia: answer ? "own" : "none" };
  });
  // One reply in the whole letter that speaks of the request as a whole covers the questions left without one.
  const given = questions.filter((q) => q.answerSpan);
  if (given.length === 1 && questions.length > 1 && LETTER_LEVEL.test(text.slice(given[0]!.answerSpan!.start, given[0]!.answerSpan!.end))) {
    for (const q of questions) if (!q.answerSpan) Object.assign(q, { answerSpan: given[0]!.answerSpan, answerVia: "blanket" });
  }
  // The last answer stops at an explanation heading or a paragraph about other questions (letter-level text).
  const last = questions[questions.length - 1]!;
  if (last.answerSpan) {
    const expl = explanationAfter(ctx, lineAt(ctx.lines, last.answerSpan.start) + 1, last.answerSpan.end);
    const own = expl > last.answerSpan.start ? trimSpan(text, { start: last.answerSpan.start, end: expl }) : last.answerSpan;
    last.answerSpan = cutLetterLevelTail(ctx, own, last.label, questions.filter((q) => !q.answerSpan).map((q) => q.label));
  }
  const lastEnd = Math.max(...questions.map((q) => q.answerSpan?.end ?? q.questionSpan!.end));
  return finish(ctx, questions, lastEnd, "interleaved", messages);
}

/** A reply about the request as a whole ("this request has been refused", "the information you requested"). */
const LETTER_LEVEL = /\b(?:this|your|the) request\b|\bthe information (?:you (?:have )?)?requested\b|\ball (?:of )?(?:the|your) questions\b/i;

/** The number a unit's marker gives, when it is a question number. */
function numberOf(u: Unit | undefined): string | undefined {
  return u?.marker && NUMBERED.has(u.marker.kind) ? u.marker.label.toLowerCase() : undefined;
}

/**
 * The letter's own numbers when every question has one and they rise without a repeat; otherwise
 * 1, 2, 3 in order (numbering lost, restarted or every item "1.").
 */
function labelsFor(given: (string | undefined)[]): string[] {
  // The shared collator: building one each call cost more than the rest of this layout's labelling.
  const clean = given.every((g, i) => g !== undefined && (i === 0 || LABEL_ORDER.compare(given[i - 1]!, g) < 0));
  return clean ? (given as string[]) : given.map((_, i) => String(i + 1));
}

/** An ask that repeats an earlier question's words. */
function restates(ask: string, question: string): boolean {
  return overlap(ask, question) >= 0.8 && overlap(question, ask) >= 0.8;
}

/**
 * "How many desktop PCs do you own? 2766": the answer follows the last question mark on the line.
 * A parenthesis after the question mark ("? (For example …) Zero") is still the question's.
 */
export function sameLineSplit(text: string, body: Span): number | null {
  const s = text.slice(body.start, body.end);
  const at = s.lastIndexOf("?");
  if (at < 0) return null;
  let rest = at + 1;
  const after = s.slice(rest);
  const paren = /^\s*\([^)]*\)/.exec(after);
  if (paren) rest += paren[0].length;
  const answer = s.slice(rest).trim();
  if (!answer || !/[A-Za-z0-9£]/.test(answer) || /^["”’)]/.test(answer)) return null;
  // "Yes/No" after a question is the requester's form, not an answer.
  if (/^(?:yes\s*\/\s*no|y\s*\/\s*n)\b/i.test(answer)) return null;
  if (readsAsAsk(answer) || QUESTION_LIKE.test(answer) || REQUESTER_LIKE.test(answer) || /^(?:if|and|or|please|e\.g|for example|i\b)/i.test(answer)) return null;
  return body.start + rest + (s.slice(rest).length - s.slice(rest).trimStart().length);
}

/** Text of short lines with no full sentence among them (at least three): a list written without markers. */
function unmarkedList(text: string, spans: readonly Span[]): boolean {
  const lines = spans.flatMap((sp) => text.slice(sp.start, sp.end).split("\n")).map((l) => l.trim()).filter((l) => l !== "");
  return lines.length >= 3 && lines.every((l) => l.length < 60 && !/[.!?]["”’)]?$/.test(l) && l.split(/\s+/).length <= 8);
}

/**
 * Where the reply to a question named in the reply itself begins: "To answer your request regarding X, I can
 * confirm …", "In response to your question about X, we …". The offset after the comma, or null.
 */
// redos-ok: one anchored attempt; the subject is bounded to 400 characters without a comma-then-pronoun, read once.
const NAMED_IN_REPLY = /^(?:to answer|in (?:response|answer|reply) to|with (?:regard|respect|reference) to|regarding|turning to|as for)\s+your (?:further |other |last |final |second |third )?(?:request|question|query|enquiry|point)\s+(?:regarding|about|on|for|concerning|as to|asking)\b[^]{10,400}?,\s+(?=(?:I|we|the|this|our|it|there|all|no|none)\b)/i;
function namedInReply(content: string): number | null {
  const m = NAMED_IN_REPLY.exec(content);
  return m ? m[0].length : null;
}
