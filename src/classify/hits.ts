import type { Evidence, Span } from "../core/types.js";
import { contains, quote } from "../core/span.js";
import type { Segmentation } from "../segment/types.js";
import { ruleMatches, type Rule, type Signal } from "./rule.js";
import { sentences } from "./sentences.js";
import { FRAMING } from "./not-an-answer.js";
import { readMeaning, type Cue } from "./meaning/read.js";
import { has, patternIndex, type LiteralIndex } from "../core/literals.js";
import { squeezeSpaces } from "../core/spaces.js";

/** Refusal cues that name no ground and say no more than "cannot provide". */
export const SOFT_REFUSAL: ReadonlySet<string> = new Set(["cannot-provide"]);

/** Rules whose match the meaning of the rest of their sentence may explain, and by which readings. */
const EXPLAINED_BY: Readonly<Record<string, readonly Signal[]>> = {
  "cannot-provide": ["not_held", "clarification"],
  "attached-or-linked": ["not_held"],
};
const YIELDS = new Set(Object.keys(EXPLAINED_BY));

/** A rule (or, where no rule spoke, a cue family of the meaning reader) that matched one sentence. */
export interface Hit {
  rule: Cue;
  span: Span;
}

/** Signals found in a span, sentence by sentence. */
export function findHits(text: string, span: Span, rules: readonly Rule[], exclude: readonly Span[] = [], byMeaning = true): Hit[] {
  const hits: Hit[] = [];
  for (const s of sentences(text, span)) {
    if (exclude.some((e) => contains(e, s))) continue;
    hits.push(...sentenceHits(text, s, rules, byMeaning));
  }
  return hits;
}

/**
 * The rules that match one sentence. A sentence no rule recognised is read by meaning (cue
 * families over stems, meaning/read.ts) when `byMeaning`.
 */
export function sentenceHits(text: string, s: Span, rules: readonly Rule[], byMeaning = true): Hit[] {
  const hits: Hit[] = [];
  const raw = text.slice(s.start, s.end);
  const sentence = forMatching(raw);
  const oneLine = !sentence.includes("\n");
  const boxTable = raw !== sentence && /[│┃]/.test(raw);
  // Hard-wrapped prose reads as one line ("… because we do not\nhave it."): rules and vetoes see single spaces.
  const flat = oneLine ? sentence : squeezeSpaces(sentence);
  // Rules (and the framing pattern, after them) none of whose words the sentence holds cannot match it: their patterns are not run.
  const possible = literalIndex(rules).possible(flat);
  // "Please find our response set out below:" frames the answers and is none of them.
  if (has(possible, rules.length) && FRAMING.test(flat)) return hits;
  // Signals a rule recognised in the sentence and then dismissed by its veto ("exempt under
  // section 39" in a note on the regime, "not vexatious"): the meaning reader does not read them back in.
  const dismissed = new Set<Signal>();
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    // Each pattern and veto runs once on the sentence (as ruleMatches would, without running them again).
    const vetoed = has(possible, i) && rule.pattern.test(flat) ? (rule.veto?.test(flat) ?? false) : null;
    if (vetoed) dismissed.add(rule.signal);
    if (rule.id === "data-table" && !oneLine) {
      // A drawn table is one sentence of many rows; any row of data is data.
      if (boxTable && sentence.split("\n").some((row) => ruleMatches(rule, row))) hits.push({ rule, span: s });
      continue;
    }
    if (vetoed === false) hits.push({ rule, span: s });
  }
  if (byMeaning && hits.length === 0) {
    for (const cue of readMeaning(flat)) if (!dismissed.has(cue.signal)) hits.push({ rule: cue, span: s });
  }
  else if (byMeaning) {
    // A rule that says little on its own, read with the rest of its sentence: "There is no duty to
    // compile such a register, so we are unable to provide it" is not held, not a refusal; "the
    // area is not ours; the service that covers it publishes its answers here: <link>" points to
    // another body, not to the answer. Only these rules (and the "there is no …" they rest on) yield.
    const weak = hits.filter((h) => !YIELDS.has(h.rule.id));
    const yielding = hits.filter((h) => EXPLAINED_BY[h.rule.id]);
    if (yielding.length && weak.every((h) => h.rule.id === "nil-statement")) {
      const cues = readMeaning(flat);
      const explains = (signal: Signal): boolean => yielding.every((h) => EXPLAINED_BY[h.rule.id]!.includes(signal));
      if (cues.length && cues.every((c) => explains(c.signal))) return cues.map((cue) => ({ rule: cue, span: s }));
    }
  }
  return hits;
}

const pitSets = new WeakMap<readonly Rule[], readonly Rule[]>();

/** The public interest test rules of a rule set: one array per set, so its literal index is built once. */
function pitRules(rules: readonly Rule[]): readonly Rule[] {
  let pit = pitSets.get(rules);
  if (!pit) {
    pit = rules.filter((r) => r.signal === "pit");
    pitSets.set(rules, pit);
  }
  return pit;
}

const indexes = new WeakMap<readonly Rule[], LiteralIndex>();

/** The words each rule's pattern needs, then FRAMING's, indexed once per rule set. */
function literalIndex(rules: readonly Rule[]): LiteralIndex {
  let index = indexes.get(rules);
  if (!index) {
    index = patternIndex([...rules.map((r) => r.pattern), FRAMING]);
    indexes.set(rules, index);
  }
  return index;
}

/**
 * A sentence as the rules read it: "• 121" and "◦ No, the contract runs to 2026." without their
 * bullet; a table drawn in box characters (WhatDoTheyKnow's rendering of attachments) as rows of
 * cells, so a row reads like any other table row.
 */
function forMatching(sentence: string): string {
  let out = sentence.replace(/^\s*[•◦▪●·‣]\s+/, "");
  if (/[│┃┌┐└┘├┤┬┴┼─]/.test(out)) {
    out = out
      .split("\n")
      .filter((line) => !/^[\s┌┐└┘├┤┬┴┼─━]*$/.test(line))
      .map((line) => line.replace(/[│┃]/g, " ").replace(/\s{2,}/g, " ").trim())
      .join("\n");
  }
  return out;
}

export function evidenceOf(text: string, rule: string, span: Span): Evidence {
  return { rule, span, quote: quote(text, span, 240) };
}


/**
 * Signals read once per letter, whichever answers need them: a shared reply is decided once per
 * focus, and its sentences are also read to find which question they speak to.
 */
export class LetterHits {
  private pitHits: Hit[] | undefined;
  private readonly bySentence = new Map<string, Hit[]>();
  /** What each sentence text matched: a sentence said again in the letter (a repeated not-held line) is read once. */
  private readonly byText = new Map<string, Cue[]>();
  private readonly bySpan = new Map<string, Span[]>();
  constructor(
    private readonly text: string,
    private readonly seg: Segmentation,
    private readonly rules: readonly Rule[],
  ) {}

  /** The hits of one sentence (a span `sentences` returned). */
  sentence(s: Span): Hit[] {
    const key = `${s.start}:${s.end}`;
    let hits = this.bySentence.get(key);
    if (!hits) {
      const said = this.text.slice(s.start, s.end);
      const read = this.byText.get(said);
      if (read) hits = read.map((rule) => ({ rule, span: s }));
      else {
        hits = sentenceHits(this.text, s, this.rules);
        this.byText.set(said, hits.map((h) => h.rule));
      }
      this.bySentence.set(key, hits);
    }
    return hits;
  }

  /** The hits of a span's sentences, less those inside `exclude`; as findHits, read once. */
  inSpan(span: Span, exclude: readonly Span[] = []): Hit[] {
    const key = `${span.start}:${span.end}`;
    let list = this.bySpan.get(key);
    if (!list) {
      list = sentences(this.text, span);
      this.bySpan.set(key, list);
    }
    return list.filter((s) => !exclude.some((e) => contains(e, s))).flatMap((s) => this.sentence(s));
  }

  /** Public interest test wording anywhere in the response. */
  pit(): Hit[] {
    this.pitHits ??= findHits(this.text, { start: this.seg.responseStart, end: this.text.length }, pitRules(this.rules), [], false);
    return this.pitHits;
  }
}

