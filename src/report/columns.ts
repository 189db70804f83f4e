import type { Answer, Letter } from "../core/types.js";
import { quote } from "../core/span.js";

/** Columns are declared once here; writers and tests read them from this module. */
export const ANSWER_COLUMNS = [
  "file", "letter_id", "authority", "sector", "regime", "date", "reference", "question", "question_text",
  "topic", "outcome", "grounds", "partial", "ncnd", "pit", "confidence", "rule", "evidence",
] as const;

export const LETTER_COLUMNS = [
  "file", "letter_id", "status", "format", "pages", "ocr_pages", "authority", "sector", "regime", "date", "reference",
  "display_status", "questions", "disclosed", "not_held", "exempt", "other", "letter_outcome", "grounds", "messages",
  "letter_kind", "metadata_source",
] as const;

export type AnswerRow = Record<(typeof ANSWER_COLUMNS)[number], string | number>;
export type LetterRow = Record<(typeof LETTER_COLUMNS)[number], string | number>;

const bool = (b: boolean): string => (b ? "true" : "false");

/** The decisive quoted text of an answer: the outcome rule's evidence. */
export function decisiveEvidence(letter: Letter, answer: Answer): string {
  const e = answer.evidence.find((x) => x.rule === answer.rule) ?? answer.evidence[0];
  return e ? e.quote || quote(letter.text, e.span) : "";
}

/** The letter fields every per-question output starts with. */
function letterFields(letter: Letter) {
  return {
    file: letter.file,
    letter_id: letter.id,
    authority: letter.meta.authority,
    sector: letter.meta.sector,
    regime: letter.regime,
    date: letter.meta.date,
    reference: letter.meta.reference,
  };
}

export function answerRow(letter: Letter, answer: Answer): AnswerRow {
  return {
    ...letterFields(letter),
    question: answer.label,
    question_text: answer.questionText,
    topic: answer.topic,
    outcome: answer.outcome,
    grounds: answer.grounds.join(";"),
    partial: bool(answer.partial),
    ncnd: bool(answer.ncnd),
    pit: bool(answer.pit),
    confidence: answer.confidence.toFixed(2),
    rule: answer.rule,
    evidence: decisiveEvidence(letter, answer),
  };
}

/** Grounds of a letter: every distinct ground applied to any question, in first-seen order. */
export function letterGrounds(letter: Letter): string[] {
  const seen = new Set<string>();
  for (const a of letter.answers) for (const g of a.grounds) seen.add(g);
  return [...seen];
}

export function letterRow(letter: Letter): LetterRow {
  const n = { disclosed: 0, not_held: 0, exempt: 0, other: 0 };
  for (const a of letter.answers) n[a.outcome]++;
  const status = letter.status === "error" ? `error: ${letter.messages.find((m) => m.severity === "fatal")?.text ?? "failed"}` : letter.status;
  return {
    file: letter.file,
    letter_id: letter.id,
    status,
    format: letter.format,
    pages: letter.status === "error" ? "" : letter.pageStarts.length,
    ocr_pages: letter.ocrPages,
    authority: letter.meta.authority,
    sector: letter.meta.sector,
    regime: letter.status === "error" ? "" : letter.regime,
    date: letter.meta.date,
    reference: letter.meta.reference,
    display_status: letter.meta.displayStatus,
    questions: letter.answers.length,
    disclosed: n.disclosed,
    not_held: n.not_held,
    exempt: n.exempt,
    other: n.other,
    letter_outcome: letter.letterOutcome,
    grounds: letterGrounds(letter).join(";"),
    messages: letter.messages.map((m) => `${m.severity} ${m.code}: ${m.text}`).join(" | "),
    letter_kind: letter.letterKind ?? "",
    metadata_source: letter.meta.metadataSource ?? "",
  };
}

/** The full record of one answer for answers.jsonl, with offsets into the letter text. */
export function answerRecord(letter: Letter, answer: Answer): Record<string, unknown> {
  return { ...letterHead(letter), ...answerPart(letter, answer) };
}

/** The fields of an answers.jsonl record that are the letter's, alike for each of its answers (they come first). */
function letterHead(letter: Letter) {
  return { ...letterFields(letter), display_status: letter.meta.displayStatus, letter_outcome: letter.letterOutcome };
}

/** The fields of an answers.jsonl record that are the answer's own (after the letter's). */
function answerPart(letter: Letter, answer: Answer) {
  return {
    question: answer.label,
    question_text: answer.questionText,
    question_span: answer.questionSpan,
    answer_span: answer.answerSpan,
    answer_via: answer.answerVia,
    layout: letter.layout?.layout ?? "",
    layout_score: letter.layout?.score ?? null,
    layout_runner_up: letter.layout?.runnerUp ?? null,
    refers_to: answer.refersTo ?? null,
    topic: answer.topic,
    outcome: answer.outcome,
    grounds: answer.grounds,
    partial: answer.partial,
    ncnd: answer.ncnd,
    pit: answer.pit,
    confidence: Number(answer.confidence.toFixed(3)),
    rule: answer.rule,
    conflicts: answer.conflicts,
    evidence: answer.evidence,
  };
}

/**
 * A letter's answers.jsonl lines: `JSON.stringify(answerRecord(letter, a))` for each answer, the same
 * bytes, with the letter's fields serialised once per letter rather than once per answer: writing the
 * four outputs of 6,000 generated letters went from 0.30 to 0.21 ms of CPU a letter (docs/bench.md).
 */
export function answerLines(letter: Letter): string[] {
  if (letter.answers.length === 0) return [];
  // Without its closing brace; never bare "{" (a letter always has its file), nor is an answer's part ever "{}" (its label).
  const open = JSON.stringify(letterHead(letter)).slice(0, -1);
  return letter.answers.map((a) => {
    const tail = JSON.stringify(answerPart(letter, a));
    if (open === "{") return tail;
    return tail === "{}" ? `${open}}` : `${open},${tail.slice(1)}`;
  });
}

/**
 * The full record of one letter for letters.jsonl: its metadata, counts, messages and
 * the extracted text, so reports can quote evidence spans without re-extracting.
 */
export function letterRecord(letter: Letter): Record<string, unknown> {
  const row = letterRow(letter);
  return {
    file: letter.file,
    letter_id: letter.id,
    status: letter.status,
    format: letter.format,
    pages: letter.pageStarts.length,
    ocr_pages: letter.ocrPages,
    authority: letter.meta.authority,
    sector: letter.meta.sector,
    regime: letter.regime,
    date: letter.meta.date,
    reference: letter.meta.reference,
    title: letter.meta.title,
    source: letter.meta.source,
    display_status: letter.meta.displayStatus,
    letter_outcome: letter.letterOutcome,
    letter_kind: row.letter_kind,
    metadata_source: row.metadata_source,
    questions: row.questions,
    disclosed: row.disclosed,
    not_held: row.not_held,
    exempt: row.exempt,
    other: row.other,
    grounds: letterGrounds(letter),
    layout: letter.layout?.layout ?? "",
    layout_score: letter.layout?.score ?? null,
    layout_runner_up: letter.layout?.runnerUp ?? null,
    messages: letter.messages,
    page_starts: letter.pageStarts,
    text: letter.text,
  };
}
