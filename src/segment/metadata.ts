import type { LetterMeta } from "../core/types.js";

/**
 * Metadata a letter states about itself: the authority in its letterhead or
 * sign-off, the letter's date, and its reference. Front matter, thread JSON or
 * email headers override these when present.
 */
const AUTHORITY_WORD = /\b(?:council|trust|police|constabulary|police service|fire and rescue|fire & rescue|university|college|authority|department|ministry|office|government|archives|board|commission|agency|executive|ombudsman|museum|library|parliament|assembly|inspectorate|nhs|icb|integrated care|borough|county|district|city)\b/i;
const NOT_NAME = /[.?!:;@]$|\b(?:dear|thank|your|request|reference|ref\b|please|information|freedom|regulations|act\b|team\b|officer|manager|department of|tel|email|www\.|https?:)|\d{3,}/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** A date in any common UK form, as YYYY-MM-DD; "" when none. */
export function parseDate(s: string): string {
  let m = ISO.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return `${m[3]}-${pad(monthIndex(m[2]!))}-${pad(Number(m[1]))}`;
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return `${m[3]}-${pad(monthIndex(m[1]!))}-${pad(Number(m[2]))}`;
  m = NUMERIC.exec(s);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${m[3]}-${pad(month)}-${pad(day)}`;
  }
  return "";
}

const REFERENCE = /\b(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?(?:\s+(?:no|number))?|foi\s+(?:request\s+)?(?:ref(?:erence)?|number|no)|request\s+(?:number|no|reference|ref)|case\s+(?:number|no|reference|ref)|customer request number|disclosure (?:id|reference)|ein cyf(?:eirnod)?(?:\s*\/\s*our ref)?)\s*[:.#]?\s*([A-Z0-9][A-Z0-9/_.\-]{0,30}[A-Z0-9](?:\s[0-9][A-Z0-9/_.\-]{0,20})?)/i;
const BARE_REFERENCE = /^(?:FOI|FOIR|EIR|REQ|IR|F)[\s/-]?[0-9][0-9/\-_.A-Z]{1,24}$/i;

export function extractMetadata(text: string): Partial<LetterMeta> {
  const head = text.slice(0, 4000);
  const lines = head.split("\n").map((l) => l.trim());
  const meta: Partial<LetterMeta> = {};

  for (const line of lines.slice(0, 60)) {
    const m = REFERENCE.exec(line);
    if (m && !/^your\s+ref/i.test(line)) {
      // Stop where the letterhead's next cell begins (a web address, an e-mail, a wide gap).
      const value = m[1]!.replace(/\s+(?:date|dated|dear)\b.*$/i, "").replace(/\s+(?:www\.|https?:|\S+@).*$/i, "").replace(/\s{2,}.*$/, "").trim();
      if (/\d/.test(value)) {
        meta.reference = value;
        break;
      }
    }
  }
  if (!meta.reference) {
    const bare = lines.slice(0, 15).find((l) => BARE_REFERENCE.test(l));
    if (bare) meta.reference = bare;
  }

  const labelled = lines.slice(0, 60).find((l) => /^(?:date(?: of (?:response|decision|letter|reply))?|response date|published|publication date|date sent|sent)\s*[:\-]?\s*\S/i.test(l) && parseDate(l));
  const standalone = lines.slice(0, 40).find((l) => l.length <= 40 && parseDate(l) && !/\b(?:request|received|your|dated)\b/i.test(l));
  const dateLine = labelled ?? standalone;
  if (dateLine) meta.date = parseDate(dateLine);

  const authority = letterhead(lines.slice(0, 12)) ?? signOff(text);
  if (authority) meta.authority = authority;
  return meta;
}

function isAuthorityName(line: string): boolean {
  return line.length >= 6 && line.length <= 80 && AUTHORITY_WORD.test(line) && !NOT_NAME.test(line) && /^[A-Z]/.test(line) && line.split(/\s+/).length <= 10;
}

function letterhead(lines: string[]): string | undefined {
  const found = lines.find(isAuthorityName);
  return found?.replace(/\s+(?:headquarters|hq|head office|main office)$/i, "");
}

/** The organisation under the signature: "Yours sincerely, … Information Governance Team, Northdale Council". */
function signOff(text: string): string | undefined {
  const m = /\n[^\S\n]*(?:yours (?:sincerely|faithfully)|kind regards|regards)[,.]?\s*\n/i.exec(text);
  if (!m) return undefined;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400).split("\n").map((l) => l.trim());
  return after.slice(0, 8).find(isAuthorityName);
}
