import type { LetterOutcome, Outcome, Span } from "../core/types.js";
import { OUTCOMES } from "../core/types.js";
import { FoiscopeError } from "../core/errors.js";

/**
 * The slice of an answers.jsonl record that aggregation needs. Reports are rebuilt from
 * answers.jsonl alone, so these types mirror its columns, not the in-memory Letter.
 */
export interface EvidenceFact {
  rule: string;
  span: Span;
  quote: string;
}

export interface AnswerFact {
  /** Letter key: the file path relative to the input folder (unique, unlike letter ids). */
  file: string;
  letterId: string;
  authority: string;
  sector: string;
  regime: string;
  date: string;
  question: string;
  questionText: string;
  questionSpan: Span | null;
  answerSpan: Span | null;
  topic: string;
  outcome: Outcome;
  grounds: string[];
  partial: boolean;
  ncnd: boolean;
  pit: boolean;
  confidence: number;
  rule: string;
  conflicts: string[];
  evidence: EvidenceFact[];
}

/** One letter, from letters.jsonl (or inferred from its answers when a run has no letters.jsonl). */
export interface LetterFact {
  file: string;
  letterId: string;
  status: string;
  authority: string;
  sector: string;
  regime: string;
  date: string;
  title: string;
  letterOutcome: LetterOutcome | "";
  /** Extracted text; null when the run did not keep it (no letters.jsonl) or the report dropped it to save memory. */
  text: string | null;
  /** True when the run kept the text, even if `text` was dropped since. */
  hasText: boolean;
  /** Questions the run found in the letter. */
  questions: number;
  messages: string[];
}

/** Shown in every table where a letter has no authority, sector, date or topic. */
export const UNKNOWN = "(unknown)";

export function groupKey(value: string): string {
  const v = value.trim();
  return v === "" ? UNKNOWN : v;
}

/** Year of a letter date in any common form ("2023-05-12", "12 May 2023", "12/05/2023"); UNKNOWN when none. */
export function yearOf(date: string): string {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(date);
  return m ? m[1]! : UNKNOWN;
}

const str = (v: unknown): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));
const bool = (v: unknown): boolean => v === true || v === "true";
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((s) => s !== "") : typeof v === "string" && v ? v.split(";") : []);

function spanOf(v: unknown): Span | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  return typeof o.start === "number" && typeof o.end === "number" ? { start: o.start, end: o.end } : null;
}

/** Parses one answers.jsonl record; throws FOISCOPE_BAD_RECORD naming the line when it is not one. */
export function answerFact(record: unknown, where = "answers.jsonl"): AnswerFact {
  if (!record || typeof record !== "object") throw new FoiscopeError("FOISCOPE_BAD_RECORD", `${where} is not a JSON object; rerun 'foiscope analyze' to rewrite it`);
  const r = record as Record<string, unknown>;
  const outcome = str(r.outcome) as Outcome;
  if (!OUTCOMES.includes(outcome)) {
    throw new FoiscopeError("FOISCOPE_BAD_RECORD", `${where} has outcome "${str(r.outcome)}", not one of ${OUTCOMES.join(", ")}; rerun 'foiscope analyze' to rewrite it`);
  }
  const evidence = Array.isArray(r.evidence)
    ? r.evidence.flatMap((e): EvidenceFact[] => {
        const o = (e ?? {}) as Record<string, unknown>;
        const s = spanOf(o.span);
        return s ? [{ rule: str(o.rule), span: s, quote: str(o.quote) }] : [];
      })
    : [];
  const confidence = Number(r.confidence);
  return {
    file: str(r.file),
    letterId: str(r.letter_id),
    authority: str(r.authority),
    sector: str(r.sector),
    regime: str(r.regime),
    date: str(r.date),
    question: str(r.question),
    questionText: str(r.question_text),
    questionSpan: spanOf(r.question_span),
    answerSpan: spanOf(r.answer_span),
    topic: str(r.topic),
    outcome,
    grounds: strings(r.grounds),
    partial: bool(r.partial),
    ncnd: bool(r.ncnd),
    pit: bool(r.pit),
    confidence: Number.isFinite(confidence) ? confidence : 0,
    rule: str(r.rule),
    conflicts: strings(r.conflicts),
    evidence,
  };
}

/** Parses one letters.jsonl record. */
export function letterFact(record: unknown, where = "letters.jsonl"): LetterFact {
  if (!record || typeof record !== "object") throw new FoiscopeError("FOISCOPE_BAD_RECORD", `${where} is not a JSON object; rerun 'foiscope analyze' to rewrite it`);
  const r = record as Record<string, unknown>;
  const messages = Array.isArray(r.messages)
    ? r.messages.map((m) => {
        if (m && typeof m === "object") {
          const o = m as Record<string, unknown>;
          return `${str(o.severity)} ${str(o.code)}: ${str(o.text)}`;
        }
        return str(m);
      })
    : [];
  return {
    file: str(r.file),
    letterId: str(r.letter_id),
    status: str(r.status) || "ok",
    authority: str(r.authority),
    sector: str(r.sector),
    regime: str(r.regime),
    date: str(r.date),
    title: str(r.title),
    letterOutcome: str(r.letter_outcome) as LetterOutcome | "",
    text: typeof r.text === "string" ? r.text : null,
    hasText: typeof r.text === "string",
    questions: Number.isInteger(r.questions) ? (r.questions as number) : 0,
    messages,
  };
}

/** A letter known only through its answers (a run without letters.jsonl): no text, metadata of its first answer. */
export function inferredLetter(first: AnswerFact, questions: number): LetterFact {
  return {
    file: first.file,
    letterId: first.letterId,
    status: "ok",
    authority: first.authority,
    sector: first.sector,
    regime: first.regime,
    date: first.date,
    title: "",
    letterOutcome: "",
    text: null,
    hasText: false,
    questions,
    messages: [],
  };
}
