import type { Question, Span } from "../core/types.js";
import { contentStems } from "../core/stems.js";
import { hasContent, trimSpan, type Context } from "./context.js";

/**
 * Prose answering by topic (family: "running prose, a paragraph per ask"): the request is listed,
 * numbered or bulleted, then the reply answers in paragraphs that name each ask's subject rather than
 * its number: "On the number waiting and the longest wait, …" / "Regarding spending, …" / "As for the
 * policy, …" / "Finally, the strategy …". Read as one reply shared by every ask, a refusal said of one
 * (section 21 for a published policy) reaches them all. Variants: one paragraph answers two asks
 * together; the paragraphs come in another order than the asks; a courtesy line opens the reply
 * ("I can confirm that we hold some of the information"); reasons follow in a paragraph of their own.
 *
 * Each paragraph of the shared reply is given to the asks whose own words (those not common to every
 * ask) it shares most. The split stands only when every ask gets a paragraph; a paragraph that speaks
 * to none continues the one before it, and one before any ask's paragraph (a courtesy line) opens the
 * reply for all and is left out, unless it refuses or cites, when the reply is left whole.
 */
const REFUSES_OR_CITES = /\b(?:exempt|exception|withh[eo]ld|refus|neither confirm|section \d|regulation \d|s\.?\s?\d{2}\b)/i;

/** A reply's opening courtesy said of the whole request: "I can confirm that we hold some of the information you asked for." */
const COURTESY = /^[^.]{0,80}\b(?:hold|holds)\s+(?:some|all|part|most|none)\s+of\s+the\s+information\b|^(?:please (?:find|see) )?(?:our|the) (?:response|answers?|replies)\b[^.]{0,40}\b(?:below|follows?)\b/i;
/** "On …,", "Regarding …,", "As for …,", "Turning to …,": the subject a paragraph names before its comma. */
// redos-ok: one bounded run of non-commas after a fixed cue
const TOPIC_CUE = /^(?:on|regarding|as (?:for|to|regards)|turning (?:now )?to|in (?:relation|respect|regard) (?:to|of)|with (?:regard|respect|reference) to|concerning|about)\s([^,.:;]{3,120})[,:]/i;

/** A paragraph's first line standing as its title: "Ransomware:", "Garden waste". */
// redos-ok: one bounded run, then the line's end
const TITLE_LINE = /^([A-Z][^\n.?!]{1,50}?):?[^\S\n]*\n/;
// redos-ok: fixed alternatives, no repetition
const WHOLE_REQUEST = /\b(?:(?:all|each of) )?the (?:other|remaining) (?:parts?|questions?|elements?|points?)\b|\b(?:all|any) (?:of )?the information (?:you (?:have )?(?:requested|asked for)|requested)\b|\bthe (?:whole|entirety of (?:the|your)) request\b/i;

/** An ask's content stems with the initials of its capitalised names: "National Cyber Security Centre" → "ncsc". */
function withAcronyms(s: string): Set<string> {
  const out = contentStems(s);
  for (const m of s.matchAll(/\b[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|for))+/g)) {
    const initials = m[0].split(" ").filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]!.toLowerCase()).join("");
    if (initials.length >= 3) out.add(initials);
  }
  return out;
}

/** A paragraph opening with a question's number or an answer heading: another answer, not the reasons of the one before. */
function labelled(ctx: Context, p: Span): boolean {
  const line = ctx.lines.find((l) => l.start <= p.start && p.start < l.end + 1);
  return line !== undefined && ((line.marker !== null && line.marker.kind === "number") || line.header === "response");
}

export function splitByTopic(ctx: Context, questions: Question[]): void {
  const groups = new Map<string, Question[]>();
  for (const q of questions) {
    // The rest of the reply given to asks left unanswered (a blanket answer) is said to them all.
    if (!q.answerSpan || !q.questionSpan || q.refersTo || (q.answerVia !== "own" && q.answerVia !== "pending")) continue;
    const key = `${q.answerSpan.start}:${q.answerSpan.end}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  for (const group of groups.values()) if (group.length >= 2) split(ctx, group);
}

function split(ctx: Context, group: Question[]): void {
  const { text } = ctx;
  const span = group[0]!.answerSpan!;
  if (ctx.responseStart < 0 || span.start < ctx.responseStart) return;
  // The harm test and public interest sections the letter heads as such are said for the letter (finish.ts keeps them as explanations).
  const explanation = ctx.lines.find((l) => l.start > span.start && l.start < span.end && l.header === "explanation");
  const paragraphs = paragraphsOf(ctx, { start: span.start, end: explanation ? explanation.start : span.end });
  if (paragraphs.length < 2) return;
  // Paragraphs numbered by the reply ("1. …" to "5. …" under lettered asks): the numbers pair them, in order;
  // numbered otherwise, they are read by the other layouts.
  const numbered = paragraphs.filter((p) => labelled(ctx, p));
  if (numbered.length >= 2) {
    if (numbered.length !== group.length) return;
    group.forEach((q, i) => {
      const from = paragraphs.indexOf(numbered[i]!);
      const upto = i + 1 < numbered.length ? paragraphs.indexOf(numbered[i + 1]!) : paragraphs.length;
      const line = ctx.lines.find((l) => l.start <= numbered[i]!.start && numbered[i]!.start < l.end + 1)!;
      const start = line.marker ? line.marker.contentStart : line.inlineStart ?? numbered[i]!.start;
      q.answerSpan = trimSpan(text, { start, end: paragraphs[upto - 1]!.end });
      q.answerVia = "own";
    });
    return;
  }
  const asked = group.map((q) => withAcronyms(text.slice(q.questionSpan!.start, q.questionSpan!.end)));
  // A word counts for an ask by how few of the asks use it: "spend" for the spend ask alone, "cyber" for all but weakly.
  const weight = (w: string): number => {
    const df = asked.filter((set) => set.has(w)).length;
    return df === 0 || df === asked.length ? 0 : 1 / df;
  };
  const scores: number[][] = paragraphs.map((p) => {
    const body = text.slice(p.start, p.end);
    if (COURTESY.test(body) && !REFUSES_OR_CITES.test(body)) return asked.map(() => 0);
    // Said of the whole request ("all the other parts of the request", "this request is vexatious"): no ask's own.
    if (WHOLE_REQUEST.test(body) || (/\b(?<!parts?\sof\s)(?:this|your|the) request\b/i.test(body) && REFUSES_OR_CITES.test(body))) return asked.map(() => 0);
    // "On the number waiting and the longest wait, …", "Ransomware:" over the paragraph: the subject the
    // paragraph names is what it answers.
    const subject = TOPIC_CUE.exec(body)?.[1] ?? TITLE_LINE.exec(body)?.[1];
    const score = (said: Set<string>): number[] => asked.map((set) => [...set].reduce((n, w) => n + (said.has(w) ? weight(w) : 0), 0));
    // A subject named in other words than the ask's ("As for closures" over "the number closed") is read by the whole paragraph.
    const bySubject = subject ? score(contentStems(subject)) : null;
    return bySubject && bySubject.some((x) => x > 0) ? bySubject : score(contentStems(body));
  });
  // A paragraph speaks to the asks that score near its best (two named together, "the number waiting and the longest wait").
  const targets: (Set<number> | null)[] = scores.map((row) => {
    const best = Math.max(...row);
    return best < 0.5 ? null : new Set(row.flatMap((s, k) => (s > 0 && s * 3 >= best * 2 ? [k] : [])));
  });
  const first = targets.findIndex((t) => t !== null);
  if (first < 0 || targets.filter(Boolean).length < 2) return;
  // A courtesy line before the first topic paragraph is left out. A refusal or a citation that speaks to no
  // ask is said to all, unless it follows an ask's own refusal (its reasons, its public interest test).
  const cites = (k: number): boolean => REFUSES_OR_CITES.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.end));
  let lastCites = false;
  for (let k = 0; k < paragraphs.length; k++) {
    if (targets[k]) lastCites = cites(k);
    else if (cites(k) && !lastCites) return;
  }
  // Each ask's paragraph: the one it leads most clearly (its score against the paragraph's best, then fewest
  // asks sharing it, then its score), with the paragraphs after it that speak to no ask (its reasons).
  const answers: (Span | null)[] = group.map((_, i) => {
    let pick = -1;
    let key: [number, number, number] = [0, 0, 0];
    targets.forEach((t, k) => {
      if (!t?.has(i)) return;
      const best = Math.max(...scores[k]!);
      const mine: [number, number, number] = [scores[k]![i]! / best, -t.size, scores[k]![i]!];
      if (pick < 0 || mine[0] > key[0] || (mine[0] === key[0] && (mine[1] > key[1] || (mine[1] === key[1] && mine[2] > key[2])))) {
        pick = k;
        key = mine;
      }
    });
    if (pick < 0) return null;
    let end = paragraphs[pick]!.end;
    for (let k = pick + 1; k < paragraphs.length && targets[k] === null && !labelled(ctx, paragraphs[k]!); k++) end = paragraphs[k]!.end;
    return { start: paragraphs[pick]!.start, end };
  });
  if (answers.some((a) => a === null)) return;
  group.forEach((q, i) => {
    q.answerSpan = answers[i]!;
    q.answerVia = "own";
  });
}

/**
 * The paragraphs of a span: split at blank lines, and before a title line standing over prose where a
 * letter's extracted text lost its blank lines ("… in 2024 (92%)." / "Microsoft 365 and Windows versions" /
 * "The force is moving …"). Each trimmed, those with content only.
 */
function paragraphsOf(ctx: Context, span: Span): Span[] {
  const { text } = ctx;
  const out: Span[] = [];
  let open: Span | null = null;
  const inside = ctx.lines.filter((l) => l.end > span.start && l.start < span.end);
  inside.forEach((l, k) => {
    if (l.blank) {
      open = null;
      return;
    }
    const before = inside[k - 1];
    const after = inside[k + 1];
    const title = open !== null && before !== undefined && !before.blank && /[.!?:)]["”’]?$/.test(before.trimmed) && TITLE_SHAPED.test(l.trimmed) && after !== undefined && !after.blank && after.trimmed.length > l.trimmed.length;
    if (open && !title) open.end = Math.min(l.end, span.end);
    else out.push((open = { start: Math.max(l.start, span.start), end: Math.min(l.end, span.end) }));
  });
  return out.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start && hasContent(text.slice(p.start, p.end)));
}

/** A short title: a capital first, up to seven words, no sentence end ("ICO reports 2023/24", "Ransomware:"). */
// redos-ok: bounded word repetitions separated by single spaces
const TITLE_SHAPED = /^[A-Z][^\s.?!,;]*(?: [^\s.?!,;]+){0,6}:?$/;

/**
 * "Our answer under "Ransomware" applies to this part too": a pointer to another answer by the title it
 * stands under rather than its number. Returns the label of the question whose answer opens with (or sits
 * right under) a short title naming that subject.
 */
// redos-ok: one bounded run inside quotes after fixed words
const POINTER_BY_TITLE = /\b(?:answer|response|reply)\s(?:under|to|on|headed|for)\s(?:the\s(?:heading|title)\s)?["“‘']([^"”’'\n]{2,40})["”’']/i;

export function pointedByTitle(text: string, questions: readonly Question[], q: Question): string | null {
  const m = POINTER_BY_TITLE.exec(text.slice(q.answerSpan!.start, q.answerSpan!.end));
  if (!m) return null;
  const name = m[1]!.trim().toLowerCase();
  for (const o of questions) {
    if (o === q || !o.answerSpan) continue;
    const firstLine = text.slice(o.answerSpan.start, o.answerSpan.end).split("\n", 1)[0]!;
    const before = text.slice(0, o.answerSpan.start).trimEnd();
    const lineAbove = before.slice(before.lastIndexOf("\n") + 1);
    const titled = (line: string): boolean => line.trim().length <= 60 && line.toLowerCase().includes(name);
    if (titled(firstLine) || titled(lineAbove)) return o.label;
  }
  return null;
}
