/**
 * A run folder read back as letters, one at a time, each with all of its answers: what report
 * building consumes, so that no report holds the run in memory.
 *
 * The letters come in the order the reports list them: letters.jsonl's order (a file listed twice
 * counts once, as first listed), then letters known only through answers.jsonl, in the order of
 * their first answer. Each letter's answers come in answers.jsonl's order, with their position in
 * it (review.csv's tie-break).
 *
 * `foiscope analyze` and `merge` write both files sorted by file name, so they are read side by
 * side in one pass (orderedGroups). Files in any other order (written by hand, edited, older
 * versions) are read through an index on disk (indexedGroups): slower, just as bounded.
 */
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { FoiscopeError } from "../core/errors.js";
import { answerFact, inferredLetter, letterFact, type AnswerFact, type LetterFact } from "../aggregate/index.js";
import { readJsonlAt, readJsonlLines, type JsonlLine } from "./jsonl.js";

export interface RunLimits {
  /** Keep letter text and answer detail for the drill-down (only report.html needs them). */
  detail: boolean;
  /** Letter text kept, in characters over all letters; past it, letters have no text in the page. */
  textBudget: number;
  /** Questions kept with their evidence for the drill-down; past it, letters are listed without detail. */
  questionBudget: number;
}

/** About 20 MB of letter text and 50,000 questions: a page browsers still open; letters.jsonl keeps all of it. */
export const DEFAULT_LIMITS: RunLimits = { detail: true, textBudget: 20_000_000, questionBudget: 50_000 };

export interface LetterGroup {
  /** The letter; `text` only when it is within the text budget (else null; `hasText` still says whether the run kept it). */
  letter: LetterFact;
  answers: AnswerFact[];
  /** Position of each answer among the records of answers.jsonl (0-based). */
  indices: number[];
  /** Whether report.html embeds this letter's questions and evidence. */
  detail: boolean;
  /** The text review.csv quotes evidence spans from when a record has no quote; null for none. */
  evidenceText: string | null;
}

export interface RunFiles {
  answersPath: string;
  /** null when the run wrote no letters.jsonl: letters are then known only through their answers. */
  lettersPath: string | null;
}

export function runFiles(dir: string): RunFiles {
  const answersPath = join(dir, "answers.jsonl");
  if (!existsSync(answersPath)) {
    throw new FoiscopeError("FOISCOPE_NO_RUN", `No answers.jsonl in ${dir}; run 'foiscope analyze <letters> --out ${dir}' first, or name the folder it wrote`);
  }
  const lettersPath = join(dir, "letters.jsonl");
  return { answersPath, lettersPath: existsSync(lettersPath) ? lettersPath : null };
}

/** Thrown by orderedGroups when the files are not in the order it needs; the caller starts again with indexedGroups. */
export class NotInFileOrder extends Error {
  constructor(what: string) {
    super(`${what}: not in file-name order`);
  }
}

/**
 * File names in the order SQLite sorts them in the result store (UTF-8 bytes, that is code
 * points), which is the order analyze writes its outputs in. JS string comparison orders UTF-16
 * code units, which differs for characters beyond U+FFFF.
 */
export function compareFiles(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** The text budget, applied letter by letter in letters.jsonl's order (every line, even a repeated file). */
class Budget {
  private questions = 0;
  private text = 0;
  constructor(private readonly limits: RunLimits) {}

  /** A letter of letters.jsonl: whether its detail is embedded, and whether its text is. */
  letter(letter: LetterFact): { detail: boolean; keepText: boolean } {
    const detail = this.limits.detail && this.questions + letter.questions <= this.limits.questionBudget;
    if (detail) this.questions += letter.questions;
    const keepText = detail && letter.text !== null && this.text + letter.text.length <= this.limits.textBudget;
    if (keepText) this.text += letter.text!.length;
    return { detail, keepText };
  }

  /** Without letters.jsonl, a letter is detailed when its first answer comes while questions are left. */
  firstAnswer(): boolean {
    return this.limits.detail && this.questions < this.limits.questionBudget;
  }

  /** An answer of a detailed letter, without letters.jsonl. */
  detailedAnswer(): void {
    this.questions++;
  }
}

const parseLetter = (path: string, line: JsonlLine): LetterFact => letterFact(line.record, `${path} line ${line.number}`);
const parseAnswer = (path: string, line: JsonlLine): AnswerFact => answerFact(line.record, `${path} line ${line.number}`);
const withText = (letter: LetterFact, keep: boolean): LetterFact => (keep ? letter : { ...letter, text: null });

/**
 * letters.jsonl and answers.jsonl read side by side, for files sorted by file name (letters
 * strictly, answers with each letter's answers together): one letter and its answers in memory.
 * Throws NotInFileOrder as soon as the files are otherwise (an answer out of order, a letter out
 * of order or listed twice, an answer of no letter before the last letter); what it yielded
 * until then is not to be used.
 */
export async function* orderedGroups(files: RunFiles, limits: RunLimits): AsyncGenerator<LetterGroup> {
  const { answersPath, lettersPath } = files;
  const budget = new Budget(limits);
  const answerLines = readJsonlLines(answersPath);
  const letterLines = lettersPath ? readJsonlLines(lettersPath) : null;
  let index = 0;
  let previous: string | null = null;
  const nextAnswer = async (): Promise<{ fact: AnswerFact; index: number } | null> => {
    let fact: AnswerFact;
    try {
      const r = await answerLines.next();
      if (r.done) return null;
      fact = parseAnswer(answersPath, r.value);
    } catch (error) {
      // A broken letters.jsonl is reported before a broken answers.jsonl, as when read one after the other.
      if (letterLines && lettersPath) for await (const line of letterLines) parseLetter(lettersPath, line);
      throw error;
    }
    if (previous !== null && compareFiles(fact.file, previous) < 0) throw new NotInFileOrder(answersPath);
    previous = fact.file;
    return { fact, index: index++ };
  };
  try {
    let pending = await nextAnswer();
    if (letterLines && lettersPath) {
      let last: string | null = null;
      for await (const line of letterLines) {
        const letter = parseLetter(lettersPath, line);
        if (last !== null && compareFiles(letter.file, last) <= 0) throw new NotInFileOrder(lettersPath);
        last = letter.file;
        // An answer before this letter belongs to no letter listed so far, nor to any after it.
        if (pending && compareFiles(pending.fact.file, letter.file) < 0) throw new NotInFileOrder(answersPath);
        const { detail, keepText } = budget.letter(letter);
        const group: LetterGroup = { letter: withText(letter, keepText), answers: [], indices: [], detail, evidenceText: keepText ? letter.text : null };
        while (pending && pending.fact.file === letter.file) {
          group.answers.push(pending.fact);
          group.indices.push(pending.index);
          pending = await nextAnswer();
        }
        yield group;
      }
    }
    // Answers of no listed letter (all of them without letters.jsonl), each file's together.
    while (pending) {
      const first = pending;
      const answers: AnswerFact[] = [];
      const indices: number[] = [];
      while (pending && pending.fact.file === first.fact.file) {
        answers.push(pending.fact);
        indices.push(pending.index);
        pending = await nextAnswer();
      }
      const detail = !lettersPath && budget.firstAnswer();
      if (detail) for (let i = 0; i < answers.length; i++) budget.detailedAnswer();
      yield { letter: inferredLetter(first.fact, answers.length), answers, indices, detail, evidenceText: null };
    }
  } finally {
    await answerLines.return(undefined);
    await letterLines?.return(undefined);
  }
}

/**
 * The same letters from files in any order: both files are read once into an index of byte
 * positions (a SQLite file in `scratch`), then each letter and its answers are read back from
 * those positions. letters.jsonl is read before answers.jsonl, so a broken file is named in the
 * same order as orderedGroups names it.
 */
export async function* indexedGroups(files: RunFiles, limits: RunLimits, dbPath: string): AsyncGenerator<LetterGroup> {
  const { answersPath, lettersPath } = files;
  const db = new Database(dbPath);
  const fds: number[] = [];
  try {
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -4000");
    db.exec(`
      CREATE TABLE letters (
        file TEXT PRIMARY KEY, seq INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL, keep_text INTEGER NOT NULL,
        detail INTEGER NOT NULL, last_offset INTEGER NOT NULL, last_length INTEGER NOT NULL, last_keep_text INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE answers (idx INTEGER PRIMARY KEY, file TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL);
    `);
    const budget = new Budget(limits);
    const batch = <T extends unknown[]>(statement: Database.Statement<T>) => {
      const rows: T[] = [];
      const flush = db.transaction(() => {
        for (const r of rows) statement.run(...r);
        rows.length = 0;
      });
      return { add: (...r: T): void => void (rows.push(r) >= 1000 && flush()), flush: (): void => flush() };
    };

    if (lettersPath) {
      // The first line of a file decides its place, fields and page text; any line makes it
      // detailed; the last line's text is the one review.csv quotes from (as the reports always did).
      const letters = batch(db.prepare<[string, number, number, number, number, number, number, number, number]>(`
        INSERT INTO letters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (file) DO UPDATE SET
          detail = detail OR excluded.detail, last_offset = excluded.last_offset, last_length = excluded.last_length, last_keep_text = excluded.last_keep_text`));
      let seq = 0;
      for await (const line of readJsonlLines(lettersPath)) {
        const letter = parseLetter(lettersPath, line);
        const { detail, keepText } = budget.letter(letter);
        const keep = keepText ? 1 : 0;
        letters.add(letter.file, seq++, line.offset, line.length, keep, detail ? 1 : 0, line.offset, line.length, keep);
      }
      letters.flush();
    }
    const answers = batch(db.prepare<[number, string, number, number]>("INSERT INTO answers VALUES (?, ?, ?, ?)"));
    // Without letters.jsonl: the detailed letters, at most one per question of the budget.
    const detailed = new Set<string>();
    let index = 0;
    for await (const line of readJsonlLines(answersPath)) {
      const answer = parseAnswer(answersPath, line);
      answers.add(index++, answer.file, line.offset, line.length);
      if (lettersPath) continue;
      if (!detailed.has(answer.file) && budget.firstAnswer()) detailed.add(answer.file);
      if (detailed.has(answer.file)) budget.detailedAnswer();
    }
    answers.flush();
    db.exec("CREATE INDEX answers_file ON answers (file, idx)");

    const answersFd = openSync(answersPath, "r");
    fds.push(answersFd);
    const lettersFd = lettersPath ? openSync(lettersPath, "r") : -1;
    if (lettersPath) fds.push(lettersFd);
    const answersOf = db.prepare<[string]>("SELECT idx, offset, length FROM answers WHERE file = ? ORDER BY idx");
    const readAnswers = (file: string): { answers: AnswerFact[]; indices: number[] } => {
      const rows = answersOf.all(file) as { idx: number; offset: number; length: number }[];
      return { answers: rows.map((r) => answerFact(readJsonlAt(answersFd, r.offset, r.length))), indices: rows.map((r) => r.idx) };
    };

    // Paged rather than iterated: the answers of each letter are queried in between.
    const PAGE = 500;
    if (lettersPath) {
      const page = db.prepare<[number]>("SELECT * FROM letters WHERE seq > ? ORDER BY seq LIMIT " + PAGE);
      for (let after = -1; ; ) {
        const rows = page.all(after) as { file: string; seq: number; offset: number; length: number; keep_text: number; detail: number; last_offset: number; last_length: number; last_keep_text: number }[];
        if (rows.length === 0) break;
        for (const r of rows) {
          const letter = letterFact(readJsonlAt(lettersFd, r.offset, r.length));
          const last = r.last_offset === r.offset ? letter : letterFact(readJsonlAt(lettersFd, r.last_offset, r.last_length));
          yield { letter: withText(letter, r.keep_text === 1), ...readAnswers(r.file), detail: r.detail === 1, evidenceText: r.last_keep_text === 1 ? last.text : null };
        }
        after = rows[rows.length - 1]!.seq;
      }
    }
    // Files of answers with no letter, in the order of their first answer.
    db.exec(`
      CREATE TABLE orphans (first INTEGER PRIMARY KEY, file TEXT NOT NULL, n INTEGER NOT NULL);
      INSERT INTO orphans SELECT min(idx), file, count(*) FROM answers WHERE file NOT IN (SELECT file FROM letters) GROUP BY file;
    `);
    const page = db.prepare<[number]>("SELECT first, file, n FROM orphans WHERE first > ? ORDER BY first LIMIT " + PAGE);
    for (let after = -1; ; ) {
      const rows = page.all(after) as { first: number; file: string; n: number }[];
      if (rows.length === 0) break;
      for (const r of rows) {
        const { answers, indices } = readAnswers(r.file);
        const detail = detailed.has(r.file);
        yield { letter: inferredLetter(answers[0]!, r.n), answers, indices, detail, evidenceText: null };
      }
      after = rows[rows.length - 1]!.first;
    }
  } finally {
    for (const fd of fds) closeSync(fd);
    db.close();
  }
}
