import { describe, expect, it, beforeAll } from "vitest";
import { wilson } from "../../src/aggregate/wilson.js";
import { parseGround } from "../../src/aggregate/ground.js";
import { yearOf } from "../../src/aggregate/records.js";
import { buildReports } from "../../src/report/build.js";
import { fixtureLetters, makeLetter, writeRun } from "./fixtures.js";
import { readCsv, readJsonl } from "./csv.js";
import { Aggregator, answerFact, letterFact } from "../../src/aggregate/index.js";

describe("wilson", () => {
  it("gives the published 95 % bounds", () => {
    const cases: [number, number, number | null, number, number][] = [
      [0, 0, null, 0, 1],
      [5, 10, 0.5, 0.2366, 0.7634],
      [0, 10, 0, 0, 0.2775],
      [10, 10, 1, 0.7225, 1],
      [1, 3, 1 / 3, 0.0615, 0.7923],
      [3, 4, 0.75, 0.3006, 0.9544],
      [8, 15, 8 / 15, 0.3012, 0.7519],
    ];
    for (const [k, n, rate, low, high] of cases) {
      const w = wilson(k, n);
      expect(w.rate, `${k}/${n}`).toBe(rate);
      expect(w.low, `${k}/${n} low`).toBeCloseTo(low, 4);
      expect(w.high, `${k}/${n} high`).toBeCloseTo(high, 4);
    }
  });
  it("is exactly 0 at 0/n and exactly 1 at n/n", () => {
    expect(wilson(0, 7).low).toBe(0);
    expect(wilson(7, 7).high).toBe(1);
  });
  it("refuses impossible counts", () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(0.5, 2)).toThrow(RangeError);
  });
});

describe("parseGround", () => {
  it("splits act, section and the section-level ground", () => {
    expect(parseGround("FOIA s31(1)(a)")).toEqual({ ground: "FOIA s31(1)(a)", act: "FOIA", section: "31", sectionGround: "FOIA s31", procedural: false });
    expect(parseGround("FOIA s12")).toEqual({ ground: "FOIA s12", act: "FOIA", section: "12", sectionGround: "FOIA s12", procedural: true });
    expect(parseGround("FOIA s14(1)")).toMatchObject({ sectionGround: "FOIA s14", procedural: true });
    expect(parseGround("FOISA s12")).toMatchObject({ sectionGround: "FOISA s12", procedural: true });
    expect(parseGround("FOISA s30(c)")).toMatchObject({ act: "FOISA", section: "30", sectionGround: "FOISA s30", procedural: false });
    expect(parseGround("EIR 12(4)(b)")).toMatchObject({ act: "EIR", section: "12(4)(b)", sectionGround: "EIR 12(4)(b)", procedural: true });
    expect(parseGround("EIR 12(5)(e)")).toMatchObject({ section: "12(5)(e)", sectionGround: "EIR 12(5)(e)", procedural: false });
    expect(parseGround("EIR 13(1)")).toMatchObject({ section: "13", sectionGround: "EIR 13" });
    expect(parseGround("EIR 12(6)")).toMatchObject({ section: "12(6)", sectionGround: "EIR 12(6)", procedural: false });
    expect(parseGround("EIR 12")).toMatchObject({ section: "12", sectionGround: "EIR 12" });
    expect(parseGround("EISR 10(8)")).toMatchObject({ section: "10(8)", sectionGround: "EISR 10(8)" });
    expect(parseGround("EISR 10(4)(b)")).toMatchObject({ section: "10(4)(b)", procedural: true });
    expect(parseGround("EISR 10(5)(b)")).toMatchObject({ section: "10(5)(b)", procedural: false });
  });
  it("keeps a ground it cannot parse whole", () => {
    expect(parseGround("section 31 law enforcement")).toEqual({ ground: "section 31 law enforcement", act: "", section: "", sectionGround: "section 31 law enforcement", procedural: false });
  });
});

describe("yearOf", () => {
  it("reads the year of common date forms", () => {
    expect(yearOf("2023-05-12")).toBe("2023");
    expect(yearOf("12 May 2021")).toBe("2021");
    expect(yearOf("12/05/2019")).toBe("2019");
    expect(yearOf("")).toBe("(unknown)");
    expect(yearOf("ref 12345")).toBe("(unknown)");
  });
});

describe("reports over the fixture letters (figures worked out by hand)", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await writeRun(fixtureLetters());
    await buildReports(dir, { bom: false, minN: 10, reports: ["csv", "html", "jsonl"] });
  });

  it("outcomes.csv: letters in the official shape, overall, by sector, by year", () => {
    const rows = readCsv(dir, "outcomes.csv").map((r) => [r.scope, r.group, r.letters, r.granted_full, r.withheld_part, r.withheld_full, r.not_held, r.mixed_other, r.no_outcome].join(" "));
    expect(rows).toEqual([
      "all all 7 0 2 4 1 0 1",
      "sector council 4 0 2 2 0 0 1",
      "sector nhs 2 0 0 1 1 0 0",
      "sector police 1 0 0 1 0 0 0",
      "year 2022 1 0 1 0 0 0 1",
      "year 2023 3 0 1 1 1 0 0",
      "year 2024 3 0 0 3 0 0 0",
    ]);
    expect(readCsv(dir, "outcomes.csv")[0]).toMatchObject({ withheld_part_share: "0.2857", withheld_full_share: "0.5714", granted_full_share: "0.0000" });
  });

  it("grounds.csv: section level then provision level, exempt questions only, multi-counted", () => {
    const rows = readCsv(dir, "grounds.csv").map((r) => [r.level, r.ground, r.act, r.section, r.questions, r.letters, r.authorities, r.share_of_exempt, r.procedural, r.with_pit, r.ncnd].join("|"));
    expect(rows).toEqual([
      "section|FOIA s12|FOIA|12|2|1|1|0.2500|true|0|0",
      "section|FOIA s31|FOIA|31|2|2|2|0.2500|false|1|0",
      "section|EIR 12(4)(b)|EIR|12(4)(b)|1|1|1|0.1250|true|0|0",
      "section|EIR 12(5)(e)|EIR|12(5)(e)|1|1|1|0.1250|false|0|0",
      "section|FOISA s30|FOISA|30|1|1|1|0.1250|false|0|1",
      "provision|FOIA s12|FOIA|12|2|1|1|0.2500|true|0|0",
      "provision|FOIA s31(1)(a)|FOIA|31|2|2|2|0.2500|false|1|0",
      "provision|EIR 12(4)(b)|EIR|12(4)(b)|1|1|1|0.1250|true|0|0",
      "provision|EIR 12(5)(e)|EIR|12(5)(e)|1|1|1|0.1250|false|0|0",
      "provision|FOIA s31(1)(b)|FOIA|31|1|1|1|0.1250|false|1|0",
      "provision|FOISA s30(c)|FOISA|30|1|1|1|0.1250|false|0|1",
    ]);
  });

  it("authorities.csv: counts, refusal rate with Wilson interval, small_n, top ground, uncited refusals", () => {
    const rows = readCsv(dir, "authorities.csv");
    const byName = Object.fromEntries(rows.map((r) => [r.authority, r]));
    expect(rows.map((r) => r.authority)).toEqual([
      "'=HYPERLINK(\"http://attacker.example\",\"Hostile Council\")",
      "Ashdown Council", "Brook NHS Trust", "Glen Police Authority", "Moor District Council",
    ]);
    expect(byName["Ashdown Council"]).toEqual({
      authority: "Ashdown Council", sector: "council", letters: "2", questions: "4", disclosed: "1", not_held: "0", exempt: "3", other: "0",
      refusal_rate: "0.7500", refusal_rate_low: "0.3006", refusal_rate_high: "0.9544", small_n: "true", top_ground: "FOIA s12", uncited_refusals: "0",
    });
    expect(byName["Brook NHS Trust"]).toMatchObject({ letters: "2", questions: "4", not_held: "2", exempt: "1", other: "1", refusal_rate: "0.2500", refusal_rate_low: "0.0456", refusal_rate_high: "0.6994", top_ground: "", uncited_refusals: "1" });
    expect(byName["Glen Police Authority"]).toMatchObject({ questions: "1", exempt: "1", refusal_rate: "1.0000", refusal_rate_low: "0.2065", refusal_rate_high: "1.0000", top_ground: "FOISA s30" });
    expect(byName["Moor District Council"]).toMatchObject({ questions: "2", disclosed: "1", exempt: "1", refusal_rate: "0.5000", top_ground: "EIR 12(4)(b)" });
  });

  it("topics, sectors and years: question counts by outcome with the refusal rate", () => {
    const topics = readCsv(dir, "topics.csv").map((r) => `${r.topic} ${r.letters} ${r.questions} ${r.disclosed} ${r.not_held} ${r.exempt} ${r.other} ${r.refusal_rate}`);
    expect(topics).toEqual([
      "attacks 2 2 1 1 0 0 0.0000",
      "breaches 1 1 0 0 1 0 1.0000",
      "insurance 1 1 0 1 0 0 0.0000",
      "other 3 4 1 0 1 2 0.2500",
      "policy 1 1 0 0 1 0 1.0000",
      "ransomware 2 2 0 1 1 0 0.5000",
      "staff 1 1 0 0 1 0 1.0000",
      "systems 2 2 0 0 2 0 1.0000",
      "training 1 1 0 0 1 0 1.0000",
    ]);
    const sectors = readCsv(dir, "sectors.csv").map((r) => `${r.sector} ${r.questions} ${r.exempt} ${r.refusal_rate} ${r.refusal_rate_low} ${r.refusal_rate_high} ${r.small_n}`);
    expect(sectors).toEqual(["council 10 6 0.6000 0.3127 0.8318 false", "nhs 4 1 0.2500 0.0456 0.6994 true", "police 1 1 1.0000 0.2065 1.0000 true"]);
    const years = readCsv(dir, "years.csv").map((r) => `${r.year} ${r.letters} ${r.questions} ${r.exempt} ${r.refusal_rate_low} ${r.refusal_rate_high}`);
    expect(years).toEqual(["2022 1 2 1 0.0945 0.9055", "2023 3 6 3 0.1876 0.8124", "2024 3 7 4 0.2505 0.8418"]);
  });

  it("review.csv: uncited refusals, conflicts, stray grounds and low confidence, most doubtful first, with evidence", () => {
    const rows = readCsv(dir, "review.csv");
    expect(rows.map((r) => `${r.rank} ${r.file}#${r.question} ${r.reasons} ${r.confidence}`)).toEqual([
      "1 hostile.txt#3 uncited_refusal;low_confidence 0.30",
      "2 brook-2024.txt#1 uncited_refusal;low_confidence 0.40",
      "3 moor-2023.txt#2 grounds_not_exempt;low_confidence 0.55",
      "4 glen-2024.txt#1 conflicting_rules 0.90",
      "5 hostile.txt#4 conflicting_rules 0.90",
    ]);
    expect(rows[1]!.evidence).toBe('fixture-exempt: "We do not release information about our IT security."');
    expect(rows[3]!.conflicts).toBe("not-held-phrase");
  });
});

describe("letters that count in no outcome table (labels.md; issue 11)", () => {
  it("a reply that answers nothing yet and a file that is not a letter are rows of letters.csv, not counted in outcomes.csv", async () => {
    const acknowledgement = makeLetter("fen-ack.txt", { authority: "Fen Fire Service", sector: "fire", date: "2025-03-03" },
      "Dear Requester,\nThank you for your request, which we received today. We will reply within 20 working days.", [], "no_response");
    acknowledgement.letterKind = "acknowledgement";
    const letters = [
      makeLetter("ash-2023.txt", { authority: "Ashdown Council", sector: "council", date: "2023-06-01" },
        "1. Budget?\nThe budget was £4,000.", [{ label: "1", outcome: "disclosed", evidence: ["The budget was £4,000."] }]),
      makeLetter("brook-2024.txt", { authority: "Brook NHS Trust", sector: "nhs", date: "2024-02-02" },
        "1. Names of staff?\nWithheld under section 40(2).", [{ label: "1", outcome: "exempt", grounds: ["FOIA s40(2)"], evidence: ["Withheld under section 40(2)."] }]),
      // Unreadable: a letter whose outcome is unknown, so it is the one no_outcome.
      makeLetter("ash-scan.pdf", { authority: "Ashdown Council", sector: "council", date: "2023-07-07" }, "", [], "error"),
      acknowledgement,
      makeLetter("README.md", {}, "# Sources\n\n## How the letters were gathered\n", [], "not_a_letter"),
      makeLetter("ash-2023.json", {}, "", [], "not_a_letter"),
    ];
    const dir = await writeRun(letters);
    await buildReports(dir, { bom: false, minN: 10, reports: ["csv", "jsonl"] });
    expect(readCsv(dir, "letters.csv").map((r) => `${r.file} ${r.status} ${r.letter_kind} ${r.letter_outcome}`)).toEqual([
      "ash-2023.txt ok response granted_full",
      "brook-2024.txt ok response withheld_full",
      "ash-scan.pdf error: Could not read the file  ",
      "fen-ack.txt no_response acknowledgement ",
      "README.md not_a_letter  ",
      "ash-2023.json not_a_letter  ",
    ]);
    // Neither the fire service's acknowledgement (no fire row, no 2025 row) nor the two other files count.
    expect(readCsv(dir, "outcomes.csv").map((r) => [r.scope, r.group, r.letters, r.granted_full, r.withheld_full, r.no_outcome].join(" "))).toEqual([
      "all all 2 1 1 1",
      "sector council 1 1 0 1",
      "sector nhs 1 0 1 0",
      "year 2023 1 1 0 1",
      "year 2024 1 0 1 0",
    ]);
    expect(readCsv(dir, "authorities.csv").map((r) => `${r.authority} ${r.letters}`)).toEqual(["Ashdown Council 1", "Brook NHS Trust 1"]);
    // The headline of report.html, from the same records.
    const aggregator = new Aggregator({ minN: 10, lowConfidence: 0.6 });
    const answers = readJsonl(dir, "answers.jsonl").map((r) => answerFact(r));
    for (const r of readJsonl(dir, "letters.jsonl")) {
      const letter = letterFact(r);
      aggregator.add(letter, answers.filter((a) => a.file === letter.file));
    }
    expect(aggregator.tables().headline).toMatchObject({ lettersTotal: 4, letters: 2, lettersWithError: 1, lettersWithoutQuestions: 1, lettersNoResponse: 1, notLetters: 2 });
  });
});
