/**
 * References printed without a label: a code where a letter's heading puts it, read when no
 * "Our ref" line or title line gave one. Authorities print them
 *
 * - opening a line, alone or before the date or the request's subject ("FOI-CC-25-0207   8 April
 *   2025", "FOI/1877 Ransomware and data breaches", "2024/FOI/388 | Response sent …");
 * - closing a heading after a dash or a colon ("Drones - 8213/25", "Your request for
 *   information: 25/FOI/3307");
 * - in brackets at the end of a subject line or heading ("… drainage works (RFI 9071)",
 *   "Subject: RE: FOI request - backups [NSC 8841]");
 * - after the greeting of a letter run into one line ("Dear Sir/Madam, FOI XDC-FOI-0217 - insurance.").
 *
 * Each place gives a candidate; a candidate is scored by its shape (the Act's letters, a
 * body's initials, joiners between its parts) and its place, and never counts when it is a
 * date, a year or a span of years, a postcode, a telephone number or a page count.
 */
import { writtenDates } from "./date-forms.js";

export interface CodeReading {
  reference: string;
  score: number;
}

/** The Act's letters (and a request's) inside a code: "FOI", "EIR", "RFI", "IR", "FOIR", "IRQ". */
const ACT = /(?:^|[^A-Z])(?:FOIR?|FOISA|EIR|RFI|IRQ?)(?:[^A-Z]|$)/;
/** One piece of a code: letters and digits and the joiners codes use. */
const PIECE = /^[A-Za-z0-9][A-Za-z0-9/_.\-]{0,30}$/;
const CAPS = /^[A-Z]{2,6}$/;
/** "2024", "2022-2024", "2024/25", "24-25": years and spans of years, not references. */
const YEARS = /^(?:19|20)?\d\d(?:[-/](?:19|20)?\d\d)?$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const GREETING = /^dear\s[^,]{1,40},\s*/i;
/** The end of a heading: its last " - " or ": ", what stands after it being the code. */
const TAIL = /(?:\s[-–—|]|:)\s(\S{2,30}(?:\s\S{1,30}){0,2})$/;
/** A code in brackets closing the line. */
const BRACKETED = /[[(]([^[\]()]{3,40})[\])]\.?$/;

/** The code that starts at `rest` (up to two words in capitals before a piece with a digit: "ECH FOI 4471"), or "". */
function codeAt(rest: string): { value: string; ends: boolean; gap: boolean } | null {
  const cell = rest.replace(/^[\s:#\-–]+/, "");
  const gapAt = cell.search(/\s{2,}|\t|\s\|\s/);
  const first = gapAt >= 0 ? cell.slice(0, gapAt) : cell;
  const words = first.split(" ").filter(Boolean);
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/(?<![.,;:)\]])[.,;:)\]]+$/, "");
    if (!PIECE.test(w)) break;
    if (/\d/.test(w)) {
      out.push(w);
      break;
    }
    if (!CAPS.test(w) || out.length >= 2) return null;
    out.push(w);
  }
  const number = out[out.length - 1] ?? "";
  if (!/\d/.test(number)) return null;
  const used = out.length;
  return { value: out.join(" "), ends: used === words.length, gap: gapAt >= 0 && used === words.length };
}

/** How much a code looks like a reference by its shape alone; -1: it is something else. */
function shapeScore(value: string): number {
  const number = value.split(" ").pop()!;
  if (YEARS.test(number) || POSTCODE.test(number)) return -1;
  if (writtenDates(value).length > 0) return -1;
  // A telephone number, a sum, a count or a section ("01909 533533", "£450", "s31(1)").
  if (/^\d{1,4}$/.test(number) && !/\s/.test(value)) return -1;
  // A code with fewer than three digits is a name ("COVID-19", "M62"), not a case number.
  if (value.replace(/\D/g, "").length < 3) return -1;
  // The Information Commissioner's case number ("IC-12345-A1B2") is the regulator's, not the authority's.
  if (/^ICO?-\d{5,6}-[A-Z0-9]{4}$/i.test(number)) return -1;
  // A code of digits alone needs five of them at least ("8213/25", not "12/5").
  if (!/[A-Z]/i.test(value) && value.replace(/\D/g, "").length < 5) return -1;
  if (/^0\d{3,4}$/.test(number) || /^(?:page|tel|fax|s)$/i.test(value.split(" ")[0]!)) return -1;
  let score = 0;
  if (ACT.test(value.toUpperCase())) score += 2;
  else if (/[A-Z]{2,}/.test(value)) score += 1;
  if (/\d[/-]\d|[A-Z][/-]\d|\d[/-][A-Z]/i.test(number)) score += 1;
  return score;
}

/**
 * The best unlabelled code in the letter's heading lines (the first `head`) and its e-mail
 * subject lines; null when none scores 3.
 */
export function readCode(lines: string[], head = 15): CodeReading | null {
  let best: CodeReading | null = null;
  const consider = (value: string, place: number): void => {
    const shape = shapeScore(value);
    if (shape < 0) return;
    // "FOI XDC-FOI-0217": the Act's letters before a code that has them already are not part of it.
    const reference = /^(?:FOIR?|EIR) \S*(?:FOI|EIR)/.test(value) ? value.replace(/^\S+ /, "") : value;
    const score = shape + place;
    if (score >= 3 && (!best || score > best.score)) best = { reference, score };
  };
  lines.forEach((raw, i) => {
    const subject = /^subject\s?:/i.test(raw);
    if (i >= head && !(subject && i < 60)) return;
    const line = raw.replace(/^(?:subject\s?:\s?)?(?:(?:re|fw|fwd)\s?:\s?){0,3}/i, "").trimEnd();
    if (line.length > 200) return;
    const bonus = subject ? 1 : 0;
    const opening = codeAt(line.replace(GREETING, ""));
    // A code that opens a line of running prose ("IC-1234-X) regarding our …") was wrapped there from the line before.
    const wrapped = i > 0 && !/[.:!?)\]]$/.test(lines[i - 1]!) && /^\S+\)?\s+[a-z]/.test(line);
    if (opening && !wrapped) consider(opening.value, bonus + (opening.ends ? 2 : opening.gap ? 2 : 1.5));
    const tail = TAIL.exec(line);
    if (tail) {
      const c = codeAt(tail[1]!);
      if (c?.ends) consider(c.value, bonus + 2);
    }
    const bracketed = BRACKETED.exec(line);
    if (bracketed) {
      // "[HWFRS ref 25/311]": a label inside the brackets leaves the number.
      const c = codeAt(bracketed[1]!.replace(/^(?:[A-Z]{2,6}\s)?(?:our\s)?ref(?:erence)?\.?:?\s/i, ""));
      if (c?.ends) consider(c.value, bonus + 1.5);
    }
  });
  return best;
}
