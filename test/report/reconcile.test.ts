/**
 * Property: for any set of letters and answers, every table reconciles exactly with
 * answers.csv and letters.csv. The expectations are computed here from the CSV files the
 * run wrote, with the label rules restated from labels.md, not by calling the aggregates.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rmSync } from "node:fs";
import type { Outcome } from "../../src/core/types.js";
import { buildReports } from "../../src/report/build.js";
import { makeLetter, writeRun, type QuestionSpec } from "./fixtures.js";
import { readCsv, readJsonl } from "./csv.js";

const AUTHORITIES = ["Ashdown Council", "Brook NHS Trust", "", "=SUM(A1)", "Glen Police"];
const SECTORS = ["council", "nhs", "", "police"];
const DATES: Record<string, string> = { "": "(unknown)", "2021-03-04": "2021", "2022-11-30": "2022", "15 May 2023": "2023", "03/01/2023": "2023" };
const TOPICS = ["attacks", "spend", "other", ""];
/** Each ground with its section-level ground, written out by hand. */
const SECTION_OF: Record<string, string> = {
  "FOIA s31(1)(a)": "FOIA s31",
  "FOIA s31(1)(b)": "FOIA s31",
  "FOIA s31": "FOIA s31",
  "FOIA s12": "FOIA s12",
  "FOIA s40(2)": "FOIA s40",
  "EIR 12(4)(b)": "EIR 12(4)(b)",
  "EIR 12(5)(e)": "EIR 12(5)(e)",
  "FOISA s30(c)": "FOISA s30",
};
const OUTCOMES: Outcome[] = ["disclosed", "not_held", "exempt", "other"];
const LOW_CONFIDENCE = 0.6;

const questionArb = fc.record({
  outcome: fc.constantFrom(...OUTCOMES),
  grounds: fc.subarray(Object.keys(SECTION_OF), { maxLength: 3 }),
  topic: fc.constantFrom(...TOPICS),
  pit: fc.boolean(),
  ncnd: fc.boolean(),
  partial: fc.boolean(),
  // Two decimals, so the rounded confidence in answers.csv decides low_confidence exactly.
  confidence: fc.constantFrom(0, 0.3, 0.55, 0.6, 0.75, 1),
  conflicts: fc.constantFrom<string[]>([], ["rule-x"], ["rule-x", "rule-y"]),
});
const letterArb = fc.record({
  authority: fc.constantFrom(...AUTHORITIES),
  sector: fc.constantFrom(...SECTORS),
  date: fc.constantFrom(...Object.keys(DATES)),
  error: fc.boolean(),
  questions: fc.array(questionArb, { maxLength: 5 }),
});

const key = (v: string): string => (v === "" ? "(unknown)" : v);
const rate = (k: number, n: number): string => (n === 0 ? "" : (k / n).toFixed(4));

/** labels.md "Letter outcome": something given (disclosed, or exempt marked partial) beside something withheld is withheld_part. */
function letterOutcome(answers: { outcome: string; partial: boolean }[]): string {
  const n = (o: string) => answers.filter((x) => x.outcome === o).length;
  if (answers.length === 0) return "";
  if (n("exempt") === 0 && n("disclosed") > 0) return "granted_full";
  if (n("exempt") > 0 && (n("disclosed") > 0 || answers.some((x) => x.outcome === "exempt" && x.partial))) return "withheld_part";
  if (n("exempt") > 0) return "withheld_full";
  if (n("not_held") === answers.length) return "not_held";
  return "mixed_other";
}

function tally<T>(rows: T[], by: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(by(r), [...(m.get(by(r)) ?? []), r]);
  return m;
}

type LetterSpec = { authority: string; sector: string; date: string; error: boolean; questions: Array<Omit<QuestionSpec, "label">> };

async function check(letterSpecs: LetterSpec[], minN: number): Promise<void> {
  const letters = letterSpecs.map((l, i) =>
    makeLetter(
      `batch/l${i}.txt`,
      { authority: l.authority, sector: l.sector, date: l.date },
      `Letter ${i}`,
      l.error ? [] : l.questions.map((q, qi) => ({ ...q, label: String(qi + 1) })),
      l.error ? "error" : "ok",
    ),
  );
  const dir = await writeRun(letters);
  try {
    await buildReports(dir, { bom: false, minN, reports: ["csv"] });
    const answers = readCsv(dir, "answers.csv");
    const letterRows = readCsv(dir, "letters.csv");
    const records = readJsonl(dir, "answers.jsonl");
    const exempt = answers.filter((a) => a.outcome === "exempt");
    const groundsOf = (a: Record<string, string>): string[] => [...new Set(a.grounds ? a.grounds.split(";") : [])];

    // authorities.csv
    const authorities = readCsv(dir, "authorities.csv");
    const byAuthority = tally(answers, (a) => key(a.authority));
    expect(authorities.map((r) => r.authority).sort()).toEqual([...byAuthority.keys()].sort());
    for (const row of authorities) {
      const group = byAuthority.get(row.authority)!;
      const n = (o: string) => group.filter((a) => a.outcome === o).length;
      expect(row).toMatchObject({
        letters: String(new Set(group.map((a) => a.file)).size),
        questions: String(group.length),
        disclosed: String(n("disclosed")),
        not_held: String(n("not_held")),
        exempt: String(n("exempt")),
        other: String(n("other")),
        refusal_rate: rate(n("exempt"), group.length),
        small_n: String(group.length < minN),
        uncited_refusals: String(group.filter((a) => a.outcome === "exempt" && a.grounds === "").length),
      });
      expect(Number(row.refusal_rate_low)).toBeLessThanOrEqual(Number(row.refusal_rate));
      expect(Number(row.refusal_rate_high)).toBeGreaterThanOrEqual(Number(row.refusal_rate));
    }

    // topics.csv, sectors.csv, years.csv
    for (const [file, column, keyOf] of [
      ["topics.csv", "topic", (a: Record<string, string>) => key(a.topic!)],
      ["sectors.csv", "sector", (a: Record<string, string>) => key(a.sector!)],
      ["years.csv", "year", (a: Record<string, string>) => DATES[a.date!]!],
    ] as const) {
      const rows = readCsv(dir, file);
      const groups = tally(answers, keyOf);
      expect(rows.map((r) => r[column]).sort()).toEqual([...groups.keys()].sort());
      expect(rows.reduce((s, r) => s + Number(r.questions), 0)).toBe(answers.length);
      for (const row of rows) {
        const group = groups.get(row[column]!)!;
        for (const o of OUTCOMES) expect(row[o], `${file} ${row[column]} ${o}`).toBe(String(group.filter((a) => a.outcome === o).length));
        expect(row.letters).toBe(String(new Set(group.map((a) => a.file)).size));
        expect(row.refusal_rate).toBe(rate(group.filter((a) => a.outcome === "exempt").length, group.length));
      }
    }

    // grounds.csv: exempt questions only, multi-counted across grounds, once per section.
    const grounds = readCsv(dir, "grounds.csv");
    const expected = new Map<string, Record<string, string>[]>();
    for (const a of exempt) {
      for (const g of groundsOf(a)) expected.set(`provision ${g}`, [...(expected.get(`provision ${g}`) ?? []), a]);
      for (const s of new Set(groundsOf(a).map((g) => SECTION_OF[g]!))) expected.set(`section ${s}`, [...(expected.get(`section ${s}`) ?? []), a]);
    }
    expect(grounds.map((g) => `${g.level} ${g.ground}`).sort()).toEqual([...expected.keys()].sort());
    for (const g of grounds) {
      const group = expected.get(`${g.level} ${g.ground}`)!;
      expect(g).toMatchObject({
        questions: String(group.length),
        letters: String(new Set(group.map((a) => a.file)).size),
        authorities: String(new Set(group.map((a) => key(a.authority!))).size),
        share_of_exempt: rate(group.length, exempt.length),
        with_pit: String(group.filter((a) => a.pit === "true").length),
        ncnd: String(group.filter((a) => a.ncnd === "true").length),
      });
    }
    const provisionTotal = grounds.filter((g) => g.level === "provision").reduce((s, g) => s + Number(g.questions), 0);
    expect(provisionTotal).toBe(exempt.reduce((s, a) => s + groundsOf(a).length, 0));

    // outcomes.csv: letters from letters.csv, outcome derived from answers.csv.
    const outcomes = readCsv(dir, "outcomes.csv");
    const answersByFile = tally(answers, (a) => a.file!);
    const letterOutcomes = letterRows.map((l) => ({ l, outcome: letterOutcome((answersByFile.get(l.file!) ?? []).map((a) => ({ outcome: a.outcome!, partial: a.partial === "true" }))) }));
    const groupsFor = (scope: string): Map<string, typeof letterOutcomes> =>
      scope === "all" ? new Map([["all", letterOutcomes]]) : scope === "sector" ? tally(letterOutcomes, (x) => key(x.l.sector!)) : tally(letterOutcomes, (x) => DATES[x.l.date!]!);
    for (const scope of ["all", "sector", "year"]) {
      const rows = outcomes.filter((r) => r.scope === scope);
      const groups = groupsFor(scope);
      expect(rows.map((r) => r.group).sort()).toEqual([...groups.keys()].sort());
      for (const row of rows) {
        const group = groups.get(row.group!)!;
        const withOutcome = group.filter((x) => x.outcome !== "");
        expect(row.letters).toBe(String(withOutcome.length));
        expect(row.no_outcome).toBe(String(group.length - withOutcome.length));
        for (const o of ["granted_full", "withheld_part", "withheld_full", "not_held", "mixed_other"]) {
          const count = withOutcome.filter((x) => x.outcome === o).length;
          expect(row[o], `${scope} ${row.group} ${o}`).toBe(String(count));
          expect(row[`${o}_share`]).toBe(rate(count, withOutcome.length));
        }
      }
    }
    // Letter outcomes the pipeline wrote agree with the ones derived here.
    for (const x of letterOutcomes) expect(x.l.letter_outcome).toBe(x.outcome);

    // review.csv: exactly the doubtful questions, most reasons first.
    const review = readCsv(dir, "review.csv");
    const doubtful = answers.filter((a, i) => {
      const conflicts = (records[i]!.conflicts as string[]).length > 0;
      const hasGrounds = a.grounds !== "";
      return (a.outcome === "exempt" && !hasGrounds) || conflicts || (a.outcome !== "exempt" && hasGrounds) || Number(a.confidence) < LOW_CONFIDENCE;
    });
    expect(review.map((r) => `${r.file}#${r.question}`).sort()).toEqual(doubtful.map((a) => `${a.file}#${a.question}`).sort());
    const reasonCounts = review.map((r) => r.reasons!.split(";").length);
    expect([...reasonCounts].sort((a, b) => b - a)).toEqual(reasonCounts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("every aggregate reconciles with answers.csv and letters.csv", () => {
  it("for random letters and answers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(letterArb, { maxLength: 12 }), fc.constantFrom(0, 3, 10), (specs, minN) => check(specs, minN)),
      { numRuns: 40 },
    );
  }, 120_000);
});
