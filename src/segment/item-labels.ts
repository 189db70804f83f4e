import type { Line, MarkerKind } from "./lines.js";
import { readHierarchicalItems } from "./hierarchical.js";

/**
 * Item labels as the request presents them, once every line has its own marker: parts led by
 * ordinals take numbers, numbering that starts again in a later titled section runs on, and
 * sub-items carry their parent's label ("1a", "1aii").
 */
export function labelItems(lines: Line[]): void {
  readHierarchicalItems(lines);
  keepBareNumbers(lines);
  numberRepeatedOnes(lines);
  numberOrdinalLeads(lines);
  runOnRestartedNumbers(lines);
  carryLetteredParts(lines);
}

/**
 * Sub-items carry their parent's label (labels.md: `3b`, and `1aii` a level further down), as the
 * request presents them:
 * - a numbered item that opens on its first letter ("1. a) …" or "1.A …"), then "b) …" or "1.B …";
 * - a numbered item whose next line is "a)": its lettered parts are 1a, 1b …, whether the number
 *   stands alone ("1.") or heads its parts ("1. Storage", "1. Contracts:");
 * - a letter standing alone ("a)") over roman parts ("i) …", "ii) …"): 1ai, 1aii, then "b)" goes on
 *   as 1b. A number or letter that stands alone only to carry its parts' label is no item itself.
 */
function carryLetteredParts(lines: Line[]): void {
  let number: string | null = null;
  let letter = 0;
  let style = ".";
  let romanParent: string | null = null;
  let roman = 0;
  const nextLine = (i: number): Line | undefined => lines.slice(i + 1).find((x) => !x.blank);
  const bareLetter = (l: Line | undefined): number => {
    const m = l && !l.marker ? /^\(?([a-h])[.)]$/.exec(l.trimmed) : null;
    return m ? m[1]!.charCodeAt(0) - 96 : 0;
  };
  const opensRoman = (l: Line | undefined): boolean => l?.marker?.kind === "roman" && l.marker.value === 1;
  // A lone numbered section ("1. Complaint handling:" and no "2."): its number only heads its lettered asks.
  const hasTwo = lines.some((l) => l.marker !== null && NUMBERED_KINDS.has(l.marker.kind) && /^2[a-z]?$/.test(l.marker.label));
  // Numbers the letter writes joined to their first part ("1a.", "2a)", "1. a) …").
  const joined = new Set(lines.flatMap((l) => (l.marker && NUMBERED_KINDS.has(l.marker.kind) && /^\d{1,2}a$/.test(l.marker.label) ? [l.marker.label.slice(0, -1)] : [])));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = l.marker;
    if (l.header) continue;
    // "a)" alone on its line, under a number, over roman parts.
    const bare = number !== null ? bareLetter(l) : 0;
    if (bare && bare === letter + 1 && opensRoman(nextLine(i))) {
      letter = bare;
      romanParent = number + String.fromCharCode(96 + bare);
      roman = 0;
      l.blank = true;
      continue;
    }
    if (!m) continue;
    if (NUMBERED_KINDS.has(m.kind)) {
      romanParent = null;
      const own = /^(\d{1,2})([a-h])$/.exec(m.label);
      const next = nextLine(i);
      const alone = m.contentStart >= l.end || l.text.slice(m.contentStart - l.start).trim() === "";
      // A number heading its parts ("1. Storage" / "a. …") carries its label to them when the letter writes
      // that label itself somewhere ("1a. …", "1. a) …"): otherwise its parts may be one ask's pieces.
      const partsFollow = /^\d{1,2}$/.test(m.label) && (alone || ((joined.size > 0 || !hasTwo) && titleOnly(l.text.slice(m.contentStart - l.start)))) && ((next?.marker?.kind === "letter" && next.marker.value === 1) || (bareLetter(next) === 1 && opensRoman(next && nextLine(next.index))));
      if (own) {
        number = own[1]!;
        letter = own[2]!.charCodeAt(0) - 96;
      } else if (partsFollow) {
        number = m.label;
        letter = 0;
        // The number is only its parts' label: alone on its line, it is nothing; with a topic, a heading.
        l.marker = null;
        if (alone) l.blank = true;
      } else number = null;
      style = m.style ?? ".";
      continue;
    }
    if (m.kind === "roman" && romanParent !== null && m.value === roman + 1) {
      roman++;
      l.marker = { kind: "number", value: Number(number), label: romanParent + m.label, contentStart: m.contentStart, style };
      continue;
    }
    if (m.kind !== "letter" || number === null) continue;
    if (m.value !== letter + 1) {
      number = null;
      continue;
    }
    letter++;
    romanParent = null;
    l.marker = { kind: "number", value: Number(number), label: number + m.label, contentStart: m.contentStart, style };
  }
}

/** A number's heading that only names a topic ("Storage", "Contact centre – where one is run"): it asks nothing and leads no list. */
const titleOnly = (s: string): boolean => !/[?;]\s*$|\?/.test(s.trim()) && !/\b(?:please|provide|tell|confirm|how|what|which|who|when|whether|could|can|would|i|if|any|following)\b/i.test(s);

/**
 * Numbers written with no stop or bracket ("3 Has the council …"), lines.ts's "bare" candidates: an
 * item when it asks ("?", or a request's opening word) and goes on from the numbered item before it
 * ("1(c) …" then "2 (i) …", "3 …"), or opens a list of them ("1 How …" then "2 What …"). It then takes
 * the style of the list it continues. Any other is a line of prose opening on a figure.
 */
function keepBareNumbers(lines: Line[]): void {
  const asks = (l: Line): boolean => {
    const rest = l.text.slice(l.marker!.contentStart - l.start);
    return /\?/.test(rest) || /^(?:\((?:i|a)\)|(?:please|provide|can|could|do|does|did|has|have|had|is|are|was|were|will|would|what|how|which|when|who|where|why|whether|a copy|copies|the number|details|any|all|list|confirm)\b)/i.test(rest.trim());
  };
  let last: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = l.marker;
    if (l.header || !m || !NUMBERED_KINDS.has(m.kind)) continue;
    if (m.style !== "bare") {
      last = l;
      continue;
    }
    const nextBare = lines.slice(i + 1).find((x) => x.marker && NUMBERED_KINDS.has(x.marker.kind));
    const goesOn = last !== null && last.marker!.value === m.value - 1;
    const opens = m.value === 1 && nextBare?.marker?.style === "bare" && nextBare.marker.value === 2 && asks(nextBare);
    // Two figures side by side ("… do you have 0 22 *Vacancies …") are a flattened table's row, not an ask.
    const tableRow = /[\d%]\s+[£$]?\d/.test(l.text.slice(m.contentStart - l.start));
    if (asks(l) && !tableRow && (goesOn || opens)) {
      l.marker = { ...m, style: goesOn ? (last!.marker!.style ?? ".") : "." };
      last = l;
    } else l.marker = null;
  }
}

/**
 * A list whose automatic numbering was lost in export, so that every item reads "1." (a web form's
 * list pasted as text, a document saved without its numbering): three or more items in a row all
 * numbered 1 in one style, with no other number, heading or greeting between them, are numbered 1, 2,
 * 3 … in order, as a researcher labels them. The request's list and the reply's list under it
 * ("Response:") are counted apart, so that each answer keeps the number of its question.
 */
function numberRepeatedOnes(lines: Line[]): void {
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length >= 3) block.forEach((l, k) => (l.marker = { ...l.marker!, value: k + 1, label: String(k + 1) }));
    block = [];
  };
  for (const l of lines) {
    if (l.blank) continue;
    const m = l.marker;
    if (l.header || /^(?:dear|hi|hello|yours|kind regards)\b/i.test(l.trimmed)) {
      flush();
      continue;
    }
    if (!m || !NUMBERED_KINDS.has(m.kind)) continue;
    if (m.label === "1" && (!block.length || block[0]!.marker!.style === m.style)) block.push(l);
    else {
      flush();
      if (m.label === "1") block.push(l);
    }
  }
  flush();
}

const ORDINALS = ["firstly", "secondly", "thirdly", "fourthly", "fifthly", "sixthly"];
const ORDINAL_LEAD = /^(firstly|secondly|thirdly|fourthly|fifthly|sixthly|finally|lastly)\b,?\s*/i;

/**
 * Parts led by ordinals, each on a short line ending in a colon with its item under it ("Firstly, I would
 * like:" / "- a list of those who attended" / "Secondly, I would like:" / "- the invitation letter"): the
 * ordinals number the parts (1, 2, 3; "Finally" or "Lastly" the next), as a list would. Two at least, in
 * order from "Firstly"; an ordinal opening a sentence of prose is no lead.
 */
function numberOrdinalLeads(lines: Line[]): void {
  const leads: { line: Line; word: string; length: number }[] = [];
  for (const l of lines) {
    if (l.blank || l.marker || l.header || l.trimmed.length > 60 || !/:\s*$/.test(l.trimmed)) continue;
    const m = ORDINAL_LEAD.exec(l.trimmed);
    if (m) leads.push({ line: l, word: m[1]!.toLowerCase(), length: m[0].length });
  }
  if (leads.length < 2 || leads[0]!.word !== "firstly") return;
  const inOrder = leads.every((x, i) => x.word === ORDINALS[i] || (i === leads.length - 1 && i >= 2 && (x.word === "finally" || x.word === "lastly")));
  if (!inOrder) return;
  leads.forEach((x, i) => {
    x.line.marker = { kind: "number", value: i + 1, label: String(i + 1), contentStart: x.line.start + x.line.indent + x.length, style: "." };
  });
}

/**
 * A request in titled sections whose numbering starts again at 1 in each ("Telephony:" 1, 2, 3 /
 * "Contact centre:" 1, 2, 3): the later sections' numbers run on from the last (4, 5, 6), so that
 * every item keeps a label of its own, as a researcher labelling the request numbers them. A
 * section is a title line right above the new "1" (no marker, ending in a colon, naming no response
 * or request); a greeting or sign-off (the reply that restates them) starts the count again. Once
 * a section restarts under a title without a colon, this leaves the block alone: sections.ts joins
 * such sections at the list level, all of them, so that no number is given twice.
 */
function runOnRestartedNumbers(lines: Line[]): void {
  let highest = 0;
  let offset = 0;
  let titled = false;
  // A restart this reading does not take (no colon title): sections.ts numbers the whole block instead.
  let untitledRestart = false;
  for (const l of lines) {
    if (l.blank) continue;
    const m = l.marker;
    if (!m) {
      if (/^(?:dear|hi|hello|yours|kind regards|best regards|many thanks)\b/i.test(l.trimmed)) {
        highest = 0;
        offset = 0;
        titled = false;
        untitledRestart = false;
      } else titled = highest > 0 && !l.header && l.trimmed.length <= 80 && /:$/.test(l.trimmed) && !/\?|\b(?:response|reply|answers?|asked|request(?:ed)?)\b/i.test(l.trimmed);
      continue;
    }
    if (m.kind !== "number" || m.style === "h") continue;
    const own = /^(\d{1,3})(.*)$/.exec(m.label);
    if (!own) continue;
    const n = Number(own[1]);
    if (n === 1 && !titled && highest > 1 && offset === 0) untitledRestart = true;
    if (n === 1 && titled && highest > 1 && !untitledRestart) offset = highest;
    titled = false;
    if (offset > 0) l.marker = { ...m, value: n + offset, label: String(n + offset) + own[2] };
    highest = Math.max(highest, n + offset);
  }
}

const NUMBERED_KINDS = new Set<MarkerKind>(["number", "question", "request"]);
