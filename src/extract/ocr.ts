import { execFile, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FoiscopeError } from "../core/errors.js";
import { normaliseText } from "./decode.js";
import { deskewGrey, deskewPage, type Deskewed, type GreyImage } from "./deskew.js";
import { LINE_START, provisionContinues, removeGluedFootnoteDigits, sentenceEnd } from "./pdf-layout.js";

/**
 * Offline OCR of rendered page images. Two engines, the same words:
 *
 * - "system": Debian's `tesseract` (package tesseract-ocr, installed by
 *   scripts/setup-system.sh), one process per page with OMP_THREAD_LIMIT=1.
 *   Measured here (scripts/bench-ocr.mjs) it is the faster one, so it is
 *   preferred whenever it is on PATH. The thread limit matters: tesseract's
 *   OpenMP threads fight each other on a 2-core machine (6.3 s instead of
 *   1.1 s for the same page).
 * - "tesseract.js": the WASM build with the traineddata shipped in the npm
 *   package @tesseract.js-data/eng. `langPath` points at that folder and
 *   `cacheMethod: "none"` stops it from downloading or writing
 *   eng.traineddata into the working directory. Used when no system tesseract.
 *
 * Neither engine ever touches the network.
 */
export type OcrEngineName = "system" | "tesseract.js";

export interface OcrEngine {
  name: OcrEngineName;
  /** Text of one page image (PNG, JPEG, TIFF or PGM bytes). */
  recognize(image: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

const PAGE_TIMEOUT_MS = 120_000;

let systemTesseract: Promise<boolean> | null = null;

/**
 * True when a `tesseract` binary with English data runs on this machine. Asked once
 * per thread: the check starts a process, which cost more than a page's render.
 */
export function systemTesseractAvailable(): Promise<boolean> {
  return (systemTesseract ??= new Promise((resolve) => {
    execFile("tesseract", ["--list-langs"], { timeout: 10_000 }, (error, stdout) => {
      resolve(!error && /^eng$/m.test(String(stdout)));
    });
  }));
}

function systemEngine(): OcrEngine {
  return {
    name: "system",
    recognize: (image) =>
      new Promise((resolve, reject) => {
        const child = spawn("tesseract", ["stdin", "stdout", "-l", "eng", "--psm", "3"], {
          env: { ...process.env, OMP_THREAD_LIMIT: "1" },
          stdio: ["pipe", "pipe", "pipe"],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        const timer = setTimeout(() => child.kill("SIGKILL"), PAGE_TIMEOUT_MS);
        child.stdout.on("data", (d: Buffer) => out.push(d));
        child.stderr.on("data", (d: Buffer) => err.push(d));
        child.on("error", (e) => {
          clearTimeout(timer);
          reject(new FoiscopeError("FOISCOPE_OCR_FAILED", `tesseract could not run: ${e.message}`));
        });
        child.on("close", (code, signal) => {
          clearTimeout(timer);
          if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
          else {
            const why = signal ? `killed by ${signal}` : `exit ${code}`;
            reject(new FoiscopeError("FOISCOPE_OCR_FAILED", `tesseract failed (${why}): ${Buffer.concat(err).toString("utf8").trim().slice(0, 200)}`));
          }
        });
        child.stdin.on("error", () => undefined); // the close handler reports the failure
        child.stdin.end(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      }),
    close: async () => undefined,
  };
}

/** Folder holding eng.traineddata.gz inside the @tesseract.js-data/eng package. */
export function tesseractJsLangPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
}

async function tesseractJsEngine(): Promise<OcrEngine> {
  const { createWorker } = await import("tesseract.js");
  const worker = await createWorker("eng", 1, {
    langPath: tesseractJsLangPath(),
    cacheMethod: "none",
    gzip: true,
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // Page segmentation mode 3 (fully automatic, as the tesseract program runs): tesseract.js otherwise runs
  // mode 6 (one uniform block), which measured 10.8 % CER against 8.7 % on degraded scans of real letters.
  await worker.setParameters({ tessedit_pageseg_mode: "3" as never });
  return {
    name: "tesseract.js",
    recognize: async (image) => {
      // Its plain text output does not separate paragraphs with a blank line as the tesseract program
      // does, so the text is rebuilt from the block → paragraph → line tree: the same words, the same shape.
      const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
      const blocks = result.data.blocks;
      if (!blocks) return result.data.text;
      const lines = blocks.flatMap((block) =>
        block.paragraphs.flatMap((paragraph, p) => paragraph.lines.map((line, l) => ({ text: line.text.replace(/(?<!\s)\s+$/, ""), top: line.bbox.y0, bottom: line.bbox.y1, starts: p > 0 && l === 0 }))),
      );
      const heights = lines.map((line) => line.bottom - line.top).sort((a, b) => a - b);
      const height = heights[Math.floor(heights.length / 2)] ?? 0;
      let text = "";
      lines.forEach((line, i) => {
        const previous = lines[i - 1];
        // A paragraph starts at a new paragraph of the tree or after a gap of most of a line.
        if (previous) text += line.starts || line.top - previous.bottom > 0.6 * height ? "\n\n" : "\n";
        text += line.text;
      });
      return text;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Open an OCR engine. "auto" takes the system tesseract when it is installed,
 * else tesseract.js. Callers open one per document, lazily, and close it.
 */
export async function openOcrEngine(which: OcrEngineName | "auto" = "auto"): Promise<OcrEngine> {
  if (which === "system") return systemEngine();
  if (which === "tesseract.js") return tesseractJsEngine();
  return (await systemTesseractAvailable()) ? systemEngine() : tesseractJsEngine();
}

/** A page's text and the tilt (degrees) it was straightened by first, 0 when none. */
export interface RecognizedPage {
  text: string;
  skew: number;
}

/**
 * One page image to letter text: the path every OCR'd page takes, whether it
 * came from a scanned PDF or an image file. A tilted page is straightened first
 * (deskew.ts: at 3° tesseract's word accuracy falls from 98 % to 55 %).
 */
export async function recognizePage(engine: OcrEngine, image: Uint8Array): Promise<RecognizedPage> {
  return recognizeStraight(engine, await deskewPage(image));
}

/** A rendered page (a grey bitmap, from PDFium) to letter text, straightened first like a picture. */
export function recognizeGrey(engine: OcrEngine, image: GreyImage, small?: GreyImage): Promise<RecognizedPage> {
  return recognizeStraight(engine, deskewGrey(image, small));
}

async function recognizeStraight(engine: OcrEngine, straight: Deskewed): Promise<RecognizedPage> {
  const text = removeGluedFootnoteDigits(normaliseText(cleanOcrText(await engine.recognize(straight.image))), true);
  return { text, skew: straight.angle };
}

/** "page 2 by 3°; pages 4 and 5 by 1.5°": the straightened pages of a document, for its OCR message. */
export function skewNote(skews: ReadonlyArray<{ page: number; skew: number }>, pageList: (pages: number[]) => string): string {
  const byAngle = new Map<number, number[]>();
  for (const { page, skew } of skews) if (skew) byAngle.set(Math.abs(skew), [...(byAngle.get(Math.abs(skew)) ?? []), page]);
  return [...byAngle].map(([angle, pages]) => `page${pages.length > 1 ? "s" : ""} ${pageList(pages)} by ${angle}°`).join("; ");
}

/**
 * OCR output into letter text: form feeds out, runs of blank lines squeezed,
 * the stray "|" and "_" that table rules and underlines become dropped, list
 * labels and bullets repaired, and the lines of each paragraph joined (see
 * `reflowOcr`) so a paragraph reads as one, as in a text letter.
 */
export function cleanOcrText(raw: string): string {
  const text = raw
    .replace(/\f/g, "\n")
    .replace(/^[ \t|_~—-]{1,4}$/gm, "")
    // A list label whose full stop the scan turned into a comma or semicolon: "4, Does…", "ii, How…".
    .replace(/^(\d{1,2}|[ivx]{1,4})[,;:](?= [A-Z])/gm, "$1.")
    // …or doubled by a speck, or its space lost: "1..Recorded breaches", "2.Budget" at a line's start.
    .replace(/^(\d{1,2})\.{1,2}(?=[A-Z][a-z])/gm, "$1. ")
    // A labelled item's colon read as a semicolon or comma: "Request 4; A copy…", "Question 2, How…".
    .replace(/^((?:Request|Question|Response|Answer|Q|Part) ?\d{1,2}[a-z]?)[;,](?= [A-Z])/gm, "$1:")
    // The pronoun "I" read as a vertical bar ("| write in response…", "… request. | can confirm"): a bar
    // standing as a word before a verb a writer uses of themself; a table's "a | b" has a cell, not a verb, after it.
    .replace(/(?<=^|[.!?] )\|(?= (?:am|write|can|cannot|have|had|would|will|do|did|was|hope|trust|enclose|attach|apologise|apologize|refer|understand|confirm|regret|should|must|may|note|wish|look|appreciate|acknowledge)\b)/gm, "I")
    // A bullet read as "*", "«" or "»".
    .replace(/^[*«»] ?(?=[A-Z0-9£])/gm, "• ")
    // A superscript footnote mark read as punctuation inside a sentence: "information! is", "Commissioner? under".
    .replace(/(?<=\p{L}{3})[!?*°](?= \p{Ll})/gu, "")
    // …or before the sentence's own stop: "hold this information?. Under".
    .replace(/(?<=\p{L}{3})[!?*°](?=[.,;:](?:\s|$))/gmu, "")
    // "S.24(2)" read as "$.24(2)": a dollar sign before a section number is an S.
    .replace(/(?<=^|[\s(])\$(?=\.\s?\d|\d{1,3}\()/gm, "S")
    // A month whose capital was read apart: "J anuary".
    .replace(/\b([JFMASOND]) (anuary|ebruary|arch|pril|une|uly|ugust|eptember|ctober|ovember|ecember)\b/g, "$1$2")
    // Trailing blanks trimmed from where their run starts only: from every blank of a long run that is
    // not at a line end, `[ \t]+$` read the rest of the run again (the same matches, in linear time).
    .replace(/(?<![ \t])[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  // A speck before a paragraph read as an opening double quote that never closes ("“You asked: …"):
  // once the paragraph is one line, a quote with no closing one on that line is dropped.
  return reflowOcr(text).replace(/^[“"](?=\p{Lu})(?![^\n]*[”"])/gmu, "");
}


/**
 * Join the lines of an OCR paragraph. Tesseract separates paragraphs with a
 * blank line and keeps the page's line breaks inside them; a line as long as
 * the page's long lines ended only because the line was full, so the next
 * line continues it, unless that line starts a list item.
 */
const WRAPPED_NUMBER = /^(\d{1,3})[.,]? (?=\p{Ll})/u;

export function reflowOcr(text: string): string {
  const lines = text.split("\n");
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  // With under four lines there is no telling a full line; only broken provisions are joined.
  const typical = lengths.length >= 4 ? lengths[Math.floor(0.8 * (lengths.length - 1))]! : Number.POSITIVE_INFINITY;
  let out = lines[0] ?? "";
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const full = previous.length >= 0.75 * typical && previous.length >= 30;
    if (previous && provisionContinues(previous, line)) out += line;
    // A number wrapped to the start of a line mid-sentence ("… exempt under sections 40 and" / "41. of
    // the Act"), a speck read as its full stop: not a list label, since no item starts with a small letter.
    else if (previous && line && full && /[\p{Ll},]$/u.test(previous) && WRAPPED_NUMBER.test(line)) out += ` ${line.replace(WRAPPED_NUMBER, "$1 ")}`;
    else out += previous && line && full && !LINE_START.test(line) && !sentenceEnd(previous, line) ? ` ${line}` : `\n${line}`;
  }
  return out;
}
