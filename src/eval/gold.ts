import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Decision } from "../core/types.js";
import { FoiscopeError } from "../core/errors.js";
import { parseFrontMatter } from "../extract/front-matter.js";

/** A hand-labelled question: the label fields of a decision (labels.md), keyed by its label `n`. */
export interface GoldQuestion extends Pick<Decision, "outcome" | "grounds" | "partial" | "ncnd" | "pit" | "topic"> {
  n: string;
}

/** Letter metadata a label file (or a text letter's front matter) states; a field absent is not scored. */
export const META_FIELDS = ["authority", "sector", "date", "reference"] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface GoldLetter {
  id: string;
  regime: string;
  questions: GoldQuestion[];
  /** Path of the letter file beside the labels. */
  letterPath: string;
  /** labels.md letter kind; a label file without one means `response`. */
  letterKind?: string;
  /** The metadata labelled for this letter: only the fields the labels (or the front matter) give. */
  meta?: Partial<Record<MetaField, string>>;
  /** Where `meta` came from: the label JSON, or the front matter of a text letter (then analysed with it hidden). */
  metaFrom?: "labels" | "front_matter";
}

const TEXT_EXTENSIONS = ["txt", "md"];

interface RawLabels extends Partial<Omit<GoldLetter, "questions" | "meta">> {
  questions?: Partial<GoldQuestion>[];
  letter_kind?: string;
  authority?: string;
  sector?: string;
  date?: string;
  reference?: string;
}

/**
 * Labelled letters in either layout:
 * - `<id>.json` beside the letter `<id>.txt` (or .md): the gold set;
 * - `labels/<id>.json` with the letter `<id>.<any extension>` in the folder above: real
 *   files (PDF, DOCX, DOC, email, HTML) as published, read through the extract registry.
 */
export function loadGold(dir: string): GoldLetter[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new FoiscopeError("FOISCOPE_GOLD_DIR", `Cannot read gold folder ${dir}: give a folder of <id>.txt + <id>.json pairs, or of letters with labels/<id>.json`);
  }
  const out: GoldLetter[] = [];
  const pairs: [labelPath: string, id: string, letterName: string | undefined][] = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -5);
    pairs.push([join(dir, name), id, TEXT_EXTENSIONS.map((e) => `${id}.${e}`).find((n) => names.includes(n))]);
  }
  const labelDir = join(dir, "labels");
  if (existsSync(labelDir)) {
    for (const name of readdirSync(labelDir).sort()) {
      if (!name.endsWith(".json")) continue;
      const id = name.slice(0, -5);
      // The letter is the one file named <id>.<extension> beside the labels folder.
      pairs.push([join(labelDir, name), id, names.find((n) => n.startsWith(`${id}.`) && !n.endsWith(".json"))]);
    }
  }
  for (const [labelPath, id, letterName] of pairs) {
    if (!letterName) continue;
    const raw = JSON.parse(readFileSync(labelPath, "utf8")) as RawLabels;
    if (!Array.isArray(raw.questions)) {
      throw new FoiscopeError("FOISCOPE_GOLD_FORMAT", `${labelPath} has no "questions" array (see docs/labels.md for the format)`);
    }
    const letterPath = join(dir, letterName);
    const labelled = goldMeta(raw);
    const front = Object.keys(labelled).length === 0 && /\.(?:txt|md)$/i.test(letterName) ? frontMatterMeta(letterPath) : {};
    const meta = Object.keys(labelled).length ? labelled : front;
    out.push({
      id: raw.id ?? id,
      regime: raw.regime ?? "",
      letterKind: raw.letter_kind ?? raw.letterKind ?? "response",
      questions: raw.questions.map((q) => ({
        n: String(q.n),
        outcome: q.outcome!,
        grounds: q.grounds ?? [],
        partial: Boolean(q.partial),
        ncnd: Boolean(q.ncnd),
        pit: Boolean(q.pit),
        topic: q.topic ?? "other",
      })),
      letterPath,
      meta,
      metaFrom: Object.keys(labelled).length ? "labels" : Object.keys(front).length ? "front_matter" : undefined,
    });
  }
  if (out.length === 0) throw new FoiscopeError("FOISCOPE_GOLD_EMPTY", `No <id>.json + <id>.txt pairs (nor labels/<id>.json + <id>.<ext>) in ${dir}`);
  return out;
}

function goldMeta(raw: RawLabels): Partial<Record<MetaField, string>> {
  const meta: Partial<Record<MetaField, string>> = {};
  for (const f of META_FIELDS) if (typeof raw[f] === "string") meta[f] = raw[f]!.trim();
  return meta;
}

/**
 * The collector's front matter as metadata labels: only the authority and sector, and
 * only a real name ("unknown council (…)" is not a label; "(for …)" notes are cut).
 */
function frontMatterMeta(path: string): Partial<Record<MetaField, string>> {
  const front = parseFrontMatter(readFileSync(path, "utf8").replace(/\r\n?/g, "\n")).meta;
  const meta: Partial<Record<MetaField, string>> = {};
  // A closing "(…)" note cut, from the first "(" after the ")" before the last one (in one pass: the
  // regex `\s*\([^)]*\)\s*$` rescanned to the end from every "(").
  const full = (front.authority ?? "").trim();
  const open = full.endsWith(")") ? full.indexOf("(", full.lastIndexOf(")", full.length - 2) + 1) : -1;
  const authority = (open >= 0 && open < full.length - 1 ? full.slice(0, open) : full).trim();
  if (authority && !/^unknown\b/i.test(authority)) meta.authority = authority;
  return meta;
}
