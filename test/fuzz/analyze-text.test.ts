import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeText } from "../../src/engine/analyze.js";
import type { Letter, Span } from "../../src/core/types.js";

/**
 * Fuzzing the pure text pipeline: whatever text arrives, analysis must not throw,
 * every span it reports must lie inside the text, and question labels must be
 * unique within a letter. Fixed seeds keep CI reproducible; FOISCOPE_FUZZ_RUNS
 * raises the number of cases for a longer hunt.
 */
const RUNS = Number(process.env.FOISCOPE_FUZZ_RUNS ?? 300);

const FRAGMENTS = [
  "1. ", "2. ", "3) ", "Q4 ", "Q1: ", "(a) ", "(ii) ", "Question 5: ", "Request 2 - ", "A1. ", "Answer: ", "Response: ",
  "How many cyber attacks were there?", "What is your budget?", "Please provide a copy.",
  "section 40(2)", "s.43(2)", "Section 31(1)(a) of the Freedom of Information Act 2000", "regulation 12(4)(b)", "Regulation 13",
  "Environmental Information Regulations 2004", "FOISA section 35(1)(a)", "the appropriate limit", "£450", "£600",
  "We do not hold this information.", "not held", "is exempt", "withheld", "neither confirm nor deny", "Yes.", "No.", "None.", "0",
  "public interest test", "Please see attached.", "See answer to question 1.", "As above.",
  "Dear Sir", "Yours sincerely", "---\n", "authority: Test Council\n", "\n", "\n\n", "  ", "\t", "\r\n", "\u00a0", "…", "é", "😀",
  "1.1.1", "(((", ")))", ":", ".", ",",
];

const letterText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) }), { maxLength: 80 })
  .map((parts) => parts.join(""));

function spansOf(letter: Letter): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  for (const a of letter.answers) {
    if (a.questionSpan) out.push({ where: `Q${a.label} question`, span: a.questionSpan });
    if (a.answerSpan) out.push({ where: `Q${a.label} answer`, span: a.answerSpan });
    for (const e of a.evidence) out.push({ where: `Q${a.label} evidence ${e.rule}`, span: e.span });
  }
  for (const c of letter.citations) out.push({ where: `citation ${c.ground}`, span: c.span });
  for (const m of letter.messages) if (m.span) out.push({ where: `message ${m.code}`, span: m.span });
  return out;
}

function checkLetter(text: string): void {
  const letter = analyzeText(text, { file: "fuzz.txt", path: "fuzz.txt" });
  for (const { where, span } of spansOf(letter)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= letter.text.length;
    if (!ok) throw new Error(`${where} span ${JSON.stringify(span)} is outside the text (length ${letter.text.length})`);
  }
  const labels = letter.answers.map((a) => a.label);
  const duplicate = labels.find((l, i) => labels.indexOf(l) !== i);
  if (duplicate !== undefined) throw new Error(`question label "${duplicate}" appears twice: ${JSON.stringify(labels)}`);
}

describe("analyzeText under fuzzing", () => {
  it("FOI-shaped text: no exception, spans inside the text, unique labels", () => {
    fc.assert(fc.property(letterText, (text) => checkLetter(text)), { numRuns: RUNS, seed: 20261121 });
  });

  it("arbitrary Unicode (lone surrogates included): no exception, spans inside the text, unique labels", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkLetter(text)), { numRuns: RUNS, seed: 5 });
  });

  it("the cases that once failed stay fixed", () => {
    for (const text of ["", "\n", "1.", "1. 1. 1.", "Q1\nQ1\nQ1"]) expect(() => checkLetter(text)).not.toThrow();
  });
});
