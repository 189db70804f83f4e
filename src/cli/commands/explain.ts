import { basename, resolve } from "node:path";
import type { Letter } from "../../core/types.js";
import { lineColumn, pageOf, quote } from "../../core/span.js";
import { statSync } from "node:fs";
import { UsageError, type Command, type Io } from "../command.js";

interface Args {
  file: string;
  ocr: boolean;
  json: boolean;
}

/**
 * Letter text shown on a terminal with its control characters escaped: a letter holding ESC
 * sequences cannot retitle the window, clear the screen or write the clipboard, and bidi
 * overrides cannot reorder what is shown. Line feeds and tabs are kept.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

/** The letter's decisions as plain data (no text), each evidence with its quote. */
export function explainJson(letter: Letter): Record<string, unknown> {
  return {
    file: letter.file,
    format: letter.format,
    status: letter.status,
    pages: letter.pageStarts.length,
    ocrPages: letter.ocrPages,
    meta: letter.meta,
    regime: letter.regime,
    letterOutcome: letter.letterOutcome,
    messages: letter.messages,
    citations: letter.citations,
    answers: letter.answers.map((a) => ({ ...a, evidence: a.evidence.map((e) => ({ ...e, quote: e.quote || quote(letter.text, e.span, 200) })) })),
  };
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

export const explainCommand: Command<Args> = {
  command: "explain <file>",
  describe: "Show each question of one letter: outcome, grounds, flags, and the quoted evidence with the rule that decided it",
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: "One letter file" })
      .option("ocr", { type: "boolean", default: true, describe: "OCR pages without a text layer" })
      .option("json", { type: "boolean", default: false, describe: "Print the decisions as one JSON object" })
      .example("$0 explain corpus/council-blanket-s31-pit.txt", "Why each question got its outcome")
      .example("$0 explain response.pdf --json", "The same as JSON")
      .example("$0 explain response.pdf --no-ocr", "Skip OCR of scanned pages"),
  run: async (args, io: Io) => {
    const path = resolve(args.file);
    // A FIFO or a device would block the read or never end.
    const st = statSync(path, { throwIfNoEntry: false });
    if (st && !st.isFile()) throw new UsageError(`${args.file} is not a regular file (a folder, pipe or device); name one letter file`);
    // Loaded here, not with the CLI (see eval.ts).
    const { processFile } = await import("../../engine/process.js");
    const letter = await processFile({ path, file: basename(path) }, { ocr: args.ocr, maxBytes: 200 * 1024 * 1024 });
    // JSON.stringify escapes C0 controls itself; C1 controls and bidi overrides are escaped as \uXXXX too.
    const json = (): string => JSON.stringify(explainJson(letter), null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    io.stdout.write(args.json ? `${json()}\n` : `${escapeControls(explainLetter(letter))}\n`);
    return letter.status === "error" ? 1 : 0;
  },
};
