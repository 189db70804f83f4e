import type { LetterKind, LetterMeta, Message } from "../core/types.js";
import type { OcrSlots } from "./ocr-slots.js";

/** What an extractor is given: the bytes and the name they came under. */
export interface ExtractInput {
  bytes: Uint8Array;
  /** File name (or attachment name) — used only as a hint after content sniffing. */
  name: string;
}

/** What every extractor returns. Later stages never look at the format beyond this. */
export interface Extracted {
  format: string;
  /** Plain text of the letter, LF line ends. */
  text: string;
  /** Offsets in `text` where each page starts; [0] for unpaged formats. */
  pageStarts: number[];
  ocrPages: number;
  meta: Partial<LetterMeta>;
  /** Where `meta` came from ("front_matter", "email", "thread"…), for the metadata_source column; by format when absent. */
  metaSource?: string;
  messages: Message[];
  /** Offset in `text` where the authority's reply begins, when the source says so (request threads: the request comes first). */
  responseStart?: number;
  /** What the last reply of a source with no response yet is (labels.md letter kinds): a thread whose last reply acknowledges or asks to clarify. */
  letterKind?: LetterKind;
  /** Set when the bytes are not text at all (random bytes, a blob under a .txt name): what they are. The file is set aside as not a letter. */
  notText?: string;
  /** Set when the source holds no response to analyse yet (a thread still awaiting one). */
  status?: "no_response";
}

export interface ExtractContext {
  /** Extract nested content (an email attachment, say) through the same registry. */
  extractNested(input: ExtractInput): Promise<Extracted>;
  /** Nesting depth, to stop attachment recursion. */
  depth: number;
  options: ExtractOptions;
}

export interface ExtractOptions {
  /** Run OCR on pages without a usable text layer. */
  ocr: boolean;
  /** Largest input in bytes that is read at all. */
  maxBytes: number;
  /**
   * Most pages of one document OCR'd (blank pages are skipped and do not count); the rest
   * are left out with a warning that names them. Unset: `DEFAULT_MAX_OCR_PAGES`.
   */
  maxOcrPages?: number;
  /**
   * Told how many pages an extractor is about to OCR, before it starts (called once per
   * document, attachments included, so calls add up). The engine's worker passes this on
   * so the per-file time limit grows with the OCR work. Optional: callers with no time
   * limit (tests, `explain`) leave it out.
   */
  onOcrPlanned?: (pages: number) => void;
  /**
   * How many OCR engine processes may run at once across the run (ocr-slots.ts): the engine's
   * worker shares one count between all workers, so the pages of a long scan are read in
   * parallel when the other workers leave slots free. Unset: one page at a time per document.
   */
  ocrSlots?: OcrSlots;
}

/** A 2,000-page scan holds a worker for over half an hour; 100 pages is a long letter with annexes. */
export const DEFAULT_MAX_OCR_PAGES = 100;

export interface Extractor {
  /** Format name written to letters.csv. */
  format: string;
  /** Content sniffing: true when the bytes are of this format. Cheap; looks at the head only. */
  sniff(bytes: Uint8Array, name: string): boolean;
  /** File extensions (lower case, no dot) that fall back to this extractor when sniffing is unsure. */
  extensions: string[];
  extract(input: ExtractInput, context: ExtractContext): Promise<Extracted>;
}
