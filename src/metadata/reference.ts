/**
 * The authority's own reference for the request: after "Our ref", "My ref", "m/r", "FOI
 * ref", "Reference number", "Request number", "Case ref" (never "Your ref", the
 * requester's); else a title line "Freedom of Information Request 2018/0042" or "FOI
 * ABC/2023-0003" at the top; else "please quote reference …" anywhere.
 */
import { readCode } from "./reference-codes.js";

export interface ReferenceReading {
  reference: string;
  source: string;
}

const LABEL =
  /\b(?:our|my)\s+ref(?:erence)?(?:\s+(?:no|number))?\b\.?|\bm\/r\b|\bein\s+cyf(?:eirnod)?\b(?:\s*\/\s*our\s+ref)?|\bfoi\s+(?:request\s+)?(?:ref(?:erence)?|number|no)\b\.?|\b(?:request|case|reference|customer\s+request|disclosure|log)\s+(?:number|no|reference|ref|id)\b\.?|\bref(?:erence)?(?:\s+(?:no|number))?\b\.?|\brequest\s+number\s+is\b|\bquote\s+(?:our\s+|the\s+|this\s+)?reference(?:\s+number)?\b/gi;
const YOUR = /\byour\s+(?:ref(?:erence)?|own\s+reference)\b\.?/gi;
/** One piece of a reference: letters, digits and the joiners references use; a digit somewhere. */
const TOKEN = /^[A-Z0-9][A-Z0-9/_.\-]*$/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
// A title's number may be followed by the request's subject after a dash ("FOI request 4410 – Street lighting").
// The Act's letters printed just before the number are the reference's ("… Request - FOI 3378").
const TITLE = /^(?:freedom of information|foia?|eir|environmental information)\b[^\n]{0,60}?(?:request|response|ref(?:erence)?)? ?[:\-–]? ?((?:(?:FOIR?|EIR|RFI) )?(?:[A-Z]{1,6}[/-]){0,3}[A-Z]{0,6}\d[\w/.\-]{2,24})(?: ?[-–—:] [^\n]{1,80})?$/i;
/** A line that starts with the reference ("FOI 2031/0077 – Grass cutting"): the reference as printed, its letters kept. */
// (FOIR before FOI, so "FOIR8812" keeps its R; a subject after a dash or a colon: "FOI 2024/061: Exhibitions".)
const BARE = /^((?:FOIR|FOISA|FOI|EIR)[ /-]{0,3})([A-Z]{0,6}[/-]?\d[\w/.\-]{1,24})(?: ?[-–—:] [^\n]{1,80})?$/i;
/** An e-mail's subject line read as a title: "Subject: RE: Your Freedom of Information request - FOI-0041". */
// A reply's own "RE:" or "FW:" may open the line without "Subject:" before it ("RE: Freedom of Information request - X-41").
const SUBJECT = /^(?:subject[ \t]?:[ \t]?(?:(?:re|fw|fwd)[ \t]?:[ \t]?){0,3}|(?:(?:re|fw|fwd)[ \t]?:[ \t]?){1,3})(?:your[ \t])?/i;
/** A line that is one code with the Act's letters and a number in it ("KX-IR-FOI-0457"), or such a code in brackets on a subject line. */
const CODE_LINE = /^[A-Z][A-Z0-9]{0,7}(?:[/-][A-Z0-9]{1,8}){1,5}$/;
const BRACKETED = /^(?:subject|re)\b[^\n[]{0,120}\[([A-Z][A-Z0-9]{0,7}(?:[/-][A-Z0-9]{1,8}){1,5})\]/i;
const ACT_LETTERS = /(?:^|[/-])(?:FOI|FOIR|EIR|FOISA|IR|RFI)(?:[/-]|$)/;

/** The reference that starts at `rest`: up to three pieces ("DC/FOI 295/18", "ECC4537301 05 18"), stopping at a date, a wide gap or a word. */
function valueAt(rest: string): string {
  const cell = rest.replace(/^[\s:.#\-–]+/, "").replace(/^(?:is|was|no|number)\b[\s.:]*/i, "").split(/\s{2,}|\t/)[0] ?? "";
  const words = cell.split(" ").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < 3; i++) {
    // A closing bracket ends it too ("[HWFRS ref 25/311]").
    const w = words[i]!.replace(/(?<![.,;:)\]])[.,;:)\]]+$/, "");
    if (!TOKEN.test(w)) break;
    // The day of a date that follows the reference ("FOI20186816 15 May 2018") is not part of it.
    if (MONTH.test(words[i + 1] ?? "") && /^\d{1,2}$/.test(w)) break;
    // Code words in capitals may lead the number ("SMICB FOI 1422"); after it, a word ends the reference.
    const digitSeen = out.some((p) => /\d/.test(p));
    if (out.length > 0 && !/\d/.test(w) && (digitSeen || !/^[A-Z]{2,6}$/.test(w))) break;
    if (out.length > 0 && w.length > 8 && digitSeen) break;
    if (/^(?:ref|reference|date|dated|dear)$/i.test(w)) break;
    out.push(w);
  }
  // "FOI 1306/25": a prefix word kept with the number that follows it.
  const value = out.join(" ");
  // A digit, or one code in capitals with a joiner ("CHS/AWZBQX"); never "N/A".
  return /\d/.test(value) || (/^[A-Z]{2,}[/-][A-Z]{3,}$/.test(value) && !/^N\/A$/i.test(value)) ? value : "";
}

export function readReference(text: string): ReferenceReading | null {
  const lines = text.slice(0, 40_000).split("\n").map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, 60)) {
    const yours = [...line.matchAll(YOUR)].map((m) => [m.index!, m.index! + m[0].length]);
    for (const m of line.matchAll(LABEL)) {
      if (/^quote/i.test(m[0])) continue;
      if (yours.some(([s, e]) => m.index! >= s! && m.index! < e!)) continue;
      // "Ref: Ref: 943388": the label repeated by a template.
      const after = line.slice(m.index! + m[0].length).replace(/^[\s:.#]*(?:ref(?:erence)?\b[\s:.#]*)+/i, "");
      const value = valueAt(after);
      if (value) return { reference: value, source: "reference_line" };
    }
  }
  for (const line of lines.slice(0, 10)) {
    // "Freedom of Information Act 2000 – Response to request NX-41": the Act's year is not a reference.
    // (Spaces made single, so the patterns read one space where a line has a run.)
    const title = line.replace(/[ \t]+/g, " ").replace(SUBJECT, "").replace(/\bAct(?: \(Scotland\))? (?:19|20)\d\d\b/gi, "Act");
    // "FOI 6671": the Act's letters belong to a bare number; "FOI DOJ/2022-0101": the code has its own.
    const bare = BARE.exec(title);
    // Printed as one token ("FOI-SMFRS-2024-118", "FOIR8812"): kept whole; "FOI 6671": one space kept.
    if (bare) return { reference: /^[A-Z]/i.test(bare[2]!) && /\s$/.test(bare[1]!) ? bare[2]! : `${bare[1]!.replace(/\s+/g, " ")}${bare[2]!}`.replace(/^(\S+) ([/-])/, "$1$2"), source: "title_line" };
    const t = TITLE.exec(title);
    // A year closing the line ("FOI-XX-25-0207      8 April 2025") is a date's, not the reference.
    if (t && !/^(?:19|20)\d\d\.?$/.test(t[1]!)) return { reference: t[1]!, source: "title_line" };
    const code = CODE_LINE.exec(line)?.[0] ?? BRACKETED.exec(line)?.[1];
    if (code && /\d/.test(code) && (ACT_LETTERS.test(code) || BRACKETED.test(line))) return { reference: code, source: "title_line" };
  }
  const code = readCode(lines);
  if (code) return { reference: code.reference, source: "title_line" };
  for (const line of lines) {
    const m = /\bquote\s+(?:our\s+|the\s+|this\s+)?reference(?:\s+number)?\b/i.exec(line);
    if (!m) continue;
    const value = valueAt(line.slice(m.index + m[0].length));
    if (value) return { reference: value, source: "reference_line" };
  }
  return null;
}
