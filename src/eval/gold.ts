import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Decision } from "../core/types.js";
import { FoiscopeError } from "../core/errors.js";

/** A hand-labelled question: the label fields of a decision (labels.md), keyed by its label `n`. */
export interface GoldQuestion extends Pick<Decision, "outcome" | "grounds" | "partial" | "ncnd" | "pit" | "topic"> {
  n: string;
}

export interface GoldLetter {
  id: string;
  regime: string;
  questions: GoldQuestion[];
  /** Path of the letter file beside the labels. */
  letterPath: string;
}

const LETTER_EXTENSIONS = ["txt", "md"];

/** Reads `<id>.json` labels with the letter `<id>.txt` (or .md) beside each. */
export function loadGold(dir: string): GoldLetter[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new FoiscopeError("FOISCOPE_GOLD_DIR", `Cannot read gold folder ${dir}: give a folder of <id>.txt + <id>.json pairs`);
  }
  const out: GoldLetter[] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -5);
    const letterName = LETTER_EXTENSIONS.map((e) => `${id}.${e}`).find((n) => names.includes(n));
    if (!letterName) continue;
    const raw = JSON.parse(readFileSync(join(dir, name), "utf8")) as Partial<GoldLetter>;
    if (!Array.isArray(raw.questions)) {
      throw new FoiscopeError("FOISCOPE_GOLD_FORMAT", `${join(dir, name)} has no "questions" array (see docs/labels.md for the format)`);
    }
    out.push({
      id: raw.id ?? id,
      regime: raw.regime ?? "",
      questions: raw.questions.map((q) => ({
        n: String(q.n),
        outcome: q.outcome,
        grounds: q.grounds ?? [],
        partial: Boolean(q.partial),
        ncnd: Boolean(q.ncnd),
        pit: Boolean(q.pit),
        topic: q.topic ?? "other",
      })),
      letterPath: join(dir, letterName),
    });
  }
  if (out.length === 0) throw new FoiscopeError("FOISCOPE_GOLD_EMPTY", `No <id>.json + <id>.txt pairs in ${dir}`);
  return out;
}
