import { createWriteStream, mkdirSync, renameSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { stringify, type Stringifier } from "csv-stringify";
import type { Letter } from "../core/types.js";
import { ANSWER_COLUMNS, LETTER_COLUMNS, answerRecord, answerRow, letterRecord, letterRow } from "./columns.js";

export interface WriterOptions {
  /** Write a UTF-8 byte-order mark so Excel opens the CSV as UTF-8. */
  bom: boolean;
}

/** Consumes letters one at a time; never holds the corpus. */
export interface LetterSink {
  write(letter: Letter): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where an output is written before it is renamed into place: beside it (same file system, so
 * the rename is atomic), hidden, and always the same name, so a killed run's leftover is
 * overwritten by the next. A reader never sees a half-written report.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.foiscope-tmp`);
}

/** A write stream to `path` through its temporary file: renamed into place once finished. */
export function atomicWriteStream(path: string): { stream: WriteStream; done: Promise<void> } {
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
  const done = new Promise<void>((resolve, reject) => {
    stream.on("close", () => {
      if (stream.errored) return;
      try {
        renameSync(temporary, path);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    stream.on("error", reject);
  });
  return { stream, done };
}

/** CSV through csv-stringify with formula escaping on: letter text never becomes a spreadsheet formula. */
export function csvStream(path: string, columns: readonly string[], options: WriterOptions): { csv: Stringifier; done: Promise<void> } {
  const { stream, done } = atomicWriteStream(path);
  const csv = stringify({ header: true, columns: [...columns], bom: options.bom, escape_formulas: true, quoted_string: false, cast: { string: capCell } });
  csv.pipe(stream);
  return { csv, done };
}

/** Excel's limit on the characters of one cell: a longer cell is cut, or the sheet does not open. */
export const CELL_LIMIT = 32_767;
export const CELL_MARKER = " […cut at Excel's 32,767-character cell limit; the whole text is in the JSONL]";

/** A CSV cell within Excel's limit: a longer one is cut and marked (the JSONL outputs keep it whole). */
export function capCell(value: string): string {
  if (value.length <= CELL_LIMIT) return value;
  let end = CELL_LIMIT - CELL_MARKER.length;
  // Never split a surrogate pair.
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return value.slice(0, end) + CELL_MARKER;
}

async function writeRecord(csv: Stringifier, record: unknown): Promise<void> {
  if (!csv.write(record)) await new Promise<void>((r) => csv.once("drain", () => r()));
}

/** answers.csv, letters.csv, answers.jsonl and letters.jsonl (one line per letter, with its text) in `dir`. */
export function createOutputWriters(dir: string, options: WriterOptions): LetterSink {
  mkdirSync(dir, { recursive: true });
  const answers = csvStream(join(dir, "answers.csv"), ANSWER_COLUMNS, options);
  const letters = csvStream(join(dir, "letters.csv"), LETTER_COLUMNS, options);
  const { stream: jsonl, done: jsonlDone } = atomicWriteStream(join(dir, "answers.jsonl"));
  const { stream: lettersJsonl, done: lettersJsonlDone } = atomicWriteStream(join(dir, "letters.jsonl"));
  return {
    async write(letter) {
      for (const a of letter.answers) {
        await writeRecord(answers.csv, answerRow(letter, a));
        if (!jsonl.write(`${JSON.stringify(answerRecord(letter, a))}\n`)) await new Promise<void>((r) => jsonl.once("drain", () => r()));
      }
      await writeRecord(letters.csv, letterRow(letter));
      if (!lettersJsonl.write(`${JSON.stringify(letterRecord(letter))}\n`)) await new Promise<void>((r) => lettersJsonl.once("drain", () => r()));
    },
    async close() {
      answers.csv.end();
      letters.csv.end();
      jsonl.end();
      lettersJsonl.end();
      await Promise.all([answers.done, letters.done, jsonlDone, lettersJsonlDone]);
    },
  };
}
