import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { QUESTION_LIKE } from "../cues.js";
import { closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";

export const PART_REFERENCE = /\b(?:request|question)\s+parts?\s+(\d)\b|\bparts?\s+(\d)\s+of\s+(?:your|the)\s+request\b/gi;

/**
 * An unnumbered request that the response answers in parts ("our response for request part 1",
 * "relevant to request part 2"): the request's paragraph groups, split at its widest gaps, are the
 * parts, and each response paragraph naming a part answers it.
 */
export function requestParts(ctx: Context, messages: Message[]): Segmentation | null {
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

