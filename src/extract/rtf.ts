import iconv from "iconv-lite";
import { Tokenize } from "rtf-stream-parser";
import { ToPlainText } from "rtf-stream-parser/dist/src/ToPlainText.js";
import { handleTextEscapes } from "rtf-stream-parser/dist/src/features/textEscapes.js";
import type { FeatureHandler } from "rtf-stream-parser/dist/src/features/types.js";
import type { ProcessTokensGlobalState } from "rtf-stream-parser/dist/src/ProcessTokens.types.js";
import { FoiscopeError } from "../core/errors.js";
import { normaliseText } from "./decode.js";
import type { Extracted, ExtractInput, Extractor } from "./types.js";

/**
 * Rich Text Format letters through rtf-stream-parser (MIT, no dependencies, pure
 * JavaScript): its tokenizer and its plain-text processor handle the character
 * sets, \uN escapes with their fallbacks, fonts (Symbol bullets) and the
 * destinations that are not text (font and colour tables, style sheets, pictures).
 * Word writes a list item's number into the file ({\listtext 3.\tab}), so the
 * numbers come through as the reader sees them. Three escapes are rendered the
 * way the other formats are: a paragraph end is a blank line, a table cell ends
 * with " | " and a row with a line break.
 */

/**
 * A paragraph written with no space after it (an explicit \sa0; one that says nothing is not taken as tight,
 * though RTF's default is 0: hand-made and converted files often carry no spacing at all) ends with TIGHT_END; a list item
 * (\lsN, {\listtext}) starts with LIST_START. A list item set tight under the paragraph before is a line
 * of that paragraph's block, as the DOCX reader keeps it (docx-body.ts): "Q4) … on:" and its a) b) items.
 * Other paragraphs after a tight one stay blocks: letters set answers tight under questions.
 */
const TIGHT_END = "\n\u0001\n";

/** Made once (every file is sniffed): a decode() without { stream: true } keeps no state between calls. */
const LATIN1 = new TextDecoder("latin1");
const LIST_START = "\u0002";
type Spacing = { _spaceAfter?: number };

const layout: FeatureHandler<ProcessTokensGlobalState> = {
  controlHandlers: {
    ...handleTextEscapes.controlHandlers,
    pard: (g) => {
      (g as Spacing)._spaceAfter = undefined;
    },
    sa: (g, token) => {
      (g as Spacing)._spaceAfter = (token as { param?: number }).param ?? 0;
    },
    ls: (g) => g._pushOutput(LIST_START),
    listtext: (g) => g._pushOutput(LIST_START),
    par: (g) => g._pushOutput((g as Spacing)._spaceAfter === 0 ? TIGHT_END : "\n\n"),
    sect: (g) => g._pushOutput("\n\n"),
    page: (g) => g._pushOutput("\n\n"),
    line: (g) => g._pushOutput("\n"),
    cell: (g) => g._pushOutput(" | "),
    nestcell: (g) => g._pushOutput(" | "),
    row: (g) => g._pushOutput("\n"),
  },
};

/** A raised "1", "[2]", "*": a footnote mark, which the reader skips. */
const FOOTNOTE_MARK = /^\s*\[?[0-9*†‡]{1,3}\]?\s*$/;

/** Destinations that hold no letter text: document properties, tables of lists and revisions, pictures, embedded objects. */
const NOT_TEXT = ["info", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "pict", "objdata", "shppict", "nonshppict", "fldinst", "bkmkstart", "bkmkend", "annotation", "atnid", "atnauthor"];

type State = ProcessTokensGlobalState & { _state: { superscript?: boolean; allDestinations?: Record<string, boolean> }; _notes?: string[] };

/** Raised footnote marks dropped; footnote text set aside for the end; non-text destinations dropped. */
const placement: FeatureHandler<ProcessTokensGlobalState> = {
  controlHandlers: {
    super: (g) => {
      (g as State)._state.superscript = true;
    },
    up: (g) => {
      (g as State)._state.superscript = true;
    },
    nosupersub: (g) => {
      (g as State)._state.superscript = false;
    },
    plain: (g) => {
      (g as State)._state.superscript = false;
    },
  },
  outputDataFilter: (g, data) => {
    const state = g as State;
    const dests = state._state.allDestinations;
    if (dests && NOT_TEXT.some((d) => dests[d])) return true;
    const text = typeof data === "string" ? data : data.toString("latin1");
    if (dests?.footnote) {
      if (!FOOTNOTE_MARK.test(text) || !state._state.superscript) (state._notes ??= []).push(text);
      return true;
    }
    if (state._state.superscript && FOOTNOTE_MARK.test(text)) return true;
    return undefined;
  },
};

class LetterText extends ToPlainText {
  constructor() {
    super({
      decode: (buf, enc) => iconv.decode(buf, enc),
      encode: (str, enc) => iconv.encode(str, enc),
      replaceSymbolFontChars: true,
      outputMode: "string",
      warn: () => undefined,
    });
    const features = this._featureHandlers as FeatureHandler<ProcessTokensGlobalState>[];
    const at = features.indexOf(handleTextEscapes as FeatureHandler<ProcessTokensGlobalState>);
    if (at >= 0) features[at] = layout;
    // Before the library's output handler, so a dropped piece is never written.
    features.splice(Math.max(0, features.length - 1), 0, placement);
  }
}

/** The text of an RTF document, as the reader sees it. */
export function rtfText(bytes: Uint8Array, name: string): string {
  const tokens = new Tokenize();
  const text = new LetterText();
  const out: string[] = [];
  const fail = (error?: unknown): void => {
    if (error) throw error;
  };
  tokens.push = (token: unknown): boolean => {
    text._transform(token as never, "", fail);
    return true;
  };
  text.push = (piece: unknown): boolean => {
    out.push(String(piece));
    return true;
  };
  try {
    tokens._transform(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), undefined, fail);
    tokens._flush(fail);
    text._flush(fail);
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_RTF_CORRUPT", `RTF document could not be read (${error instanceof Error ? error.message : String(error)}): ${name}`);
  }
  const notes = ((text as unknown as State)._notes ?? []).join("");
  return [...out, notes ? `\n\n${notes}` : ""]
    .join("")
    .replace(/\n\u0001\n[ \t]*(?=\u0002)/g, "\n")
    .replace(/\n\u0001\n/g, "\n\n")
    .replace(/[\u0001\u0002]/g, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i, lines) => (i < lines.length - 1 ? withoutRowEnd(line) : line)) // the cell mark that closes each row
    .join("\n")
    .replace(/(?: \| ){2,}/g, " | ") // empty cells
    .replace(/(?:^|(?<=\n))[ \t]+|(?<![ \t])[ \t]+(?=\n)/g, "")
    // A list bullet in a symbol font's private-use code ("\uF0B7", Wingdings' "\uF0A7") is a bullet.
    .replace(/(?<=^|\n)[\uF000-\uF0FF](?=[ \t])/g, "•")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function isRtf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && LATIN1.decode(bytes.subarray(0, 5)) === "{\\rtf";
}

export const rtfExtractor: Extractor = {
  format: "rtf",
  extensions: ["rtf"],
  sniff: (bytes) => isRtf(bytes),
  async extract(input: ExtractInput): Promise<Extracted> {
    const text = normaliseText(rtfText(input.bytes, input.name));
    return { format: "rtf", text, pageStarts: [0], ocrPages: 0, meta: {}, messages: text ? [] : [{ severity: "warning", code: "FOISCOPE_NO_TEXT", source: "extract/rtf", text: "RTF document has no text; nothing to analyse" }] };
  },
};

/**
 * A line without the " | " cell marks that end it (what `(?: \| )+\n` removed; that regex rescanned
 * the marks from each one when a row of them was not followed by a line break).
 */
function withoutRowEnd(line: string): string {
  let end = line.length;
  while (end >= 3 && line.startsWith(" | ", end - 3)) end -= 3;
  return line.slice(0, end);
}
