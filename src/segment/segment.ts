import type { Message, Question, Span } from "../core/types.js";
import type { Segmentation } from "./types.js";
import { splitLines, type Line, type Marker } from "./lines.js";
import { overlap, share, words } from "../core/stems.js";
import { CROSS_REFERENCE, DEAR_AUTHORITY, DEAR_PERSON, QUESTION_LIKE, REQUESTER_LIKE, RESPONSE_OPENER } from "./cues.js";

/**
 * Text → questions, each with the span that asks it and the span that answers it.
 *
 * Layouts recognised (see docs/labels.md "Units"):
 * - paired: the questions listed, then a second list answering (or restating
 *   then answering) them by number;
 * - items: one list whose items carry their own answers ("You asked / Our
 *   response", questions restated before each answer), where an item with no
 *   answer of its own shares the next answer given (a blanket answer);
 * - single: an unnumbered request, or a list of fragments that the response
 *   answers as one.
 */

interface Item {
  line: Line;
  marker: Marker;
  label: string;
  /** The same label again later ("2. question" … "2. Yes."): that line starts the answer. */
  repeat?: Line;
}

interface Run {
  items: Item[];
  family: Family;
}

type Family = "numbered" | "asked" | "roman" | "letter" | "bullet";

const NUMBERED = new Set(["number", "question", "request"]);
/** "2" before "10", "3a" before "3b": one collator, made once (localeCompare with options builds one per call). */
const LABEL_ORDER = new Intl.Collator("en", { numeric: true });

function buildRuns(lines: Line[], family: Family): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  const byStyle = new Map<string, Run>();
  let bulletOrdinal = 0;
  let lastBulletLine = -10;
  for (const line of lines) {
    const m = line.marker;
    if (!m) {
      // A bullet run ends at prose: a heading, or a line that does not continue the item (capitalised).
      if (family === "bullet" && current && !line.blank && (line.header || !/^[a-z0-9(£'‘"“]/.test(line.trimmed))) current = null;
      continue;
    }
    if (family === "numbered" && NUMBERED.has(m.kind)) {
      // Lists run within one style of numbering, so "1: Charged" rows of a table between "1." and "2." do not break the list.
      const style = m.style ?? ".";
      const cur = byStyle.get(style) ?? null;
      const last = cur?.items[cur.items.length - 1];
      if (cur && last && m.value === last.marker.value + 1) cur.items.push({ line, marker: m, label: m.label });
      else if (cur && last && m.value === last.marker.value && /[a-z]$/.test(m.label) && m.label !== last.label) cur.items.push({ line, marker: m, label: m.label });
      else if (/[a-z]$/.test(m.label) && runs.length && runs[runs.length - 1]!.items.some((it) => it.marker.value === m.value) && !runs[runs.length - 1]!.items.some((it) => it.label === m.label)) {
        // "Question 1a." after "1." written another way: a part of the latest list's item.
        runs[runs.length - 1]!.items.push({ line, marker: m, label: m.label });
      }
      else if (cur && last && m.label === last.label && !last.repeat && m.value > 1) last.repeat = line;
      else if (m.value === 1 || (runs.length === 0 && m.value <= 20)) {
        // The first list may start anywhere: an excerpt ("7. … 8. …"), or a list whose first number was lost.
        const run: Run = { items: [{ line, marker: m, label: m.label }], family };
        byStyle.set(style, run);
        runs.push(run);
      }
    } else if (family === "asked" && m.kind === "asked") {
      if (!current) {
        current = { items: [], family };
        runs.push(current);
      }
      const n = current.items.length + 1;
      current.items.push({ line, marker: { ...m, value: n, label: String(n) }, label: String(n) });
    } else if ((family === "letter" && m.kind === "letter") || (family === "roman" && m.kind === "roman")) {
      const last = current?.items[current.items.length - 1];
      if (current && last && m.value === last.marker.value + 1) current.items.push({ line, marker: m, label: m.label });
      else if (m.value === 1) {
        current = { items: [{ line, marker: m, label: m.label }], family };
        runs.push(current);
      }
    } else if (family === "bullet" && m.kind === "bullet") {
      if (!current || line.index - lastBulletLine > 12) {
        current = { items: [], family };
        runs.push(current);
        bulletOrdinal = 0;
      }
      bulletOrdinal++;
      current.items.push({ line, marker: { ...m, value: bulletOrdinal, label: String(bulletOrdinal) }, label: String(bulletOrdinal) });
      lastBulletLine = line.index;
    } else if (family === "numbered" && current && (m.kind === "letter" || m.kind === "roman" || m.kind === "bullet")) {
      // sub-items stay inside the current item
    }
  }
  return runs;
}

/** Text that answers rather than asks: no requester's first person, no question, not a request sentence. */
function authorityVoice(s: string): boolean {
  const t = s.trim();
  if (!hasContent(t)) return false;
  if (/\?/.test(t) || /\b(?:I|my|me)\b/.test(t)) return false;
  return !t.split(/\n+/).some((line) => REQUESTER_LIKE.test(line.trim()));
}

/** An answer item that opens by repeating its question (not just sharing a few of its words). */
function isRestatement(line: string, question: string): boolean {
  const n = words(line).length;
  if (n >= 4) return overlap(line, question) >= 0.6 && overlap(question.split("\n")[0] ?? question, line) >= 0.4;
  // A short item ("Occupation / Vacancy status") restated word for word.
  return n >= 1 && overlap(line, question) === 1 && overlap(question, line) === 1;
}

function hasContent(text: string): boolean {
  return /[A-Za-z0-9£]/.test(text);
}

interface Context {
  text: string;
  lines: Line[];
  responseStart: number;
  responseLine: number;
}

/** Where the authority's response starts: a response header, or a response opening after the request. */
export function findResponseStart(lines: Line[]): number {
  let requesterSeen = false;
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.trimmed;
    if (line.header === "response" || line.header === "both") return line.index;
    if (DEAR_AUTHORITY.test(t) || REQUESTER_LIKE.test(t)) {
      requesterSeen = true;
      continue;
    }
    if (line.marker && NUMBERED.has(line.marker.kind)) continue;
    if (RESPONSE_OPENER.test(t)) return line.index;
    if (DEAR_PERSON.test(t) && (requesterSeen || line.index > 0)) return line.index;
  }
  return -1;
}

/** The end of an item's question text: its first paragraph, hard-wrapped continuations and sub-items. */
function questionEnd(ctx: Context, item: Item, bodyEndLine: number): number {
  const { lines } = ctx;
  let i = item.line.index;
  let endLine = i;
  let text = item.line.trimmed;
  let subKind: string | null = null;
  for (let j = i + 1; j < bodyEndLine; j++) {
    const l = lines[j]!;
    if (l.header) break;
    if (ctx.responseLine > i && j >= ctx.responseLine && ctx.responseStart >= 0) break;
    if (l.blank) {
      // A question cut by a blank line mid-sentence continues ("… to a\n\nnew operating system?").
      const next = lines.slice(j + 1, bodyEndLine).find((x) => !x.blank);
      if (next && !next.marker && !next.header && /^[a-z(]/.test(next.trimmed) && !/[?.:!"”)]$/.test(text)) continue;
      // Sub-items after a blank line still belong to the question when they ask something.
      if (next && next.marker && !NUMBERED.has(next.marker.kind) && (next.index < ctx.responseLine || QUESTION_LIKE.test(next.trimmed.slice(next.marker.contentStart - next.start - next.indent)))) continue;
      break;
    }
    if (l.marker && !NUMBERED.has(l.marker.kind)) {
      const content = l.trimmed.slice(l.marker.contentStart - l.start - l.indent);
      // In the reply, a bullet under a finished question that asks nothing itself answers it ("… in 2024?" / "• 121").
      if (ctx.responseStart >= 0 && j >= ctx.responseLine && /\?["”’)]?\s*$/.test(text) && subKind === null && !/\?/.test(content) && !QUESTION_LIKE.test(content)) break;
      if (l.index < ctx.responseLine || QUESTION_LIKE.test(content) || /[:?]$/.test(text) || subKind === l.marker.kind) {
        endLine = j;
        text = l.trimmed;
        subKind = l.marker.kind;
        continue;
      }
      break;
    }
    // Same paragraph: a hard-wrapped line continues the question unless the question already ended with "?" and this reads as an answer.
    if (/\?\s*$/.test(text) && !/^[a-z(]/.test(l.trimmed)) break;
    // Inside the response, a finished sentence followed by a capitalised line starts the answer.
    if (ctx.responseStart >= 0 && item.line.index > ctx.responseLine && /[.!]["”’)]?\s*$/.test(text) && /^[A-Z]/.test(l.trimmed)) break;
    endLine = j;
    text = l.trimmed;
  }
  return lines[endLine]!.end;
}

/** The answer part of an item body: after a response header, or after the question, skipping request text. */
function answerSpan(ctx: Context, from: number, to: number): Span | null {
  const { text, lines } = ctx;
  let start = from;
  // Before the response starts, text after a question is the requester's unless it speaks as the authority.
  if (ctx.responseStart >= 0 && from < ctx.responseStart && !authorityVoice(text.slice(from, Math.min(to, ctx.responseStart)))) {
    start = Math.min(ctx.responseStart, to);
  }
  // Skip request paragraphs and headers at the start.
  for (const l of lines) {
    if (l.end <= start) continue;
    if (l.start >= to) break;
    if (l.inlineStart !== null && l.inlineStart >= start) {
      start = l.inlineStart;
      break;
    }
    if (l.blank || l.header === "response" || l.header === "both" || l.header === "question" || REQUESTER_LIKE.test(l.trimmed) || DEAR_AUTHORITY.test(l.trimmed)) {
      start = Math.min(to, l.end + 1);
      continue;
    }
    break;
  }
  while (start < to && /\s/.test(text[start]!)) start++;
  if (start >= to || !hasContent(text.slice(start, to))) return null;
  let end = to;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First closing line (review rights, sign-off) at or after a line, once the response has started. */
function closingAfter(ctx: Context, fromLine: number): number {
  const start = Math.max(fromLine, ctx.responseLine);
  for (let i = Math.max(0, start); i < ctx.lines.length; i++) if (ctx.lines[i]!.header === "closing") return ctx.lines[i]!.start;
  return ctx.text.length;
}

/** First explanation heading (annex, "Section 31 – Law enforcement") in [fromLine, end). */
function explanationAfter(ctx: Context, fromLine: number, end: number): number {
  for (let i = fromLine; i < ctx.lines.length && ctx.lines[i]!.start < end; i++) if (ctx.lines[i]!.header === "explanation") return ctx.lines[i]!.start;
  return end;
}

const ANSWER_LIKE = /^(?:yes|no|none|nil|zero|n\/a|not (?:held|applicable|known|recorded)|\d|£|the (?:council|trust|force|department|university|authority|service|board|college|ministry)\b|we\b|our\b|this (?:information|is)|there (?:is|are|were|was|has|have)\b|all\b|please (?:see|refer|find)|see (?:the )?(?:answer|response|attached)|information (?:is|not)|it is\b|unfortunately\b)/i;

/** "1. How many laptops do you have? 340": in the response, an answer after the question mark on the same line. */
function sameLineAnswer(ctx: Context, it: Item): number | null {
  if (ctx.responseStart < 0 || it.line.start < ctx.responseStart) return null;
  const content = ctx.text.slice(it.marker.contentStart, it.line.end);
  const m = /\?\s+(?=\S)/.exec(content);
  if (!m) return null;
  const rest = content.slice(m.index + m[0].length);
  if (/\?/.test(rest) || !ANSWER_LIKE.test(rest)) return null;
  return it.marker.contentStart + m.index + 1;
}

/** A numbered list of answers with no questions in it ("Q1: 14 incidents. Q2: Not held."). */
function answersOnly(run: Run): boolean {
  return run.items.every((it) => ANSWER_LIKE.test(itemContent(it)) && !/\?/.test(itemContent(it)));
}

function answersOnlyLayout(ctx: Context, run: Run, messages: Message[]): Segmentation {
  const questions: Question[] = [];
  let lastEnd = 0;
  for (let k = 0; k < run.items.length; k++) {
    const it = run.items[k]!;
    const end = run.items[k + 1]?.line.start ?? closingAfter(ctx, it.line.index + 1);
    const answer = answerSpan(ctx, it.marker.contentStart, cutLetterLevelTailEnd(ctx, it, end));
    questions.push({ label: it.label.toLowerCase(), questionSpan: null, answerSpan: answer, answerVia: answer ? "own" : "none" });
    lastEnd = answer?.end ?? it.line.end;
  }
  return finish(ctx, questions, lastEnd, "answers-only", messages);
}

/** The end of the last item's body before an explanation heading. */
function cutLetterLevelTailEnd(ctx: Context, it: Item, end: number): number {
  return explanationAfter(ctx, it.line.index + 1, end);
}

function itemContent(it: Item): string {
  return it.line.trimmed.slice(it.marker.contentStart - it.line.start - it.line.indent);
}

function isQuestionRun(run: Run): boolean {
  // Parts answered separately ("1(a) …") are answers; the top-level items decide.
  const top = run.items.filter((it) => !/^\d+[a-z]$/.test(it.label) || !run.items.some((p) => p.label === it.label.replace(/[a-z]$/, "")));
  let n = 0;
  for (const it of top) if (QUESTION_LIKE.test(itemContent(it))) n++;
  return n * 2 >= top.length;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A second list answering the first: same labels, later in the letter. */
function findAnswerRun(runs: Run[], q: Run): Run | null {
  const labels = new Set(q.items.map((i) => i.label));
  for (const r of runs) {
    if (r === q || r.items[0]!.line.index <= q.items[q.items.length - 1]!.line.index) continue;
    const shared = r.items.filter((i) => labels.has(i.label)).length;
    if (shared < Math.min(2, q.items.length) || shared * 2 < q.items.length) continue;
    // Bullets have no numbers to pair by: only a restatement of the questions pairs them.
    if (r.family === "bullet" && overlap(r.items[0]!.line.trimmed, q.items[0]!.line.trimmed) < 0.6) continue;
    return r;
  }
  return null;
}

/** The authority restating the request as a list ("… asking for: 1. … 2. …"): each item is a question. */
function restatedInResponse(ctx: Context, run: Run): boolean {
  if (ctx.responseStart < 0 || run.items.length < 2) return false;
  const first = run.items[0]!.line;
  if (first.start <= ctx.responseStart) return false;
  let lead = -1;
  for (let i = first.index - 1; i >= Math.max(0, first.index - 3); i--) {
    if (!ctx.lines[i]!.blank) {
      lead = i;
      break;
    }
  }
  if (lead < 0 || !/:\s*$/.test(ctx.lines[lead]!.trimmed)) return false;
  // The lead sentence, hard-wrapped over up to three lines.
  let from = lead;
  while (from > 0 && from > lead - 3 && !ctx.lines[from - 1]!.blank && !/[.?!]\s*$/.test(ctx.lines[from - 1]!.trimmed)) from--;
  const sentence = ctx.lines.slice(from, lead + 1).map((l) => l.trimmed).join(" ");
  // The authority quoting the request: "you asked for:", "your request for the following:", "asking to be supplied with … for:".
  // Not the lead of its answers: "please find our response to your request set out below:".
  if (/\b(?:response|responses|answers?|reply|replies)\b/i.test(sentence)) return false;
  return /\b(?:you (?:asked|requested|wanted|sought)|your (?:request|questions?|enquiry|e-?mail)|asking|asked (?:for|us)|requested|request(?:ing)? (?:for|the following)|sought|seeking)\b/i.test(sentence);
}

/**
 * A numbered list of noun phrases is a list of questions ("(1) Age of pupil (2) Reason for exclusion")
 * unless it hangs off one request sentence ending in a colon ("the following types of attacks: 1. DDoS …"),
 * which makes its items parts of one question, or it clarifies an earlier request.
 */
function standaloneFragments(ctx: Context, run: Run): boolean {
  if (run.family !== "numbered" || run.items.length < 2) return false;
  const first = run.items[0]!.line;
  // A list inside the response that does not restate the request is part of an answer.
  if (ctx.responseStart >= 0 && first.start > ctx.responseStart) return false;
  if (run.items.some((it) => !/[A-Za-z]{3}/.test(itemContent(it)) || /^(?:https?:|mailto:|www\.)/i.test(itemContent(it)))) return false;
  for (let i = first.index - 1; i >= 0; i--) {
    const l = ctx.lines[i]!;
    if (l.blank) continue;
    if (/:\s*$/.test(l.trimmed) || /\bclarif/i.test(l.trimmed)) return false;
    return true;
  }
  return true;
}

/** "The sex of the child?" then "2. …": the unnumbered question before a list starting at 2 is question 1. */
function recoverFirstItem(ctx: Context, run: Run): void {
  if (run.items[0]!.marker.value !== 2) return;
  for (let i = run.items[0]!.line.index - 1; i >= 0; i--) {
    const l = ctx.lines[i]!;
    if (l.blank) continue;
    if (l.header || l.marker) return;
    if (/\?\s*$/.test(l.trimmed)) {
      let start = i;
      while (start > 0 && !ctx.lines[start - 1]!.blank && !ctx.lines[start - 1]!.header && !/[.?:]\s*$/.test(ctx.lines[start - 1]!.trimmed)) start--;
      const line = ctx.lines[start]!;
      run.items.unshift({ line, marker: { kind: "number", value: 1, label: "1", contentStart: line.start + line.indent }, label: "1" });
      return;
    }
  }
}

export function segment(text: string): Segmentation {
  const lines = splitLines(text);
  const messages: Message[] = [];
  const responseLine = findResponseStart(lines);
  const ctx: Context = { text, lines, responseStart: responseLine >= 0 ? lines[responseLine]!.start : -1, responseLine: responseLine >= 0 ? responseLine : 0 };

  const numbered = buildRuns(lines, "numbered");
  let runs = numbered;
  let q = numbered[0] ?? null;
  // "1. The number of crimes … broken down: 1. By nature 2. By outcome 3. By hospital": a lone
  // lead item followed closely by a list in the request; the list is what gets answered.
  const next = numbered[1];
  if (
    q && q.items.length === 1 && next && next.items.length >= 2 &&
    next.items[0]!.line.index - q.items[0]!.line.index <= 6 &&
    !lines.slice(q.items[0]!.line.index, next.items[0]!.line.index).some((l) => l.header === "response" || l.header === "both")
  ) {
    q = next;
  }
  if (q && !isQuestionRun(q) && !findAnswerRun(numbered, q)) {
    // A numbered list of fragments: the questions may be bullets elsewhere, or the request is one question.
    const better = numbered.find((r) => isQuestionRun(r));
    q = better ?? q;
  }
  if (!q || (!isQuestionRun(q) && !findAnswerRun(numbered, q) && !standaloneFragments(ctx, q) && !restatedInResponse(ctx, q))) {
    for (const family of ["asked", "roman", "letter", "bullet"] as const) {
      const candidate = buildRuns(lines, family);
      const first = candidate.find(
        (r) =>
          (r.items.length >= 2 || (family === "asked" && r.items.length >= 1)) &&
          (isQuestionRun(r) || findAnswerRun(candidate, r) || restatedInResponse(ctx, r) || family === "asked") &&
          (ctx.responseStart < 0 || r.items[0]!.line.start < ctx.responseStart || isQuestionRun(r) || restatedInResponse(ctx, r) || family === "asked"),
      );
      if (first) {
        runs = candidate;
        q = first;
        break;
      }
    }
  }

  let result: Segmentation | null = null;
  if (q) {
    let answers = findAnswerRun(runs, q);
    if (!answers && q.family === "bullet") {
      // Bulleted questions answered by a numbered list in the response, one number per bullet, in order.
      answers =
        numbered.find(
          (r) => r.items.length === q!.items.length && r.items[0]!.line.index > q!.items[q!.items.length - 1]!.line.index &&
            (ctx.responseStart < 0 || r.items[0]!.line.start >= ctx.responseStart) && !isQuestionRun(r) && r.items.every((it, i) => it.label === String(i + 1)),
        ) ?? null;
      // …or by a second bulleted list in the reply, one bullet per question, in order ("You asked: - … - …" / "Our response: - Yes. - 23 …").
      answers ??=
        runs.find(
          (r) => r !== q && r.family === "bullet" && q!.items.length >= 2 && r.items.length === q!.items.length &&
            r.items[0]!.line.index > q!.items[q!.items.length - 1]!.line.index && ctx.responseStart >= 0 && r.items[0]!.line.start >= ctx.responseStart && !isQuestionRun(r),
        ) ?? null;
    }
    recoverFirstItem(ctx, q);
    // A later numbered list pairs with the questions unless the questions already carry their
    // answers (then it is an annex or summary by question, read as labelled answers).
    if (answers && !itemsAnswerThemselves(ctx, q, answers)) result = paired(ctx, q, answers, messages);
    else if (answersOnly(q) && q.items[0]!.line.start >= ctx.responseStart) result = answersOnlyLayout(ctx, q, messages);
    else if (isQuestionRun(q) || itemsAnswerThemselves(ctx, q) || restatedInResponse(ctx, q) || standaloneFragments(ctx, q)) result = itemsLayout(ctx, q, messages);
  }
  if (!result) result = unnumberedAsks(ctx, messages);
  if (!result || result.layout === "single") result = requestParts(ctx, messages) ?? result;
  if (!result) result = single(ctx, messages);
  splitSharedByRestatement(ctx, result.questions);
  resolveCrossReferences(text, result.questions);
  return result;
}

/**
 * Questions asked in the request, then one reply that restates each before answering it, with no
 * numbers or bullets to pair by ("How many staff …?" / "There are 5." / "Are they members …?"):
 * the list was found in the request, so every question shared the whole reply. Where the reply
 * restates most of the questions in order, each answer runs from its restatement to the next.
 * A question restated with nothing under it takes the next answer given (a joint answer).
 */
function splitSharedByRestatement(ctx: Context, questions: Question[]): void {
  const shared = questions.filter((q) => q.answerSpan && q.questionSpan && questions[0]!.answerSpan && q.answerSpan.start === questions[0]!.answerSpan.start && q.answerSpan.end === questions[0]!.answerSpan.end);
  if (shared.length < 2 || shared.length !== questions.length) return;
  const span = shared[0]!.answerSpan!;
  if (shared.some((q) => q.questionSpan!.end > span.start)) return;
  // From the reply's start: a restated question reads as a question heading, so the shared answer starts after the first.
  const asksEnd = Math.max(...shared.map((q) => q.questionSpan!.end));
  const first = lineAt(ctx.lines, Math.min(span.start, Math.max(asksEnd, ctx.responseStart))) + (ctx.responseStart > asksEnd ? 0 : 1);
  const last = lineAt(ctx.lines, Math.max(span.start, span.end - 1));
  // The search is lines × questions: bounded so a crafted or runaway letter cannot make it quadratic.
  if (shared.length > MAX_RESTATED || last - first > MAX_REPLY_LINES) return;
  const found: { q: Question; start: number; end: number }[] = [];
  let line = first;
  const asked = shared.map((q) => askedOf(ctx.text.slice(q.questionSpan!.start, q.questionSpan!.end)));
  shared.forEach((q, k) => {
    for (let i = line; i <= last; i++) {
      const r = restatementAt(ctx, i, last, asked[k]!);
      if (r === null) continue;
      // Alike questions ("How many staff are members …?" twice over): the line restates the next question, not this one.
      const next = asked[k + 1] !== undefined ? restatementAt(ctx, i, last, asked[k + 1]!) : null;
      if (next && next.score > r.score) break;
      found.push({ q, start: ctx.lines[i]!.start, end: r.end });
      line = lineAt(ctx.lines, r.end) + 1;
      break;
    }
  });
  if (found.length * 2 < shared.length + 1 || found.length < 2) return;
  const ends = [...found.map((f) => f.start).slice(1), span.end];
  found.forEach((f, k) => {
    const answer = answerSpan(ctx, f.end, ends[k]!);
    f.q.answerSpan = answer;
    f.q.answerVia = answer ? "own" : "none";
  });
  // Unrestated questions and restated ones with nothing under them take the next answer given.
  let pendingFrom = 0;
  for (let k = 0; k < questions.length; k++) {
    const q = questions[k]!;
    const restated = found.some((f) => f.q === q);
    if (!restated) q.answerVia = "none";
    if (q.answerVia === "own") {
      for (let j = pendingFrom; j < k; j++) {
        questions[j]!.answerSpan = q.answerSpan;
        questions[j]!.answerVia = "pending";
      }
      pendingFrom = k + 1;
    }
  }
  for (let j = pendingFrom; j < questions.length; j++) questions[j]!.answerSpan = questions[j]!.answerVia === "none" ? null : questions[j]!.answerSpan;
}

/** Bounds on the restatement search: far above any real letter (the longest dev reply is ~300 lines). */
const MAX_RESTATED = 200;
const MAX_REPLY_LINES = 5000;

/** A question's words, counted once: restatements are looked for on every line of a reply. */
interface Asked {
  all: Set<string>;
  first: Set<string>;
  wanted: number;
}

function askedOf(question: string): Asked {
  // A request line can run on into the requester's closing: its first line is the question.
  const first = words(question.split("\n")[0]!);
  return { all: new Set(words(question)), first: new Set(first), wanted: first.length };
}

/** The end of a question restated from line i (its words, over one to six wrapped lines) and how closely, or null. */
function restatementAt(ctx: Context, i: number, last: number, q: Asked): { end: number; score: number } | null {
  const head = ctx.lines[i]!;
  if (head.blank) return null;
  const firstText = head.marker ? ctx.text.slice(head.marker.contentStart, head.end) : head.trimmed;
  const firstWords = words(firstText);
  if (firstWords.length < 3 || share(firstWords, q.all) < 0.7) return null;
  const covered = (said: string[]): number => share([...q.first], new Set(said));
  const covers = (said: string[]): boolean => share(said, q.all) >= 0.7 && covered(said) >= 0.6;
  const score = (said: string[]): number => Math.min(share(said, q.all), covered(said));
  let acc: string[] = [];
  let best: { end: number; score: number } | null = null;
  for (let j = i; j <= Math.min(last, i + 5); j++) {
    const l = ctx.lines[j]!;
    if (l.blank) break;
    const lineText = j === i ? firstText : l.trimmed;
    const lineStart = j === i && head.marker ? head.marker.contentStart : l.end - l.trimmed.length;
    // "… since 1st March 2020? 0", "… street trees = 677": the answer on the restatement's line.
    for (const m of lineText.matchAll(/[?.;:=](?=\s+\S)|\s[=–-](?=\s+\S)/g)) {
      if (m[0] !== "?" && lineText.indexOf("?", m.index + 1) >= 0) continue;
      const said = [...acc, ...words(lineText.slice(0, m.index + m[0].length))];
      if (said.length >= q.wanted * 0.8 && covers(said)) return { end: lineStart + m.index + m[0].length, score: score(said) };
    }
    acc = [...acc, ...(j === i ? firstWords : words(lineText))];
    if (acc.length > q.wanted * 1.3 + 2) break;
    const asks = /\?["”’)]?\s*$/.test(l.trimmed);
    // The restatement runs on while its lines keep the question's words, and ends at its question mark.
    if ((acc.length >= q.wanted * 0.8 || asks) && covers(acc)) {
      const s = score(acc);
      if (!best || s >= best.score) best = { end: l.end, score: s };
    }
    // A finished sentence ("There are 5 members of staff in the team.") is an answer echoing the words, not more of the question.
    if (asks || /[.!]["”’)]?\s*$/.test(l.trimmed)) break;
  }
  return best;
}

/** True when most items carry an answer of their own (an interleaved list of fragments). */
function itemsAnswerThemselves(ctx: Context, run: Run, answers: Run | null = null): boolean {
  if (run.items.length < 2) return false;
  let own = 0;
  // With a second list after them, the last item's "own answer" runs into that list: only the others tell.
  const counted = answers ? run.items.length - 1 : run.items.length;
  for (let k = 0; k < counted; k++) {
    const it = run.items[k]!;
    const nextStart = run.items[k + 1]?.line.start ?? closingAfter(ctx, it.line.index + 1);
    const qEnd = questionEnd(ctx, it, lineAt(ctx.lines, Math.max(it.line.start, nextStart - 1)) + 1);
    if (qEnd < nextStart && it.line.start >= ctx.responseStart && ctx.responseStart >= 0 && answerSpan(ctx, qEnd, nextStart)) own++;
  }
  return own * 2 >= counted;
}

function questionText(text: string, item: Item, end: number): Span {
  return trimSpan(text, { start: item.marker.contentStart, end: Math.max(item.marker.contentStart, end) });
}

/**
 * "Response 2", "Answers 1 & 2", "Answer to question 3": a heading that names the
 * questions it answers. Its text, up to the next such heading, answers them.
 */
function labelledAnswers(ctx: Context, questions: Question[], closingStart: number): void {
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
      }
    }
  }
}

function finish(ctx: Context, questions: Question[], lastEnd: number, layout: string, messages: Message[]): Segmentation {
  const closingStart = closingAfter(ctx, lineAt(ctx.lines, Math.max(0, lastEnd - 1)));
  labelledAnswers(ctx, questions, closingStart);
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

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function paired(ctx: Context, q: Run, a: Run, messages: Message[]): Segmentation {
  const { text } = ctx;
  const questions: Question[] = [];
  const aEndLimit = closingAfter(ctx, a.items[a.items.length - 1]!.line.index + 1);
  const byLabel = new Map<string, { body: Span; item: Item }>();
  for (let k = 0; k < a.items.length; k++) {
    const it = a.items[k]!;
    const next = a.items[k + 1];
    const end = next ? next.line.start : explanationAfter(ctx, it.line.index + 1, aEndLimit);
    byLabel.set(it.label, { body: { start: it.marker.contentStart, end }, item: it });
  }
  let restated = 0;
  for (let k = 0; k < q.items.length; k++) {
    const it = q.items[k]!;
    const nextLine = q.items[k + 1]?.line.start ?? a.items[0]!.line.start;
    const qEnd = Math.min(questionEnd(ctx, it, lineAt(ctx.lines, Math.max(it.line.start, nextLine - 1)) + 1), nextLine);
    const qSpan = questionText(text, it, qEnd);
    const ans = byLabel.get(it.label);
    let answer: Span | null = null;
    if (ans) {
      const first = text.slice(ans.body.start, Math.min(ans.body.end, ans.body.start + 400));
      if (isRestatement(first.split("\n")[0] ?? "", text.slice(qSpan.start, qSpan.end))) {
        // Restated before the answer: the answer follows the restated question.
        restated++;
        answer = answerSpan(ctx, restatedEnd(ctx, ans.item, ans.body, text.slice(qSpan.start, qSpan.end)), ans.body.end);
      } else {
        answer = trimSpan(text, ans.body);
        if (!hasContent(text.slice(answer.start, answer.end))) answer = null;
      }
    }
    questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
  }
  const last = a.items[a.items.length - 1]!;
  const lastQuestion = questions.find((qq) => qq.label === last.label.toLowerCase());
  if (lastQuestion?.answerSpan) lastQuestion.answerSpan = cutLetterLevelTail(ctx, lastQuestion.answerSpan, last.label);
  const lastEnd = byLabel.get(last.label)!.body.end;
  return finish(ctx, questions, lastEnd, restated * 2 > q.items.length ? "restated" : "list-then-answers", messages);
}

const OTHER_QUESTIONS = /\b(?:q|questions?|requests?|parts?|points?|items?)\s*(?:\.\s*)?(\d{1,2})[a-z]?\b(?:\s*(?:,|and|&|to|-|–)\s*(?:q\s*)?(\d{1,2}))*/gi;
const LETTER_SUMMARY = /^(?:in summary|to summarise|to summarize|in conclusion|overall,|in accordance with section 17|this letter (?:acts|serves) as|this (?:response|letter) constitutes a refusal notice)/i;

/**
 * The last answer of a list runs on into letter-level text: a summary, a refusal
 * notice for other questions, or a paragraph about other questions. Those
 * paragraphs are not its answer.
 */
function cutLetterLevelTail(ctx: Context, answer: Span, label: string, sharing: readonly string[] = []): Span {
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

/** End of a restated question inside an answer item: a response header, or the lines whose words the question has. */
function restatedEnd(ctx: Context, item: Item, body: Span, question: string): number {
  let end = item.marker.contentStart;
  let restated = 0;
  const questionLength = words(question).length;
  for (let i = item.line.index; i < ctx.lines.length && ctx.lines[i]!.start < body.end; i++) {
    const l = ctx.lines[i]!;
    if (l.header === "response" || l.header === "both") return l.inlineStart ?? l.end;
    if (l.blank) {
      if (i > item.line.index) return end;
      continue;
    }
    const content = i === item.line.index ? ctx.text.slice(item.marker.contentStart, l.end) : l.trimmed;
    // Answers echo their question's words: the restatement ends at its question mark, or once
    // as many words as the question has were read, whatever the overlap of the next line.
    if (i > item.line.index && (/\?["”’)]?\s*$/.test(ctx.text.slice(item.marker.contentStart, end)) || restated >= questionLength)) return end;
    // "8. Current number of licences? 8,500": the answer follows the question mark on the same line.
    const asked = content.search(/\?["”’)]?\s+\S/);
    if (asked >= 0 && overlap(content.slice(0, asked + 1), question) >= 0.75) {
      const contentStart = i === item.line.index ? item.marker.contentStart : l.start + Math.max(0, l.text.search(/\S/));
      return contentStart + asked + 1;
    }
    if (overlap(content, question) < 0.75) return end;
    restated += words(content).length;
    end = l.end;
  }
  return end;
}

function itemsLayout(ctx: Context, q: Run, messages: Message[]): Segmentation {
  const { text } = ctx;
  const questions: Question[] = [];
  let lastEnd = 0;
  const parents = new Map<string, { index: number; item: Item }>();
  for (let k = 0; k < q.items.length; k++) {
    const it = q.items[k]!;
    const next = q.items[k + 1];
    const parentLabel = /^(\d+)[a-z]$/.exec(it.label)?.[1];
    const parent = parentLabel ? parents.get(parentLabel) : undefined;
    if (parent) {
      // "1(a) …" after "1. … (a) … (b) …": a part answered separately; its whole body is the answer.
      const end = next ? next.line.start : closingAfter(ctx, it.line.index + 1);
      const letter = it.label.slice(-1);
      const partLine = ctx.lines.slice(parent.item.line.index + 1, it.line.index).find((l) => l.marker?.kind === "letter" && l.marker.label === letter);
      const qSpan = partLine ? trimSpan(text, { start: partLine.marker!.contentStart, end: partLine.end }) : questions[parent.index]!.questionSpan;
      const answer = answerSpan(ctx, it.marker.contentStart, end);
      questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
      questions[parent.index]!.refersTo = "__split__";
      questions[parent.index]!.answerSpan = null;
      lastEnd = answer ? answer.end : it.line.end;
      continue;
    }
    parents.set(it.label, { index: questions.length, item: it });
    if (it.repeat) {
      // "2. question" … "2. answer": the repeated number starts the answer.
      const end = next ? next.line.start : closingAfter(ctx, it.repeat.index + 1);
      const qSpan = questionText(text, it, Math.min(questionEnd(ctx, it, it.repeat.index), it.repeat.start));
      const answer = answerSpan(ctx, it.repeat.marker?.contentStart ?? it.repeat.start, end);
      questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
      lastEnd = answer ? answer.end : qSpan.end;
      continue;
    }
    let end: number;
    if (next) end = next.line.start;
    else {
      const closing = closingAfter(ctx, it.line.index + 1);
      end = closing;
    }
    const bodyEndLine = lineAt(ctx.lines, Math.max(it.line.start, end - 1)) + 1;
    const qEnd = sameLineAnswer(ctx, it) ?? Math.min(questionEnd(ctx, it, bodyEndLine), end);
    const qSpan = questionText(text, it, qEnd);
    let answer: Span | null = null;
    if (qEnd < end) {
      // An explanation heading after the last item's own answer starts the letter's explanation.
      const own = answerSpan(ctx, qEnd, end);
      if (own && !next) {
        const expl = explanationAfter(ctx, lineAt(ctx.lines, own.start) + 1, own.end);
        const sharing = questions.filter((x) => !x.answerSpan).map((x) => x.label);
        answer = cutLetterLevelTail(ctx, expl > own.start ? trimSpan(text, { start: own.start, end: expl }) : own, it.label, sharing);
      } else answer = own;
    }
    questions.push({ label: it.label.toLowerCase(), questionSpan: qSpan, answerSpan: answer, answerVia: answer ? "own" : "none" });
    lastEnd = answer ? answer.end : qSpan.end;
  }
  // A parent whose parts were answered separately is not itself a question: its lettered parts are,
  // including parts answered only under a joint heading ("Questions 1c and 1d").
  const kept: Question[] = [];
  for (const qq of questions) {
    if (qq.refersTo !== "__split__") {
      if (!kept.some((k) => k.label === qq.label)) kept.push(qq);
      continue;
    }
    const parent = parents.get(qq.label)!;
    // Its lettered lines up to the next numbered item.
    const partLines: Line[] = [];
    for (const l of ctx.lines.slice(parent.item.line.index + 1)) {
      if (l.marker && NUMBERED.has(l.marker.kind)) break;
      if (l.marker?.kind === "letter") partLines.push(l);
    }
    for (const l of partLines) {
      const label = qq.label + l.marker!.label;
      if (questions.some((x) => x.label === label)) continue;
      kept.push({ label, questionSpan: trimSpan(text, { start: l.marker!.contentStart, end: l.end }), answerSpan: null, answerVia: "none" });
    }
  }
  kept.sort((a, b) => LABEL_ORDER.compare(a.label, b.label));
  return finish(ctx, kept, lastEnd, "items", messages);
}

/**
 * Separate unnumbered asks: each request line ends in a question mark ("Could you tell me …?",
 * "And how many …?"). When the response gives one paragraph per ask, they pair in order;
 * otherwise the response answers them all.
 */
function unnumberedAsks(ctx: Context, messages: Message[]): Segmentation | null {
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
    if (/\?\s*$/.test(l.trimmed) || (QUESTION_LIKE.test(l.trimmed) && /^(?:could|can|would|will|please|and|also|how|what|when|which|who|do|does|did|is|are|has|have)\b/i.test(l.trimmed))) {
      current = { start: l.start + l.indent, end: l.end };
      asks.push(current);
    } else current = null;
  }
  // Separate asks are questions in form: every one ends with a question mark.
  if (asks.length < 2 || asks.length > 12 || !asks.every((s) => /\?\s*$/.test(text.slice(s.start, s.end)))) return null;
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

const PART_REFERENCE = /\b(?:request|question)\s+parts?\s+(\d)\b|\bparts?\s+(\d)\s+of\s+(?:your|the)\s+request\b/gi;

/**
 * An unnumbered request that the response answers in parts ("our response for request part 1",
 * "relevant to request part 2"): the request's paragraph groups, split at its widest gaps, are the
 * parts, and each response paragraph naming a part answers it.
 */
function requestParts(ctx: Context, messages: Message[]): Segmentation | null {
  const { text, lines } = ctx;
  if (ctx.responseStart <= 0) return null;
  const response = text.slice(ctx.responseStart);
  const named = new Set<number>();
  for (const m of response.matchAll(PART_REFERENCE)) named.add(Number(m[1] ?? m[2]));
  const parts = Math.max(0, ...named);
  if (parts < 2 || parts > 6 || named.size !== parts) return null;
  // Request groups: non-blank runs before the response, split where two or more blank lines fall.
  const groups: Span[] = [];
  let blanks = 2;
  for (const l of lines) {
    if (l.start >= ctx.responseStart) break;
    if (l.blank) {
      blanks++;
      continue;
    }
    if (blanks >= 2 || groups.length === 0) groups.push({ start: l.start, end: l.end });
    else groups[groups.length - 1]!.end = l.end;
    blanks = 0;
  }
  const asking = groups.filter((g) => QUESTION_LIKE.test(text.slice(g.start, g.end)) && /\?/.test(text.slice(g.start, g.end)));
  if (asking.length !== parts) return null;
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const questions: Question[] = asking.map((g, i) => ({ label: String(i + 1), questionSpan: trimSpan(text, g), answerSpan: null, answerVia: "none" as const }));
  // Each response paragraph that names a part answers it, up to the next paragraph naming another part.
  const paragraphs = lines.filter((l) => l.start >= ctx.responseStart && l.start < closing && !l.blank && (l.index === 0 || lines[l.index - 1]!.blank));
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const next = paragraphs.slice(k + 1).find((x) => new RegExp(PART_REFERENCE.source, "i").test(text.slice(x.start, x.end)));
    const end = next ? next.start : closing;
    const mentioned = [...text.slice(p.start, p.end).matchAll(PART_REFERENCE)].map((m) => Number(m[1] ?? m[2]));
    for (const n of new Set(mentioned)) {
      const q = questions[n - 1];
      if (q && !q.answerSpan) {
        q.answerSpan = trimSpan(text, { start: p.start, end: mentioned.length === 1 && !next ? end : next ? end : end });
        q.answerVia = "own";
      }
    }
  }
  // A paragraph answers only its own part: cut each answer at the next part's paragraph.
  const starts = questions.map((q) => q.answerSpan?.start ?? Infinity).sort((a, b) => a - b);
  for (const q of questions) {
    if (!q.answerSpan) continue;
    const after = starts.find((s) => s > q.answerSpan!.start);
    if (after !== undefined && after < q.answerSpan.end) q.answerSpan = trimSpan(text, { start: q.answerSpan.start, end: after });
  }
  return finish(ctx, questions, questions[questions.length - 1]!.questionSpan!.end, "request-parts", messages);
}

function single(ctx: Context, messages: Message[]): Segmentation {
  const { text, lines } = ctx;
  const rs = ctx.responseStart;
  // The request: the paragraphs before the response that ask something.
  let qSpan: Span | null = null;
  const before = rs > 0 ? rs : 0;
  if (before > 0) {
    const asking = lines.filter((l) => l.end <= before && !l.blank && !l.header && QUESTION_LIKE.test(l.trimmed));
    if (asking.length) qSpan = trimSpan(text, { start: asking[0]!.start, end: asking[asking.length - 1]!.end });
  }
  // Without a known response start, a sign-off may be the requester's: read to the end.
  const closing = rs >= 0 ? closingAfter(ctx, Math.max(0, ctx.responseLine) + 1) : text.length;
  const start = rs >= 0 ? rs : 0;
  const answer = trimSpan(text, { start, end: closing > start ? closing : text.length });
  const q: Question = {
    label: "1",
    questionSpan: qSpan,
    answerSpan: hasContent(text.slice(answer.start, answer.end)) ? answer : null,
    answerVia: rs >= 0 ? "own" : "whole_letter",
  };
  if (rs < 0) messages.push({ severity: "info", code: "FOISCOPE_NO_RESPONSE_START", source: "segment", text: "Could not tell where the response begins; the whole letter is read as the answer" });
  return finish(ctx, [q], answer.end, "single", messages);
}

/** "Please see the answer to question 2": inherit that question's answer (chains followed, cycles cut). */
function resolveCrossReferences(text: string, questions: Question[]): void {
  const labels = new Set(questions.map((q) => q.label));
  for (const q of questions) {
    if (!q.answerSpan || q.answerVia !== "own") continue;
    const answer = text.slice(q.answerSpan.start, q.answerSpan.end);
    if (answer.length > 260) continue;
    const m = CROSS_REFERENCE.exec(answer);
    const target = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (target && target !== q.label && labels.has(target)) {
      q.refersTo = target;
      q.answerVia = "cross_reference";
    }
  }
}
