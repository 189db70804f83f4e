import type { Letter } from "../core/types.js";
import { parseGround } from "../aggregate/ground.js";
import { groundRows, type GroundValues } from "./store-schema.js";

/**
 * A letter as the result store holds it: the columns of the `letters` row, the
 * rows of its answers, citations and messages, and the whole letter as JSON
 * (without its text, kept in its own column) so reports rebuild it exactly.
 * Built in the worker so the main thread only binds values.
 */
export interface StoredLetter {
  file: string;
  letterId: string;
  path: string;
  /** sha256 of the file's bytes; "" when they were never read (missing, over the size limit): NULL in the store. */
  contentHash: string;
  size: number;
  mtimeMs: number;
  status: string;
  /** Code of the fatal message of an error letter, else "". */
  errorCode: string;
  /** Why the letter has its status: the fatal message of an error letter, else "". */
  reason: string;
  format: string;
  pages: number;
  ocrPages: number;
  authority: string;
  sector: string;
  date: string;
  reference: string;
  regime: string;
  letterOutcome: string;
  questions: number;
  /** labels.md letter kind ("response", "acknowledgement"…); "" for errors and non-letters. */
  letterKind: string;
  /** Where each metadata field came from ("authority=letterhead+gazetteer;date=date_line…"). */
  metadataSource: string;
  /** The run's options key with what else this file was analysed with (a manifest's row); absent: the run's. */
  optionsKey?: string;
  /** Set when the store held no row for this file as the run looked it up: it has no child rows to delete. */
  isNew?: boolean;
  elapsedMs: number;
  /** WhatDoTheyKnow request title, its page (or another source URL), the requester's status and the law it was made under. */
  title: string;
  url: string;
  displayStatus: string;
  lawUsed: string;
  text: string;
  record: string;
  answers: AnswerValues[];
  /** Per answer (same order as `answers`), one row per ground it applies. */
  grounds: GroundValues[][];
  citations: CitationValues[];
  messages: MessageValues[];
}

/** Values in the column order of the `answers` table after (file, ordinal); null where unknown. */
export type AnswerValues = [
  label: string, questionText: string | null, outcome: string, partial: number, ncnd: number, pit: number,
  topic: string | null, confidence: number, rule: string, answerVia: string, refersTo: string | null,
  questionStart: number | null, questionEnd: number | null, answerStart: number | null, answerEnd: number | null,
  evidence: string, conflicts: string,
];
export type CitationValues = [
  act: string, section: string, provision: string, ground: string, start: number, end: number,
  applied: number, byName: number, ncnd: number, reason: string,
];
export type MessageValues = [severity: string, code: string, source: string, text: string, start: number | null, end: number | null];

const flag = (b: boolean): number => (b ? 1 : 0);

export function toStoredLetter(letter: Letter, file: { contentHash: string; size: number; mtimeMs: number; elapsedMs: number }): StoredLetter {
  const fatal = letter.messages.find((m) => m.severity === "fatal");
  const { text, path, ...rest } = letter;
  return {
    file: letter.file,
    letterId: letter.id,
    path,
    contentHash: file.contentHash,
    size: file.size,
    mtimeMs: file.mtimeMs,
    status: letter.status,
    errorCode: letter.status === "error" ? (fatal?.code ?? "FOISCOPE_INTERNAL") : "",
    reason: letter.status === "error" ? (fatal?.text ?? "failed") : "",
    format: letter.format,
    pages: letter.pageStarts.length,
    ocrPages: letter.ocrPages,
    authority: letter.meta.authority,
    sector: letter.meta.sector,
    date: letter.meta.date,
    reference: letter.meta.reference,
    regime: letter.regime,
    letterOutcome: letter.letterOutcome,
    questions: letter.answers.length,
    letterKind: letter.letterKind ?? "",
    metadataSource: letter.meta.metadataSource ?? "",
    elapsedMs: file.elapsedMs,
    title: letter.meta.title,
    url: letter.meta.source,
    displayStatus: letter.meta.displayStatus,
    lawUsed: letter.meta.lawUsed,
    text,
    record: JSON.stringify(rest),
    answers: letter.answers.map((a) => [
      a.label, a.questionText || null, a.outcome, flag(a.partial), flag(a.ncnd), flag(a.pit),
      a.topic || null, a.confidence, a.rule, a.answerVia, a.refersTo ?? null,
      a.questionSpan?.start ?? null, a.questionSpan?.end ?? null, a.answerSpan?.start ?? null, a.answerSpan?.end ?? null,
      JSON.stringify(a.evidence), JSON.stringify(a.conflicts),
    ]),
    grounds: letter.answers.map((a) => groundRows(a.grounds, parseGround)),
    citations: letter.citations.map((c) => [c.act, c.section, c.provision, c.ground, c.span.start, c.span.end, flag(c.applied), flag(c.byName), flag(c.ncnd), c.reason]),
    messages: letter.messages.map((m) => [m.severity, m.code, m.source, m.text, m.span?.start ?? null, m.span?.end ?? null]),
  };
}

/** The letter back from its stored row: exactly what was analysed, with its text and path. */
export function fromStoredRow(row: { record: string; text: string; path: string }): Letter {
  const letter = JSON.parse(row.record) as Letter;
  letter.text = row.text;
  letter.path = row.path;
  return letter;
}
