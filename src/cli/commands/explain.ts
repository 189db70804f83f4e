import type { CommandModule } from "yargs";
import { basename, resolve } from "node:path";
import { processFile } from "../../engine/process.js";
import type { Letter } from "../../core/types.js";
import { lineColumn, pageOf, quote } from "../../core/span.js";
import { setExit } from "../index.js";

interface Args {
  file: string;
  ocr: boolean;
}

/** A terminal rendering of every decision of one letter, with the evidence it rests on. */
export function explainLetter(letter: Letter): string {
  const out: string[] = [];
  const where = (offset: number): string => {
    const { line } = lineColumn(letter.text, offset);
    return letter.pageStarts.length > 1 ? `p${pageOf(letter.pageStarts, offset)} line ${line}` : `line ${line}`;
  };
  out.push(`${letter.file}  [${letter.format}, ${letter.status}]`);
  const m = letter.meta;
  out.push(`authority: ${m.authority || "-"}  sector: ${m.sector || "-"}  date: ${m.date || "-"}  reference: ${m.reference || "-"}  regime: ${letter.regime}`);
  out.push(`letter outcome: ${letter.letterOutcome || "-"}   questions: ${letter.answers.length}`);
  if (letter.layout) {
    const r = letter.layout.runnerUp;
    out.push(`read as: ${letter.layout.layout} (score ${letter.layout.score.toFixed(2)}${r ? `; next best ${r.layout} ${r.score.toFixed(2)}` : ""})`);
  }
  for (const msg of letter.messages) out.push(`  ${msg.severity} ${msg.code}: ${msg.text}`);
  const list = (cs: typeof letter.citations): string => [...new Set(cs.map((c) => c.ground))].join(", ");
  const applied = letter.citations.filter((c) => c.applied && !c.byName);
  const named = letter.citations.filter((c) => c.byName);
  const mentioned = letter.citations.filter((c) => !c.applied);
  if (applied.length) out.push(`provisions cited as grounds: ${list(applied)}`);
  if (named.length) out.push(`grounds named without a number: ${list(named)} (used only where no number is cited)`);
  if (mentioned.length) out.push(`mentioned only: ${list(mentioned)}`);
  for (const a of letter.answers) {
    out.push("");
    const flags = [a.partial && "partial", a.ncnd && "NCND", a.pit && "public interest test"].filter(Boolean).join(", ");
    out.push(`Q${a.label}  ${a.outcome.toUpperCase()}${a.grounds.length ? `  ${a.grounds.join("; ")}` : ""}${flags ? `  (${flags})` : ""}  topic ${a.topic}  confidence ${a.confidence.toFixed(2)}`);
    if (a.questionText) out.push(`  asked: ${a.questionText.slice(0, 200)}`);
    out.push(`  answer: ${a.answerVia}${a.refersTo ? ` → Q${a.refersTo}` : ""}${a.answerSpan ? ` (${where(a.answerSpan.start)})` : ""}`);
    for (const e of a.evidence) out.push(`  ${e.rule === a.rule ? "*" : "-"} ${e.rule} @ ${where(e.span.start)}: “${e.quote || quote(letter.text, e.span, 200)}”`);
    if (a.conflicts.length) out.push(`  conflicting rules: ${a.conflicts.join(", ")}`);
  }
  return out.join("\n");
}

export const explainCommand: CommandModule<object, Args> = {
  command: "explain <file>",
  describe: "Show each question of one letter: outcome, grounds, flags, and the quoted evidence with the rule that decided it",
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: "One letter file" })
      .option("ocr", { type: "boolean", default: true, describe: "OCR pages without a text layer" })
      .example("$0 explain corpus/council-blanket-s31.txt", "Why each question got its outcome")
      .example("$0 explain response.pdf --no-ocr", "Skip OCR of scanned pages"),
  handler: async (args) => {
    const path = resolve(args.file);
    const letter = await processFile({ path, file: basename(path) }, { ocr: args.ocr, maxBytes: 200 * 1024 * 1024 });
    process.stdout.write(`${explainLetter(letter)}\n`);
    setExit(args, letter.status === "error" ? 1 : 0);
  },
};
