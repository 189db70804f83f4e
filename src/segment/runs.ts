import type { Line, Marker } from "./lines.js";
import { overlap } from "../core/stems.js";
import { QUESTION_LIKE } from "./cues.js";
import { EMBEDDED_CLAUSE, readsAsAsk } from "./asks-read.js";
import { ANSWER_LIKE, NUMBERED, answerSpan, authorityVoice, closingAfter, lineAt, type Context } from "./context.js";
import { itemContent, questionEnd } from "./item-span.js";

/** Lists in a letter: runs of numbered, lettered, roman, bulleted or "You asked" items, and what they read as. */
export interface Item {
  line: Line;
  marker: Marker;
  label: string;
  /** The same label again later ("2. question" … "2. Yes."): that line starts the answer. */
  repeat?: Line;
  /** Labels skipped before this item because the reply answers them together under a heading ("Questions 2 to 4:"). */
  covers?: string[];
}

export interface Run {
  items: Item[];
  family: Family;
}

export type Family = "numbered" | "asked" | "roman" | "letter" | "bullet";


/** The line before is a long line (near a wrap width) that stops mid-sentence: this line carries its sentence on. */
function wrappedOn(lines: readonly Line[], line: Line): boolean {
  const prev = lines[line.index - 1];
  return prev !== undefined && !prev.blank && !prev.header && prev.trimmed.length >= 60 && !/[.?!:;)]["”’]?$/.test(prev.trimmed);
}

export function buildRuns(lines: Line[], family: Family): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  const byStyle = new Map<string, Run>();
  let bulletOrdinal = 0;
  let lastBulletLine = -10;
  const holes = family === "numbered" ? numberingHoles(lines) : new Set<string>();
  for (const line of lines) {
    const m = line.marker;
    if (!m) {
      // A bullet run ends at prose: a heading, or a line that does not continue the item (capitalised),
      // except a short topic heading between bullets ("Seizures:" then "- The number of …").
      // A capitalised line hard-wrapped from a long line that stopped mid-sentence ("… at re-tender and the" /
      // "Council's own …") goes on with the item.
      if (family === "bullet" && current && !line.blank && (line.header || (!/^[a-z0-9(£'‘"“]/.test(line.trimmed) && !wrappedOn(lines, line))) && !topicHeading(lines, line)) current = null;
      continue;
    }
    if (family === "numbered" && NUMBERED.has(m.kind)) {
      // Lists run within one style of numbering, so "1: Charged" rows of a table between "1." and "2." do not break the list.
      const style = m.style ?? ".";
      const cur = byStyle.get(style) ?? null;
      const last = cur?.items[cur.items.length - 1];
      // A label that names its question ("Question 5", "Request 3") may skip numbers the reply leaves
      // out (an internal review of some questions only, an item dropped): it continues its list.
      const named = style === "Q" && last !== undefined && m.value > last.marker.value + 1 && m.value <= last.marker.value + 3;
      // Numbers the reply answers together under a heading of their own ("Questions 2 to 4:") are no
      // gap: the list goes on past them, or starts after them ("Questions 1 and 2" then "Question 3").
      const coveredFrom = (from: number, first: number): boolean => {
        const shared = new Set<string>();
        for (let i = from; i < line.index; i++) if (lines[i]!.header === "response") for (const x of lines[i]!.headerLabels) shared.add(x);
        for (let n = first; n < m.value; n++) if (!shared.has(String(n))) return false;
        return first < m.value;
      };
      const startsAfterShared = (): boolean => !/[a-z]$/.test(m.label) && coveredFrom(Math.max(0, (runs.at(-1)?.items.at(-1)?.line.index ?? -1) + 1), 1);
      const skipsShared = last !== undefined && m.value > last.marker.value + 1 && coveredFrom(last.line.index + 1, last.marker.value + 1);
      const skipped = (first: number): string[] => Array.from({ length: Math.max(0, m.value - first) }, (_, k) => String(first + k));
      // The requester's numbering kept with a hole in it ("1, 2, 3, 5, 6": no question 4), in the request and again in the reply.
      const hole = last !== undefined && holes.has(`${style}:${last.marker.value}>${m.value}`);
      if (cur && last && (m.value === last.marker.value + 1 || named || skipsShared || hole)) cur.items.push({ line, marker: m, label: m.label, ...(skipsShared ? { covers: skipped(last.marker.value + 1) } : {}) });
      // "1b" after "1a" goes on; "1a" after "1b" starts again (the reply restating the parts).
      else if (cur && last && m.value === last.marker.value && /[a-z]$/.test(m.label) && m.label > last.label) cur.items.push({ line, marker: m, label: m.label });
      else if (/[a-z]$/.test(m.label) && runs.length && runs[runs.length - 1]!.items.at(-1)!.marker.value === m.value && !runs[runs.length - 1]!.items.some((it) => it.label === m.label)) {
        // "Question 1a." after "1." written another way: a part of the latest list's last item
        // (a "1a" after a list that has gone on to 2 starts a list of its own).
        runs[runs.length - 1]!.items.push({ line, marker: m, label: m.label });
      }
      else if (continuesLatest(runs, cur, m)) {
        // The style changes inside one list ("1: …" then "2. …", "3. …"): the number goes on the
        // latest list, when that list is the one being written (its last item is the latest number).
        runs[runs.length - 1]!.items.push({ line, marker: m, label: m.label });
      }
      else if (cur && last && m.label === last.label && !last.repeat && m.value > 1) last.repeat = line;
      else if (m.value === 1 || (runs.length === 0 && m.value <= 20) || startsAfterShared()) {
        // The first list may start anywhere: an excerpt ("7. … 8. …"), or a list whose first number was lost.
        const run: Run = { items: [{ line, marker: m, label: m.label, ...(m.value > 1 && startsAfterShared() ? { covers: skipped(1) } : {}) }], family };
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


/** A short heading ending in a colon ("Store closures:"), no request words, with a bullet on the next line. */
function topicHeading(lines: Line[], line: Line): boolean {
  const words = line.trimmed.split(/\s+/);
  const next = lines[line.index + 1];
  return /:\s*$/.test(line.trimmed) && words.length <= 5 && !/^(?:please|i|we|for|and|if|in|with|the following)\b/i.test(line.trimmed) && next?.marker?.kind === "bullet";
}

/** Whether a number continues the latest list although written in another style than that list's. */
/**
 * Skips of one or two numbers ("3." then "5.") that the letter makes twice, in lists of the same
 * style: the request's numbering with a hole, kept by the reply. A skip made once is no list.
 */
function numberingHoles(lines: readonly Line[]): Set<string> {
  const seen = new Map<string, number>();
  const lastOf = new Map<string, number>();
  for (const line of lines) {
    const m = line.marker;
    if (!m || !NUMBERED.has(m.kind) || /[a-z]$/.test(m.label)) continue;
    const style = m.style ?? ".";
    const prev = lastOf.get(style);
    if (prev !== undefined && m.value > prev + 1 && m.value <= prev + 3) seen.set(`${style}:${prev}>${m.value}`, (seen.get(`${style}:${prev}>${m.value}`) ?? 0) + 1);
    lastOf.set(style, m.value);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k));
}

function continuesLatest(runs: readonly Run[], own: Run | null, m: Marker): boolean {
  const latest = runs[runs.length - 1];
  if (!latest || latest === own || m.value < 2 || /[a-z]$/.test(m.label)) return false;
  const last = latest.items[latest.items.length - 1]!;
  if (last.marker.value + 1 !== m.value || /[a-z]$/.test(last.label)) return false;
  const ownLast = own?.items[own.items.length - 1];
  return !ownLast || ownLast.line.index < last.line.index;
}

/**
 * A numbered list of answers with no questions in it ("Q1: 14 incidents. Q2: Not held."), as when the
 * request came as an attachment and the reply answers it point by point. An item may open on what it
 * gives rather than on an answer word: "A copy of the policy is attached.", "The minutes are enclosed."
 */
export function answersOnly(run: Run, lines?: readonly Line[]): boolean {
  return run.items.every((it) => {
    // A label alone on its line ("Question 1:") heads the answer on the next.
    const own = itemContent(it).trim();
    const content = own === "" && lines ? (lines.slice(it.line.index + 1).find((l) => !l.blank)?.trimmed ?? "") : own;
    if (own === "" && lines?.slice(it.line.index + 1).find((l) => !l.blank)?.marker) return false;
    // Under a label alone, any statement in the authority's voice that asks nothing answers.
    const stated = own === "" && authorityVoice(content) && !readsAsAsk(content) && !QUESTION_LIKE.test(content);
    return (ANSWER_LIKE.test(content) || OUTCOME_LABEL.test(content) || STATES_WHAT_IS_GIVEN.test(content.split(/(?<=[.!])\s/)[0]!) || stated) && !/\?/.test(content);
  });
}
/**
 * An answer that opens on its outcome as a label, then the reason: "Exempt - s40(2).", "Withheld under
 * section 43.", "Refused (s12).", "Redacted in part: …", "Neither confirm nor deny.", "NCND - s31(3)".
 */
const OUTCOME_LABEL = /^(?:exempt|withheld|refused|redacted|partially (?:held|provided|disclosed|withheld)|neither confirm nor deny|ncnd)\b/i;
/** A first sentence that says what the reply gives or holds back: "… is attached", "… are withheld under …". */
const STATES_WHAT_IS_GIVEN = /\b(?:is|are|has been|have been) (?:attached|enclosed|provided below|set out below|shown below|withheld|redacted|exempt|not held|published)\b/i;


export function isQuestionRun(run: Run): boolean {
  // Parts answered separately ("1(a) …") are answers; the top-level items decide.
  const top = run.items.filter((it) => !/^\d+[a-z]$/.test(it.label) || !run.items.some((p) => p.label === it.label.replace(/[a-z]$/, "")));
  let n = 0;
  // A bullet written as an embedded clause with no question mark ("• Who the tenant is") names a field, it does not ask.
  for (const it of top) if (QUESTION_LIKE.test(itemContent(it)) && !(run.family === "bullet" && !/\?/.test(itemContent(it)) && EMBEDDED_CLAUSE.test(itemContent(it)))) n++;
  return n * 2 >= top.length;
}


/** A second list answering the first: same labels, later in the letter. */
export function findAnswerRun(runs: Run[], q: Run): Run | null {
  const labels = new Set(q.items.map((i) => i.label));
  for (const r of runs) {
    if (r === q || r.items[0]!.line.index <= q.items[q.items.length - 1]!.line.index) continue;
    const shared = r.items.filter((i) => labels.has(i.label)).length + r.items.flatMap((i) => i.covers ?? []).filter((x) => labels.has(x)).length;
    if (shared < Math.min(2, q.items.length) || shared * 2 < q.items.length) continue;
    // Bullets have no numbers to pair by: only a restatement of the questions pairs them.
    if (r.family === "bullet" && overlap(r.items[0]!.line.trimmed, q.items[0]!.line.trimmed) < 0.6) continue;
    return r;
  }
  return null;
}

/** The authority restating the request as a list ("… asking for: 1. … 2. …"): each item is a question. */
export function restatedInResponse(ctx: Context, run: Run): boolean {
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
  // The lead ends in a colon, or in "the following" / "as follows" with the quoted request below.
  if (lead < 0 || !/[:\-–]\s*$|\b(?:the following|as follows)[.,]?\s*$/i.test(ctx.lines[lead]!.trimmed)) return false;
  // The lead sentence, hard-wrapped over up to three lines.
  let from = lead;
  while (from > 0 && from > lead - 3 && !ctx.lines[from - 1]!.blank && !/[.?!]\s*$/.test(ctx.lines[from - 1]!.trimmed)) from--;
  const sentence = ctx.lines.slice(from, lead + 1).map((l) => l.trimmed).join(" ");
  // The authority quoting the request: "you asked for:", "your request for the following:", "asking to be supplied with … for:".
  // Not the lead of its answers: "please find our response to your request set out below:".
  if (/\b(?:response|responses|answers?|reply|replies)\b/i.test(sentence)) return false;
  // "You wrote:", "which read:", "in the following terms:": the request quoted as the requester put it.
  return /\b(?:you (?:have )?(?:asked|requested|wanted|sought|wrote|said)|(?:which|that) (?:read|reads|said|stated)|read as follows|in the following terms|your (?:request|questions?|enquiry|e-?mail)|asking|asked (?:for|us)|requested|request(?:ing)? (?:for|the following)|sought|seeking)\b/i.test(sentence);
}

/**
 * A numbered list of noun phrases is a list of questions ("(1) Age of pupil (2) Reason for exclusion")
 * unless it hangs off one request sentence ending in a colon ("these kinds of incident: 1. Phishing 2. Malware …"),
 * which makes its items parts of one question, or it clarifies an earlier request.
 */
export function standaloneFragments(ctx: Context, run: Run): boolean {
  if (run.family !== "numbered" || run.items.length < 2) return false;
  const first = run.items[0]!.line;
  // A list inside the response that does not restate the request is part of an answer.
  if (ctx.responseStart >= 0 && first.start > ctx.responseStart) return false;
  if (run.items.some((it) => !/[A-Za-z]{3}/.test(itemContent(it)) || /^(?:https?:|mailto:|www\.)/i.test(itemContent(it)))) return false;
  for (let i = first.index - 1; i >= 0; i--) {
    const l = ctx.lines[i]!;
    if (l.blank) continue;
    if (/\bclarif/i.test(l.trimmed)) return false;
    // Under a lead ending in a colon, short items complete its one ask ("these kinds of incident: 1. Phishing
    // 2. Malware"); items that are asks in their own right (long, or headings with their ask below them,
    // "1. Total number of depots:" / "The number of depots in the county.") are questions.
    if (/:\s*$/.test(l.trimmed)) return run.items.every((it) => ownAsk(ctx, it));
    return true;
  }
  return true;
}

/** An item that asks for something of its own: eight words or more, or a heading ending in a colon with text under it. */
function ownAsk(ctx: Context, it: Item): boolean {
  const content = itemContent(it);
  if (content.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= 8) return true;
  const next = ctx.lines[it.line.index + 1];
  // Under the heading: the ask as text, or its lettered or bulleted parts.
  return /:\s*$/.test(content) && next !== undefined && !next.blank && (!next.marker || ["letter", "roman", "bullet"].includes(next.marker.kind)) && /[A-Za-z]{3}/.test(next.trimmed);
}

/** "The sex of the child?" then "2. …": the unnumbered question before a list starting at 2 is question 1. */
export function recoverFirstItem(ctx: Context, run: Run): void {
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


/** True when most items carry an answer of their own (an interleaved list of fragments). */
export function itemsAnswerThemselves(ctx: Context, run: Run, answers: Run | null = null): boolean {
  if (run.items.length < 2) return false;
  let own = 0;
  // With a second list after them, the last item's "own answer" runs into that list: only the others tell.
  const counted = answers ? run.items.length - 1 : run.items.length;
  for (let k = 0; k < counted; k++) {
    const it = run.items[k]!;
    const nextStart = run.items[k + 1]?.line.start ?? closingAfter(ctx, it.line.index + 1);
    const qEnd = questionEnd(ctx, it, lineAt(ctx.lines, Math.max(it.line.start, nextStart - 1)) + 1);
    if (qEnd < nextStart && it.line.start >= ctx.responseStart && ctx.responseStart >= 0 && answerSpan(ctx, qEnd, nextStart) && !sectionHeading(ctx, qEnd, nextStart, run.items[k + 1])) own++;
  }
  return own * 2 >= counted;
}

/**
 * The text between an item and the next is the next section's title, not an answer: one short line
 * with no closing stop ("Section B - Resources", "Part C: Testing") over an item that opens a section
 * ("B1", "3.1").
 */
function sectionHeading(ctx: Context, from: number, to: number, next: Item | undefined): boolean {
  if (!next || !/^(?:[a-h]1|\d{1,2}\.1)$/.test(next.label)) return false;
  const said = ctx.text.slice(from, to).trim();
  return said.length > 0 && said.length <= 60 && !said.includes("\n") && !/[.?!]$/.test(said);
}
