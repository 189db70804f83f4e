import LogisticRegressionClassifier from "natural/lib/natural/classifiers/logistic_regression_classifier.js";
import type { Answer, Letter } from "../core/types.js";
import { findHits } from "../classify/classify.js";
import { preset } from "../classify/preset.js";
import { contentStems } from "../core/stems.js";
import { loadGold } from "./gold.js";
import { evaluateFolder } from "./run-eval.js";

/**
 * k-fold cross-validation of a statistical reader of answers against the rules (`foiscope eval
 * --cv`). Folds are by letter, never by question: the questions of one letter share wording, and
 * a model that saw a letter's other answers would be scored on what it memorised.
 *
 * The model is natural's logistic regression (by subpath: the package's index prints to stdout),
 * over the signals the rules and cue families found in the answer (rule:<id>, signal:<signal>)
 * and the answer's commoner content stems. natural's naive Bayes was tried first and is unfit
 * here: it scores only the features present, and an unseen feature costs a small class less
 * than a large one, so every answer with rare words went to `other` (0.08 cross-validated). It is scored three ways on the held-out letters: the rules alone, the
 * model alone, and the model deciding only where the rules were weakest (the fallback and the
 * meaning reader's cues), the rules elsewhere. Only questions found with an answer are scored:
 * a question never found is segmentation's error, the same for every reader.
 */
export interface CvFold {
  letters: number;
  questions: number;
  rules: number;
  model: number;
  hybrid: number;
}

export interface CvReport {
  folds: CvFold[];
  questions: number;
  /** Outcome accuracy over all held-out questions, pooled. */
  rules: number;
  model: number;
  hybrid: number;
  /** Questions the rules decided weakly (fallback or meaning cue): where the hybrid lets the model decide. */
  weak: number;
}

interface Sample {
  letter: string;
  gold: string;
  rule: string;
  ruleOutcome: string;
  features: string[];
}

/** Rules whose decision the hybrid hands to the model. */
const weakDecision = (rule: string): boolean => rule.startsWith("fallback/") || rule.startsWith("meaning/");

function features(letter: Letter, answer: Answer): string[] {
  const span = answer.answerSpan!;
  const hits = findHits(letter.text, span, preset);
  const out = new Set<string>();
  for (const h of hits) {
    out.add(`rule:${h.rule.id}`);
    out.add(`signal:${h.rule.signal}`);
  }
  if (hits.length === 0) out.add("signal:none");
  for (const s of contentStems(letter.text.slice(span.start, span.end).slice(0, 2000))) out.add(s);
  return [...out];
}

/**
 * The features the model may use: every rule and signal feature, and the content stems found in
 * at least three training answers, the most frequent VOCABULARY of them (natural's classifiers
 * turn each document into a dense vector over every feature seen; a long tail of stems seen once
 * is noise and time).
 */
const VOCABULARY = 150;
function vocabulary(train: readonly Sample[]): Set<string> {
  const df = new Map<string, number>();
  for (const s of train) for (const x of s.features) df.set(x, (df.get(x) ?? 0) + 1);
  const signals = [...df.keys()].filter((x) => x.includes(":"));
  const stems = [...df].filter(([x, n]) => !x.includes(":") && n >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, VOCABULARY).map(([x]) => x);
  return new Set([...signals, ...stems]);
}

/** Letters dealt round the folds in id order: deterministic, every question of a letter in one fold, each id family spread over all folds. */
export function assignFolds(letterIds: readonly string[], k: number): Map<string, number> {
  const ids = [...new Set(letterIds)].sort();
  return new Map(ids.map((id, i) => [id, i % k]));
}

export async function crossValidate(dir: string, options: { folds?: number; only?: readonly string[] } = {}): Promise<CvReport> {
  const k = Math.max(2, options.folds ?? 5);
  const gold = new Map(loadGold(dir).map((g) => [g.id, g]));
  const { letters } = await evaluateFolder(dir, { only: options.only ?? [] });
  const samples: Sample[] = [];
  for (const letter of letters) {
    const g = gold.get(letter.id) ?? gold.get(letter.file.replace(/\.[^.]+$/, ""));
    if (!g) continue;
    for (const gq of g.questions) {
      const a = letter.answers.find((x) => x.label === gq.n);
      if (!a || !a.answerSpan) continue;
      samples.push({ letter: g.id, gold: gq.outcome, rule: a.rule, ruleOutcome: a.outcome, features: features(letter, a) });
    }
  }
  const foldOf = assignFolds(samples.map((s) => s.letter), k);
  const folds: CvFold[] = [];
  let rules = 0;
  let model = 0;
  let hybrid = 0;
  for (let f = 0; f < k; f++) {
    const train = samples.filter((s) => foldOf.get(s.letter) !== f);
    const test = samples.filter((s) => foldOf.get(s.letter) === f);
    const keep = vocabulary(train);
    const kept = (s: Sample): string[] => s.features.filter((x) => keep.has(x));
    const classifier = new LogisticRegressionClassifier();
    for (const s of train) if (kept(s).length) classifier.addDocument(kept(s), s.gold);
    classifier.train();
    let r = 0;
    let m = 0;
    let h = 0;
    for (const s of test) {
      const predicted = kept(s).length ? classifier.classify(kept(s)) : s.ruleOutcome;
      if (s.ruleOutcome === s.gold) r++;
      if (predicted === s.gold) m++;
      if ((weakDecision(s.rule) ? predicted : s.ruleOutcome) === s.gold) h++;
    }
    rules += r;
    model += m;
    hybrid += h;
    const n = test.length || 1;
    folds.push({ letters: new Set(test.map((s) => s.letter)).size, questions: test.length, rules: r / n, model: m / n, hybrid: h / n });
  }
  const n = samples.length || 1;
  return { folds, questions: samples.length, rules: rules / n, model: model / n, hybrid: hybrid / n, weak: samples.filter((s) => weakDecision(s.rule)).length };
}

export function formatCv(r: CvReport): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = [
    `cross-validated outcome accuracy, ${r.folds.length} folds by letter, ${r.questions} questions found with an answer (${r.weak} decided by fallback or meaning cue)`,
    "",
    "| fold | letters | questions | rules | logistic regression | rules, model where rules are weak |",
    "|---|---|---|---|---|---|",
    ...r.folds.map((x, i) => `| ${i + 1} | ${x.letters} | ${x.questions} | ${f(x.rules)} | ${f(x.model)} | ${f(x.hybrid)} |`),
    `| all | ${r.folds.reduce((s, x) => s + x.letters, 0)} | ${r.questions} | ${f(r.rules)} | ${f(r.model)} | ${f(r.hybrid)} |`,
  ];
  return lines.join("\n");
}
