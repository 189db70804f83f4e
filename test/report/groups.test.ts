/**
 * Reading a run back letter by letter: for files in any order, with or without letters.jsonl,
 * with files listed twice or answered without a letter, the streaming readers give exactly the
 * letters the reports list, restated here the simple way (everything in memory).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerFact, compareReview, letterFact, type AnswerFact, type LetterFact, type ReviewKey } from "../../src/aggregate/index.js";
import { compareFiles, indexedGroups, NotInFileOrder, orderedGroups, runFiles, type LetterGroup, type RunLimits } from "../../src/report/groups.js";
import { buildReports } from "../../src/report/build.js";
import { ReviewStore } from "../../src/report/review-store.js";
import { fixtureLetters, writeRun } from "./fixtures.js";

/** Names that sort differently by UTF-16 code unit and by code point (U+E000 against U+1D49C). */
const FILES = ["a.txt", "b.txt", "b/c.txt", "é.txt", "\uE000.txt", "\u{1D49C}.txt"];

const letterArb = fc.record({
  file: fc.constantFrom(...FILES),
  letter_id: fc.constantFrom("L1", "L2"),
  status: fc.constantFrom("ok", "error", "no_response"),
  authority: fc.constantFrom("Ashdown Council", ""),
  sector: fc.constantFrom("council", ""),
  date: fc.constantFrom("2023-01-02", ""),
  title: fc.constantFrom("", "Re: request"),
  questions: fc.nat({ max: 4 }),
  text: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
  messages: fc.constant([]),
});
const answerArb = fc.record({
  file: fc.constantFrom(...FILES),
  letter_id: fc.constant("L1"),
  authority: fc.constantFrom("Ashdown Council", "Brook Trust"),
  sector: fc.constant("council"),
  date: fc.constant("2023-01-02"),
  question: fc.constantFrom("1", "2"),
  question_text: fc.string({ maxLength: 10 }),
  outcome: fc.constantFrom("disclosed", "not_held", "exempt", "other"),
  grounds: fc.constantFrom([], ["FOIA s12"]),
  confidence: fc.constantFrom(0.3, 0.9),
  rule: fc.constant("r"),
  evidence: fc.constant([{ rule: "r", span: { start: 0, end: 3 }, quote: "" }]),
  conflicts: fc.constant([]),
});
const limitsArb = fc.record({ detail: fc.boolean(), textBudget: fc.nat({ max: 60 }), questionBudget: fc.nat({ max: 8 }) });

/** What report.html and review.csv always took a run to be, from both files read whole. */
function expected(letterRecords: object[] | null, answerRecords: object[], limits: RunLimits): LetterGroup[] {
  const detailed = new Set<string>();
  let questionsKept = 0;
  let textKept = 0;
  const letters: LetterFact[] = [];
  for (const record of letterRecords ?? []) {
    const letter = letterFact(record);
    const detail = limits.detail && questionsKept + letter.questions <= limits.questionBudget;
    if (detail) {
      detailed.add(letter.file);
      questionsKept += letter.questions;
    }
    const keepText = detail && letter.text !== null && textKept + letter.text.length <= limits.textBudget;
    if (keepText) textKept += letter.text!.length;
    letters.push({ ...letter, text: keepText ? letter.text : null });
  }
  const answers: AnswerFact[] = [];
  for (const record of answerRecords) {
    const answer = answerFact(record);
    if (!letterRecords && limits.detail && !detailed.has(answer.file) && questionsKept < limits.questionBudget) detailed.add(answer.file);
    if (!letterRecords && detailed.has(answer.file)) questionsKept++;
    answers.push(answer);
  }
  const texts = new Map(letters.map((l) => [l.file, l.text]));
  const byFile = new Map<string, LetterGroup>();
  const group = (letter: LetterFact): LetterGroup => ({ letter, answers: [], indices: [], detail: detailed.has(letter.file), evidenceText: texts.get(letter.file) ?? null });
  for (const letter of letters) if (!byFile.has(letter.file)) byFile.set(letter.file, group(letter));
  answers.forEach((a, index) => {
    let g = byFile.get(a.file);
    if (!g) {
      const count = answers.filter((x) => x.file === a.file).length;
      g = group({ file: a.file, letterId: a.letterId, status: "ok", authority: a.authority, sector: a.sector, regime: a.regime, date: a.date, title: "", letterOutcome: "", text: null, hasText: false, questions: count, messages: [] });
      byFile.set(a.file, g);
    }
    g.answers.push(a);
    g.indices.push(index);
  });
  return [...byFile.values()];
}

async function collect(groups: AsyncIterable<LetterGroup>): Promise<LetterGroup[]> {
  const out: LetterGroup[] = [];
  for await (const g of groups) out.push(g);
  return out;
}

function writeFiles(letters: object[] | null, answers: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-groups-"));
  const jsonl = (records: object[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join("");
  writeFileSync(join(dir, "answers.jsonl"), jsonl(answers));
  if (letters) writeFileSync(join(dir, "letters.jsonl"), jsonl(letters));
  return dir;
}

const byFile = (x: { file: string }, y: { file: string }): number => compareFiles(x.file, y.file);

describe("compareFiles", () => {
  it("orders file names as SQLite orders UTF-8 text (by code point)", () => {
    const sorted = [...FILES].sort(compareFiles);
    const bytes = [...FILES].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(sorted).toEqual(bytes);
    expect(compareFiles("\uE000", "\u{1D49C}")).toBeLessThan(0);
  });
});

describe("a run read letter by letter", () => {
  it("gives the letters of the reports from files in any order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.array(letterArb, { maxLength: 8 }), { nil: null }), fc.array(answerArb, { maxLength: 12 }), limitsArb, async (letters, answers, limits) => {
        const dir = writeFiles(letters, answers);
        try {
          const want = expected(letters, answers, limits);
          expect(await collect(indexedGroups(runFiles(dir), limits, join(dir, "index.sqlite")))).toEqual(want);
          // Side by side it either gives the same letters or says the files are not in order.
          try {
            expect(await collect(orderedGroups(runFiles(dir), limits))).toEqual(want);
          } catch (error) {
            expect(error).toBeInstanceOf(NotInFileOrder);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("reads files sorted as analyze writes them in one pass", async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(fc.array(letterArb, { maxLength: 8 }), { nil: null }), fc.array(answerArb, { maxLength: 12 }), limitsArb, async (letters, answers, limits) => {
        // One line per file, in file order; answers grouped by file (stable), as the store sorts
        // them, each of a listed letter or (read as letters of their own) after the last one.
        const unique = letters && [...new Map(letters.map((l) => [l.file, l])).values()].sort(byFile);
        const last = unique?.at(-1)?.file;
        const listed = new Set(unique?.map((l) => l.file));
        const sorted = answers.filter((a) => !unique || listed.has(a.file) || last === undefined || compareFiles(a.file, last) > 0).sort(byFile);
        const dir = writeFiles(unique, sorted);
        try {
          expect(await collect(orderedGroups(runFiles(dir), limits))).toEqual(expected(unique, sorted, limits));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe("ReviewStore", () => {
  it("gives back review rows in compareReview order, ranked, however they were added", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ reasons: fc.integer({ min: 1, max: 4 }), confidence: fc.constantFrom(0, 0.3, 0.55, 0.59999, 1, 0.1 + 0.2), index: fc.nat({ max: 10_000 }) }), { selector: (k) => k.index, maxLength: 60 }),
        (keys: ReviewKey[]) => {
          const dir = mkdtempSync(join(tmpdir(), "foiscope-review-"));
          const store = new ReviewStore(join(dir, "review.sqlite"));
          try {
            keys.forEach((k, i) => store.add(k, [`${k.reasons}`, String(k.confidence), `f${k.index}`], i));
            const want = [...keys].sort(compareReview).map((k) => `f${k.index}`);
            const got = [...store.sorted()];
            expect(got.map((r) => r.row.file)).toEqual(want);
            expect(got.map((r) => r.row.rank)).toEqual(want.map((_, i) => i + 1));
            expect([...store.sorted(5)].map((r) => r.row.file)).toEqual(want.slice(0, 5));
            expect(store.count).toBe(keys.length);
          } finally {
            store.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("buildReports scratch files", () => {
  it("leaves nothing but the reports behind (not even a killed build's scratch), and no output folder for a run it cannot read", async () => {
    const run = await writeRun(fixtureLetters());
    const out = join(run, "out");
    mkdirSync(join(out, ".foiscope-report"), { recursive: true });
    writeFileSync(join(out, ".foiscope-report", "review.sqlite"), "left by a killed build");
    await buildReports(out, { bom: false, minN: 10, reports: ["csv", "html", "jsonl"], from: run });
    expect(readdirSync(out).sort()).toEqual(
      ["authorities.csv", "grounds.csv", "outcomes.csv", "report.html", "review.csv", "sectors.csv", "tables.jsonl", "topics.csv", "years.csv"],
    );
    writeFileSync(join(run, "answers.jsonl"), "{oops\n");
    const failed = join(run, "failed");
    await expect(buildReports(failed, { bom: false, minN: 10, reports: ["csv"], from: run })).rejects.toMatchObject({ code: "FOISCOPE_BAD_RECORD" });
    expect(readdirSync(run)).not.toContain("failed");
    rmSync(run, { recursive: true, force: true });
  });
});
