/**
 * Statute reference grammar, as letters write it: lists sharing a prefix ("s.38(1)(a) and (b)",
 * "s.40(2) and 43(2)", "Sections 24, and 31"), brackets run together or spaced ("36(2)(b)(i)(ii)",
 * "Section 43 (2)"), a letter left unbracketed ("section 38(1) b"), siblings of one kind in a row
 * ("s.40(2)(3)" is 40(2) and 40(3)), and a ground's name between items ("24(2) (national
 * security) and 31(3)", "40(2) – personal information, and 43(2)", "24(1) National Security and").
 *
 * Parsing yields provisions at the precision written; act resolution happens
 * in cite.ts. Regexes here are anchored and bounded (no nested quantifiers over
 * the same characters) so hostile text cannot make them backtrack badly.
 */

export type PartKind = "number" | "letter" | "roman";

export interface ParsedProvision {
  /** e.g. "31(1)(a)" */
  provision: string;
  start: number;
  end: number;
}

export interface ParsedList {
  /** What introduced the list: section, regulation, exemption, exception, or an act name. */
  unit: "section" | "regulation" | "unknown";
  /** Act named as a prefix ("FOIA s31", "EIR 12(4)(b)"), if any. */
  actPrefix: string;
  provisions: ParsedProvision[];
  start: number;
  end: number;
}

const ROMAN = new Set(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]);

/**
 * Triggers: a unit word or an act name, directly followed (after spaces) by a number; a heading or
 * table column "Exemptions applied: 31(1)(a) …", "Exemption – 43(2)" introduces bare numbers too.
 */
const TRIGGER =
  // redos-ok: each start is a unit word or act name and the run after it is bounded by the next non-space; linear on recheck's own attack string (1.1, 2.2, 4.4 MB: 26, 38, 63 ms)
  /(?:\b(FOIA|FOISA|EIRs?|EISRs?)\s*(?:s\.?|sections?|regs?\.?|regulations?)?\s*|\b(sections?|secs?\.?|ss\.?|regulations?|regs?\.?|reg(?=\d)|exemptions?|exceptions?)\s*(?:(?:applied|used|engaged|claimed|cited)[ \t]*)?(?:[:–—-][ \t]*(?:\r?\n[ \t]*(?:[•*·▪◦][ \t]*)?(?=\d))?)?(?:(?:at|under|in|of)\s+)?(?:(?:sections?|regulations?|regs?\.?|s\.)\s*)?|(?<![\w’'])(s|S)\.?\s?|§§?\s*)(?=\d{1,3}[A-Z]?\b|\d{1,3}[A-Z]?\s*\()/gi;

const NUMBER = /\d{1,3}[A-Z]?(?![\d,.]\d)/y;
const PART = /(?:\s*\(\s*(\d{1,2}[A-Z]?|[a-z]{1,4})\s*\)|(?:\s*,)?\s+(?:sub-?section|paragraph|para\.?)\s+\(?(\d{1,2}[A-Z]?|[a-z]{1,4})\)?(?![\w(]))/iy;
/** A paragraph letter written without brackets after a bracketed part: "s.38(1) b", "43(1) a (trade secrets)". */
// (`\s*\s+of` written `\s+of`: two runs of spaces side by side retry every split of the spaces between them.)
const BARE_LETTER = /\s+([a-z])(?=\s*(?:\(|,|;|\.|:|$)|\s+(?:of|and|or|&)\b)/y;
/**
 * A ground's name between list items, in the three ways letters write it: in brackets
 * ("(national security)"), after a dash ("– personal information"), or as a title
 * ("National Security"). Bounded and anchored; only skipped when another item follows.
 */
const NAMES_BETWEEN = [
  // A long gloss (a FOISA s30(c) name spelt out in full, often over sixty letters) runs past
  // sixty characters; the run stops at the first ')' so it stays linear.
  /\s*\([A-Za-z][A-Za-z ,'’/-]{3,120}\)/y,
  // A dashed name ends where a separator follows: at three characters, or later only after a
  // non-space (the earliest end is never a space past three characters, so this is the lazy
  // `[A-Za-z'’ ]{2,50}?` match without re-scanning a run of spaces from each space in it).
  /\s*[–—-]\s*[A-Za-z](?:[A-Za-z'’ ]{2}(?=\s*(?:[,;&]|\band\b|\bor\b))|[A-Za-z'’ ]{1,49}?[A-Za-z'’](?=\s*(?:[,;&]|\band\b|\bor\b)))/y,
  /(?:[ \t]+[A-Z][a-z]+){1,5}/y,
];
/**
 * Between list items: a comma, "and", "or", "&", "/", "plus"; and the words that tie a condition to
 * its ground ("40(2) by virtue of subsection (3A)(a)", "38(1)(b) as read with 38(2A)").
 */
const SEPARATOR = /\s*(?:(?:,\s*)?\b(?:by virtue of|(?:as )?read (?:together )?with|in conjunction with)\b|,(?:\s*(?:and|or|&))?|\band\b|\bor\b|&|\/|\bplus\b)\s*(?:(?:sub-?sections?|sections?|secs?\.?|s\.?|regulations?|regs?\.?|paragraphs?)\s*)?/iy;
/** After a bare number in a list, what may follow (keeps "section 12 and 18 hours" from reading 18 as a section). */
const AFTER_BARE = /(?=\s*(?:\(|,|;|\.|:|\)|$|\n)|\s+(?:(?:of|and|or|&|are|is|apply|applies|were|was|under|FOIA|FOISA|EIRs?|[–-])\b|[–-]))/y;

/**
 * A list written one item a line under a heading: "Exemptions\n31(1)(a) - prevention of crime\n24(1) -
 * national security". The rest of the line may only be the item's name (after a dash or in brackets);
 * the next line must open with a number with its brackets and then a dash, a colon or a bracketed name,
 * so a numbered question ("2(a) How many …") never continues a list.
 */
// redos-ok: sticky, so tried at one position per list item; the name run is at most 80 characters of one line, so at most 80 x 80 steps a try (recheck: polynomial)
const LINE_ITEM = /[ \t]*(?:[–—:-][^\n]{0,80}|\([^\n]{0,80}\))?[ \t]*\r?\n[ \t]*(?:[•*·▪◦-][ \t]*)?(?=\d{1,3}[A-Z]?(?:\([0-9A-Za-z]{1,4}\))+[ \t]*(?:[–—:-]|\([A-Za-z]))/y;

/** Where the next list item starts after `pos` (past a name and a separator, or on the next line), or -1. */
function nextItem(text: string, pos: number): number {
  const sameLine = nextItemOnLine(text, pos);
  if (sameLine >= 0) return sameLine;
  LINE_ITEM.lastIndex = pos;
  return LINE_ITEM.test(text) ? LINE_ITEM.lastIndex : -1;
}

function nextItemOnLine(text: string, pos: number): number {
  const starts = [pos];
  for (const name of NAMES_BETWEEN) {
    name.lastIndex = pos;
    if (name.test(text)) starts.unshift(name.lastIndex);
  }
  for (const at of starts) {
    SEPARATOR.lastIndex = at;
    const s = SEPARATOR.exec(text);
    if (!s || s[0].length === 0) continue;
    if (/^(\d|\s*\()/.test(text.slice(SEPARATOR.lastIndex, SEPARATOR.lastIndex + 2))) return SEPARATOR.lastIndex;
  }
  return -1;
}

function kindOf(part: string, previous: PartKind | null): PartKind {
  if (/^\d/.test(part)) return "number";
  if (ROMAN.has(part) && (previous === "letter" || part.length > 1)) return "roman";
  return "letter";
}

interface Part {
  value: string;
  kind: PartKind;
}

function partsToProvisions(section: string, parts: Part[]): string[] {
  // Consecutive parts of the same kind are siblings: 31(1)(a)(b) → (a), (b); 31(1)(3) → (1), (3).
  const out: string[] = [];
  let path: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const last = path[path.length - 1];
    if (last && last.kind === p.kind) {
      out.push(render(section, path));
      path = [...path.slice(0, -1), p];
    } else {
      path.push(p);
    }
  }
  out.push(render(section, path));
  return out;
}

function render(section: string, parts: Part[]): string {
  return section + parts.map((p) => `(${p.value})`).join("");
}

function readParts(text: string, at: number): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let pos = at;
  for (;;) {
    PART.lastIndex = pos;
    const m = PART.exec(text);
    if (!m) break;
    const value = (m[1] ?? m[2])!;
    parts.push({ value, kind: kindOf(value, parts[parts.length - 1]?.kind ?? null) });
    pos = PART.lastIndex;
  }
  if (parts.length) {
    BARE_LETTER.lastIndex = pos;
    const b = BARE_LETTER.exec(text);
    if (b && parts[parts.length - 1]!.kind === "number") {
      parts.push({ value: b[1]!, kind: "letter" });
      pos = BARE_LETTER.lastIndex;
    }
  }
  return { parts, end: pos };
}

/** Replace the deepest part of the continuation's kind: "31(1)(a) and (b)" → 31(1)(b). */
function continueFrom(previous: Part[], continuation: Part[]): Part[] {
  const kind = continuation[0]!.kind;
  let index = -1;
  for (let i = previous.length - 1; i >= 0; i--) if (previous[i]!.kind === kind) {
    index = i;
    break;
  }
  if (index < 0) return [...previous, ...continuation];
  return [...previous.slice(0, index), ...continuation];
}

function unitOf(word: string | undefined): ParsedList["unit"] {
  if (!word) return "section";
  const w = word.toLowerCase();
  if (w.startsWith("reg") || w.startsWith("exception") || w.startsWith("eir") || w.startsWith("eisr")) return "regulation";
  if (w.startsWith("exemption")) return "unknown";
  return "section";
}

export function parseCitationLists(text: string): ParsedList[] {
  const lists: ParsedList[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text))) {
    const start = m.index;
    if (m[3] && looksLikePostcode(text, start, TRIGGER.lastIndex)) continue;
    const actPrefix = m[1] ? m[1].toUpperCase().replace(/S$/, "") : "";
    const unit = m[1] ? unitOf(m[1]) : m[2] ? unitOf(m[2]) : "section";
    let pos = TRIGGER.lastIndex;
    const provisions: ParsedProvision[] = [];
    let lastSection = "";
    let lastParts: Part[] = [];
    let first = true;
    for (;;) {
      const itemStart = pos;
      NUMBER.lastIndex = pos;
      const n = NUMBER.exec(text);
      if (n) {
        const after = readParts(text, NUMBER.lastIndex);
        if (!first && after.parts.length === 0) {
          AFTER_BARE.lastIndex = NUMBER.lastIndex;
          if (!AFTER_BARE.test(text)) break;
        }
        lastSection = n[0];
        lastParts = after.parts;
        for (const p of partsToProvisions(lastSection, lastParts)) provisions.push({ provision: p, start: itemStart, end: after.end });
        pos = after.end;
      } else if (!first) {
        const cont = readParts(text, pos);
        if (cont.parts.length === 0 || !lastSection) break;
        const kinds = cont.parts.map((p, i) => ({ ...p, kind: kindOf(p.value, i === 0 ? lastParts[lastParts.length - 1]?.kind ?? null : cont.parts[i - 1]!.kind) }));
        lastParts = continueFrom(lastParts, kinds);
        for (const p of partsToProvisions(lastSection, lastParts)) provisions.push({ provision: p, start: itemStart, end: cont.end });
        pos = cont.end;
      } else break;
      first = false;
      // "sections 24(2) (national security) and 31(3)", "40(2) – personal information, and 43(2)":
      // a name between list items; the list goes on only if a number or a bracket follows.
      const next = nextItem(text, pos);
      if (next < 0) break;
      pos = next;
    }
    if (provisions.length) {
      const end = Math.max(...provisions.map((p) => p.end));
      lists.push({ unit, actPrefix, provisions: dedupe(provisions), start, end });
      TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, end);
    }
  }
  return lists;
}

/** Sheffield's "S12", Sale's "M33": a postcode district, not "s12", after a place name or before an inward code. */
const INWARD_CODE = /^[A-Z]?\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b/;
const PLACE_BEFORE = /(?:^|[\s,(])([A-Z][a-z]+),?[ \t]+$/;
const LEGAL_WORDS = new Set(["Under", "Section", "Sections", "Act", "And", "Or", "Exemption", "Exemptions", "Exempt", "Applying", "Engaging", "Using", "Per", "See", "Also", "Including", "Namely", "Of", "The"]);

function looksLikePostcode(text: string, start: number, numberAt: number): boolean {
  const trigger = text.slice(start, numberAt);
  if (trigger !== "S" && trigger !== "S ") return false;
  if (INWARD_CODE.test(text.slice(numberAt, numberAt + 12))) return true;
  const place = PLACE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return Boolean(place && !LEGAL_WORDS.has(place[1]!));
}

function dedupe(ps: ParsedProvision[]): ParsedProvision[] {
  const seen = new Set<string>();
  return ps.filter((p) => (seen.has(p.provision) ? false : (seen.add(p.provision), true)));
}
