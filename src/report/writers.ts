import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join } from "node:path";
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

function finished(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on("finish", () => resolve());
    stream.on("error", reject);
  });
}

/** CSV through csv-stringify with formula escaping on: letter text never becomes a spreadsheet formula. */
export function csvStream(path: string, columns: readonly string[], options: WriterOptions): { csv: Stringifier; done: Promise<void> } {
  const out = createWriteStream(path);
  const csv = stringify({ header: true, columns: [...columns], bom: options.bom, escape_formulas: true, quoted_string: false });
  csv.pipe(out);
  return { csv, done: finished(out) };
}

async function writeRecord(csv: Stringifier, record: unknown): Promise<void> {
  if (!csv.write(record)) await new Promise<void>((r) => csv.once("drain", () => r()));
}

/** answers.csv, letters.csv, answers.jsonl and letters.jsonl (one line per letter, with its text) in `dir`. */
export function createOutputWriters(dir: string, options: WriterOptions): LetterSink {
  mkdirSync(dir, { recursive: true });
  const answers = csvStream(join(dir, "answers.csv"), ANSWER_COLUMNS, options);
  const letters = csvStream(join(dir, "letters.csv"), LETTER_COLUMNS, options);
  const jsonl = createWriteStream(join(dir, "answers.jsonl"));
  const jsonlDone = finished(jsonl);
  const lettersJsonl = createWriteStream(join(dir, "letters.jsonl"));
  const lettersJsonlDone = finished(lettersJsonl);
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
