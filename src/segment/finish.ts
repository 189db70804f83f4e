import type { Message, Question, Span } from "../core/types.js";
import type { Segmentation } from "./types.js";
import type { Line } from "./lines.js";
import { BACK_POINTER, CROSS_REFERENCE } from "./cues.js";
import { splitRemainder } from "./remainder.js";
import { splitAnsweredParts } from "./parts.js";
import { splitInlineParts } from "./inline-parts.js";
import { pointedByTitle, splitByTopic } from "./topic-paragraphs.js";
import { NUMBERED, answerSpan, closingAfter, explanationAfter, hasContent, lineAt, trimSpan, type Context } from "./context.js";
import { squeezeSpaces } from "../core/spaces.js";
import { answerAnnexedRequest } from "./annexed-request.js";

/** What every layout's reading goes through once its questions are found: labelled answers, blanket answers, explanations. */
/**
 * "Response 2", "Answers 1 & 2", "Answer to question 3": a heading that names the
 * questions it answers. Its text, up to the next such heading, answers them.
 */
export function labelledAnswers(ctx: Context, questions: Question[], closingStart: number): void {
  const known = new Set(questions.map((q) => q.label));
  const questionLines = new Set(questions.map((q) => (q.questionSpan ? lineAt(ctx.lines, q.questionSpan.start) : -1)));
  const lastQuestionLine = Math.max(-1, ...questionLines);
  // A numbered line after the questions that is not itself a question ("Q3: Yes.") answers that question.
  // Only "Question 3:" / "Q3" forms: "3: Adult caution 1 9 9" is a table row, not a heading.
  const asHeader = (l: Line): Line =>
    l.marker && l.marker.style === "Q" && l.index > lastQuestionLine && !questionLines.has(l.index) && known.has(l.marker.label.toLowerCase())
      ? { ...l, header: "response", headerLabels: [l.marker.label.toLowerCase()], inlineStart: l.marker.contentStart }
      : l;
  const headers = ctx.lines.map(asHeader).filter((l) => l.header === "response" && l.headerLabels.length > 0 && l.headerLabels.some((x) => known.has(x)) && l.start < closingStart);
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k]!;
    let end = headers[k + 1]?.start ?? closingStart;
    // Among numbered answers ("1) …", "Questions 2 to 4: …", "5) …"), the next answer's number ends it;
    // so does the next question where each ask is restated above its answer ("> 5. …" quoted in a reply).
    const nextItem = ctx.lines.find((l) => l.index > h.index && l.start < end && l.marker !== null && NUMBERED.has(l.marker.kind) && known.has(l.marker.label.toLowerCase()) && !h.headerLabels.includes(l.marker.label.toLowerCase()));
    if (nextItem && h.headerLabels.length > 1) end = nextItem.start;
    end = explanationAfter(ctx, h.index + 1, end);
    const answer = answerSpan(ctx, h.inlineStart ?? Math.min(h.end + 1, ctx.text.length), end);
    if (!answer) continue;
    for (const label of h.headerLabels) {
      const q = questions.find((x) => x.label === label);
      // A heading replaces an answer that runs over it (the answer swallowed the labelled section),
      // fills a missing one, and a "Question 1:" section after the questions (an annex) is the fuller answer.
      const inside = q?.answerSpan ? q.answerSpan.start <= h.start && h.start < q.answerSpan.end : false;
      if (q && (q.answerVia !== "own" || !q.answerSpan || inside || (h.marker?.style === "Q" && q.answerSpan.start <= h.start))) {
        q.answerSpan = answer;
        q.answerVia = "own";
        // "Questions 2 to 4: …": the letter says the text answers them together; they share the first one's answer.
        const first = h.headerLabels.find((x) => known.has(x));
        // An answer that speaks to them by name inside ("… for question 3, none") is left to be read sentence by sentence.
        if (first && first !== label && SHARED_HEADING.test(h.trimmed) && !NAMES_A_QUESTION.test(ctx.text.slice(answer.start, answer.end))) q.refersTo = first;
      }
    }
  }
}

/** A heading that names the questions it answers together ("Questions 2 to 4:", "Q1 and Q2"), not one answer per label. */
const NAMES_A_QUESTION = /\b(?:q|questions?|parts?|points?|requests?)(?:\s*\.)?\s*\d/i;
const SHARED_HEADING = /^(?:in (?:relation|response|reply|regard) to (?:your )?)?(?:(?:Answers?|Responses?)(?: to (?:questions?|q))?|Q|Qs|Questions?|Requests?|Parts?|Points?)\s*(?:\.\s*)?\d/i;

/**
 * "In relation to question 1a: …": a lettered sub-item the response answers by name is a question of
 * its own (labels.md), split from its parent's text; sub-items never named stay with their parent.
 */
export function splitNamedParts(ctx: Context, questions: Question[], closingStart: number): void {
  const known = new Set(questions.map((q) => q.label));
  const named = ctx.lines.filter((l) => l.header === "response" && l.start >= ctx.responseStart && l.start < closingStart).flatMap((l) => l.headerLabels);
  for (const label of named) {
    const m = /^(\d{1,2})([a-z])$/.exec(label);
    if (!m || known.has(label)) continue;
    const at = questions.findIndex((q) => q.label === m[1]);
    const parent = questions[at];
    if (!parent?.questionSpan) continue;
    const span = parent.questionSpan;
    const part = ctx.lines.find((l) => l.start >= span.start && l.end <= span.end && l.marker?.kind === "letter" && l.marker.label === m[2]);
    if (!part) continue;
    // The part runs to the next lettered line of the parent, or the parent's end.
    const next = ctx.lines.find((l) => l.start > part.start && l.end <= span.end && l.marker?.kind === "letter");
    const partSpan = trimSpan(ctx.text, { start: part.marker!.contentStart, end: next ? next.start : span.end });
    if (part.start < span.end && (!questions.some((q) => q.label.startsWith(m[1]!) && q.label !== m[1]))) parent.questionSpan = trimSpan(ctx.text, { start: span.start, end: part.start });
    let insertAt = at + 1;
    while (insertAt < questions.length && questions[insertAt]!.label.startsWith(m[1]!) && /[a-z]$/.test(questions[insertAt]!.label)) insertAt++;
    questions.splice(insertAt, 0, { label: label, questionSpan: partSpan, answerSpan: null, answerVia: "none" });
    known.add(label);
  }
}

/** "I have considered all the other parts of your request …": the reply to every question not answered by name. */
const THE_REST = /\b(?:all |each of )?(?:the )?(?:other|remaining) (?:parts?|questions?|elements?|points?|items?)\b/i;

/** Questions left unanswered among questions answered by name take a paragraph about "the other parts" of the request. */
function answerTheRest(ctx: Context, questions: Question[], closingStart: number): void {
  const labels = new Set(ctx.lines.filter((l) => l.header === "response" && l.start >= ctx.responseStart).flatMap((l) => l.headerLabels));
  if (!labels.size) return;
  // An unnamed question whose answer is another question's named answer has none of its own.
  const byName = questions.filter((q) => labels.has(q.label) && q.answerSpan);
  // One that starts before it stops at the heading of that answer.
  for (const q of questions) {
    if (labels.has(q.label) || !q.answerSpan) continue;
    const n = byName.find((x) => x.answerSpan!.start < q.answerSpan!.end && q.answerSpan!.start < x.answerSpan!.end);
    if (!n) continue;
    let cut = lineAt(ctx.lines, n.answerSpan!.start);
    if (ctx.lines[cut]!.inlineStart === null) while (cut > 0 && (ctx.lines[cut - 1]!.blank || ctx.lines[cut - 1]!.header || ctx.lines[cut - 1]!.marker?.style === "Q")) cut--;
    const end = ctx.lines[cut]!.start;
    q.answerSpan = end > q.answerSpan.start && hasContent(ctx.text.slice(q.answerSpan.start, end)) ? trimSpan(ctx.text, { start: q.answerSpan.start, end }) : null;
  }
  const missing = questions.filter((q) => !q.answerSpan);
  if (!missing.length || missing.length === questions.length) return;
  const rest = ctx.lines.find((l) => l.start >= Math.max(0, ctx.responseStart) && l.start < closingStart && !l.header && THE_REST.test(l.trimmed) && !questions.some((q) => q.questionSpan && l.start >= q.questionSpan.start && l.start < q.questionSpan.end));
  if (!rest) {
    for (const q of missing) q.answerVia = "none";
    return;
  }
  const span = trimSpan(ctx.text, { start: rest.start, end: closingStart });
  // An answer by name that runs on into that paragraph stops before it.
  for (const q of questions) if (q.answerSpan && q.answerSpan.start < rest.start && q.answerSpan.end > rest.start) q.answerSpan = trimSpan(ctx.text, { start: q.answerSpan.start, end: rest.start });
  for (const q of missing) Object.assign(q, { answerSpan: span, answerVia: "blanket" });
}

/**
 * "3. Please provide the:" / "3a. name of the supplier" / "3b. start date" / one answer after "3b":
 * lettered sub-items with no answer of their own, answered once after the last of them, were
 * answered together, so they belong to their number (labels.md: sub-items are questions only when
 * answered separately). The number takes the shared answer and asks the whole list. Applied to the
 * chosen reading only: while readings compete, each part still counts as an ask the reading explains.
 */
export function mergePartsAnsweredTogether(ctx: Context, questions: Question[]): void {
  for (let i = 0; i < questions.length; i++) {
    const parent = questions[i]!;
    const shared = (q: Question): boolean => q.answerVia !== "own" && q.answerVia !== "cross_reference";
    if (!/^\d{1,3}$/.test(parent.label) || !shared(parent)) continue;
    let j = i;
    while (j + 1 < questions.length && questions[j + 1]!.label.length === parent.label.length + 1 && questions[j + 1]!.label.startsWith(parent.label) && /[a-z]$/.test(questions[j + 1]!.label)) j++;
    if (j - i < 2) continue;
    const parts = questions.slice(i + 1, j + 1);
    const last = parts[parts.length - 1]!;
    if (!last.answerSpan || last.answerVia !== "own" || !parts.slice(0, -1).every(shared)) continue;
    // Only under a lead that the list completes ("… provide the:"), and never when the reply names a part ("questions 2b and 3b").
    const lead = parent.questionSpan ? ctx.text.slice(parent.questionSpan.start, parent.questionSpan.end).trim() : "";
    if (!/[:–-]$/.test(lead)) continue;
    const reply = ctx.text.slice(Math.max(0, ctx.responseStart));
    if (parts.some((q) => new RegExp(String.raw`\b(?:q|questions?|parts?)\s*${q.label}\b|\b${q.label}\s*(?:,|and|&)`, "i").test(reply))) continue;
    const end = last.questionSpan?.end ?? parent.questionSpan?.end;
    const merged: Question = {
      label: parent.label,
      questionSpan: parent.questionSpan && end !== undefined ? trimSpan(ctx.text, { start: parent.questionSpan.start, end: Math.max(end, parent.questionSpan.end) }) : parent.questionSpan,
      answerSpan: last.answerSpan,
      answerVia: last.answerVia,
    };
    questions.splice(i, j - i + 1, merged);
  }
}

/** "items 1, 2 and 3", "questions 1 to 3", "Q4 and Q5": numbers named in the reply's prose. */
// redos-ok: each repeat opens with a separator and a bounded number; nothing before the repeats can also match a digit
const NAMED_NUMBERS = /\b(?:items?|questions?|parts?|points?|requests?)\s(\d{1,2}(?:(?:,\s?|\s(?:and|&|to)\s|\s?[-–]\s?)\d{1,2})*)/gi;

/**
 * The leading questions with no answer of their own, answered by the reply's text before the first
 * answer that has a label, when that text names their numbers ("The answers to items 1, 2 and 3 are
 * in the attached spreadsheet." above "Item 4 - …"): that text is their answer, not the next one.
 */
function answeredByLeadParagraph(ctx: Context, questions: Question[]): void {
  if (ctx.responseStart < 0) return;
  const firstOwn = questions.findIndex((q) => q.answerSpan !== null);
  if (firstOwn <= 0) return;
  const next = questions[firstOwn]!.answerSpan!;
  const lastAsked = Math.max(...questions.map((q) => q.questionSpan?.end ?? 0));
  const from = Math.max(ctx.responseStart, lastAsked);
  if (next.start <= from) return;
  // From the response's first line after its header, to the line that opens the next answer.
  const start = ctx.lines.find((l) => l.start >= from && !l.blank && l.header !== "response" && l.header !== "both");
  const openLine = ctx.lines[lineAt(ctx.lines, next.start)]!;
  if (!start || start.start >= openLine.start) return;
  const lead = trimSpan(ctx.text, { start: start.start, end: openLine.start });
  const said = ctx.text.slice(lead.start, lead.end);
  if (!hasContent(said)) return;
  const named = new Set<string>();
  for (const m of said.matchAll(NAMED_NUMBERS)) {
    const nums = m[1]!.split(/[^0-9]+/).filter(Boolean).map(Number);
    if (/\bto\b|[-–]/.test(m[1]!) && nums.length === 2) for (let n = nums[0]!; n <= nums[1]! && n - nums[0]! < 20; n++) named.add(String(n));
    else for (const n of nums) named.add(String(n));
  }
  for (const q of questions.slice(0, firstOwn)) {
    if (named.has(q.label)) {
      q.answerSpan = lead;
      q.answerVia = "own";
    }
  }
}

export function finish(ctx: Context, questions: Question[], lastEnd: number, layout: string, messages: Message[]): Segmentation {
  const closingStart = closingAfter(ctx, lineAt(ctx.lines, Math.max(0, lastEnd - 1)));
  splitAnsweredParts(ctx, questions);
  splitInlineParts(ctx, questions);
  splitNamedParts(ctx, questions, closingStart);
  labelledAnswers(ctx, questions, closingStart);
  answerTheRest(ctx, questions, closingStart);
  answerAnnexedRequest(ctx, questions);
  answeredByLeadParagraph(ctx, questions);
  // Questions with no answer of their own take the next answer given (a blanket answer covers them).
  let pendingFrom = -1;
  for (let i = 0; i < questions.length; i++) {
    const qn = questions[i]!;
    if (qn.answerSpan) {
      for (let k = pendingFrom; k >= 0 && k < i; k++) {
        questions[k]!.answerSpan = qn.answerSpan;
        questions[k]!.answerVia = "pending";
      }
      pendingFrom = -1;
    } else if (pendingFrom < 0) pendingFrom = i;
  }
  // Trailing questions with no answer: the rest of the response answers them all.
  if (pendingFrom >= 0) {
    const afterQuestions = Math.max(lastEnd, ctx.responseStart);
    const rest = trimSpan(ctx.text, { start: afterQuestions, end: closingStart });
    for (let k = pendingFrom; k < questions.length; k++) {
      if (rest.end > rest.start && hasContent(ctx.text.slice(rest.start, rest.end))) {
        questions[k]!.answerSpan = rest;
        questions[k]!.answerVia = "blanket";
      } else {
        questions[k]!.answerVia = "none";
      }
    }
  }
  splitRemainder(ctx, questions, closingStart);
  splitByTopic(ctx, questions);
  const explanations: Span[] = [];
  for (let i = ctx.responseLine; i < ctx.lines.length; i++) {
    const l = ctx.lines[i]!;
    if (l.start >= closingStart) break;
    if (l.header !== "explanation") continue;
    let end = closingStart;
    for (let j = i + 1; j < ctx.lines.length && ctx.lines[j]!.start < closingStart; j++) {
      const m = ctx.lines[j]!;
      if (m.marker && NUMBERED.has(m.marker.kind) && m.index > i + 1 && questions.some((qq) => qq.questionSpan && qq.questionSpan.start >= m.start)) {
        end = m.start;
        break;
      }
    }
    explanations.push({ start: l.start, end });
  }
  return { questions, responseStart: Math.max(0, ctx.responseStart), explanations: mergeSpans(explanations), closingStart, layout, messages };
}

export function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}


export const OTHER_QUESTIONS = /\b(?:q|questions?|requests?|parts?|points?|items?)\s*(?:\.\s*)?(\d{1,2})[a-z]?\b(?:\s*(?:,|and|&|to|-|–)\s*(?:q\s*)?(\d{1,2}))*/gi;
export const LETTER_SUMMARY = /^(?:in summary|to summarise|to summarize|in conclusion|overall,|in accordance with section 17|this letter (?:acts|serves) as|this (?:response|letter) constitutes a refusal notice)/i;

/**
 * The last answer of a list runs on into letter-level text: a summary, a refusal
 * notice for other questions, or a paragraph about other questions. Those
 * paragraphs are not its answer.
 */
export function cutLetterLevelTail(ctx: Context, answer: Span, label: string, sharing: readonly string[] = []): Span {
  const { text } = ctx;
  const own = label.toLowerCase().replace(/[a-z]$/, "");
  // Questions with no answer of their own share this one: a paragraph naming them still answers them.
  const ours = new Set([own, ...sharing.map((l) => l.toLowerCase().replace(/[a-z]$/, ""))]);
  let first = true;
  for (let i = lineAt(ctx.lines, answer.start); i < ctx.lines.length && ctx.lines[i]!.start < answer.end; i++) {
    const l = ctx.lines[i]!;
    const startsParagraph = i > 0 && (ctx.lines[i - 1]!.blank || /[.!?:]\s*$/.test(ctx.lines[i - 1]!.trimmed));
    if (l.blank || (!startsParagraph && !first)) continue;
    if (first) {
      first = false;
      continue;
    }
    const other = [...l.trimmed.matchAll(OTHER_QUESTIONS)].some((m) => !ours.has(m[1]!) && (m[2] === undefined || !ours.has(m[2])));
    if (LETTER_SUMMARY.test(l.trimmed) || (other && !new RegExp(`\\b(?:q|questions?|requests?|parts?)\\s*\\.?\\s*${own}\\b`, "i").test(l.trimmed))) {
      return trimSpan(text, { start: answer.start, end: l.start });
    }
  }
  return answer;
}


/** A pointer to another answer ("refer to our reply to Q2", or a bare "See above"): inherit that question's answer (chains followed, cycles cut). */
export function resolveCrossReferences(text: string, questions: Question[]): void {
  const labels = new Set(questions.map((q) => q.label));
  for (const q of questions) {
    if (!q.answerSpan || q.answerVia !== "own") continue;
    const answer = text.slice(q.answerSpan.start, q.answerSpan.end);
    if (answer.length > 260) continue;
    const m = CROSS_REFERENCE.exec(answer);
    const target = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.toLowerCase();
    if (target && target !== q.label && labels.has(target)) {
      q.refersTo = target;
      q.answerVia = "cross_reference";
      continue;
    }
    // "Our answer under "Ransomware" applies here too": the question answered under that title.
    const titled = pointedByTitle(text, questions, q);
    if (titled) {
      q.refersTo = titled;
      q.answerVia = "cross_reference";
      continue;
    }
    // "See above" alone: the nearest question before this one that has an answer.
    const bare = squeezeSpaces(answer).trim();
    const index = questions.indexOf(q);
    const before = questions.slice(0, index).reverse().find((o) => o.answerSpan && (o.answerVia === "own" || o.answerVia === "cross_reference") && o.answerSpan.end <= q.answerSpan!.start);
    if (bare.length <= 80 && BACK_POINTER.test(bare) && before) {
      q.refersTo = before.label;
      q.answerVia = "cross_reference";
    }
  }
}

