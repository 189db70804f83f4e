import type { Answer, Decision, Letter, Question, Span } from "../core/types.js";
import type { Segmentation } from "../segment/types.js";
import { contains } from "../core/span.js";
import type { Signal } from "./rule.js";
import { sentences } from "./sentences.js";
import { sharedAnswerFocus, type Focus } from "./shared.js";
import { contentStems, share } from "../core/stems.js";
import { QUESTION_LIKE, REQUESTER_LIKE } from "../segment/cues.js";
import { assignTopics, requestScope, requestSubject, withoutLetterhead, type TopicContext, type TopicQuestion } from "./topic.js";
import { letterGroundStatements, partsGivenOnce, withLetterGrounds } from "../cite/letter-grounds.js";
import { evidenceOf, LetterHits } from "./hits.js";
import { decideAnswer, defaults, type ClassifyOptions } from "./decide.js";
import { remainderOfRequest, remainderWithheld } from "./partial.js";
import { signpostStatements, withSignposting } from "./signpost.js";
import { forgetNotAnAnswers } from "./not-an-answer.js";
import { refusalScope, refusalTarget } from "./refusal-scope.js";
import { requestReadBack, requesterPassages } from "./requester-text.js";
import { splitLines } from "../segment/lines.js";
import { notesOf } from "./notes.js";
import { squeezeSpaces } from "../core/spaces.js";

export { findHits } from "./hits.js";

/** A sentence whose subject is what the sentence before named: "They are …", "Releasing them would …", "Those officials …". */
const BACK_POINTER = /^\W{0,3}(?:(?:they|these|those|this|it|such)\b|\w+ing (?:them|these|those|it|this|such)\b)/i;
export { decideAnswer, type ClassifyOptions } from "./decide.js";

/** Every question of a letter: outcome, grounds, flags, topic, confidence, evidence. */
export function classifyLetter(letter: Letter, seg: Segmentation, options: ClassifyOptions = defaults): Answer[] {
  forgetNotAnAnswers();
  const text = letter.text;
  const ownAnswers = seg.questions.filter((q) => q.answerVia === "own" && q.answerSpan).map((q) => q.answerSpan!);
  const spanKey = (q: Question): string => (q.answerSpan ? `${q.answerSpan.start}:${q.answerSpan.end}` : `none:${q.label}`);
  // Questions answered by one shared span: which of its sentences speak to which question.
  const groups = new Map<string, Question[]>();
  for (const q of seg.questions) if (q.answerSpan && !q.refersTo) groups.set(spanKey(q), [...(groups.get(spanKey(q)) ?? []), q]);
  const letterHits = new LetterHits(text, seg, options.rules);
  const refusalTo = refusalTarget(refusalScope(text, seg, letterHits), letterHits);
  const focus = new Map<string, Map<string, Focus>>();
  for (const [key, group] of groups) if (group.length > 1) focus.set(key, sharedAnswerFocus(text, group[0]!.answerSpan!, group, refusalTo, seg.questions.map((q) => q.label)));
  const signals = (s: Span): Signal[] => letterHits.sentence(s).map((h) => h.rule.signal);
  // The request quoted back inside a reply ("You asked: I would be grateful if you could supply …
  // refusing the initial application …") is the requester's words, never a signal of the answer.
  const asked = seg.questions.map((q) => (q.questionSpan ? contentStems(text.slice(q.questionSpan.start, q.questionSpan.end)) : new Set<string>()));
  const quotedRequest = new Map<string, Span[]>();
  const requestQuotes = (q: Question): Span[] => {
    if (!q.answerSpan) return [];
    const key = spanKey(q);
    let found = quotedRequest.get(key);
    if (!found) {
      found = sentences(text, q.answerSpan).filter((s) => {
        const sentence = text.slice(s.start, s.end);
        if (!QUESTION_LIKE.test(sentence) && !REQUESTER_LIKE.test(sentence.trim())) return false;
        // Long and nearly all the request's own words: an answer echoing a few of them ("The number of
        // incidents recorded was 11 in 2022") is short of either.
        const said = contentStems(sentence);
        if (said.size < 8) return false;
        return asked.some((set) => share(said, set) >= 0.85);
      });
      quotedRequest.set(key, found);
    }
    return found;
  };
  // A signposting ground said of every answer that points elsewhere is the letter's, not the answer's it was written under.
  const signposts = signpostStatements(letter, seg);
  const generalSignposts = signposts.filter((s) => s.general).map((s) => s.span);
  // The requester's words restated under a label of their own ("Request | …", "Request for review") inside an answer.
  const lines = splitLines(text);
  const requesterText = (q: Question): Span[] => (q.answerSpan ? [...requesterPassages(lines, q.answerSpan), ...requestReadBack(text, seg.responseStart, lines, q.answerSpan)] : []);
  const excluded = (q: Question): Span[] =>
    [...focusExcluded(q), ...requestQuotes(q), ...requesterText(q), ...generalSignposts.filter((s) => q.answerSpan && contains(q.answerSpan, s))].sort((a, b) => a.start - b.start);
  const focusExcluded = (q: Question): Span[] => {
    const f = focus.get(spanKey(q))?.get(q.label);
    if (!f) return [];
    // "The Service runs 31 vans. Having looked at the rest of your request, we withhold it": what
    // is given before a refusal of the remainder answers the group's first question; the others
    // are the remainder.
    const group = groups.get(spanKey(q)) ?? [];
    const rest = q.answerSpan ? letterHits.inSpan(q.answerSpan, []).find((h) => remainderOfRequest(h, text.slice(h.span.start, h.span.end))) : undefined;
    if (rest && group[0] !== q) {
      const givenBefore = f.general.filter((s) => s.end <= rest.span.start && signals(s).length > 0 && signals(s).every((x) => x === "disclosed"));
      return [...f.others, ...givenBefore].sort((a, b) => a.start - b.start);
    }
    // "Please see the attached spreadsheet. … We are unable to answer question 4.": what is said
    // to question 4 by name, or about its subject alone, overrides what is given to all.
    // So does an item said to be left to another request, or to need clarifying ("your question on leases is being dealt with under your other request").
    const ownRefusal = f.own.some((s) => signals(s).some((g) => g === "exempt" || g === "ncnd" || g === "not_held" || g === "clarification"));
    if (!ownRefusal) return f.others;
    const givenToAll = f.general.filter((s) => {
      const g = signals(s);
      return g.length > 0 && g.every((x) => x === "disclosed");
    });
    return [...f.others, ...givenToAll].sort((a, b) => a.start - b.start);
  };
  const cache = new Map<string, Omit<Decision, "topic">>();
  const namingNotes = notesOf(text, seg).some((n) => n.names.length > 0);
  const decide = (q: Question): Omit<Decision, "topic"> => {
    const exclude = excluded(q);
    // Notes that name questions ("Note A – Questions 1 and 2") can give shared text a ground per question.
    const key = `${spanKey(q)}|${exclude.map((e) => e.start).join(",")}${namingNotes ? `|${q.label}` : ""}`;
    let d = cache.get(key);
    if (!d) {
      const others = ownAnswers.filter((s) => !q.answerSpan || s.start !== q.answerSpan.start || s.end !== q.answerSpan.end);
      d = decideAnswer(letter, seg, q.answerSpan, others, options, exclude, letterHits, q.label);
      // A signposting ground stated once for the letter, over an answer that is only a pointer to published material.
      if (q.answerSpan) d = withSignposting(d, letterHits.inSpan(q.answerSpan, exclude), q.answerSpan, exclude, signposts, q.label, text);
      cache.set(key, d);
    }
    return d;
  };
  // "The names of the other officials are personal data. … Releasing them would breach …, so they are
  // exempt": a refusal that points back ("them", "these", "this") withholds what the sentences before it
  // name; those sentences, back to the first that does not point back (at most three), are its subject.
  const pointedBack = (answer: Span, hit: Span): Span[] => {
    const all = sentences(text, answer);
    let k = all.findIndex((s) => s.start <= hit.start && hit.start < s.end);
    const out: Span[] = [];
    // A sentence cut by a line break in a narrow cell ("… below the Senior Civil" / "Service who …") goes on
    // from the piece before it, which has no sentence end.
    const cut = (j: number): boolean => j > 0 && !/[.!?:]["”’)]?\s*$/.test(text.slice(all[j - 1]!.start, all[j - 1]!.end));
    while (k > 0 && out.length < 3 && (BACK_POINTER.test(text.slice(all[k]!.start, all[k]!.end)) || cut(k))) out.push(all[--k]!);
    return out;
  };
  const byLabel = new Map(seg.questions.map((q) => [q.label, q]));
  const decisions = new Map<string, Omit<Decision, "topic">>();
  const resolve = (q: Question, depth: number): Omit<Decision, "topic"> => {
    const done = decisions.get(q.label);
    if (done) return done;
    let d: Omit<Decision, "topic">;
    // "N/A. Please see our answer to question 2 for why": the answer is "not applicable", moot after an earlier
    // answer (labels.md: disclosed); the pointer gives the reason, not an answer to inherit.
    const mootFirst = q.answerSpan ? letterHits.inSpan(q.answerSpan, []).some((h) => h.rule.signal === "moot" && text.slice(q.answerSpan!.start, h.span.start).trim() === "") : false;
    const target = q.refersTo && !mootFirst ? byLabel.get(q.refersTo) : undefined;
    if (target && depth < 5) {
      const t = resolve(target, depth + 1);
      d = {
        ...t,
        rule: "cross-reference",
        confidence: Number((t.confidence * 0.95).toFixed(3)),
        evidence: [evidenceOf(text, "cross-reference", q.answerSpan!), ...t.evidence],
      };
      // "We only hold this for looked-after pupils (see question 1)": the pointer itself says only part is held.
      const ownPart = q.answerSpan && !d.partial && d.outcome === "disclosed" ? letterHits.inSpan(q.answerSpan, excluded(q)).find((h) => h.rule.id === "partial-disclosure") : undefined;
      if (ownPart) d = { ...d, partial: true, evidence: [...d.evidence, evidenceOf(text, "partial-disclosure", ownPart.span)] };
    } else {
      d = decide(q);
      // "Having looked at the rest of the request, we withhold it": a part was given, in an answer that is this question's alone.
      const unshared = q.answerVia === "own" && !seg.questions.some((o) => o !== q && o.answerSpan && q.answerSpan && o.answerSpan.start < q.answerSpan.end && q.answerSpan.start < o.answerSpan.end);
      if (d.outcome === "exempt" && !d.partial && unshared) {
        const rest = letterHits.inSpan(q.answerSpan!, excluded(q)).find((h) => remainderWithheld(h, text.slice(h.span.start, h.span.end)) || pointedBack(q.answerSpan!, h.span).some((s) => remainderWithheld(h, text.slice(s.start, h.span.end))));
        if (rest) d = { ...d, partial: true, evidence: [...d.evidence, evidenceOf(text, "partial/remainder-withheld", rest.span)] };
      }
      // Under the question only the request quoted back: the answer is the next one given.
      const index = seg.questions.indexOf(q);
      const next = seg.questions.slice(index + 1).find((x) => x.answerSpan);
      if (d.rule === "fallback/no-statement" && (requestQuotes(q).length > 0 || requesterText(q).length > 0) && next && depth < 5) {
        const t = resolve(next, depth + 1);
        d = { ...t, confidence: Number((t.confidence * 0.95).toFixed(3)) };
      }
    }
    decisions.set(q.label, d);
    return d;
  };

  const inputs = topicInputs(letter, seg);
  const topics = assignTopics(options.taxonomy, inputs.questions, inputs.context);
  const statedOnce = letterGroundStatements(letter, seg);
  const answers = seg.questions.map((q, index): Answer => {
    const questionText = inputs.questions[index]!.text;
    const d = answersWhetherRecorded(withLetterGrounds(resolve(q, 0), statedOnce, q.label, text), questionText, q.answerVia);
    const topic = topics[index]!;
    const blanket = q.answerVia === "pending" || q.answerVia === "blanket";
    return {
      ...q,
      questionText,
      ...d,
      topic,
      confidence: blanket ? Number((d.confidence * 0.95).toFixed(3)) : d.confidence,
    };
  });
  // "We are releasing part of what you asked for", said once for the letter.
  const partsGiven = partsGivenOnce(statedOnce, answers);
  forgetNotAnAnswers();
  return answers.map((a) => {
    const span = partsGiven.get(a.label);
    return span && !a.partial ? { ...a, partial: true, evidence: [...a.evidence, evidenceOf(text, "partial/stated-once", span)] } : a;
  });
}

/** What the topic of each question is read from: the question, its answer, the request's subject and scope (scripts/topic-lofo.mjs reads the same). */
export function topicInputs(letter: Letter, seg: Segmentation): { questions: TopicQuestion[]; context: TopicContext } {
  const text = letter.text;
  const asText = (s: Span | null | undefined): string => (s ? squeezeSpaces(text.slice(s.start, s.end)).trim() : "");
  const questionTexts = seg.questions.map((q) => (q.questionSpan ? text.slice(q.questionSpan.start, q.questionSpan.end) : ""));
  const scopeText = requestScope(letter.meta.title, questionTexts, text);
  const requestText = `${scopeText}\n${seg.responseStart > 0 ? withoutLetterhead(text.slice(0, seg.responseStart)) : ""}`;
  return {
    questions: seg.questions.map((q) => {
      // The answer is read only when the topic reader borrows from it (a short question that names
      // nothing): folding the whole answer for every question (a blanket reply, once per question) was waste.
      let answer: string | undefined;
      return {
        text: asText(q.questionSpan),
        get answer(): string {
          return (answer ??= asText(q.answerSpan));
        },
      };
    }),
    context: { subject: requestSubject(letter.meta), scope: scopeText, request: requestText },
  };
}

/**
 * A question that asks whether the authority records something at all ("Do you collect and report data on
 * carpets? Please answer yes or no", "Please confirm if you record whether an applicant is a victim of
 * trafficking", "Does the council track …?") is answered by "we do not collect / record that": the reply is
 * "no", given (labels.md: a "no" given as the answer is disclosed). Only in an answer of its own: a reply
 * shared with other asks, or pointing elsewhere, says nothing about this question's practice.
 */
// redos-ok: fixed words with short optional runs between
const WHETHER_RECORDED = /^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:do|does|did|is|are)\s+(?:you|your\s+(?:\w+\s+)?(?:council|authority|organisation|service|system|team)|the\s+(?:council|authority|trust|force|department|service))\s+(?:currently\s+|routinely\s+|still\s+)?(?:collect|record|capture|log|track|monitor)\b|\bconfirm\s+(?:if|whether)\s+(?:or not\s+)?(?:you|the\s+(?:council|authority|trust|force))\s+(?:currently\s+|routinely\s+)?(?:collect|record|capture|log|track|monitor)\b/i;

/** The reply speaks of the practice asked about ("we do not collect …", "no section to record …"), not only of "this information". */
const PRACTICE = /\b(?:collect|collected|collecting|record|recorded|recording|capture|captured|log|logged|track|tracked|monitor|monitored)\b/i;

function answersWhetherRecorded<D extends { outcome: string; rule: string; evidence: readonly { quote: string }[] }>(d: D, question: string, via: Question["answerVia"]): D {
  if (d.outcome !== "not_held" || via !== "own" || !WHETHER_RECORDED.test(question.replace(/\s+/g, " "))) return d;
  if (!PRACTICE.test(d.evidence[0]?.quote ?? "")) return d;
  return { ...d, outcome: "disclosed", rule: `${d.rule}/answers-whether-recorded` };
}
