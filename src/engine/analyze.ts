import type { Extracted } from "../extract/types.js";
import type { Letter } from "../core/types.js";
import { emptyMeta } from "../core/types.js";
import { letterOutcome, letterIdFromFile } from "../core/letter.js";
import { extractMetadata } from "../segment/metadata.js";
import { segment } from "../segment/segment.js";
import { findCitations, letterRegime } from "../cite/cite.js";
import { classifyLetter } from "../classify/classify.js";

export interface Origin {
  /** Path relative to the directory argument, or the file name. */
  file: string;
  /** Path on disk. */
  path: string;
}

/**
 * The pure text pipeline: extracted text → segmented questions → citations →
 * decisions. No I/O, no global state: callable from tests, workers and the CLI.
 */
export function analyzeExtracted(extracted: Extracted, origin: Origin): Letter {
  const text = extracted.text;
  const meta = { ...emptyMeta(), ...extractMetadata(text), ...definedOnly(extracted.meta) };
  const regime = letterRegime(text, meta);
  const letter: Letter = {
    id: letterIdFromFile(origin.file),
    file: origin.file,
    path: origin.path,
    format: extracted.format,
    status: extracted.status ?? "ok",
    text,
    pageStarts: extracted.pageStarts.length ? extracted.pageStarts : [0],
    ocrPages: extracted.ocrPages,
    meta,
    regime,
    citations: [],
    answers: [],
    letterOutcome: "",
    messages: [...extracted.messages],
  };
  if (letter.status === "no_response") return letter;
  const segmentation = segment(text);
  letter.messages.push(...segmentation.messages);
  letter.layout = { layout: segmentation.layout, score: segmentation.score ?? 0, runnerUp: segmentation.runnerUp ?? null };
  letter.citations = findCitations(text, regime);
  letter.answers = classifyLetter(letter, segmentation);
  letter.letterOutcome = letterOutcome(letter.answers);
  return letter;
}

/** Analyse a plain text letter (no extraction step): tests and eval use this. */
export function analyzeText(text: string, origin: Origin, meta: Extracted["meta"] = {}): Letter {
  return analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta, messages: [] }, origin);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== "") (out as Record<string, unknown>)[k] = v;
  return out;
}
