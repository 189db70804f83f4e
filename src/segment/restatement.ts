import type { Question } from "../core/types.js";
import { share, words } from "../core/stems.js";
import { answerSpan, lineAt, type Context } from "./context.js";
import type { Line } from "./lines.js";

/**
 * Questions asked in the request, then one reply that restates each before answering it, with no
 * numbers or bullets to pair by ("How many staff …?" / "There are 5." / "Are they members …?"):
 * the list was found in the request, so every question shared the whole reply. Where the reply
 * restates most of the questions in order, each answer runs from its restatement to the next.
 * A question restated with nothing under it takes the next answer given (a joint answer).
 */
export function splitSharedByRestatement(ctx: Context, questions: Question[]): void {
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
export const MAX_RESTATED = 200;
export const MAX_REPLY_LINES = 5000;

/** A question's words, counted once: restatements are looked for on every line of a reply. */
export interface Asked {
  all: Set<string>;
  first: Set<string>;
  wanted: number;
}

export function askedOf(question: string): Asked {
  // A request line can run on into the requester's closing: its first line is the question.
  const first = words(question.split("\n")[0]!);
  return { all: new Set(words(question)), first: new Set(first), wanted: first.length };
}

/**
 * The words a line opens with (after its list marker), read once: every question of a shared
 * reply is looked for on every line, and most lines are dismissed on these words alone.
 */
const headWords = new WeakMap<Line, string[]>();
function wordsOfHead(head: Line, text: string): string[] {
  let said = headWords.get(head);
  if (!said) {
    said = words(text);
    headWords.set(head, said);
  }
  return said;
}

/** The end of a question restated from line i (its words, over one to six wrapped lines) and how closely, or null. */
export function restatementAt(ctx: Context, i: number, last: number, q: Asked): { end: number; score: number } | null {
  const head = ctx.lines[i]!;
  if (head.blank) return null;
  const firstText = head.marker ? ctx.text.slice(head.marker.contentStart, head.end) : head.trimmed;
  const firstWords = wordsOfHead(head, firstText);
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

