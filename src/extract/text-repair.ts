/**
 * Repair of text that another tool extracted from a PDF or a word processor and saved as plain text
 * (family: "extraction-damaged letters"). A PDF's own text layer is repaired page by page in
 * pdf-layout.ts (running lines, line-end hyphens); a .txt file has lost its pages, so the same damage
 * is found here by shape, before segmentation sees the letter:
 *
 * - a list bullet in a symbol font's private-use code ("\uF0B7", Wingdings' "\uF0A7") or written out
 *   as a CID glyph ("(cid:129)") is a bullet ("•"); a bullet drawn before a list number ("▪ 1.") gives
 *   way to the number;
 * - page furniture dropped between lines of the body ("Page 2 of 4", "- 3 -", a protective marking
 *   such as "OFFICIAL", an address footer with its parts set apart by "|" or "•") is removed wherever
 *   it falls after the salutation, so that a sentence broken by it runs on;
 * - a word broken at a line end ("confidential-" / "ity") is rejoined when the letter gives no sign
 *   that the hyphen belongs to the word (the hyphenated form written elsewhere, or a prefix that
 *   makes compounds, "non-", "self-", "cyber-");
 * - a section-numbered label left alone on its line above its item ("1.1" / "Tonnage of …", a
 *   pdftotext column) is put back at the start of the item's line.
 *
 * Every repair removes or moves characters only where the damage's shape is unambiguous; clean
 * letters pass through unchanged.
 */

import { breakFlattenedRuns } from "./run-breaks.js";

const GLYPH_BULLET = /^([ \t]*)(?:[\uF000-\uF0FF]|\(cid:\d{1,4}\))(?=[ \t]|[A-Z(“"‘'])[ \t]*/;

/** A bullet the list's style draws before each number ("▪ 1. …", "• 2) …"): the number is the label. */
const BULLET_BEFORE_NUMBER = /^([ \t]*)[•▪●◦‣■][ \t]{1,4}(?=\d{1,2}[.)][ \t])/;

/** "Page 2", "Page 2 of 4", "- 3 -", "3 | Page", "2/4": a page number alone on its line. */
const PAGE_NUMBER = /^(?:page \d{1,3}(?: of \d{1,3})?|- ?\d{1,3} ?-|\d{1,3} ?\| ?page|\d{1,3} ?\/ ?\d{1,3}|tudalen \d{1,3}(?: o \d{1,3})?|\d{1,3})$/i;
/** Protective markings printed as a page header or footer. */
const MARKING = /^(?:official(?:[ -]sensitive)?|not protectively marked|unclassified|restricted|protect|official: public|sensitive)$/i;
/** An address footer: three or more parts set apart by "|" or "•", one of them a postcode, a web address, a telephone number. */
const SEPARATED = /[|•·]/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const WEB = /\bwww\.|\.(?:gov|org|ac|nhs|police)\.uk\b|https?:\/\//i;

/** Prefixes that make compounds: a hyphen after them at a line end is the word's own. */
const COMPOUND_LEFT = new Set(
  "non self co cross cyber e well long short high low third second first part full multi pre post anti sub inter out over under ex semi mid year day follow back up down".split(" "),
);

export function repairExtractedText(text: string): string {
  if (!text) return text;
  let lines = text.split("\n");
  lines = lines.map((l) => l.replace(GLYPH_BULLET, (_m, indent: string) => `${indent}• `).replace(BULLET_BEFORE_NUMBER, "$1"));
  lines = withoutFurniture(lines);
  lines = withLabelsRejoined(lines);
  return breakFlattenedRuns(rejoinHyphens(lines.join("\n")));
}

/** The first line of the body: the salutation, else a tenth of the way in (the letterhead stays whole). */
function bodyStart(lines: readonly string[]): number {
  const n = Math.min(lines.length, 80);
  for (let i = 0; i < n; i++) if (/^[ \t]*(?:dear|annwyl)\b/i.test(lines[i]!)) return i + 1;
  return Math.floor(lines.length / 10);
}

function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (PAGE_NUMBER.test(t) || MARKING.test(t)) return true;
  const parts = t.split(SEPARATED).filter((p) => p.trim()).length;
  return parts >= 3 && t.length <= 200 && (POSTCODE.test(t) || WEB.test(t)) && !(/[.?!]$/.test(t) && !/^www\./i.test(t.slice(t.lastIndexOf(" ") + 1)));
}

/**
 * Page furniture after the salutation. A bare number counts only at the right margin or after a page
 * break (a form feed), since a figure can stand alone as an answer; a short line held between two
 * furniture lines (a footer's address, a reference) goes with them. A blank line left where a block
 * is cut goes too when the text on either side runs on (no sentence end before it).
 */
function withoutFurniture(lines: string[]): string[] {
  const from = bodyStart(lines);
  const strong = lines.map((l) => isFurniture(l) && !/^\d{1,3}$/.test(l.replace(/\f/g, "").trim()));
  const pageRun = pageNumberRun(lines, from);
  const furniture = lines.map((l, i) => {
    if (i < from) return false;
    const t = l.replace(/\f/g, "").trim();
    if (strong[i]) return true;
    // A bare number is a page number set at the right margin or after a page break; a number beside a
    // "Page 1 of 3" line can be the next table row's number.
    if (/^\d{1,3}$/.test(t)) return l.includes("\f") || /^[ \t]{20}/.test(l) || pageRun.has(i);
    if (t === "" || /[.?!:]$/.test(t)) return false;
    // Held between two furniture lines, or an address (a postcode or web address) beside one.
    return (t.length <= 120 && strong[i - 1] === true && strong[i + 1] === true) || (t.length <= 200 && (POSTCODE.test(t) || WEB.test(t)) && (strong[i - 1] === true || strong[i + 1] === true));
  });
  const isCut = (j: number): boolean => furniture[j] === true;
  const moved: string[] = [];
  const out: string[] = lines.slice(0, from);
  for (let i = from; i < lines.length; i++) {
    if (isCut(i)) {
      // The block runs over furniture lines and the blank lines among them.
      let j = i;
      let blank = false;
      for (; j < lines.length && (!lines[j]!.trim() || isCut(j)); j++) {
        const t = lines[j]!.replace(/\f/g, "").trim();
        if (!t) blank = true;
        else if (!PAGE_NUMBER.test(t) && !MARKING.test(t) && !moved.includes(t)) moved.push(t);
      }
      const before = out.length > from && !out[out.length - 1]!.trim();
      // Text broken mid-sentence runs on with no gap; otherwise one blank line stands where the block was.
      if (midSentence(lastNonBlank(out), lines[j] ?? "")) while (out.length > from && !out[out.length - 1]!.trim()) out.pop();
      else if (blank && !before && j < lines.length) out.push("");
      i = j - 1;
      continue;
    }
    out.push(lines[i]!.includes("\f") ? lines[i]!.replace(/\f/g, "") : lines[i]!);
  }
  // A footer's address names the authority: it is kept, once, at the foot of the letter where a footer belongs.
  return moved.length ? [...out, "", ...moved] : out;
}

/**
 * Bare page numbers a PDF extraction left at the left margin ("2" between two paragraphs of page 1 and
 * page 2, "3" under the sign-off): numbers alone on their lines counting the pages in order (1 or 2
 * first, then one more each time), a page's worth of text apart. Figures given alone as answers, or
 * a table's row numbers one cell a line, stand a few lines apart, so they make no such run.
 */
const PAGE_GAP = 20;

function pageNumberRun(lines: readonly string[], from: number): Set<number> {
  const bare: { i: number; n: number }[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.replace(/\f/g, "").trim();
    if (/^\d{1,2}$/.test(t)) bare.push({ i, n: Number(t) });
  }
  // The last page can be short (a sign-off): its number on the letter's last line needs no page's gap.
  let end = lines.length - 1;
  while (end > 0 && !lines[end]!.trim()) end--;
  const run: { i: number; n: number }[] = [];
  for (const b of bare) {
    const last = run.at(-1);
    if (!last) {
      if ((b.n === 1 || b.n === 2) && b.i - from >= PAGE_GAP) run.push(b);
    } else if (b.n === last.n + 1 && (b.i - last.i >= PAGE_GAP || (b.i === end && b.i - last.i >= PAGE_GAP / 2))) run.push(b);
    // Any other bare number between the page numbers is a figure: the run is no run of pages.
    else if (b.i - last.i < PAGE_GAP) return new Set();
  }
  return run.length >= 2 ? new Set(run.map((b) => b.i)) : new Set();
}

function lastNonBlank(out: readonly string[]): string {
  for (let j = out.length - 1; j >= 0; j--) if (out[j]!.trim()) return out[j]!;
  return "";
}

function midSentence(before: string, after: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  return b !== "" && !/[.:;?!)]$/.test(b) && /^[a-z(£\d]/.test(a);
}

/**
 * "1.1", "2.3)" alone on a line with its item's text on the next line. A plain "3", "3." or "Q3" alone is
 * left as it is: it is also how a table extracted one cell per line numbers its rows (cell-lines.ts),
 * and how a letter heads an answer set below its question.
 */
const LONE_LABEL = /^[ \t]*\d{1,2}\.\d{1,2}[.)]?[ \t]*$/;

function withLabelsRejoined(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Not a bare figure: the label has a stop, a bracket or a section dot, or stands among others of its shape.
    if (LONE_LABEL.test(line) && next !== undefined && /^[ \t]*[A-Z“"‘']/.test(next) && labelShaped(lines, i)) {
      out.push(`${line.trim()} ${next.trimStart()}`);
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

function labelShaped(lines: readonly string[], i: number): boolean {
  // "1.5" alone could be a figure: a section number only when another of its shape stands within a dozen lines.
  for (let j = Math.max(0, i - 12); j < Math.min(lines.length, i + 13); j++) if (j !== i && LONE_LABEL.test(lines[j]!)) return true;
  return false;
}

/** "regula-\ntion" → "regulation"; "non-\ndisclosure" and "follow-\nup" written elsewhere keep the hyphen. */
function rejoinHyphens(text: string): string {
  const lower = text.toLowerCase();
  // The broken word's left part starts at a word start (the lookbehind), so each match is tried once.
  return text.replace(/(?<![A-Za-z])([A-Za-z]{1,30})-\n[ \t]{0,40}([a-z]{1,30}(?:['’][a-z]{1,3})?[.,;:)?!]{0,2})/g, (whole, left: string, right: string, at: number) => {
    const word = /^[a-z]{1,30}/.exec(right)![0];
    if (COMPOUND_LEFT.has(left.toLowerCase())) return whole;
    const hyphened = `${left}-${word}`.toLowerCase();
    if (lower.includes(hyphened) && !lower.includes(`${left}${word}`.toLowerCase())) return whole;
    // The joined word goes on the first line; the line break moves after it (one space after it goes
    // too), unless the word ended its line.
    const rest = at + whole.length;
    return rest >= text.length || text[rest] === "\n" ? `${left}${right}` : `${left}${right}\n${text[rest] === " " || text[rest] === "\t" ? "\u0000" : ""}`;
  }).replace(/\n\u0000[ \t]?/g, "\n");
}
