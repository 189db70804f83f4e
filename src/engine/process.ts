import { readFileSync } from "node:fs";
import type { Letter } from "../core/types.js";
import { errorMessage } from "../core/errors.js";
import { failedLetter } from "../core/letter.js";
import type { ExtractOptions } from "../extract/types.js";
import { analyzeExtracted } from "./analyze.js";
import type { InputFile } from "./files.js";

/**
 * One file end to end. Never throws: a failure at any stage becomes a letter
 * with status error and a fatal message saying what happened.
 */
export async function processFile(input: InputFile, options: ExtractOptions): Promise<Letter> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input.path);
  } catch (error) {
    const { code, text } = errorMessage(error);
    return failedLetter(input.file, input.path, "", { severity: "fatal", code: code === "FOISCOPE_INTERNAL" ? "FOISCOPE_READ_FAILED" : code, source: "engine", text: `Could not read file: ${text}` });
  }
  return processBytes(input, bytes, options);
}

/** The extractors' registry once loaded: a repeated import() still resolves the module's key every time. */
let registry: typeof import("../extract/registry.js") | undefined;

export async function processBytes(input: InputFile, bytes: Uint8Array, options: ExtractOptions): Promise<Letter> {
  // The extractors (pdf.js, mammoth, mailparser, …) are loaded on first use, not with this
  // module: the CLI imports it for `explain`, and every other command's main thread would
  // otherwise carry ~50 MB of them (loaded once, then kept).
  const { detectFormat, extract } = (registry ??= await import("../extract/registry.js"));
  try {
    const extracted = await extract({ bytes, name: input.file }, options);
    return analyzeExtracted(extracted, input);
  } catch (error) {
    // Sniffed again only on failure: sniffing every file twice cost 0.1 ms a letter.
    const format = bytes.length ? (detectFormat(bytes, input.file)?.format ?? "unknown") : "empty";
    const { code, text } = errorMessage(error);
    return failedLetter(input.file, input.path, format, { severity: "fatal", code, source: "engine", text });
  }
}
