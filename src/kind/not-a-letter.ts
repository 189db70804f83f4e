import { manifestHeader } from "../metadata/manifest-header.js";

/**
 * Files that are not correspondence: a README, a manifest or spreadsheet of sources,
 * code, a JSON array, a password file, random printable bytes. Evidence that a file is
 * a letter (a greeting, a sign-off, FOI wording, statutory citations, sentences) is
 * weighed against evidence of structure that letters do not have; a file is set aside
 * only on positive evidence, never for being short.
 */
export interface NotALetterReading {
  /** True when the file is not correspondence. */
  notALetter: boolean;
  letterScore: number;
  structureScore: number;
  /** What the structure evidence was, for the message in letters.csv. */
  reasons: string[];
}

const PROJECT_NAME = /(?:^|\/)(?:readme|licen[cs]e|changelog|changes|contributing|manifest|sources|index|package|makefile|dockerfile|authors|notice|copying)(?:\.[a-z0-9]+)?$/i;
const DATA_EXTENSION = /\.(?:csv|tsv|json|jsonl|ndjson|xml|ya?ml|js|mjs|cjs|ts|py|sh|bash|c|h|cpp|java|rb|go|rs|css|ini|toml|cfg|conf|log|sql|xlsx?|ods)$/i;
const CODE_LINE = /^(?:import\s|export\s|function\s|const\s|let\s|var\s|def\s|class\s|#include\b|package\s|public\s|private\s|return\b|if\s*\(|for\s*\(|while\s*\(|}\s*else\b|<\?php|#!\/)|[;{}]\s*$/;
const PASSWD_LINE = /^[^:\s]{1,64}(?::[^:\n]{0,200}){4,}$/;

/**
 * A token of text in words: a word, an acronym or a figure, with brackets and punctuation around it.
 * A figure's own characters (`,.:`) are also closing punctuation: the closing run starts at the first
 * character a figure cannot hold, so a long figure is read once, not split at every comma in turn.
 */
const WORDISH = /^[("'\u2018\u201c]?(?:(?:[A-Za-z][a-z'\u2019-]{0,20}|[A-Z]{2,8})[)"'\u2019\u201d.,;:!?]*|[£$]?\d[\d,.%/:-]*(?:[)"'\u2019\u201d;!?][)"'\u2019\u201d.,;:!?]*)?)$/;

/**
 * A trimmed line of six or more words: `l.split(/\s+/).length >= 6` without making the words (the
 * runs of spaces and of the rest alternate, so the test is linear).
 */
const SIX_WORDS = /^(?:\S+\s+){5}\S/;

/** Share of lines (of the first 400 non-empty) that pass `test`. */
function share(lines: readonly string[], test: (l: string) => boolean): number {
  if (lines.length === 0) return 0;
  let n = 0;
  for (const l of lines) if (test(l)) n++;
  return n / lines.length;
}

/** Ends of sentences of words ("… held." "… it?") in `text`, counted up to `enough`. */
function sentenceEnds(text: string, enough: number): number {
  const re = /(?<![a-z])[a-z]{2,}[.?!](?:\s|$)/g;
  let n = 0;
  while (n < enough && re.exec(text)) n++;
  return n;
}

/** Most lines split into the same number (2 or more) of cells by commas or tabs. */
function delimitedShare(lines: readonly string[]): number {
  let best = 0;
  for (const sep of [",", "\t", ";", "|"]) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      // As many cells as l.split(sep) gives, counted without making them.
      let cells = 1;
      for (let at = l.indexOf(sep); at >= 0; at = l.indexOf(sep, at + 1)) cells++;
      if (cells >= 3) counts.set(cells, (counts.get(cells) ?? 0) + 1);
    }
    const top = Math.max(0, ...counts.values());
    best = Math.max(best, top / Math.max(1, lines.length));
  }
  return best;
}

/** The reading of a file whose bytes or characters are not text at all: nothing of a letter is looked for. */
export function notTextReading(what: string): NotALetterReading {
  return { notALetter: true, letterScore: 0, structureScore: 6, reasons: [`not text in words: ${what}`] };
}

/**
 * Characters no decoded text holds: C0 controls other than tab, line ends, form feed and escape, DEL,
 * the C1 controls, and U+FFFD (a byte the decoder could not map). Counted over the first 4,096
 * characters; null when under 2% (and under 3 characters), else the share as a reason.
 */
export function undecodedShare(text: string): string | null {
  const n = Math.min(text.length, 4096);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) odd++;
  }
  return odd >= 3 && odd >= n * 0.02 ? `${Math.round((100 * odd) / n)}% control or undecodable characters` : null;
}

/**
 * `format` is the extractor's: a file's name and raw structure (JSON, extension) say something only
 * when it was read as plain text; a PDF, Word file, email or thread page was recognised as a document.
 */
export function readNotALetter(text: string, file: string, format = "text"): NotALetterReading {
  const plain = format === "text";
  // Before anything of a letter is looked for: text decoded from bytes that were not text (a binary decoded as
  // Windows-1252) holds control characters, and in 64 KB of them a "Hi" at a line start or an "FOI" turns up by chance.
  const undecoded = undecodedShare(text);
  if (undecoded) return notTextReading(undecoded);
  const head = text.slice(0, 200_000);
  const lines = head.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 400);
  let letterScore = 0;
  if (/^[ \t]*(?:dear|hello|hi|good\s+(?:morning|afternoon)|to\s+whom\s+it\s+may\s+concern)\b/im.test(head)) letterScore += 2;
  if (/^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards|many\s+thanks)\b/im.test(head)) letterScore += 2;
  if (/\bfreedom\s+of\s+information\b|\bFOI(?:SA|A)?\b|environmental\s+information\s+regulations|\byour\s+request\b|\brequest\s+for\s+information\b/i.test(head)) letterScore += 2;
  if (/\bsection\s+\d{1,2}\b|\bs\.?\s?\d{1,2}\s?\(\d\)|\bregulation\s+1[23]\b/i.test(head)) letterScore += 1;
  // Prose: several sentences of words.
  if (sentenceEnds(head, 3) >= 3 && share(lines, (l) => SIX_WORDS.test(l)) >= 0.3) letterScore += 1;

  const reasons: string[] = [];
  let structureScore = 0;
  const base = file.split(/[\\/]/).pop() ?? file;
  if (plain && PROJECT_NAME.test(base)) {
    structureScore += 2;
    reasons.push("named like a project file");
  }
  if (plain && DATA_EXTENSION.test(base)) {
    structureScore += 2;
    reasons.push("a data or code file extension");
  }
  const trimmed = head.trim();
  if (plain && /^[[{]/.test(trimmed) && text.length <= 5_000_000) {
    try {
      JSON.parse(text);
      structureScore += 4;
      reasons.push("JSON");
    } catch {
      // not JSON after all
    }
  }
  // A manifest (a `file` column and metadata columns, metadata/manifest.ts) lists letters; it is not one, however short.
  if (plain && /\.(?:csv|tsv)$/i.test(base) && manifestHeader(head.slice(0, Math.max(0, head.indexOf("\n")) || head.length))) {
    structureScore += 4;
    reasons.push("a manifest of files");
  }
  if (lines.length >= 4 && delimitedShare(lines) >= 0.8) {
    structureScore += 3;
    reasons.push("a table of delimited rows");
  }
  if (lines.length >= 4 && share(lines, (l) => CODE_LINE.test(l)) >= 0.3) {
    structureScore += 3;
    reasons.push("program code");
  }
  if (lines.length >= 3 && share(lines, (l) => PASSWD_LINE.test(l)) >= 0.6) {
    structureScore += 3;
    reasons.push("colon-separated records");
  }
  // Markdown structure: headings, fenced code, table rows. A letter pasted as Markdown has prose, not these.
  let markdown = 0;
  if (lines.filter((l) => /^#{1,6}\s/.test(l)).length >= 2) markdown += 2;
  if (lines.some((l) => /^(?:```|~~~)/.test(l))) markdown += 2;
  if (lines.filter((l) => /^\|.*\|$/.test(l)).length >= 3) markdown += 2;
  if (markdown > 0) {
    structureScore += markdown;
    reasons.push("a Markdown document (headings, code or tables)");
  }
  // Text in words: most whitespace-separated tokens of a letter are words or figures (84% or more in every
  // letter of corpus/ and gold/dev). Counted over 20 KB where nothing of a letter was found; over the first 4 KB
  // (cheap) where a cue or two were, since a cue ("Hi" at a line start, "FOI" between symbols) turns up by
  // chance in a long enough run of noise: then only a text hardly in words at all (under a quarter) is set aside.
  const fewCues = letterScore > 0 && letterScore <= 4;
  const tokens = letterScore === 0 ? head.slice(0, 20_000).split(/\s+/).filter(Boolean) : fewCues ? head.slice(0, 4096).split(/\s+/).filter(Boolean) : [];
  const wordish = tokens.filter((t) => WORDISH.test(t)).length;
  if (tokens.length >= 20 && wordish / tokens.length < 0.4 && letterScore === 0) {
    structureScore += 3;
    reasons.push("not text in words");
  } else if (fewCues && tokens.length >= 50 && wordish / tokens.length < 0.25) {
    structureScore += 5;
    reasons.push("not text in words (a letter's cue found by chance among them)");
  }
  const notALetter = (structureScore >= 3 && structureScore > letterScore) || (letterScore === 0 && structureScore >= 2);
  return { notALetter, letterScore, structureScore, reasons };
}
