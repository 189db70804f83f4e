/**
 * The units that flow through the pipeline. This module imports nothing else:
 * every stage depends on it, it depends on no stage.
 *
 * Every position is a Span of offsets into `Letter.text` (UTF-16 code units, as
 * JavaScript strings index). Lines, columns and pages are derived at the edges.
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = "info" | "warning" | "fatal";

/** A diagnostic carried by the letter (vfile's idea): problem first, then what was done. */
export interface Message {
  severity: Severity;
  /** Stable machine code, FOISCOPE_… */
  code: string;
  /** The stage or rule that raised it. */
  source: string;
  text: string;
  span?: Span;
}

export type Outcome = "disclosed" | "not_held" | "exempt" | "other";
export const OUTCOMES: readonly Outcome[] = ["disclosed", "not_held", "exempt", "other"];

export type Act = "FOIA" | "EIR" | "FOISA" | "EISR";
export const ACTS: readonly Act[] = ["FOIA", "EIR", "FOISA", "EISR"];

export type LetterOutcome = "granted_full" | "withheld_part" | "withheld_full" | "not_held" | "mixed_other";

export type LetterStatus = "ok" | "error" | "no_response" | "not_a_letter";

/** labels.md "Replies that are not a response": what a letter that answers nothing does instead. */
export type LetterKind = "response" | "acknowledgement" | "extension" | "clarification" | "fees" | "transfer";
export const LETTER_KINDS: readonly LetterKind[] = ["response", "acknowledgement", "extension", "clarification", "fees", "transfer"];

/** A statute reference found in the text. */
export interface Citation {
  act: Act;
  /** Section or regulation number, e.g. "31" or "12". */
  section: string;
  /** Full provision at the precision written, e.g. "31(1)(a)", "12(4)(b)". */
  provision: string;
  /** Canonical ground, e.g. "FOIA s31(1)(a)", "EIR 12(4)(b)". */
  ground: string;
  span: Span;
  /** True when the letter applies it as a reason for withholding or refusing. */
  applied: boolean;
  /** True when found by its name ("the appropriate limit") rather than its number. */
  byName: boolean;
  /** True when the provision is a neither-confirm-nor-deny provision. */
  ncnd: boolean;
  /** Why it was judged applied or merely mentioned (rule id). */
  reason: string;
  /** The provision as written, when it names no real provision and was read or cut back (labels.md). */
  written?: string;
}

/** What a decision rests on: the rule that decided it and the quoted text. */
export interface Evidence {
  rule: string;
  span: Span;
  quote: string;
}

export interface Question {
  /** Normalised label: "1", "2", "3a". */
  label: string;
  /** The question as the letter states it (may be empty when inferred). */
  questionSpan: Span | null;
  /** The text that answers it (own answer, shared blanket answer, or referenced answer). */
  answerSpan: Span | null;
  /** How the answer was attached: own, blanket, pending, cross_reference, whole_letter. */
  answerVia: "own" | "blanket" | "pending" | "cross_reference" | "whole_letter" | "none";
  /** Label of a question whose answer this one inherits, when answerVia is cross_reference. */
  refersTo?: string;
}

export type Topic =
  | "attacks" | "ransomware" | "breaches" | "spend" | "staff" | "training" | "systems"
  | "policy" | "reporting" | "insurance" | "recovery" | "other";

export interface Decision {
  outcome: Outcome;
  grounds: string[];
  partial: boolean;
  ncnd: boolean;
  pit: boolean;
  topic: string;
  /** 0–1: how sure the rules are. */
  confidence: number;
  /** The rule that decided the outcome. */
  rule: string;
  evidence: Evidence[];
  /** Other rules that fired and disagreed (for review). */
  conflicts: string[];
}

export interface Answer extends Question, Decision {
  questionText: string;
}

export interface LetterMeta {
  authority: string;
  sector: string;
  date: string;
  reference: string;
  source: string;
  title: string;
  /** Requester-assigned WhatDoTheyKnow status, when the letter came from a thread. */
  displayStatus: string;
  /** law_used of a WhatDoTheyKnow thread, or a regime named in front matter. */
  lawUsed: string;
  /**
   * Where each of authority, sector, date and reference came from, as "field=source" pairs
   * joined by ";" (sources: front_matter, manifest, email, thread, letterhead, sign_off, body,
   * reference_line, date_line, gazetteer…); "" when none was found.
   */
  metadataSource: string;
}

export interface Letter {
  /** Stable id: front-matter id, or file name without extension. */
  id: string;
  /** Path relative to the directory argument it was found under, or the file name. */
  file: string;
  /** Absolute path on disk (not written to reports). */
  path: string;
  format: string;
  status: LetterStatus;
  text: string;
  /** Offset in `text` where each page starts (pageStarts[0] === 0); one entry for unpaged text. */
  pageStarts: number[];
  ocrPages: number;
  meta: LetterMeta;
  regime: Act;
  citations: Citation[];
  answers: Answer[];
  letterOutcome: LetterOutcome | "";
  /** What the letter does: a response, or a reply that answers nothing yet (acknowledgement, extension…); "" for errors and non-letters. */
  letterKind: LetterKind | "";
  messages: Message[];
  /** How the letter was read: the chosen layout, its score, and the best other layout (segment/choose.ts). Absent when never segmented. */
  layout?: LayoutChoice;
}

/** The segmenter's choice between readings, so a user can see why questions were split as they were. */
export interface LayoutChoice {
  layout: string;
  score: number;
  runnerUp: { layout: string; score: number } | null;
}

export function emptyMeta(): LetterMeta {
  return { authority: "", sector: "", date: "", reference: "", source: "", title: "", displayStatus: "", lawUsed: "", metadataSource: "" };
}
