import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { overlap, words } from "../../core/stems.js";
import { QUESTION_LIKE } from "../cues.js";
import { ANSWER_LIKE, answerSpan, explanationAfter, closingAfter, hasContent, lineAt, trimSpan, type Context } from "../context.js";
import type { Item, Run } from "../runs.js";
import { questionEnd, questionText } from "../item-span.js";
import { cutLetterLevelTail, finish } from "../finish.js";

/** An answer item that opens by repeating its question (not just sharing a few of its words). */
export function isRestatement(line: string, question: string): boolean {
  const n = words(line).length;
  // A finished statement that echoes the question's words ("The Council issued 17 notices in 2024.") answers it.
  if (n >= 4 && /[.!]["”’)]?\s*$/.test(line) && !QUESTION_LIKE.test(line) && overlap(line, question) < 0.9) return false;
  if (n >= 4) return overlap(line, question) >= 0.6 && overlap(question.split("\n")[0] ?? question, line) >= 0.4;
  // A short item ("Occupation / Vacancy status") restated word for word.
  return n >= 1 && overlap(line, question) === 1 && overlap(question, line) === 1;
}


export function paired(ctx: Context, q: Run, a: Run, messages: Message[]): Segmentation {
  const { text } = ctx;
  const questions: Question[] = [];
  const aEndLimit = closingAfter(ctx, a.items[a.items.length - 1]!.line.index + 1);
  const byLabel = new Map<string, { body: Span; item: Item }>();
  // Questions the reply answers together under a heading of their own among the answers ("Questions 2
  // to 4: …", "Questions 1 and 2" with the answer below): the answer before it ends there (the
  // heading's text is theirs: labelledAnswers in finish.ts).
  const sharedHeads = ctx.lines.filter(
    (l) => l.header === "response" && l.headerLabels.length >= 2 && l.start < aEndLimit && l.index > q.items[q.items.length - 1]!.line.index && l.headerLabels.some((x) => !a.items.some((it) => it.label === x)),
  );
  for (let k = 0; k < a.items.length; k++) {
    const it = a.items[k]!;
    const next = a.items[k + 1];
    const head = sharedHeads.find((h) => h.index > it.line.index && (!next || h.index < next.line.index));
    const end = head ? head.start : next ? next.line.start : explanationAfter(ctx, it.line.index + 1, aEndLimit);
    byLabel.set(it.label, { body: { start: it.marker.contentStart, end }, item: it });
  }
  let restated = 0;
  for (let k = 0; k < q.items.length; k++) {
    const it = q.items[k]!;
    const nextLine = q.items[k + 1]?.line.start ?? a.items[0]!.line.start;
    const qEnd = Math.min(questionEnd(ctx, it, lineAt(ctx.lines, Math.max(it.line.start, nextLine - 1)) + 1), nextLine);
    const qSpan = questionText(text, it, qEnd);
    const ans = byLabel.get(it.label);
    if (!ans) {
      const parts = partsAnsweredApart(text, it.label, qSpan, a.items, byLabel);
      if (parts.length) {
        questions.push(...parts);
        continue;
      }
    }
    let answer: Span | null = null;
    if (ans) {
      const first = text.slice(ans.body.start, Math.min(ans.body.end, ans.body.start + 400));
      // A label alone on its line ("Question 3" / the question below it): the restatement is on the next line.
      if (isRestatement(first.replace(/^[ \t]*\r?\n/, "").split("\n")[0] ?? "", text.slice(qSpan.start, qSpan.end))) {
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


/** End of a restated question inside an answer item: a response header, or the lines whose words the question has. */
export function restatedEnd(ctx: Context, item: Item, body: Span, question: string): number {
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
    // The label alone on its line: the restated question starts on the next.
    if (i === item.line.index && !content.trim()) continue;
    // Answers echo their question's words: the restatement ends at its question mark, or once
    // as many words as the question has were read, whatever the overlap of the next line.
    if (i > item.line.index && (/\?["”’)]?\s*$/.test(ctx.text.slice(item.marker.contentStart, end)) || restated >= questionLength)) return end;
    // "8. Current number of licences? 8,500": the answer follows the question mark on the same line.
    const asked = content.search(/\?["”’)]?\s+\S/);
    // Unless what follows the mark is the question going on ("… kept? If so please send it.").
    if (asked >= 0 && overlap(content.slice(0, asked + 1), question) >= 0.75 && overlap(content.slice(asked + 1), question) < 0.75) {
      const contentStart = i === item.line.index ? item.marker.contentStart : l.start + Math.max(0, l.text.search(/\S/));
      return contentStart + asked + 1;
    }
    // "… outside your area: 0", "… for the periods above: We do not hold this.": a form's answer after the
    // colon that ends the restated question, on the same line (see answerAfterColon).
    const colon = answerAfterColon(content, question);
    if (colon >= 0) return (i === item.line.index ? item.marker.contentStart : l.start + Math.max(0, l.text.search(/\S/))) + colon + 1;
    if (overlap(content, question) < 0.75) return end;
    restated += words(content).length;
    end = l.end;
  }
  return end;
}

/**
 * Where a restated question's line carries its answer after a colon: the text before the colon is the
 * question's own words, the text after is not, and reads as an answer (a figure, "None", "We …") or is
 * short. Returns the colon's index in `content`, or -1. The last colon with text after it counts, so
 * a lead's colon inside the question ("for the following periods: 2023: 3") leaves the figure its own.
 */
function answerAfterColon(content: string, question: string): number {
  const m = [...content.matchAll(/:[ \t]+(?=\S)/g)].at(-1);
  if (!m) return -1;
  const before = content.slice(0, m.index);
  const after = content.slice(m.index + 1).trim();
  if (!words(before).length || overlap(before, question) < 0.75 || (words(after).length > 0 && overlap(after, question) >= 0.75)) return -1;
  return ANSWER_LIKE.test(after) || words(after).length <= 6 ? m.index : -1;
}

/**
 * An item asked with its parts inline ("A2. (i) How many …? (ii) Was a ransom paid?") that the reply
 * answers part by part under labels of their own ("A2 (i)", "A2 (ii)"): each part is a question
 * (labels.md: sub-items answered separately are questions), asked by its stretch of the item's text
 * when the item marks it ("(ii)") and by the whole item otherwise.
 */
function partsAnsweredApart(text: string, label: string, asked: Span, answers: readonly Item[], byLabel: Map<string, { body: Span }>): Question[] {
  const own = answers.filter((x) => x.label.length > label.length && x.label.startsWith(label) && /^(?:[a-h]|[ivx]{1,4})$/.test(x.label.slice(label.length)));
  if (own.length < 2) return [];
  const said = text.slice(asked.start, asked.end);
  const marks = own.map((x) => said.indexOf(`(${x.label.slice(label.length)})`));
  const ordered = marks.every((m, k) => m >= 0 && (k === 0 || m > marks[k - 1]!));
  return own.map((x, k) => {
    const qSpan = ordered ? trimSpan(text, { start: asked.start + marks[k]!, end: k + 1 < marks.length ? asked.start + marks[k + 1]! : asked.end }) : asked;
    const body = byLabel.get(x.label)!.body;
    const answer = trimSpan(text, body);
    const has = hasContent(text.slice(answer.start, answer.end));
    return { label: x.label.toLowerCase(), questionSpan: qSpan, answerSpan: has ? answer : null, answerVia: has ? "own" : "none" };
  });
}
