import type { Answer, Citation, LetterKind } from "../core/types.js";
import { has, patternIndex } from "../core/literals.js";

/**
 * labels.md "Replies that are not a response": a letter that only acknowledges,
 * extends, asks to clarify, asks for a fee or says the request went elsewhere. Each
 * kind has a family of cues (my wording, with the variants letters use), each cue with a
 * weight; the letter's answers are the competing reading. A kind wins only when its cues
 * outweigh the evidence that something was answered.
 */
interface Cue {
  re: RegExp;
  weight: number;
}

const CUES: Record<Exclude<LetterKind, "response">, Cue[]> = {
  acknowledgement: [
    { re: /\backnowledg\w*\s+(?:the\s+)?(?:receipt|your\s+(?:request|e-?mail|letter))/i, weight: 2 },
    // A promise to this requester ("we will reply within…", "you can expect a response by…"), not a policy
    // stated in a reply ("we endeavour to complete reviews within 20 working days").
    { re: /\b(?:we|i)\s+(?:will|shall|aim\s+to|expect\s+to|intend\s+to)\s+(?:respond|reply|provide\s+(?:you\s+with\s+)?(?:a|our|the)\s+(?:full\s+)?response|send\s+(?:you\s+)?(?:a|our|the)\s+response)\b[^.\n]{0,80}?\b(?:within|by|no\s+later\s+than|before)\b/i, weight: 2 },
    { re: /\byou\s+(?:should|will|can|may)\s+(?:expect\s+to\s+)?(?:receive|have|get|expect)\s+(?:a|our|the)\s+(?:full\s+)?(?:response|reply)\b/i, weight: 2 },
    { re: /\b(?:20|twenty)\s+working\s+days\b/i, weight: 1 },
    { re: /\b(?:has\s+been|was|is\s+being|have\s+been)\s+(?:logged|registered|allocated|assigned)\b/i, weight: 1 },
    { re: /\b(?:we|i)\s+(?:have\s+)?received\s+your\s+(?:request|e-?mail|letter|correspondence)\b/i, weight: 1 },
  ],
  extension: [
    { re: /\bextend\w*\b[^.\n]{0,60}?\b(?:time|deadline|period|date|limit)\b|\bextension\s+(?:of|to)\s+(?:the\s+)?(?:time|deadline|period)/i, weight: 2 },
    { re: /\b(?:need|require)s?\s+(?:more|additional|further|extra)\s+time\b/i, weight: 2 },
    { re: /\bsection\s+10\s*\(\s*3\s*\)|\bregulation\s+7\s*\(\s*1\s*\)/i, weight: 2 },
    { re: /\b(?:not\s+yet|unable\s+to|not\s+(?:been\s+)?able\s+to)\s+(?:reach(?:ed)?\s+a\s+decision|respond|reply|provide\s+(?:you\s+with\s+)?(?:a|our|the)\s+(?:full\s+)?response|complete)\b/i, weight: 2 },
    { re: /\bapologi[sz]e\w*\s+(?:for|that)\b[^.\n]{0,40}?\bdelay/i, weight: 1 },
    // A holding letter says what it is not: "our email is not a refusal", "please do not read this as a refusal".
    { re: /\b(?:is|as)\s+not\s+a\s+refusal\b|\bnot\s+(?:to\s+be\s+)?(?:read|treated|taken)\s+as\s+a\s+refusal\b|\bdo\s+not\s+(?:read|treat|take)\s+(?:this|it)\s+as\s+a\s+refusal\b/i, weight: 2 },
    // The deadline passed, said outright: "we apologise for not meeting the deadline", "we have missed the statutory
    // time limit", "we failed to respond within 20 working days", "your request is now overdue".
    { re: /\b(?:not\s+meeting|not\s+met|(?:did|have)\s+not\s+meet|failed\s+to\s+meet|missed|missing|exceeded)\s+(?:the\s+|our\s+)?(?:statutory\s+)?(?:deadline|time\s*(?:limit|frame|scale)|due\s+date|response\s+date)|\bfailed\s+to\s+(?:respond|reply)\s+within\b|\b(?:is|are)\s+(?:now\s+)?overdue\b/i, weight: 2 },
  ],
  clarification: [
    { re: /\b(?:clarify|clarification)\b/i, weight: 1 },
    // Requests ask this too ("Can you confirm whether…"): on its own it is not enough.
    { re: /\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:clarify|confirm|specify|explain|let\s+(?:us|me)\s+know|provide\s+(?:more|further|additional|some)\s+(?:detail|information))/i, weight: 1 },
    { re: /\bbefore\s+(?:we|i)\s+(?:can|are\s+able\s+to|am\s+able\s+to)\s+(?:(?:begin|start)\s+(?:to\s+)?)?(?:process|respond|answer|deal\s+with|proceed|consider)/i, weight: 2 },
    // The clock waits for the answer: "once we have received your clarification", "time spent clarifying".
    { re: /\bonce\s+(?:we\s+|i\s+)?(?:have\s+)?receiv\w*\s+(?:your|the|this)\s+clarification|\btime\s+spent\s+clarifying\b/i, weight: 1 },
    { re: /\bsection\s+1\s*\(\s*3\s*\)|\bregulation\s+9\s*\(\s*2\s*\)/i, weight: 2 },
    { re: /\binvit\w*\s+you\s+to\s+(?:refine|narrow|rephrase|clarify)|\brefine\s+the\s+terms\s+of\b/i, weight: 2 },
    { re: /\b(?:clock|time\s+limit|timescale)\s+(?:will\s+)?(?:stop|restart|start\s+again|be\s+paused|re-?start)|\bdiscuss\s+(?:further\s+)?(?:the\s+terms\s+of\s+)?(?:your|the)\s+request\b/i, weight: 1 },
    { re: /\bwhat\s+(?:exactly\s+)?(?:you\s+mean|is\s+meant)\s+by\b/i, weight: 1 },
  ],
  fees: [
    { re: /\bfees?\s+notice\b/i, weight: 3 },
    { re: /\bfee\s+of\s+£\s?\d|£\s?\d[\d,.]*\s+(?:fee|charge)\b/i, weight: 2 },
    { re: /\bon\s+receipt\s+of\s+(?:the\s+|your\s+)?(?:payment|fee)\b/i, weight: 2 },
    { re: /\bsection\s+9\b|\bregulation\s+8\b/i, weight: 1 },
    { re: /\b(?:cheque|disbursements?|payable\s+to)\b/i, weight: 1 },
  ],
  transfer: [
    { re: /\b(?:transferred|passed|forwarded|referred|sent)\s+(?:on\s+)?(?:your\s+(?:request|e-?mail)|it|this\s+request|the\s+request)\b[^.\n]{0,40}?\bto\b/i, weight: 3 },
    { re: /\b(?:is|are|would\s+be)\s+(?:better\s+)?(?:held|dealt\s+with|answered)\s+by\s+(?:another|a\s+different|the\s+relevant)\b/i, weight: 1 },
  ],
};

/** Wording that gives or decides something: a reply that says it would be a response whatever else it says. */
const ANSWERING: Cue[] = [
  { re: /\b(?:we\s+are\s+attaching|i\s+attach|we\s+attach|please\s+find\s+(?:\w+\s+){0,3}(?:attached|enclosed|below)|(?:is|are)\s+(?:attached|enclosed))\b/i, weight: 1 },
  { re: /\b(?:uphold|upheld|overturn(?:ed)?|partially\s+uphold)\b/i, weight: 2 },
  { re: /\b(?:we|the\s+\w+)\s+(?:do|does)\s+not\s+hold\b|\bno\s+(?:information|records?)\s+(?:is|are|was|were)\s+held\b/i, weight: 2 },
  { re: /\b(?:exempt\s+(?:from\s+disclosure\s+)?under|is\s+being\s+withheld|we\s+are\s+(?:withholding|refusing))\b/i, weight: 2 },
];

/** Every cue above, ANSWERING first then CUES in order: the reply is scanned once for the words they need. */
const ALL_CUES: readonly Cue[] = [...ANSWERING, ...Object.values(CUES).flat()];
const CUE_INDEX = patternIndex(ALL_CUES.map((c) => c.re));
const CUE_NUMBER = new Map(ALL_CUES.map((c, i) => [c, i]));

/**
 * A ground weighed, not yet applied: holding letters (FOIA s10(3), EIR 7(1)) name the exemptions the
 * authority is still considering, in hedged words: "some of the information may be exempt under section
 * 24", "we think section 43 might apply", "we are considering whether section 31 is engaged", "the
 * information is potentially exempt". Such a sentence decides nothing, so it is no evidence of an answer.
 */
// redos-ok: alternations of fixed words, each optional word group bounded and separated by required words
export const HEDGED_GROUND = /\b(?:may|might|could)\s+(?:well\s+|also\s+|potentially\s+)?(?:be\s+(?:exempt|engaged|withheld|covered\s+by)|apply|engage|fall\s+(?:within|under))\b|\b(?:consider(?:ing)?|assess(?:ing)?|determin(?:e|ing)|decid(?:e|ing)|establish(?:ing)?)\s+whether\b|\b(?:potentially|possibly|provisionally)\s+(?:exempt|engaged|applicable|relevant)\b|\b(?:considering|assessing|weighing)\s+(?:the\s+)?(?:application|use|relevance)\s+of\b/i;

/** The sentence around a span: back to the last full stop (or blank line), on to the next one, each at most 300 characters away. */
function sentenceAt(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 300), span.start);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"), before.lastIndexOf("\n\n"));
  const after = text.slice(span.end, span.end + 300);
  const next = /[.!?](?=\s|$)|\n\s*\n/.exec(after);
  return before.slice(stop + 1) + text.slice(span.start, span.end) + (next ? after.slice(0, next.index) : after);
}

/** An exempt answer whose deciding words only weigh a ground ("may be exempt under section 24"). */
function weighedOnly(a: Answer, text: string): boolean {
  if (a.outcome !== "exempt") return false;
  const deciding = a.evidence.filter((e) => e.rule === a.rule);
  return deciding.length > 0 && deciding.every((e) => HEDGED_GROUND.test(sentenceAt(text, e.span)));
}

/** Lines about the requester's rights appear in every kind of reply and say nothing about its kind. */
const RIGHTS = /\b(?:information commissioner|internal review|complain|complaint|appeal|dissatisfied|unhappy with)\b/i;
/** Provisions that belong to these replies themselves (time, clarification, fees), not grounds for withholding. */
const PROCEDURAL = /^(?:FOIA s(?:1|9|10|11|16|17)|EIR (?:7|8|9)|FOISA s(?:1|9|10|15|16))\b/;

export interface KindReading {
  kind: LetterKind;
  /** The cue weight of the winning kind and the evidence of answers it beat. */
  score: number;
  answered: number;
  cues: string[];
}

/** What the letter does: a response, or one of the replies that answer nothing yet. */
export function readLetterKind(text: string, answers: readonly Answer[], citations: readonly Citation[], responseStart = 0): KindReading {
  // The authority's own words: the questions it quotes are the requester's ("Can you confirm…?"), and
  // so is a request that comes before the reply (a thread: its asks are not the authority asking).
  let quoted = " ".repeat(Math.min(responseStart, 40_000)) + text.slice(Math.min(responseStart, 40_000), 40_000);
  for (const a of answers) {
    const q = a.questionSpan;
    if (q && q.end <= quoted.length) quoted = quoted.slice(0, q.start) + " ".repeat(q.end - q.start) + quoted.slice(q.end);
  }
  const lines = quoted.split("\n").filter((l) => !RIGHTS.test(l) && !/^\s*>/.test(l));
  // A thread pasted whole (request, acknowledgement, reply) is as far as its last letter got: read from its last greeting.
  const greetings = lines.map((l, i) => (/^\s*dear\s+\S/i.test(l) ? i : -1)).filter((i) => i >= 0);
  const lastPart = greetings.length >= 2 ? lines.slice(greetings[greetings.length - 1]).join("\n") : "";
  const own = lastPart.length > 200 ? lastPart : lines.join("\n");
  // Evidence that something was answered: an answer a rule decided counts 2; an answer the layout
  // gave its own text but no rule recognised counts 1; grounds applied to withhold count 1.
  let answered = 0;
  for (const a of answers) {
    if (a.outcome === "other" || a.rule.startsWith("segment/") || weighedOnly(a, text)) continue;
    if (!a.rule.startsWith("fallback/")) answered += 2;
    else if (a.answerVia === "own" && a.answerSpan && a.answerSpan.end > a.answerSpan.start) answered += 1;
  }
  // Answering wording is the same evidence seen another way: the stronger of the two counts, not both.
  // Cues none of whose words the reply holds cannot match it: their patterns are not run.
  const possible = CUE_INDEX.possible(own);
  const may = (cue: Cue): boolean => has(possible, CUE_NUMBER.get(cue)!);
  let worded = 0;
  // A sentence that only weighs a ground ("may be exempt under section 31") answers nothing.
  const decided = HEDGED_GROUND.test(own) ? own.split(/(?<=[.!?])\s+/).filter((s) => !HEDGED_GROUND.test(s)).join(" ") : own;
  for (const cue of ANSWERING) if (may(cue) && cue.re.test(decided)) worded += cue.weight;
  answered = Math.max(answered, worded);
  if (citations.some((c) => c.applied && !PROCEDURAL.test(c.ground) && !HEDGED_GROUND.test(sentenceAt(text, c.span)))) answered += 1;
  let best: KindReading = { kind: "response", score: 0, answered, cues: [] };
  for (const [kind, cues] of Object.entries(CUES) as [Exclude<LetterKind, "response">, Cue[]][]) {
    let score = 0;
    const fired: string[] = [];
    for (const cue of cues) {
      const m = may(cue) ? cue.re.exec(own) : null;
      if (!m) continue;
      score += cue.weight;
      fired.push(m[0].replace(/\s+/g, " ").slice(0, 60));
    }
    if (score > best.score) best = { kind, score, answered, cues: fired };
  }
  return best.score >= 2 && best.score > answered ? best : { kind: "response", score: best.score, answered, cues: [] };
}
