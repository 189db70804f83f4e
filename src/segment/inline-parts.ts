import type { Question, Span } from "../core/types.js";
import { hasContent, trimSpan, type Context } from "./context.js";

/**
 * Lettered parts asked inside one question's running text and answered by letter (family: "inline
 * parts answered by letter"): "3. (a) How many officers …, (b) what grades …, and (c) how much was
 * spent …?" then "(a) and (b): 4.6 FTE on grades 9 to 12." / "(c): None." Each letter is a question
 * (labels.md: sub-items answered separately are questions; those answered together share the answer).
 * Variants: the answer lines name one part ("(c):", "c)", "3(c) -"), several ("(a) and (b):",
 * "(a), (b)"), or a range ("(a) to (c):").
 *
 * Read only when the parts run a, b, c … in the question's text and every part is named by exactly one
 * answer line opening the reply's lines; otherwise the question stays whole.
 */
// redos-ok: letters are single characters split by fixed separators, each repetition needs one
const INLINE_LETTER = /(?:^|[\s,;:])\(([a-h])\)\s/g;
// redos-ok: each repetition needs a separator and a bracketed letter; the tail is one optional character
const ANSWER_LETTERS = /^(?:Q?\d{1,2}\s?)?(\(?[a-h]\))((?:(?:,\s?|\s(?:and|&|to)\s)(?:\d{1,2}\s?)?\(?[a-h]\))*)\s?[:.\-–—]?\s/;

export function splitInlineParts(ctx: Context, questions: Question[]): void {
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const m = /^(\d{1,2})(a?)$/.exec(q.label);
    if (!m || !q.questionSpan) continue;
    const parts = split(ctx, q, m[1]!, m[2] === "a" && !questions.some((o) => o.label === m[1]));
    if (parts) {
      questions.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  }
}

function split(ctx: Context, q: Question, parent: string, opensOnA: boolean): Question[] | null {
  const { text } = ctx;
  const asked = q.questionSpan!;
  const said = text.slice(asked.start, asked.end);
  const found = [...said.matchAll(INLINE_LETTER)].map((x) => ({ letter: x[1]!, at: asked.start + x.index + x[0].indexOf("("), content: asked.start + x.index + x[0].length }));
  // The question's own marker took "(a)" ("3. (a) How many …"): its text is part a.
  if (opensOnA && found[0]?.letter !== "a") found.unshift({ letter: "a", at: asked.start, content: asked.start });
  if (found.length < 2 || found.some((f, k) => f.letter !== String.fromCharCode(97 + k))) return null;
  // Parts that only name a period or a date ("(a) 1.4.19, (b) 1.4.20 …", "(a) 2021/22 (b) 2022/23") are the
  // breakdown of one ask, not asks of their own: a table in the reply that lists them row by row answers
  // the parent (labels.md: sub-items answered together belong to their parent).
  if (found.every((f, k) => breakdownOnly(text.slice(f.content, found[k + 1]?.at ?? asked.end)))) return null;
  const letters = found.map((f) => f.letter);
  // The reply's lines that open by naming parts.
  const heads: { letters: string[]; start: number; content: number }[] = [];
  const own = q.answerSpan !== null && q.answerVia === "own";
  for (const l of own ? ctx.lines : []) {
    if (l.blank || l.start < q.answerSpan!.start || l.start >= q.answerSpan!.end) continue;
    const h = ANSWER_LETTERS.exec(l.trimmed);
    if (!h) continue;
    const named = namedLetters(h[0]);
    if (!named.length || named.some((x) => !letters.includes(x))) return null;
    const at = l.start + l.text.indexOf(l.trimmed);
    heads.push({ letters: named, start: at, content: at + h[0].length });
  }
  const covered = heads.flatMap((h) => h.letters);
  if (!heads.length) {
    // Answered together with no letter named: the parts stay with their parent, which keeps its own number
    // ("1. (a) … (b) …" answered in one is question 1, not 1a).
    return opensOnA ? [{ ...q, label: parent }] : null;
  }
  if (covered.length !== letters.length || letters.some((x) => !covered.includes(x))) return null;
  const out: Question[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    const askedPart = trimSpan(text, { start: f.content, end: found[k + 1]?.at ?? asked.end });
    const h = heads.findIndex((x) => x.letters.includes(f.letter));
    const span = trimSpan(text, { start: heads[h]!.content, end: heads[h + 1]?.start ?? q.answerSpan!.end });
    const answer: Span | null = span.end > span.start && hasContent(text.slice(span.start, span.end)) ? span : null;
    const part: Question = { label: `${parent}${f.letter}`, questionSpan: askedPart, answerSpan: answer, answerVia: answer ? "own" : "none" };
    // "(a) and (b): …": the letter answers them together; the later parts share the first one's reading.
    const first = heads[h]!.letters[0]!;
    if (answer && first !== f.letter) part.refersTo = `${parent}${first}`;
    out.push(part);
  }
  return out;
}

/** "(a) and (b):" → a, b; "(a) to (c):" → a, b, c. */
function namedLetters(head: string): string[] {
  const found = [...head.matchAll(/\(?([a-h])\)/g)].map((x) => x[1]!);
  if (found.length === 2 && /\)\s(?:to)\s/.test(head)) {
    const out: string[] = [];
    for (let c = found[0]!.charCodeAt(0); c <= found[1]!.charCodeAt(0); c++) out.push(String.fromCharCode(c));
    return out;
  }
  return found;
}

/**
 * A part's text is only a period or a date: day-month-year with any separator, a year, a financial or
 * academic year ("2021/22", "2021-2022", "FY 2022"), a month and year, with list joiners and the
 * question's closing mark.
 */
export function breakdownOnly(part: string): boolean {
  const rest = part
    // redos-ok: fixed alternatives with bounded digit runs, no nested repetition
    .replace(/\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}(?:\s?[/-]\s?(?:19|20)?\d{2})?|FY\s?\d{2,4})\b/gi, " ")
    // redos-ok: a fixed word list
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:and|or|to|year|years|financial|academic|calendar)\b/gi, " ")
    .replace(/[\s,;:.?()&-]+/g, "");
  return rest.length === 0;
}
