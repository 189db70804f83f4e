import type { Message, Question } from "../core/types.js";
import { pastAcknowledgement } from "./acknowledgement.js";
import type { Segmentation } from "./types.js";
import { splitLines } from "./lines.js";
import { findResponseStart, hasContent, trimSpan, type Context } from "./context.js";
import { unitsOf } from "./roles.js";
import { scoreReading, type Scored } from "./choose.js";
import { listsReading } from "./layouts/lists.js";
import { unnumberedAsks } from "./layouts/asks.js";
import { restatedAsks } from "./layouts/restated-asks.js";
import { requestParts } from "./layouts/request-parts.js";
import { interleaved } from "./layouts/interleaved.js";
import { headedTable, table } from "./layouts/table.js";
import { cellLines } from "./layouts/cell-lines.js";
import { inlineNumbered } from "./layouts/inline-numbered.js";
import { inlineAnswers } from "./layouts/inline-answers.js";
import { single } from "./layouts/blanket.js";
import { lineAsks } from "./layouts/line-asks.js";
import { restatedParts } from "./layouts/restated-parts.js";
import { answeredFields } from "./layouts/answered-fields.js";
import { orderedAnswers } from "./layouts/ordered-answers.js";
import { letteredParts } from "./layouts/lettered-parts.js";
import { topicHeadings } from "./layouts/topic-headings.js";
import { attachedRequest } from "./layouts/attached-request.js";
import { splitSharedByRestatement } from "./restatement.js";
import { mergePartsAnsweredTogether, resolveCrossReferences } from "./finish.js";
import { asksFromQuoted, requestBelow, segmentationInLetter } from "./request-below.js";

/**
 * Text → questions, each with the span that asks it and the span that answers it, by choosing
 * between competing readings (docs/segmentation.md). Every layout family proposes a full reading;
 * each is scored on how well it explains the letter (choose.ts) and the best wins. The layout, its
 * score and the runner-up are recorded so `explain` and answers.jsonl show why.
 *
 * A reading earns a small prior for being specific: a list with numbers to pair by is likelier
 * than a reading by line roles alone, which is likelier than one blanket reply. The prior only
 * breaks near-ties; a reading that explains clearly more of the letter wins. Request parts named
 * in the response ("our response for request part 2") are the authority's own grouping of the
 * asks, so that reading carries a large prior; so do lettered parts the reply restates and answers one
 * by one (restated-parts proposes a reading only when at least two parts have answers of their own).
 * A table flattened one cell a line (cell-lines) is proposed only under a header naming a question
 * column and a reply column, with rows numbered 1, 2, 3 alone on their lines: the authority's own
 * grid, so it outweighs one blanket reply when its asks are noun phrases no ask cue finds, and a list reading
 * of its row numbers that covers more of the letter only by running answers over the cells (0.13, above lists' 0.08
 * by more than a covering letter and notes under the table cost it in coverage). A table
 * written as text under such a header (headed-table) earns the same prior. Answers given on one
 * line numbered 1, 2, 3 and set apart by wide gaps (inline-answers) earn ordered-answers' prior: the
 * numbers are the requester's questions, which a reading of the line as one item leaves uncounted.
 * Lettered parts answered by letter or under headings naming them (lettered-parts) are the authority's own pairing too;
 * so are answers under subject headings after a part-by-part cue or paired one to one with numbered asks (topic-headings).
 * A letter that says its request is attached and answers in separate paragraphs (attached-request) is read
 * as labels.md says, each answer a question: proposed only on that statement, so it outweighs one blanket reply.
 */
export const LAYOUTS: { name: string; prior: number; propose: (ctx: Context, messages: Message[]) => Segmentation | null }[] = [
  { name: "lists", prior: 0.08, propose: listsReading },
  { name: "restated-parts", prior: 0.15, propose: restatedParts },
  { name: "asks", prior: 0.05, propose: unnumberedAsks },
  { name: "restated-asks", prior: 0.25, propose: restatedAsks },
  { name: "request-parts", prior: 0.25, propose: requestParts },
  { name: "ordered-answers", prior: 0.15, propose: orderedAnswers },
  { name: "table", prior: 0.03, propose: table },
  { name: "headed-table", prior: 0.1, propose: headedTable },
  { name: "cell-lines", prior: 0.13, propose: cellLines },
  { name: "inline-numbered", prior: 0.05, propose: inlineNumbered },
  { name: "inline-answers", prior: 0.15, propose: inlineAnswers },
  { name: "lettered-parts", prior: 0.15, propose: letteredParts },
  { name: "topic-headings", prior: 0.15, propose: topicHeadings },
  { name: "attached-request", prior: 0.25, propose: attachedRequest },
  { name: "interleaved", prior: 0, propose: interleaved },
  { name: "fields", prior: 0.05, propose: answeredFields },
  { name: "line-asks", prior: 0.02, propose: lineAsks },
  { name: "blanket", prior: 0, propose: single },
];

/**
 * `responseFrom`: where the authority's reply is known to begin, when the source says so (a request
 * thread puts the requester's message first, then the chosen reply). The reply's own opening
 * (its response header or greeting) is looked for from there on, and nothing before it is read as
 * the response; without it the start is guessed from the text alone.
 */
export function segment(text: string, responseFrom?: number): Segmentation {
  const own = segmentAs(text, responseFrom);
  // An email reply with the request quoted below it is read request first (request-below.ts), when
  // that finds questions the letter read as it stands does not, or explains the letter better (a
  // reply that restates the request above its answers is read as it stands).
  if (responseFrom === undefined) {
    const view = requestBelow(text);
    if (view) {
      const seg = segmentAs(view.text, view.replyFrom);
      // Questions the letter as it stands finds in the quoted message are the request read as a reply's text.
      const ownCount = own.questions.filter((q) => !q.questionSpan || q.questionSpan.start < view.quotedFrom).length;
      // As many questions either way: the reading that pairs more answers with the asks they answer
      // wins (answers under "Question N:" labels read as answers only have no asks), then the score.
      const asked = (s: Segmentation): number => s.questions.filter((q) => q.questionSpan).length;
      const tie = seg.questions.length === ownCount && (asked(seg) > asked(own) || (asked(seg) === asked(own) && (seg.score ?? 0) > (own.score ?? 0)));
      if (asksFromQuoted(view, seg) && (seg.questions.length > ownCount || tie)) return segmentationInLetter(view, seg);
    }
  }
  return own;
}

function segmentAs(text: string, responseFrom?: number): Segmentation {
  const lines = splitLines(text);
  const responseLine = pastAcknowledgement(lines, responseFrom === undefined ? findResponseStart(lines) : knownResponseStart(lines, responseFrom));
  const ctx: Context = { text, lines, responseStart: responseLine >= 0 ? lines[responseLine]!.start : -1, responseLine: responseLine >= 0 ? responseLine : 0 };
  const units = unitsOf(ctx);
  const scored: (Scored & { messages: Message[] })[] = [];
  for (const layout of LAYOUTS) {
    const messages: Message[] = [];
    const seg = layout.propose(ctx, messages);
    if (!seg || seg.questions.length === 0) continue;
    if (responseFrom !== undefined) keepAnswersInReply(ctx, seg);
    splitSharedByRestatement(ctx, seg.questions);
    resolveCrossReferences(text, seg.questions);
    const s = scoreReading(ctx, units, seg);
    scored.push({ ...s, score: s.score + layout.prior, messages });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const runnerUp = scored.find((s) => s.segmentation.layout !== best.segmentation.layout);
  mergePartsAnsweredTogether(ctx, best.segmentation.questions);
  const { joinChosen, ...chosen } = best.segmentation;
  if (joinChosen) chosen.questions = joinChosen(chosen.questions);
  return {
    ...chosen,
    messages: best.messages,
    score: round(best.score),
    runnerUp: runnerUp ? { layout: runnerUp.segmentation.layout, score: round(runnerUp.score) } : null,
  };
}

/**
 * Where the reply is known to begin, the requester's own text answers nothing (a request's sign-off
 * or a line under one of its asks is not an answer): an answer is cut to the part inside the reply,
 * and one wholly in the request leaves its question unanswered.
 */
export function keepAnswersInReply(ctx: Context, seg: Segmentation): void {
  const from = ctx.responseStart;
  if (from < 0) return;
  const cut: Question[] = [];
  for (const q of seg.questions) {
    const a = q.answerSpan;
    if (!a || a.start >= from || (q.answerVia !== "own" && q.answerVia !== "pending")) continue;
    if (a.end > from && hasContent(ctx.text.slice(from, a.end))) q.answerSpan = trimSpan(ctx.text, { start: from, end: a.end });
    else {
      q.answerSpan = null;
      q.answerVia = "none";
      cut.push(q);
    }
  }
  // In a list reading, an item whose only "answer" was the requester's own text (the lines under it in
  // the request) takes the next answer the reply gives, as an item with no answer of its own does (one
  // blanket reply after the requester's numbered list).
  if (seg.layout !== "items") return;
  const qs = seg.questions;
  for (const q of cut) {
    const next = qs.slice(qs.indexOf(q) + 1).find((x) => x.answerSpan && x.answerVia !== "cross_reference");
    if (next) {
      q.answerSpan = next.answerSpan;
      q.answerVia = "pending";
    }
  }
}

/** The response's first line at or after a known offset: its opening line when it has one, else the offset's line. */
function knownResponseStart(lines: ReturnType<typeof splitLines>, from: number): number {
  const after = lines.filter((l) => l.start >= from);
  if (after.length === 0) return -1;
  const own = findResponseStart(after);
  return own >= 0 ? own : after.find((l) => !l.blank)?.index ?? after[0]!.index;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
