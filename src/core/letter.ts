import type { Act, Answer, Letter, LetterMeta, LetterOutcome, Message } from "./types.js";
import { emptyMeta } from "./types.js";

/**
 * Derived letter outcome exactly as labels.md defines it: something given (a question disclosed, or an
 * exempt answer marked `partial`) beside something withheld is `withheld_part`; withheld with nothing
 * given, the rest not held or unanswered, is `withheld_full` (a refusal of one part and "not held" for the
 * other is not "mixed").
 *
 * Until December 2026 the partial flag was left out here and in eval's derivation of the gold outcome
 * alike, which hid what it cost: against the gold outcome derived as labels.md says, leaving it out
 * scored 0.804 on gold/dev and 0.893 on ../shared/files; following the definition scores 0.935 and 1.000.
 */
export function letterOutcome(answers: readonly (Pick<Answer, "outcome"> & { partial?: boolean })[]): LetterOutcome | "" {
  if (answers.length === 0) return "";
  const n = { disclosed: 0, not_held: 0, exempt: 0, other: 0 };
  let givenInPart = 0;
  for (const a of answers) {
    n[a.outcome]++;
    if (a.outcome === "exempt" && a.partial) givenInPart++;
  }
  if (n.exempt === 0 && n.disclosed > 0) return "granted_full";
  if (n.exempt > 0 && (n.disclosed > 0 || givenInPart > 0)) return "withheld_part";
  if (n.exempt > 0) return "withheld_full";
  if (n.not_held === answers.length) return "not_held";
  return "mixed_other";
}

/** The letter row for a file that could not be read or analysed. */
export function failedLetter(file: string, path: string, format: string, message: Message, meta: Partial<LetterMeta> = {}): Letter {
  return {
    id: letterIdFromFile(file),
    file,
    path,
    format,
    status: "error",
    text: "",
    pageStarts: [0],
    ocrPages: 0,
    meta: { ...emptyMeta(), ...meta },
    regime: "FOIA" as Act,
    citations: [],
    answers: [],
    letterOutcome: "",
    letterKind: "",
    messages: [message],
  };
}

export function letterIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[A-Za-z0-9]{1,8}$/, "");
}
