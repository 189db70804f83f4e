import type { Answer, Letter, LetterMeta, Outcome } from "../core/types.js";
import { OUTCOMES } from "../core/types.js";
import { letterOutcome } from "../core/letter.js";
import { beforeBracket } from "../cite/tree.js";
import { decisiveEvidence } from "../report/columns.js";
import { META_FIELDS, type GoldLetter, type GoldQuestion } from "./gold.js";

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalError {
  letter: string;
  question: string;
  field: string;
  expected: string;
  got: string;
  evidence: string;
  rule: string;
}

export interface EvalReport {
  letters: number;
  questions: number;
  outcomeAccuracy: number;
  macroF1: number;
  perClass: Record<string, PRF>;
  /** confusion[gold][predicted]; predicted "missing" when the question was not found. */
  confusion: Record<string, Record<string, number>>;
  groundsExact: PRF;
  groundsSection: PRF;
  questionCountExact: number;
  ncnd: PRF;
  pit: PRF;
  partial: PRF;
  topicAccuracy: number;
  letterOutcomeAccuracy: number;
  majorityBaseline: { outcome: string; accuracy: number };
  extraQuestions: number;
  missingQuestions: number;
  errors: EvalError[];
  /** The headline figures per id family (the id's prefix before its first "-"), when there is more than one. */
  families?: Record<string, FamilySummary>;
  /** Letter kind (labels.md: response, acknowledgement, extension…) right, over every letter. */
  letterKindAccuracy: number;
  /** Metadata right per field, over the letters whose labels give that field (an empty label means the letter states none). */
  metadata: Record<string, FieldScore>;
  /** Of the letters whose authority was read, how many got a sector with it (the gazetteer's, or one the name implies). */
  sectorFilled: { letters: number; filled: number; rate: number };
  /** Authority right when the reader is also told the page address the letter was published at, over the labelled letters that have one. */
  authorityWithAddress?: FieldScore;
}

export interface FieldScore {
  letters: number;
  correct: number;
  accuracy: number;
}

export interface FamilySummary {
  letters: number;
  questions: number;
  outcomeAccuracy: number;
  questionCountExact: number;
  groundsF1: number;
  topicAccuracy: number;
  letterOutcomeAccuracy: number;
}

/** "p-012" → "p"; an id with no "-" is its own family. */
export function idFamily(id: string): string {
  const dash = id.indexOf("-");
  return dash > 0 ? id.slice(0, dash) : id;
}

export function familySummary(r: EvalReport): FamilySummary {
  return {
    letters: r.letters,
    questions: r.questions,
    outcomeAccuracy: r.outcomeAccuracy,
    questionCountExact: r.questionCountExact,
    groundsF1: r.groundsExact.f1,
    topicAccuracy: r.topicAccuracy,
    letterOutcomeAccuracy: r.letterOutcomeAccuracy,
  };
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/** "FOIA s31(1)(a)" → "FOIA s31"; "EIR 12(4)(b)" → "EIR 12". */
export function sectionLevel(ground: string): string {
  return beforeBracket(ground);
}

function letterGroundSet(questions: readonly { outcome: string; grounds: string[] }[], level: (g: string) => string): Set<string> {
  const s = new Set<string>();
  for (const q of questions) if (q.outcome === "exempt") for (const g of q.grounds) s.add(level(g));
  return s;
}

class Binary {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: boolean, got: boolean): void {
    if (gold && got) this.tp++;
    else if (got) this.fp++;
    else if (gold) this.fn++;
  }
  result(): PRF {
    return prf(this.tp, this.fp, this.fn);
  }
}

/** Compares analysed letters with their gold labels. Pure: no I/O. */
export function evaluate(pairs: readonly { gold: GoldLetter; letter: Letter; readMeta?: LetterMeta; addressMeta?: LetterMeta }[]): EvalReport {
  const classes = [...OUTCOMES] as string[];
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of classes) {
    confusion[g] = {};
    for (const p of [...classes, "missing"]) confusion[g]![p] = 0;
  }
  const errors: EvalError[] = [];
  let questions = 0;
  let correct = 0;
  let topicCorrect = 0;
  let countExact = 0;
  let letterCorrect = 0;
  let extra = 0;
  let missing = 0;
  const ncnd = new Binary();
  const pit = new Binary();
  const partial = new Binary();
  const exact = { tp: 0, fp: 0, fn: 0 };
  const section = { tp: 0, fp: 0, fn: 0 };
  const goldCounts: Record<string, number> = {};
  let kindCorrect = 0;
  const metadata: Record<string, FieldScore> = {};
  const sectorFilled = { letters: 0, filled: 0, rate: 0 };

  let authorityWithAddress: FieldScore | undefined;
  for (const { gold, letter, readMeta, addressMeta } of pairs) {
    const goldKind = gold.letterKind || "response";
    const gotKind = letter.letterKind || (letter.status === "not_a_letter" ? "not_a_letter" : "");
    if (goldKind === gotKind) kindCorrect++;
    else errors.push({ letter: gold.id, question: "*", field: "letter_kind", expected: goldKind, got: gotKind || letter.status, evidence: "", rule: "letter_kind" });
    const meta = readMeta ?? letter.meta;
    if (meta.authority) {
      sectorFilled.letters++;
      if (meta.sector) sectorFilled.filled++;
    }
    if (addressMeta && gold.meta?.authority !== undefined) {
      const score = (authorityWithAddress ??= { letters: 0, correct: 0, accuracy: 0 });
      score.letters++;
      if (sameMeta("authority", gold.meta.authority, addressMeta.authority)) score.correct++;
    }
    for (const field of META_FIELDS) {
      const expected = gold.meta?.[field];
      if (expected === undefined) continue;
      const score = (metadata[field] ??= { letters: 0, correct: 0, accuracy: 0 });
      score.letters++;
      if (sameMeta(field, expected, meta[field])) score.correct++;
      else errors.push({ letter: gold.id, question: "*", field, expected, got: meta[field], evidence: meta.metadataSource, rule: "metadata" });
    }
    const byLabel = new Map<string, Answer>();
    for (const a of letter.answers) byLabel.set(a.label, a);
    if (letter.answers.length === gold.questions.length) countExact++;
    else
      errors.push({
        letter: gold.id,
        question: "*",
        field: "question_count",
        expected: String(gold.questions.length),
        got: `${letter.answers.length} (${letter.answers.map((a) => a.label).join(",")})`,
        evidence: "",
        rule: "segment",
      });
    const goldLabels = new Set(gold.questions.map((q) => q.n));
    for (const a of letter.answers) if (!goldLabels.has(a.label)) extra++;

    for (const gq of gold.questions) {
      questions++;
      goldCounts[gq.outcome] = (goldCounts[gq.outcome] ?? 0) + 1;
      const a = byLabel.get(gq.n);
      if (!a) {
        missing++;
        confusion[gq.outcome]!.missing!++;
        ncnd.add(gq.ncnd, false);
        pit.add(gq.pit, false);
        partial.add(gq.partial, false);
        errors.push({ letter: gold.id, question: gq.n, field: "outcome", expected: gq.outcome, got: "missing", evidence: "", rule: "segment" });
        continue;
      }
      confusion[gq.outcome]![a.outcome]!++;
      if (a.outcome === gq.outcome) correct++;
      else pushError(errors, gold.id, gq, a, letter, "outcome", gq.outcome, a.outcome);
      if (a.topic === gq.topic) topicCorrect++;
      else pushError(errors, gold.id, gq, a, letter, "topic", gq.topic, a.topic);
      ncnd.add(gq.ncnd, a.ncnd);
      pit.add(gq.pit, a.pit);
      partial.add(gq.partial, a.partial);
      if (gq.ncnd !== a.ncnd) pushError(errors, gold.id, gq, a, letter, "ncnd", String(gq.ncnd), String(a.ncnd));
      if (gq.pit !== a.pit) pushError(errors, gold.id, gq, a, letter, "pit", String(gq.pit), String(a.pit));
      if (gq.partial !== a.partial) pushError(errors, gold.id, gq, a, letter, "partial", String(gq.partial), String(a.partial));
      const gg = [...gq.grounds].sort().join(";");
      const ag = [...a.grounds].sort().join(";");
      if (gg !== ag) pushError(errors, gold.id, gq, a, letter, "grounds", gg, ag);
    }

    for (const [acc, level] of [
      [exact, (g: string) => g],
      [section, sectionLevel],
    ] as const) {
      const gs = letterGroundSet(gold.questions, level);
      const ps = letterGroundSet(letter.answers, level);
      for (const g of ps) if (gs.has(g)) acc.tp++;
      else acc.fp++;
      for (const g of gs) if (!ps.has(g)) acc.fn++;
    }
    if (letterOutcome(gold.questions) === letterOutcome(letter.answers)) letterCorrect++;
    else
      errors.push({
        letter: gold.id,
        question: "*",
        field: "letter_outcome",
        expected: letterOutcome(gold.questions),
        got: letterOutcome(letter.answers),
        evidence: "",
        rule: "derived",
      });
  }

  const perClass: Record<string, PRF> = {};
  for (const c of classes) {
    const tp = confusion[c]![c]!;
    let fp = 0;
    let fn = 0;
    for (const g of classes) if (g !== c) fp += confusion[g]![c]!;
    for (const p of [...classes, "missing"]) if (p !== c) fn += confusion[c]![p]!;
    perClass[c] = prf(tp, fp, fn);
  }
  const present = classes.filter((c) => perClass[c]!.support > 0 || classes.some((g) => confusion[g]![c]! > 0));
  const macroF1 = present.length ? present.reduce((s, c) => s + perClass[c]!.f1, 0) / present.length : 0;
  const majority = Object.entries(goldCounts).sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  const n = Math.max(1, questions);
  return {
    letters: pairs.length,
    questions,
    outcomeAccuracy: correct / n,
    macroF1,
    perClass,
    confusion,
    groundsExact: prf(exact.tp, exact.fp, exact.fn),
    groundsSection: prf(section.tp, section.fp, section.fn),
    questionCountExact: countExact / Math.max(1, pairs.length),
    ncnd: ncnd.result(),
    pit: pit.result(),
    partial: partial.result(),
    topicAccuracy: topicCorrect / n,
    letterOutcomeAccuracy: letterCorrect / Math.max(1, pairs.length),
    majorityBaseline: { outcome: majority[0], accuracy: majority[1] / n },
    letterKindAccuracy: kindCorrect / Math.max(1, pairs.length),
    sectorFilled: { ...sectorFilled, rate: sectorFilled.filled / Math.max(1, sectorFilled.letters) },
    ...(authorityWithAddress ? { authorityWithAddress: { ...authorityWithAddress, accuracy: authorityWithAddress.correct / authorityWithAddress.letters } } : {}),
    metadata: Object.fromEntries(META_FIELDS.filter((f) => metadata[f]).map((f) => [f, { ...metadata[f]!, accuracy: metadata[f]!.correct / metadata[f]!.letters }])),
    extraQuestions: extra,
    missingQuestions: missing,
    errors,
  };
}

/** Names compare without case, "the", "&"/"and" or spacing; references without case or spacing; dates exactly. */
export function sameMeta(field: string, expected: string, got: string): boolean {
  const norm = (v: string): string => {
    const s = v.toLowerCase().replace(/&/g, " and ").replace(/[\u2018\u2019']/g, "'").replace(/\s+/g, " ").trim();
    if (field === "authority") return s.replace(/^the /, "").replace(/[.,]/g, "");
    if (field === "reference") return s.replace(/\s+/g, "");
    return s;
  };
  return norm(expected) === norm(got);
}

function pushError(errors: EvalError[], id: string, gq: GoldQuestion, a: Answer, letter: Letter, field: string, expected: string, got: string): void {
  errors.push({ letter: id, question: gq.n, field, expected, got, evidence: decisiveEvidence(letter, a), rule: a.rule });
}

const pct = (x: number): string => x.toFixed(3);

/** The terminal and README rendering of an evaluation. */
export function formatReport(r: EvalReport, withErrors: boolean): string {
  const lines: string[] = [];
  lines.push(`letters ${r.letters}, questions ${r.questions} (missing ${r.missingQuestions}, extra ${r.extraQuestions})`);
  lines.push("");
  lines.push("| metric | value |");
  lines.push("|---|---|");
  lines.push(`| question outcome accuracy | ${pct(r.outcomeAccuracy)} |`);
  lines.push(`| outcome macro-F1 | ${pct(r.macroF1)} |`);
  lines.push(`| grounds P / R / F1 (exact, per letter) | ${pct(r.groundsExact.precision)} / ${pct(r.groundsExact.recall)} / ${pct(r.groundsExact.f1)} |`);
  lines.push(`| grounds P / R / F1 (section, per letter) | ${pct(r.groundsSection.precision)} / ${pct(r.groundsSection.recall)} / ${pct(r.groundsSection.f1)} |`);
  lines.push(`| question count exact (letters) | ${pct(r.questionCountExact)} |`);
  lines.push(`| NCND F1 | ${pct(r.ncnd.f1)} |`);
  lines.push(`| PIT F1 | ${pct(r.pit.f1)} |`);
  lines.push(`| partial F1 | ${pct(r.partial.f1)} |`);
  lines.push(`| topic accuracy | ${pct(r.topicAccuracy)} |`);
  lines.push(`| letter outcome accuracy | ${pct(r.letterOutcomeAccuracy)} |`);
  lines.push(`| majority-class baseline (${r.majorityBaseline.outcome}) | ${pct(r.majorityBaseline.accuracy)} |`);
  lines.push(`| letter kind accuracy | ${pct(r.letterKindAccuracy)} |`);
  for (const [f, m] of Object.entries(r.metadata)) lines.push(`| ${f} accuracy (${m.letters} labelled) | ${pct(m.accuracy)} |`);
  if (r.authorityWithAddress) lines.push(`| authority accuracy, told the page address (${r.authorityWithAddress.letters} labelled) | ${pct(r.authorityWithAddress.accuracy)} |`);
  if (r.sectorFilled.letters > 0) lines.push(`| sector filled (${r.sectorFilled.letters} letters with an authority) | ${pct(r.sectorFilled.rate)} |`);
  lines.push("");
  lines.push("| outcome | precision | recall | F1 | support |");
  lines.push("|---|---|---|---|---|");
  for (const [c, m] of Object.entries(r.perClass)) lines.push(`| ${c} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${m.support} |`);
  lines.push("");
  const cols = [...Object.keys(r.confusion), "missing"];
  lines.push(`| gold \\ predicted | ${cols.join(" | ")} |`);
  lines.push(`|---|${cols.map(() => "---").join("|")}|`);
  for (const [g, row] of Object.entries(r.confusion)) lines.push(`| ${g} | ${cols.map((c) => row[c] ?? 0).join(" | ")} |`);
  if (r.families) {
    lines.push("");
    lines.push("| family | letters | questions | outcome accuracy | count exact | grounds F1 | topic | letter outcome |");
    lines.push("|---|---|---|---|---|---|---|---|");
    for (const [f, m] of Object.entries(r.families)) {
      lines.push(`| ${f} | ${m.letters} | ${m.questions} | ${pct(m.outcomeAccuracy)} | ${pct(m.questionCountExact)} | ${pct(m.groundsF1)} | ${pct(m.topicAccuracy)} | ${pct(m.letterOutcomeAccuracy)} |`);
    }
  }
  if (withErrors) {
    lines.push("");
    lines.push(`errors (${r.errors.length}):`);
    for (const e of r.errors) {
      lines.push(`  ${e.letter} q${e.question} ${e.field}: expected ${e.expected || "-"}, got ${e.got || "-"} [${e.rule}]${e.evidence ? ` “${e.evidence.slice(0, 160)}”` : ""}`);
    }
  }
  return lines.join("\n");
}
