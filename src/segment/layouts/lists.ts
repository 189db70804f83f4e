import type { Message } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import type { Context } from "../context.js";
import { overlap } from "../../core/stems.js";
import { buildRuns, findAnswerRun, type Run, isQuestionRun, standaloneFragments, restatedInResponse, recoverFirstItem, itemsAnswerThemselves, answersOnly } from "../runs.js";
import { itemContent } from "../item-span.js";
import { paired } from "./list-then-answers.js";
import { answersOnlyLayout } from "./answers-only.js";
import { itemsLayout } from "./numbered-items.js";
import { trailingAsks } from "../trailing-asks.js";
import { namedByRange } from "../named-range.js";
import { joinRestartedSections } from "../sections.js";

/**
 * The letter read through its lists (numbered, "You asked", roman, lettered, bulleted): the list
 * that asks is the questions; a second list with the same labels answers them (list-then-answers,
 * restated), or each item carries its own answer (items), or the list is answers only.
 *
 * Examples:
 *   "1. How many laptops?\n2. What antivirus?\n\nResponse\n1. 340.\n2. Exempt under s31." (list-then-answers)
 *   "1. How many laptops?\n340.\n2. What antivirus?\nExempt under s31." (items)
 */
export function listsReading(ctx: Context, messages: Message[]): Segmentation | null {
  // Sections whose numbering starts again at 1 under a heading continue the list before them (sections.ts).
  const numbered = joinRestartedSections(ctx, buildRuns(ctx.lines, "numbered"));
  // Bulleted asks (questions or fields, "- How the council measures …") answered by a numbered
  // list in the response, one number per bullet, in order.
  const numberedReply = (b: Run): Run | null =>
    numbered.find(
      (r) => r.items.length === b.items.length && r.items[0]!.line.index > b.items[b.items.length - 1]!.line.index &&
        (ctx.responseStart < 0 || r.items[0]!.line.start >= ctx.responseStart) && !isQuestionRun(r) && r.items.every((it, i) => it.label === String(i + 1)),
    ) ?? null;
  let runs = numbered;
  let q = numbered[0] ?? null;
  // "1. The number of crimes … broken down: 1. By nature 2. By outcome 3. By hospital": a lone
  // lead item followed closely by a list in the request; the list is what gets answered.
  const next = numbered[1];
  if (
    q && q.items.length === 1 && next && next.items.length >= 2 &&
    next.items[0]!.line.index - q.items[0]!.line.index <= 6 &&
    !ctx.lines.slice(q.items[0]!.line.index, next.items[0]!.line.index).some((l) => l.header === "response" || l.header === "both")
  ) {
    q = next;
  }
  // A numbered passage the requester quotes ("the guidance asked councils to (1) … (2) …") comes
  // before the request's own list; the list the reply answers by number is the one asked.
  if (q) {
    const shared = (r: Run): number => {
      const a = findAnswerRun(numbered, r);
      return a ? a.items.filter((it) => r.items.some((x) => x.label === it.label)).length : 0;
    };
    const mine = shared(q);
    const answered = numbered.find((r) => r !== q && r.items[0]!.line.index > q!.items[0]!.line.index && isQuestionRun(r) && shared(r) > mine);
    if (answered) q = answered;
  }
  if (q && !isQuestionRun(q) && !findAnswerRun(numbered, q)) {
    // A numbered list of fragments: the questions may be bullets elsewhere, or the request is one question.
    const better = numbered.find((r) => isQuestionRun(r));
    q = better ?? q;
  }
  // A numbered list of answers in the reply (the request not reproduced) keeps its numbers: bullets
  // inside its answers ("- the pricing schedule has been redacted …") are parts of those answers.
  const answersInReply = q !== null && q.items.length >= 2 && ctx.responseStart >= 0 && q.items[0]!.line.start >= ctx.responseStart && answersOnly(q, ctx.lines);
  // Numbered answers to a lettered request quoted above them, one number per letter: the letters are the questions.
  if (answersInReply) {
    const asked = buildRuns(ctx.lines, "letter").find((r) => r.items.length === q!.items.length && r.items[r.items.length - 1]!.line.index < q!.items[0]!.line.index && isQuestionRun(r) && numberedReply(r) === q);
    if (asked) {
      runs = buildRuns(ctx.lines, "letter");
      q = runs.find((r) => r.items[0]!.line.index === asked.items[0]!.line.index)!;
    }
  }
  if (!q || (!isQuestionRun(q) && !answersInReply && !findAnswerRun(numbered, q) && !standaloneFragments(ctx, q) && !restatedInResponse(ctx, q) && !namedByRange(ctx, q))) {
    for (const family of ["asked", "roman", "letter", "bullet"] as const) {
      const candidate = buildRuns(ctx.lines, family);
      const first = candidate.find(
        (r) =>
          (r.items.length >= 2 || (family === "asked" && r.items.length >= 1)) &&
          (isQuestionRun(r) || findAnswerRun(candidate, r) || restatedInResponse(ctx, r) || namedByRange(ctx, r) || family === "asked" || (family === "bullet" && numberedReply(r) !== null)) &&
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
    // A lettered request ("(a) … (b) …") answered by a numbered list in the reply, one number per letter in
    // order ("1. … 2. …"): the answers pair with the letters, which stay the questions' labels.
    if (!answers && q.family === "letter") {
      const reply = numberedReply(q);
      if (reply) answers = { ...reply, items: reply.items.map((it, i) => ({ ...it, label: q!.items[i]!.label })) };
    }
    if (!answers && q.family === "bullet") {
      answers = numberedReply(q);
      // …or by a second bulleted list in the reply, one bullet per question, in order ("You asked: - … - …" / "Our response: - Yes. - 23 …").
      answers ??=
        runs.find(
          (r) => r !== q && r.family === "bullet" && q!.items.length >= 2 && r.items.length === q!.items.length &&
            r.items[0]!.line.index > q!.items[q!.items.length - 1]!.line.index && ctx.responseStart >= 0 && r.items[0]!.line.start >= ctx.responseStart && !isQuestionRun(r),
        ) ?? null;
    }
    // The reply restating the request's items and going on past them (a) b) asked, a) to d) answered, as when
    // the request was amended or sent in part): the reply's list is the request as the response presents it.
    if (answers && answers.family === q.family && answers.items.length > q.items.length && ctx.responseStart >= 0 && answers.items[0]!.line.start >= ctx.responseStart && q.items.every((it, i) => answers!.items[i]?.label === it.label && overlap(itemContent(it), itemContent(answers!.items[i]!)) >= 0.6)) {
      q = answers;
      answers = null;
    }
    recoverFirstItem(ctx, q);
    // A later numbered list pairs with the questions unless the questions already carry their
    // answers (then it is an annex or summary by question, read as labelled answers).
    if (answers && !itemsAnswerThemselves(ctx, q, answers)) result = paired(ctx, q, answers, messages);
    else if ((answersOnly(q, ctx.lines) || numberedToMatchRequest(ctx, q)) && q.items[0]!.line.start >= ctx.responseStart) result = answersOnlyLayout(ctx, q, messages);
    else if (isQuestionRun(q) || itemsAnswerThemselves(ctx, q) || restatedInResponse(ctx, q) || standaloneFragments(ctx, q) || namedByRange(ctx, q)) result = itemsLayout(ctx, q, messages);
  }
  if (result) trailingAsks(ctx, result.questions);
  return result;
}

/**
 * "Our answers are numbered to match the questions in your email", "answered in the order and numbering
 * of your request": the letter says its numbered list answers the request's own numbers, so a list
 * in the reply whose items mostly state things (not questions back) is the answers, even where an
 * item opens on the subject's name ("Name of the product: exempt …") rather than on its outcome.
 */
const OWN_NUMBERING = /\b(?:numbered|answered|set out|given|listed)\s(?:to\smatch|in\sthe\s(?:same\s)?(?:order\sand\s)?(?:numbering|order)\sof|as\sin|following)\s(?:the\s(?:questions?|points?)\s(?:in|of)\s)?your\b|\b(?:follows?|following|using|in|keeps?)\s(?:to\s)?your\s(?:own\s)?numbering\b/i;

function numberedToMatchRequest(ctx: Context, q: Run): boolean {
  if (q.items.length < 2 || isQuestionRun(q) || ctx.responseStart < 0) return false;
  const before = ctx.text.slice(0, q.items[0]!.line.start);
  if (!OWN_NUMBERING.test(before)) return false;
  const asking = q.items.filter((it) => /\?/.test(itemContent(it))).length;
  return asking * 3 <= q.items.length;
}
