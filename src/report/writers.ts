import { createWriteStream, mkdirSync, renameSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { stringify, type Stringifier } from "csv-stringify";
import type { Letter } from "../core/types.js";
import { ANSWER_COLUMNS, LETTER_COLUMNS, answerLines, answerRow, letterRecord, letterRow } from "./columns.js";

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

/** About this many characters are gathered before one write to a file. */
const BATCH = 1 << 16;

/** Until the stream can take more (or is gone: a failed stream's error reaches its `done`). */
function drained(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const go = (): void => {
      stream.off("drain", go);
      stream.off("close", go);
      resolve();
    };
    stream.once("drain", go);
    stream.once("close", go);
  });
}

/**
 * Records gathered into writes of about 64 KB: one write a record (a CSV row, a JSONL line) cost
 * a system call each, more than making the record (~30 % of the outputs' CPU). The bytes written
 * are the same. `write` gives a promise to wait on when the file is behind, else null.
 */
export function batchedWriter(stream: WriteStream): { write(chunk: string): Promise<void> | null; end(): void } {
  let parts: string[] = [];
  let size = 0;
  return {
    write(chunk) {
      parts.push(chunk);
      size += chunk.length;
      if (size < BATCH) return null;
      const ok = stream.write(parts.join(""));
      parts = [];
      size = 0;
      return ok ? null : drained(stream);
    },
    end() {
      if (parts.length > 0) stream.write(parts.join(""));
      parts = [];
      stream.end();
    },
  };
}

/** CSV through csv-stringify with formula escaping on: letter text never becomes a spreadsheet formula. */
export function csvStream(path: string, columns: readonly string[], options: WriterOptions): { csv: Stringifier; done: Promise<void> } {
  const { stream, done } = atomicWriteStream(path);
  const csv = stringify({ header: true, columns: [...columns], bom: options.bom, escape_formulas: true, quoted_string: false, cast: { string: capCell } });
  // Rows gathered into large writes (batchedWriter); while the file is behind, the stringifier
  // pauses, its buffer fills and writeRecord waits, as a pipe would.
  const out = batchedWriter(stream);
  csv.setEncoding("utf8");
  csv.on("data", (chunk: string) => {
    const wait = out.write(chunk);
    if (wait) {
      csv.pause();
      void wait.then(() => csv.resume());
    }
  });
  csv.on("end", () => out.end());
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
  const { stream: jsonlStream, done: jsonlDone } = atomicWriteStream(join(dir, "answers.jsonl"));
  const { stream: lettersJsonlStream, done: lettersJsonlDone } = atomicWriteStream(join(dir, "letters.jsonl"));
  const jsonl = batchedWriter(jsonlStream);
  const lettersJsonl = batchedWriter(lettersJsonlStream);
  return {
    async write(letter) {
      const lines = answerLines(letter);
      for (let i = 0; i < letter.answers.length; i++) {
        await writeRecord(answers.csv, answerRow(letter, letter.answers[i]!));
        const wait = jsonl.write(`${lines[i]}\n`);
        if (wait) await wait;
      }
      await writeRecord(letters.csv, letterRow(letter));
      const wait = lettersJsonl.write(`${JSON.stringify(letterRecord(letter))}\n`);
      if (wait) await wait;
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
