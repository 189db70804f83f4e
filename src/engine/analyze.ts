import type { Extracted } from "../extract/types.js";
import type { Letter, LetterMeta } from "../core/types.js";
import { emptyMeta } from "../core/types.js";
import { letterOutcome, letterIdFromFile } from "../core/letter.js";
import { letterMetadata, nationOf, withStated } from "../metadata/index.js";
import { segment } from "../segment/segment.js";
import { findCitations, letterRegime } from "../cite/cite.js";
import { classifyLetter } from "../classify/classify.js";
import { readLetterKind } from "../kind/letter-kind.js";
import { notTextReading, readNotALetter } from "../kind/not-a-letter.js";

export interface Origin {
  /** Path relative to the directory argument, or the file name. */
  file: string;
  /** Path on disk. */
  path: string;
  /** Metadata a manifest states for the file: wins over what the file says. */
  meta?: Partial<LetterMeta>;
}

/**
 * The pure text pipeline: extracted text → segmented questions → citations →
 * decisions. No I/O, no global state: callable from tests, workers and the CLI.
 */
export function analyzeExtracted(extracted: Extracted, origin: Origin): Letter {
  const text = extracted.text;
  // A README, a manifest, a spreadsheet or code beside the letters is set aside before the costly reading of
  // its metadata: names and dates read out of a table or a README are not a letter's metadata anyway.
  // Bytes that were not text (extract/binary.ts) are set aside as they are: there is no text to read.
  const answering = extracted.status !== "no_response" && (text.trim() !== "" || extracted.notText !== undefined);
  const nonLetter = extracted.notText !== undefined ? notTextReading(extracted.notText) : answering ? readNotALetter(text, origin.file, extracted.format) : null;
  const meta = nonLetter?.notALetter
    ? { ...emptyMeta(), ...definedOnly({ title: extracted.meta.title, source: extracted.meta.source }) }
    : withStated(letterMetaOf(text, withManifestSource(extracted.meta, origin.meta), extracted.metaSource ?? metaSourceOf(extracted.format)), origin.meta ?? {}, "manifest");
  // A Scottish body answers under FOISA unless the letter says otherwise: the gazetteer knows where a body is.
  const scottish = nationOf(meta.authority) === "scotland";
  const regime = letterRegime(text, scottish ? { ...meta, sector: "scotland" } : meta);
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
    // A thread still waiting for its reply has no letter to be of any kind.
    letterKind: extracted.status === "no_response" ? (extracted.letterKind ?? "") : "response",
    messages: [...extracted.messages],
  };
  if (letter.status === "no_response") return letter;
  // No text (a scan read without OCR, an empty file): nothing to segment, so no questions and no outcome.
  // The extractor's message says why; a question made up from nothing would count as an `other` answer.
  if (!answering || !nonLetter) return letter;
  // Set aside, counted in no table.
  if (nonLetter.notALetter) {
    letter.status = "not_a_letter";
    letter.letterKind = "";
    letter.messages.push({
      severity: "info",
      code: "FOISCOPE_NOT_A_LETTER",
      source: "kind",
      text: `Not correspondence: ${nonLetter.reasons.join(", ")} (structure ${nonLetter.structureScore} against ${nonLetter.letterScore} for a letter); not analysed`,
    });
    return letter;
  }
  const segmentation = segment(text, extracted.responseStart);
  letter.messages.push(...segmentation.messages);
  letter.layout = { layout: segmentation.layout, score: segmentation.score ?? 0, runnerUp: segmentation.runnerUp ?? null };
  letter.citations = findCitations(text, regime);
  letter.answers = classifyLetter(letter, segmentation);
  // A reply that answers nothing yet (acknowledgement, extension, clarification, fees, transfer) has no questions.
  const kind = readLetterKind(text, letter.answers, letter.citations, extracted.responseStart);
  letter.letterKind = kind.kind;
  if (kind.kind !== "response") {
    letter.status = "no_response";
    letter.answers = [];
    letter.messages.push({
      severity: "info",
      code: "FOISCOPE_NOT_A_RESPONSE",
      source: "kind",
      text: `Reads as ${kind.kind === "acknowledgement" || kind.kind === "extension" ? "an" : "a"} ${kind.kind} (cues weigh ${kind.score} against ${kind.answered} for answers: ${kind.cues.join("; ")}); no questions counted`,
    });
  }
  letter.letterOutcome = letterOutcome(letter.answers);
  return letter;
}

/** The letter's metadata: what the source gives (`given`, from `source`), the rest read from the text. */
export function letterMetaOf(text: string, given: Extracted["meta"], source: string): LetterMeta {
  return letterMetadata(text, definedOnly(given), source);
}

/** Analyse a plain text letter (no extraction step): tests and eval use this. */
export function analyzeText(text: string, origin: Origin, meta: Extracted["meta"] = {}): Letter {
  return analyzeExtracted({ format: "text", text, pageStarts: [0], ocrPages: 0, meta, messages: [] }, origin);
}

/** A manifest's source address for a file that does not state its own: the reader may name the publisher from it. */
function withManifestSource(meta: Extracted["meta"], stated: Partial<LetterMeta> | undefined): Extracted["meta"] {
  return stated?.source && !meta.source ? { ...meta, source: stated.source } : meta;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== "") (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Where an extractor's metadata comes from when it does not say: a text file's front matter, an email's headers, a thread's JSON. */
function metaSourceOf(format: string): string {
  if (format === "text") return "front_matter";
  if (format === "eml" || format === "msg") return "email";
  if (format.includes("thread") || format === "html") return "page";
  return format;
}
