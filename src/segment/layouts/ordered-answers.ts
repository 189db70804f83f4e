import type { Message, Question, Span } from "../../core/types.js";
import type { Segmentation } from "../types.js";
import { contentStems, overlap } from "../../core/stems.js";
import { NUMBERED, closingAfter, trimSpan, type Context } from "../context.js";
import { finish } from "../finish.js";
import { unitsOf, type Unit } from "../roles.js";
import { readsAsAsk } from "../asks-read.js";

/**
 * Unnumbered asks answered in order by unlabelled paragraphs. The request lists its asks as bullets
 * or one a line ("How many …?" / "Which …?" / "Please send me a copy of …"); the reply, with no
 * number, label or restated question, answers them one after another in paragraphs of its own, as
 * email replies and disclosure-log pages do ("I have answered your questions in the order you
 * asked them."). An answer may run over several paragraphs (a refusal, then its harm, public
 * interest and balance; a lead-in ending in a colon, then the list under it).
 *
 * The asks are paired with the paragraphs by a monotone alignment: each ask takes a run of
 * paragraphs, the first ask the first paragraph, and a run starts where a paragraph speaks of that
 * ask (its own words, shared with no other ask; "your second question") and not where a paragraph
 * goes on with the one before ("However, …", "Harm: …", "Factors favouring …", the list under a
 * colon). The reading is proposed only when the pairing has evidence: at least half the asks find
 * their own words, or their ordinal, in the paragraph that starts their answer.
 */
export function orderedAnswers(ctx: Context, messages: Message[]): Segmentation | null {
  if (ctx.responseStart <= 0) return null;
  // The request quoted word for word at the top of the reply ("Your request read:" / the asks / "Response"):
  // the answers start after the quotation, so the asks are read as the request's.
  const quoted = unitsOf(ctx).filter((u) => !u.inResponse && u.span.start >= ctx.responseStart && u.role === "ask").at(-1);
  const after = quoted && unitsOf(ctx).find((u) => u.inResponse && u.span.start > quoted.span.end);
  if (after) ctx = { ...ctx, responseStart: after.span.start, responseLine: after.first };
  const units = unitsOf(ctx);
  const asks = requestAsks(ctx, units);
  if (!asks) return null;
  const closing = closingAfter(ctx, ctx.responseLine + 1);
  const paragraphs = replyParagraphs(ctx, units, closing);
  if (!paragraphs || paragraphs.length < asks.length) return null;
  const askText = asks.map((a) => ctx.text.slice(a.start, a.end));
  const paraText = paragraphs.map((p) => ctx.text.slice(p.span.start, p.span.end));
  // The reply copies an ask back (a restated reading, restated-asks or interleaved, pairs it better): the ask's
  // words again as a question or a heading, or word for word. An answer that echoes its ask ("No, the budget has
  // not been overspent.") is no copy.
  const copies = (a: string, line: string): boolean => overlap(a, line) >= 0.8 && (/[?:]\s*$/.test(line) || overlap(line, a) >= 0.9);
  if (paraText.some((p) => askText.some((a) => copies(a, p.split("\n")[0]!.trim())))) return null;
  const starts = align(askText, paragraphs.map((p, i) => ({ text: paraText[i]!, goesOn: p.goesOn })));
  if (!starts) return null;
  const questions: Question[] = asks.map((a, i) => {
    const from = paragraphs[starts[i]!]!.span.start;
    const to = paragraphs[(starts[i + 1] ?? paragraphs.length) - 1]!.span.end;
    return { label: String(i + 1), questionSpan: trimSpan(ctx.text, a), answerSpan: trimSpan(ctx.text, { start: from, end: to }), answerVia: "own" };
  });
  return finish(ctx, questions, paragraphs[paragraphs.length - 1]!.span.end, "ordered-answers", messages);
}

/** "And the same for …", "Also for …": a line that starts a new ask after one on the line above. */
const FOLLOW_ON = /^(?:And|Also|Plus)\s+(?:the same|for|in|what|how|which|who|when|where|whether|is|are|was|were|do|does|did|has|have|can|could|would|please|a|an|any|the)\b/;

/**
 * The request's asks: a run of bulleted asks, or of asks one a line, before the response (2 to 12,
 * none numbered or lettered). An ask unit written over two lines whose second opens a new sentence
 * with "And …" / "Also …" is two asks (a requester pressing return, not a wrapped line).
 */
function requestAsks(ctx: Context, units: readonly Unit[]): Span[] | null {
  const request = units.filter((u) => !u.inResponse && u.span.start < ctx.responseStart);
  if (request.some((u) => u.marker && (NUMBERED.has(u.marker.kind) || u.marker.kind === "letter" || u.marker.kind === "roman"))) return null;
  let best: Span[] = [];
  let run: Span[] = [];
  // A line of text right against the run, with no blank line between, is one of its asks read as something
  // else ("The criteria used to …" above "Any guidance …"): the run is not the whole list, so none is read.
  let broken = false;
  const close = (): void => {
    if (run.length > best.length && !broken) best = run;
    run = [];
    broken = false;
  };
  const touching = (a: Unit | undefined, b: Unit | undefined): boolean => a !== undefined && b !== undefined && b.first === a.last + 1 && (a.role === "text" || b.role === "text");
  for (let i = 0; i < request.length; i++) {
    const u = request[i]!;
    const perLine = u.role === "ask" && !u.marker && u.last - u.first >= 2 ? oneAskALine(ctx, u) : null;
    if (perLine) {
      if (run.length === 0 && touching(request[i - 1], u)) broken = true;
      run.push(...perLine);
    } else if (u.role === "ask" && (u.marker?.kind === "bullet" || u.last - u.first <= 2)) {
      if (run.length === 0 && touching(request[i - 1], u)) broken = true;
      if (touching(u, request[i + 1])) broken = true;
      run.push(...splitFollowOn(ctx, u));
    } else if (u.role === "refinement" || u.role === "fragment") continue;
    else close();
  }
  close();
  if (best.length < 2 || best.length > 12) return null;
  return best;
}

/**
 * A web form's request typed one ask a line with no bullets or blank lines ("The number of … in 2024" /
 * "Whether any ransom was paid" / "The name of …"), under an optional lead-in ("I would like the
 * following under the Act"): each line opens with a capital and none leaves its sentence open (a
 * hard-wrapped paragraph ends lines on "and", "of", a comma, and goes on in lower case). Three or
 * more such lines are the asks; null when the unit reads as a wrapped paragraph.
 */
function oneAskALine(ctx: Context, u: Unit): Span[] | null {
  const lines = ctx.lines.slice(u.first, u.last + 1).filter((l) => !l.blank);
  const lead = lines[0] && (/:$/.test(lines[0].trimmed) || /\bthe following\b/i.test(lines[0].trimmed)) ? 1 : 0;
  const asks = lines.slice(lead);
  if (asks.length < 3) return null;
  const open = /[,;(&/-]$|\b(?:and|or|of|the|to|for|in|on|at|a|an|by|with|from|per|as|including)$/i;
  if (asks.some((l) => !/^[A-Z]/.test(l.trimmed) || open.test(l.trimmed) || l.trimmed.split(/\s+/).length < 3)) return null;
  if (asks.filter((l) => readsAsAsk(l.trimmed, true)).length * 2 < asks.length) return null;
  return asks.map((l) => ({ start: l.start + l.indent, end: l.end }));
}

function splitFollowOn(ctx: Context, u: Unit): Span[] {
  const start = u.marker?.kind === "bullet" ? u.marker.contentStart : u.span.start;
  const out: Span[] = [{ start, end: u.span.end }];
  for (let i = u.first + 1; i <= u.last; i++) {
    const l = ctx.lines[i]!;
    const before = ctx.lines[i - 1]!;
    if (l.blank || /[,;:]\s*$/.test(before.trimmed) || !FOLLOW_ON.test(l.trimmed)) continue;
    out[out.length - 1]!.end = before.end;
    out.push({ start: l.start + l.indent, end: u.span.end });
  }
  return out;
}

export interface Paragraph {
  span: Span;
  /** Goes on with the paragraph before: it cannot start an answer. */
  goesOn: boolean;
}

/** The reply's opening words about itself: thanks, "please find below", "in the order you asked". */
const FRAMING = /^(?:thank you|thanks|please find|please see|i (?:have|am|can|write|attach)|we (?:have|are|can)|further to|following|in (?:response|reply) to|with reference to|your (?:request|questions?|email)|our (?:response|answers?|reply)|the (?:answers?|responses?) to|below (?:are|is)|set out below)\b/i;
const ABOUT_REPLY = /\b(?:below|as follows|in (?:the )?order|in turn|each of your|your (?:request|questions?|email|letter)|freedom of information|the act\b|environmental information)/i;
/** A paragraph that goes on with the answer before it. */
const GOES_ON =
  /^(?:however|but|this|these|that|those|it|they|such|in addition|additionally|further(?:more)?|moreover|please note|note|harm|the harm|evidence of harm|overall harm|factors?|balance|balancing|on balance|public interest|the public interest|in (?:reaching|making) (?:this|that|the) decision|sections? \d{1,3}[a-z]?(?:\([0-9a-z]{1,4}\)){0,3}\s*(?:-|–|:|is|are|and)|the (?:exemptions?|sections?) (?:is|are|at|in|cited|applied)|(?:this|that|the) exemption|if you (?:were|would|wish|narrow|refine)|you (?:may|might|can) (?:wish|like|want)|we would|we may be able|the (?:appropriate |cost )?limit|for example|for instance|in particular|as a result|therefore|accordingly|consequently|instead|otherwise|to (?:explain|clarify)|in summary)\b/i;

/**
 * The reply's paragraphs between its opening and its closing (at blank lines), past the greeting
 * and the framing paragraph. None when the reply is laid out by labels or numbers (other layouts
 * read those) or is one paragraph.
 */
export function replyParagraphs(ctx: Context, units: readonly Unit[], closing: number): Paragraph[] | null {
  const inReply = units.filter((u) => u.inResponse && u.span.start >= ctx.responseStart && u.span.start < closing);
  if (inReply.some((u, i) => u.role === "question-label" || (u.role === "answer-label" && i > 0) || (u.marker && NUMBERED.has(u.marker.kind)) || u.role === "table-row")) return null;
  const out: Paragraph[] = [];
  let para: { span: Span; first: number } | null = null;
  for (const l of ctx.lines) {
    if (l.start < ctx.responseStart || l.start >= closing) continue;
    if (l.blank || l.header === "response" || l.header === "both") {
      para = null;
      continue;
    }
    if (!para && out.length === 0 && /^(?:dear|hello|hi|good (?:morning|afternoon|evening)|greetings)\b/i.test(l.trimmed)) continue;
    if (para) {
      para.span.end = l.end;
      continue;
    }
    para = { span: { start: l.start + l.indent, end: l.end }, first: l.index };
    out.push({ span: para.span, goesOn: false });
  }
  // The opening paragraph about the reply itself ("Thank you for your email. I have set out our answers below, in the order of your questions.").
  while (out.length && isFraming(ctx.text.slice(out[0]!.span.start, out[0]!.span.end))) out.shift();
  for (let i = 0; i < out.length; i++) {
    const said = ctx.text.slice(out[i]!.span.start, out[i]!.span.end).trim();
    const before = i > 0 ? ctx.text.slice(out[i - 1]!.span.start, out[i - 1]!.span.end).trim() : "";
    // A list under an answer ("The contract covers:" / "- cleaning" / "- repairs") goes on with it, item by item.
    const listItem = /^[-•*▪●·–]\s/.test(said) && (/:$/.test(before) || /^[-•*▪●·–]\s/.test(before));
    out[i]!.goesOn = i > 0 && (GOES_ON.test(said) || /^[a-z]/.test(said) || /:$/.test(before) || listItem || shortHeading(said));
  }
  return out.length >= 2 ? out : null;
}

function isFraming(said: string): boolean {
  const t = said.trim();
  // It states no figure: a date or a reference is not an answer.
  return FRAMING.test(t) && ABOUT_REPLY.test(t) && !/£|\d/.test(t.replace(DATE_OR_REFERENCE, ""));
}
// redos-ok: every run is bounded ({0,6}, {0,8}, {0,20}) and no two adjacent runs share a character class but the last, which ends the match
export const DATE_OR_REFERENCE = /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?: \d{4})?|\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b[a-z]{2,8}[-/][a-z]{0,8}\d[\w/-]{0,20}/gi;

/** "Public Interest Test", "Section 31(3) - Law Enforcement": a heading of the explanation, not an answer. */
function shortHeading(said: string): boolean {
  // A line ending in a colon leads into what follows it ("The contract covers:"): it may open an answer.
  return !said.includes("\n") && said.split(/\s+/).length <= 8 && !/[.?!:]$/.test(said);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
/** "your second question", "question 3", "the third point": which ask a paragraph names, 0-based; -1 for none. */
function ordinalNamed(said: string, count: number): number {
  const head = said.slice(0, 200).toLowerCase();
  const word = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final) (?:question|point|part|request|query|item)\b/.exec(head);
  if (word) return word[1] === "last" || word[1] === "final" ? count - 1 : ORDINALS.indexOf(word[1]!);
  const number = /\b(?:question|point|part|request|query|item) (\d{1,2})\b/.exec(head);
  return number ? Number(number[1]) - 1 : -1;
}

/**
 * Where each ask's answer starts (indices into the paragraphs), by dynamic programming over
 * monotone runs, or null when the pairing has too little evidence.
 */
function align(asks: string[], paragraphs: { text: string; goesOn: boolean }[]): number[] | null {
  const n = asks.length;
  const m = paragraphs.length;
  // A word weighs more the fewer asks use it: the words that tell the asks apart.
  const sets = asks.map((a) => contentStems(a));
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string): number => 1 / (df.get(w) ?? 1);
  const fit = (i: number, j: number): { score: number; evidence: boolean } => {
    const p = paragraphs[j]!;
    const said = contentStems(p.text.slice(0, 400));
    let total = 0;
    let found = 0;
    for (const w of sets[i]!) {
      total += weight(w);
      if (said.has(w)) found += weight(w);
    }
    const words = total ? found / total : 0;
    const named = ordinalNamed(p.text, n);
    const ordinal = named === i ? 1 : named >= 0 ? -1 : 0;
    const score = words + ordinal - (p.goesOn ? 1 : 0);
    return { score, evidence: ordinal > 0 || (words >= 0.2 && found >= 1 && !p.goesOn) };
  };
  const table = asks.map((_, i) => paragraphs.map((_, j) => fit(i, j)));
  // best[i][j]: the best score with ask i's answer starting at paragraph j.
  const best: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-Infinity));
  const from: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-1));
  best[0]![0] = table[0]![0]!.score;
  for (let i = 1; i < n; i++) {
    for (let j = i; j <= m - (n - i); j++) {
      for (let k = i - 1; k < j; k++) {
        const s = best[i - 1]![k]! + table[i]![j]!.score;
        if (s > best[i]![j]!) {
          best[i]![j] = s;
          from[i]![j] = k;
        }
      }
    }
  }
  let end = -1;
  for (let j = n - 1; j < m; j++) if (end < 0 || best[n - 1]![j]! > best[n - 1]![end]!) end = j;
  if (end < 0 || best[n - 1]![end] === -Infinity) return null;
  const starts: number[] = new Array<number>(n);
  for (let i = n - 1, j = end; i >= 0; j = from[i]![j]!, i--) starts[i] = j;
  if (starts.some((j, i) => i > 0 && paragraphs[j]!.goesOn)) return null;
  const evidence = starts.filter((j, i) => table[i]![j]!.evidence).length;
  return evidence * 2 >= n && evidence >= 2 ? starts : null;
}
