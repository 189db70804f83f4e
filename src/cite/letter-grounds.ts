/**
 * Grounds a letter states once for the whole request, not under any one answer: a heading
 * ("Exemptions applied:", "Grounds for refusal –") with its citations outside every answer, or a refusal-notice
 * paragraph ("This letter serves as a refusal notice … by virtue of the following
 * exemptions:") with the list of provisions under it.
 *
 * labels.md: an answer that covers several or all questions gives each covered question its
 * grounds. Such a statement covers the questions it names ("Questions 2 to 4 are withheld
 * under …"), else every question. It only fills questions whose refusal names no ground of its
 * own; it never adds to grounds an answer already gives.
 */
import type { Citation, Evidence, Letter, Span } from "../core/types.js";
import { contains, quote } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { mostPrecise } from "./grounds.js";
import { has, patternIndex } from "../core/literals.js";

export interface LetterGroundStatement {
  span: Span;
  grounds: string[];
  /** Labels of the questions it names; null when it speaks to the whole request. */
  covers: Set<string> | null;
  ncnd: boolean;
  /** The statement says part of the request was given ("we are releasing some of the data"). */
  partGiven: boolean;
}

/**
 * A refusal notice that says part of what was asked is given: "we can provide you with some of the
 * data", "the information is released in part", "we are partially disclosing". With no question read as given, the refusals it covers are each a part withheld.
 */
// redos-ok: fixed words with bounded optional words between, no nested quantifier
const PART_GIVEN = /\b(?:(?:disclos|releas|provid|supply|suppl(?:y|i))\w*\s+(?:you\s+(?:with\s+)?)?some\s+(?:of\s+)?(?:the\s+)?(?:requested\s+|relevant\s+)?(?:information|data|documents?|material)|partial(?:ly)?\s+(?:disclos|releas|provid|grant)\w*|(?:disclosed|released|provided|granted)\s+in\s+part)\b/i;

/** A heading that introduces the grounds of the whole reply. */
const HEADING = /^[ \t]*(?:(?:the\s+)?(?:exemptions?|exceptions?|grounds?(?:\s+for\s+(?:refusal|withholding))?|reasons?\s+for\s+(?:refusal|withholding))(?:\s+(?:applied|applies|apply|used|engaged|relied\s+(?:on|upon)|cited|that\s+apply|being\s+applied))?)[ \t]*(?:[:\-–—][ \t]*|$)/gim;

const HEADING_AT = new RegExp(HEADING.source, "i");

/** A paragraph that says the reply as a whole is a refusal notice or lists the exemptions below. */
const NOTICE = /\b(?:refusal\s+notice|(?:by\s+virtue\s+of|relying\s+on|under)\s+the\s+following\s+(?:exemptions?|exceptions?|sections?|provisions?)|(?:exemptions?|exceptions?)\s+(?:listed\s+|set\s+out\s+)?below)\b/gi;

/** The words HEADING and NOTICE need: most letters hold none of one or the other, and are not scanned for it. */
const STATEMENT_INDEX = patternIndex([HEADING, NOTICE]);

/** Lines a statement may run on to: its list of provisions, one a line. */
const MAX_LIST_LINES = 8;

/** Numbers written as words, as letters name their questions ("questions two and three"). */
const NUMBER_WORDS: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12" };
const WORDS = Object.keys(NUMBER_WORDS).join("|");
const NAMED_BY_WORD = new RegExp(`\\b(?:questions?|q|parts?|points?|items?)\\s+(?:${WORDS})\\b(?:\\s*(?:,|and|&|to)\\s*(?:${WORDS})\\b)*`, "gi");
const NUMBER_WORD = new RegExp(`\\b(?:${WORDS})\\b`, "gi");

/**
 * "question 2", "questions 2 and 3", "questions 2 to 4", "Q3", "parts two and three", "point 4": the
 * labels a statement names ("Part 2 of the Act" is the Act's, not the request's).
 */
export function namedQuestions(text: string): Set<string> | null {
  const labels = new Set<string>();
  const digits = text.replace(NAMED_BY_WORD, (named) => named.replace(NUMBER_WORD, (w) => NUMBER_WORDS[w.toLowerCase()]!));
  const pattern = /\b(?:questions?|q|parts?|points?|items?)\s*(?:\.\s*)?(\d{1,2}[a-z]?)(?!\d)((?:\s*(?:,|and|&|to|-|–)\s*\d{1,2}[a-z]?)*)(?!\d)(?!\s*(?:of|to|in)\s+(?:the\s+)?(?:act|foi|freedom|regulations|schedule|eir|fois))/gi;
  for (const m of digits.matchAll(pattern)) {
    const first = m[1]!.toLowerCase();
    labels.add(first);
    let previous = Number.parseInt(first, 10);
    for (const part of m[2]!.matchAll(/(,|and|&|to|-|–)\s*(\d{1,2}[a-z]?)/gi)) {
      const n = Number.parseInt(part[2]!, 10);
      if (/^(?:to|-|–)$/i.test(part[1]!) && n > previous && n - previous < 30) for (let i = previous + 1; i < n; i++) labels.add(String(i));
      labels.add(part[2]!.toLowerCase());
      previous = n;
    }
  }
  return labels.size ? labels : null;
}

/** The end of the paragraph holding `at`, extended over following lines that each cite a provision. */
function blockEnd(text: string, at: number, end: number, citations: readonly Citation[]): number {
  let cursor = text.indexOf("\n", at);
  if (cursor < 0 || cursor > end) return end;
  for (let lines = 0; lines < MAX_LIST_LINES; lines++) {
    const next = text.indexOf("\n", cursor + 1);
    const lineEnd = next < 0 || next > end ? end : next;
    const line = { start: cursor + 1, end: lineEnd };
    if (line.start >= end) break;
    // A line holds a citation when one starts on it or a list cited one item a line runs over it.
    const hasCitation = citations.some((c) => !c.byName && c.span.start < line.end && c.span.end > line.start);
    if (!hasCitation) break;
    cursor = lineEnd;
    if (lineEnd >= end) break;
  }
  return cursor;
}

/** Every statement of grounds made once for the letter, in order. */
export function letterGroundStatements(letter: Letter, seg: Segmentation): LetterGroundStatement[] {
  const text = letter.text;
  // A refusal notice may open the reply before the segmenter's response start ("I have decided to
  // withhold … by virtue of the following exemptions:" above the answers), and a segmenter may
  // take it into a question's text: read the whole letter up to its closing. A request seldom
  // applies an exemption, and a statement counts only with a provision applied in it.
  const start = 0;
  const end = Math.min(seg.closingStart, text.length);
  const region = text.slice(start, end);
  const out: LetterGroundStatement[] = [];
  const starts: number[] = [];
  const possible = STATEMENT_INDEX.possible(region);
  for (const [i, re] of [HEADING, NOTICE].entries()) {
    if (!has(possible, i)) continue;
    re.lastIndex = 0;
    for (const m of region.matchAll(re)) starts.push(start + m.index!);
  }
  const seen = new Set<string>();
  // An "Exemptions applied:" field inside an answer belongs to that answer (templates repeat it
  // under every one); outside every answer it speaks to the whole letter. A refusal-notice
  // paragraph speaks to the letter wherever the segmenter put it.
  const ownAnswers = seg.questions.filter((q) => q.answerVia === "own" && q.answerSpan).map((q) => q.answerSpan!);
  for (const at of starts.sort((a, b) => a - b)) {
    const heading = HEADING_AT.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at + 80));
    if (heading && ownAnswers.some((a) => at >= a.start && at < a.end)) continue;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const span = { start: lineStart, end: blockEnd(text, at, end, letter.citations) };
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inside = letter.citations.filter((c) => c.span.start >= span.start && c.span.end <= span.end);
    const numbered = inside.filter((c) => c.applied && !c.byName);
    // A heading with no number under it ("Exemptions applied: N/A") states nothing. Without a
    // number, a name is the statement's ground: a heading's or notice's own words say the names in
    // it are grounds applied ("Exemptions applied: personal information", "This letter is a refusal
    // notice … because they are personal information").
    const used = numbered.length ? numbered : inside.filter((c) => c.applied && c.byName);
    if (used.length === 0) continue;
    const said = text.slice(span.start, span.end);
    out.push({ span, grounds: mostPrecise(used.map((c) => c.ground)), covers: namedQuestions(said), ncnd: used.some((c) => c.ncnd), partGiven: PART_GIVEN.test(said) });
  }
  return out;
}

/** The grounds stated once for the letter that cover the question labelled `label`; [] when none. */
export function groundsStatedOnce(statements: readonly LetterGroundStatement[], label: string): { grounds: string[]; ncnd: boolean; spans: Span[] } {
  const covering = statements.filter((s) => s.covers === null || s.covers.has(label.toLowerCase()));
  return { grounds: mostPrecise(covering.flatMap((s) => s.grounds)).sort(), ncnd: covering.some((s) => s.ncnd), spans: covering.map((s) => s.span) };
}

/** Decision fields the statement fills. */
interface Grounded {
  grounds: string[];
  ncnd: boolean;
  evidence: Evidence[];
  conflicts: string[];
}

/**
 * An exempt question whose refusal names no ground takes the grounds stated once for the letter
 * that cover it, and so does one whose only grounds were read from inside such a statement.
 * Anything else is returned unchanged.
 */
export function withLetterGrounds<T extends Grounded & { outcome: string }>(decision: T, statements: readonly LetterGroundStatement[], label: string, text: string): T {
  if (decision.outcome !== "exempt") return decision;
  const stated = groundsStatedOnce(statements, label);
  if (stated.grounds.length === 0) return decision;
  if (decision.grounds.length > 0) {
    // Grounds read from inside the statement itself (an answer that runs into the letter's list
    // of exemptions and holds only its first line) are that statement's, in full.
    const cited = decision.evidence.filter((e) => e.rule.startsWith("cite/ground"));
    const fromStatement = cited.length > 0 && cited.every((e) => stated.spans.some((s) => contains(s, e.span)));
    if (!fromStatement) return decision;
  }
  const evidence = stated.spans.map((span) => ({ rule: "cite/letter-grounds", span, quote: quote(text, span, 240) }));
  return {
    ...decision,
    grounds: stated.grounds,
    ncnd: decision.ncnd || stated.ncnd,
    evidence: [...decision.evidence, ...evidence.filter((e) => !decision.evidence.some((d) => contains(d.span, e.span)))],
    conflicts: decision.conflicts.filter((c) => c !== "uncited-refusal"),
  };
}

/**
 * The refusals a statement saying "part is disclosed" turns into parts withheld: when no question
 * of the letter was read as given (fully or in part), the part given it speaks of is in the
 * exempt questions it covers. Returns the labels to mark partial, with the statement's span.
 */
export function partsGivenOnce(statements: readonly LetterGroundStatement[], answers: readonly { label: string; outcome: string; partial: boolean }[]): Map<string, Span> {
  const out = new Map<string, Span>();
  if (answers.some((a) => a.outcome === "disclosed" || (a.outcome === "exempt" && a.partial))) return out;
  for (const s of statements) {
    if (!s.partGiven) continue;
    for (const a of answers) if (a.outcome === "exempt" && (s.covers === null || s.covers.has(a.label.toLowerCase())) && !out.has(a.label)) out.set(a.label, s.span);
  }
  return out;
}
