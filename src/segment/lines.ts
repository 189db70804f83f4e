/**
 * The letter as lines with offsets, each tagged with an item marker (numbered,
 * lettered, roman, bullet, "Q1", "Question 1:", "Request 1") and a header role
 * (question, response, explanation, closing) when it has one.
 */

import { labelItems } from "./item-labels.js";

export type MarkerKind = "number" | "question" | "request" | "letter" | "roman" | "bullet" | "asked";
export type HeaderRole = "question" | "response" | "explanation" | "closing" | "both";

export interface Marker {
  kind: MarkerKind;
  /** 1-based ordinal (a=1, ii=2, bullets 0). */
  value: number;
  /** Normalised label, e.g. "3", "3b", "a", "ii". */
  label: string;
  /** Absolute offset where the item's text starts (after the marker). */
  contentStart: number;
  /** How the number is written ("Q", ".", ")", ":", "()"): lists run within one style. */
  style?: string;
}

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  trimmed: string;
  indent: number;
  blank: boolean;
  marker: Marker | null;
  header: HeaderRole | null;
  /** For response headers that name questions: "Answers 1 & 2", "Response to question 3". */
  headerLabels: string[];
  /** For a response label with its answer on the same line ("Our response: No."): where the answer starts. */
  inlineStart: number | null;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

/** "Q1 and Q2:", "Questions 1 to 3 –": a heading that answers several questions at once. */
// The heading may stand alone on its line ("Questions 1 and 2" with the shared answer below).
const MULTI_LABEL = /^(?:Q|Qs|Questions?|Requests?|Parts?)\s*(?:\.\s*)?\d{1,2}[a-z]?(?:\s*(?:,|and|&|-|–|to)\s*(?:Q\s*(?:\.\s*)?)?\d{1,2}[a-z]?)+\s*(?:[:.)–-]\s*|$)/i;
/**
 * "Garden waste (Q4): The charge is …", "Enforcement (Q5 and Q3)": answers grouped under a subject that names,
 * in brackets, the questions it answers (family: answers regrouped by service area, out of the request's order).
 */
// redos-ok: the subject is bounded ({1,40}) and the labels' repetitions each need a separator word
const SUBJECT_LABEL = /^[A-Z][A-Za-z ,&'’/-]{1,40} \((?:Q|Qs|Questions?|Parts?)\s?\.?\s?\d{1,2}[a-z]?(?:(?:,\s?|\s(?:and|&|to)\s|\s?[-–]\s?)(?:Q\s?)?\d{1,2}[a-z]?)*\)(?::\s*(?=\S)|\s*$)/i;
/** "You asked: …", "Your question: …" with the question on the same line. */
const ASKED_MARKER = /^(?:you asked|your question|question|your request|request|you requested|what you asked(?: for)?|query)\s*[:–-]\s*(?=\S)/i;
/** "Our response: …", "Answer: …", "A1: …" with the answer on the same line. */
const INLINE_ANSWER = /^(?:(?:our|(?:the )?(?:council|trust|force|department|university|board|authority)['’]?s?)\s+(?:response|answer|reply)|response|answer|reply|A\d{0,2}|(?:in (?:relation|response|reply|regard) to|regarding|with regard to)\s+(?:your\s+)?(?:question|q|part|point)s?\s*(?=\d))\s*(?:\d{1,2}[a-z]?(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2}[a-z]?)*\s*)?(?::|[–-](?=\s))\s*(?=\S)/i;
// "Question (2)" / "Q(3)": the number may keep the request's brackets.
/**
 * "In respect of questions 1 and 2, the information is withheld …", "Turning to question 5, the
 * Department does not hold …", "With regard to question 4, …": a reply in running prose whose
 * paragraphs open by naming the questions they answer. The lead's labels are the answer's, which
 * starts after the comma (or colon, or dash).
 */
// redos-ok: fixed lead words, then one label list whose separators each need a digit after them
const PROSE_LEAD = /^(?:in (?:respect|relation|response|reply|regard|answer) (?:of|to)|with (?:regard|respect|reference) to|regarding|turning (?:now )?to|moving (?:on )?to|as (?:for|regards|to)|on|for)\s+(?:your\s+)?(?:questions?|q|parts?|points?|items?)\s?(\d{1,2}[a-z]?(?:(?:,\s?(?:and\s)?|\s?(?:and|&|-|–|to)\s?)\d{1,2}[a-z]?)*)\s?[,:–-](?!\s?\d)\s*(?=\S)/i;
const QUESTION_MARKER = /^(?:Q|Qu|Question|Qn)\s*(?:\.\s*)?(?:(\d{1,2})|\((\d{1,2})\))\s*(?:\(?([a-z])\)?)?\s*(?:[.):\-–]\s*|\s+|$)/i;
// The spaces after the number are read once: `\s*` after the letter only, and a capital after spaces checked by
// lookbehind; three runs of spaces side by side split a long run every way (a 528-character line: 0.9 s).
const REQUEST_MARKER = /^(?:Request|Part|Item|Point|Query)\s+(\d{1,2})\s*(?:\(?([a-z])\)?\s*)?(?:[.):\-–]\s*|$|(?<=\s)(?=[A-Z]))/;
const NUMBER_MARKER = /^\(?(\d{1,3})(?:([a-z])|\(([a-z])\))?\s*[.)]?(?:(?<=[.)])(?:\s+|(?=[A-Z£"“'‘(]))|(?<=\([a-z]\))\s+)(?=\S)|^(\d{1,2})\s*[-–:]\s+(?=[A-Z])/;
const LETTER_MARKER = /^(?:\(([a-z])\)|([a-z])\))\s*(?=\S)|^([a-h])\.\s+(?=\S)/;
const LATE_LETTER = /^()()([i-z])\.\s+(?=\S)/;
const ROMAN_MARKER = /^\(?(i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s*(?=\S)/;
/** "question 1)" alone on a line: the end of a parenthesis hard-wrapped ("(as detailed in\nquestion 1)"), not a label. */
const WRAPPED_REFERENCE = /^question\s+\d{1,2}\)\s*[,.;]?$/;
/**
 * "1.1 How many …", "2.3) …": an item numbered under a section (labels.md: hierarchical numbers keep
 * their dot). A candidate only: item-labels.ts keeps it when it runs in order with others (1.1, 1.2,
 * 2.1 …), so that a line opening on an amount ("1.5 million …") is no item.
 */
const HIER_MARKER = /^(\d{1,2})\.(\d{1,2})[.)]?\s+(?=\S)/;
/**
 * "A1. How many …", "B2 Please list …", "A2 (ii) The University …": an item coded by its section's
 * letter and its number in the section (a questionnaire in Sections A–E). A candidate (style "h"),
 * kept by hierarchical.ts only in a run that passes from one section to the next (A1, A2, B1 …), so
 * that "A1:" as a reply's label under "Q1:" and a road or paper size opening a line are no items.
 * The label is lower-cased and keeps a roman part answered on its own: "a1", "a2ii".
 */
// The spaces after the code are read once (a bounded run after a stop, or a run that must end on text), so a
// line of spaces cannot make the match retry every split of it.
const SECTION_CODE = /^([A-H])(\d{1,2})(?: ?\(([ivx]{1,4})\))?(?:[.):](?= {1,8}\S)| {2,}(?=\S)| (?=[A-Z(“"‘']))/;
const HIER_QUESTION = /^(?:Q|Question)\s?(\d{1,2})\.(\d{1,2})(?:[.):]|\s[-–])?\s+(?=\S)/i;
/**
 * "3 Has the council …", "2 (i) How many …": a number written with no stop or bracket. A candidate
 * only (style "bare"): item-labels.ts keeps it when it goes on from the item before, so that a
 * hard-wrapped line opening on a figure ("14 officers work …") or a date is no item.
 */
const BARE_NUMBER = /^(\d{1,2}) (?=[A-Z(“"‘'])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)/;
/** "1.A " / "1.a) ": a number and a letter with no space between the dot and the letter. */
const DOTTED_LETTER = /^(\d{1,2})\.([A-Ha-h])(?:[.)]\s*|\s+)(?=\S)/;
/** "a) " or "(a) " opening an item's text, right after its number. */
const LEAD_LETTER = /^(?:\(([a-h])\)|([a-h])\))\s*(?=\S)/;
// A dash or dot glued to the item's first word ("-The number of …") is a bullet too.
// OCR reads a round bullet as a letter or a sign: "e", "eo", "oe", "ee", "o", "©", "«", "°", "¢", "®", "+".
// None of these opens an English sentence before a capitalised word, so each is a bullet there.
const BULLET_MARKER = /^(?:(?:[-•*·▪●◦‣–—\uFFFD]|(?:eo|oe|ee|e|o|[©«°¢®+])(?=\s+[A-Z])|\.(?=\s+[A-Z]))\s+|[-•–](?=[A-Z][a-z]))(?=\S)/;

function marker(trimmed: string, offset: number, previousLetter: boolean): Marker | null {
  // A request quoted in the reply opens with the quote mark before its first number or letter ("‘1) Copies
  // of …", "“(a) How much …").
  const quoted = /^["“‘'](?=\(?(?:\d{1,2}|[a-h])[.)]\s)/.exec(trimmed);
  if (quoted) {
    const inner = marker(trimmed.slice(1), offset + 1, previousLetter);
    if (inner?.kind === "number" || inner?.kind === "letter") return inner;
  }
  let m = ASKED_MARKER.exec(trimmed);
  if (m && !INLINE_ANSWER.test(trimmed)) return { kind: "asked", value: 0, label: "", contentStart: offset + m[0].length };
  // "Q1.1 …", "Question 2.3: …": a question numbered under a section (a candidate, as "1.1" below).
  m = HIER_QUESTION.exec(trimmed);
  if (m && Number(m[1]) >= 1 && Number(m[2]) >= 1) return { kind: "question", value: Number(m[2]), label: `${Number(m[1])}.${Number(m[2])}`, contentStart: offset + m[0].length, style: "h" };
  m = WRAPPED_REFERENCE.test(trimmed) ? null : QUESTION_MARKER.exec(trimmed);
  if (m) {
    const n = (m[1] ?? m[2])!;
    return { kind: "question", value: Number(n), label: n + (m[3]?.toLowerCase() ?? ""), contentStart: offset + m[0].length, style: "Q" };
  }
  m = SECTION_CODE.exec(trimmed);
  if (m && Number(m[2]) >= 1) {
    const rest = /^\s*/.exec(trimmed.slice(m[0].length))![0].length;
    return { kind: "number", value: Number(m[2]), label: `${m[1]!.toLowerCase()}${Number(m[2])}${m[3] ?? ""}`, contentStart: offset + m[0].length + rest, style: "h" };
  }
  m = REQUEST_MARKER.exec(trimmed);
  if (m) return { kind: "request", value: Number(m[1]), label: m[1]! + (m[2]?.toLowerCase() ?? ""), contentStart: offset + m[0].length, style: "Q" };
  // A number alone on its line ("1." then a table): the item's text starts on the next line.
  m = /^\(?(\d{1,2})([a-z])?[.)]$/.exec(trimmed);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 60) {
    return { kind: "number", value: Number(m[1]), label: m[1]! + (m[2] ?? ""), contentStart: offset + trimmed.length, style: trimmed.startsWith("(") ? "()" : trimmed.endsWith(")") ? ")" : "." };
  }
  // "3 | Information not held |": a table row keyed by question number.
  m = /^(\d{1,2})\s*\|\s*(?=[^\s|])/.exec(trimmed);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 60) return { kind: "number", value: Number(m[1]), label: m[1]!, contentStart: offset + m[0].length, style: "|" };
  // "1.A Can you confirm…", "2.b) …": a number and its sub-item's letter joined by the dot.
  m = DOTTED_LETTER.exec(trimmed);
  if (m) return { kind: "number", value: Number(m[1]), label: m[1]! + m[2]!.toLowerCase(), contentStart: offset + m[0].length, style: "." };
  m = HIER_MARKER.exec(trimmed);
  if (m && Number(m[1]) >= 1 && Number(m[2]) >= 1) return { kind: "number", value: Number(m[2]), label: `${Number(m[1])}.${Number(m[2])}`, contentStart: offset + m[0].length, style: "h" };
  m = NUMBER_MARKER.exec(trimmed);
  if (m) {
    const n = m[1] ?? m[4]!;
    // "1. a) Please disclose…": the item's first lettered sub-item starts on the number's line.
    const sub = !m[2] && !m[3] && !m[4] ? LEAD_LETTER.exec(trimmed.slice(m[0].length)) : null;
    if (sub && Number(n) >= 1 && Number(n) <= 60) {
      const style = trimmed.startsWith("(") ? "()" : /^\d{1,3}\s*\)/.test(trimmed) ? ")" : ".";
      return { kind: "number", value: Number(n), label: n + (sub[1] ?? sub[2])!, contentStart: offset + m[0].length + sub[0].length, style };
    }
    const value = Number(n);
    const style = m[4] ? ":" : trimmed.startsWith("(") ? "()" : /^\d{1,3}[a-z]?\s*\)/.test(trimmed) ? ")" : ".";
    // Long requests (a council's 120-point questionnaire) run past 99; a list only continues at last + 1, so
    // a stray "150." line joins none. Above 300 a number at a line start is an amount or a year, not an item.
    // "2(i) How many …, and (ii) how many …?": parts asked inline in one sentence are one ask, answered
    // together (labels.md: sub-items belong to their parent unless answered separately).
    const inlineParts = m[3] !== undefined && trimmed.slice(m[0].length).includes(`(${m[3] === "i" ? "ii" : String.fromCharCode(m[3].charCodeAt(0) + 1)})`);
    if (value >= 1 && value <= 300) return { kind: "number", value, label: n + (inlineParts ? "" : m[2] ?? m[3] ?? ""), contentStart: offset + m[0].length, style };
  }
  m = BARE_NUMBER.exec(trimmed);
  if (m && Number(m[1]) >= 1) return { kind: "number", value: Number(m[1]), label: String(Number(m[1])), contentStart: offset + m[0].length, style: "bare" };
  m = ROMAN_MARKER.exec(trimmed);
  // "i)" after "h)" is a letter; otherwise roman.
  if (m && !(m[1] === "i" && previousLetter)) {
    return { kind: "roman", value: ROMANS.indexOf(m[1]!) + 1, label: m[1]!, contentStart: offset + m[0].length };
  }
  // A lettered list that has passed "h." goes on "i.", "j.", "k." (before "h.", "i." is roman or a word).
  m = LETTER_MARKER.exec(trimmed) ?? (previousLetter ? LATE_LETTER.exec(trimmed) : null);
  if (m) {
    const letter = (m[1] || m[2] || m[3])!;
    return { kind: "letter", value: letter.charCodeAt(0) - 96, label: letter, contentStart: offset + m[0].length };
  }
  m = BULLET_MARKER.exec(trimmed);
  if (m) {
    // "• 1) …": a bullet carrying a number is the numbered item.
    const inner = NUMBER_MARKER.test(trimmed.slice(m[0].length)) ? marker(trimmed.slice(m[0].length), offset + m[0].length, previousLetter) : null;
    if (inner && inner.kind === "number") return inner;
    return { kind: "bullet", value: 0, label: "", contentStart: offset + m[0].length };
  }
  return null;
}

// Headers end `\s*(?::\s*)?`, not `\s*:?\s*`: two runs of spaces side by side split a long run every
// way before failing (the old response header took 113 s on a line of 40,000 tabs); the same lines match.
const QUESTION_HEADER = /^(?:[-•*]\s*)?(?:you asked|your (?:request|questions?|enquiry)|(?:foi |information |details of (?:the |your )?)?requests?(?: for information)?|questions?|information requested|the request|request details|requested information|what you asked(?: for)?|you requested|details of request|summary of (?:the )?request)\s*(?::\s*)?(?:[-–]\s*)?$/i;
// redos-ok: anchored; only the date's bounded `.{0,30}` still overlaps the spaces after it, so the cost is linear: recheck's attack with 640,000 tabs takes 114 ms (before the `(?::\s*)?` form: 40,000 tabs, 113 s)
const RESPONSE_HEADER = /^(?:[-•*]\s*)?(?:(?:our|the|trust|council|force|foi|department'?s?|authority'?s?|details of (?:the |our )?|summary of(?: the| our)?|full|final)\s+)?(?:responses?|answers?|reply|replies|decision|outcome|information (?:supplied|provided|released|disclosed))(?:\s+(?:to (?:your )?(?:request|questions?(?:\s+\d{1,2}(?:\s*(?:[-–,&]|and|to)\s*\d{1,2})*)?)|\d{1,2}(?:\s*(?:[-–,&]|and|to)\s*\d{1,2})*|\(?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\)?|dated\b.{0,30}|provided|given))?\s*(?::\s*)?(?:[-–]\s*)?$/i;
const BOTH_HEADER = /^(?:[-•*]\s*)?(?:requests? (?:and|&) (?:responses?|answers?)|questions? (?:and|&) answers?|request (?:and|&) decision)\s*(?::\s*)?$/i;
// A line of 54,773 tabs after "REFUSAL NOTICE–)" takes 5 ms in V8 (the checker calls the pattern degree 2).
// redos-ok: anchored; the heading's tail runs are bounded ({0,80}, {0,60}), so the spaces after them split at most 80 ways
const EXPLANATION_HEADER = /^(?:explanatory (?:annex|notes?)|(?:(?:section\s*17\s+|formal\s+)?(?:refusal|exemption)\s+notice|notice of refusal)(?:\s*[-–:]\s*\S.{0,80})?|annex(?:e)?\s*[a-z0-9]?\b.{0,40}|exemptions? (?:applied|explanation|used)|exemption\s+\d{1,2}\b.{0,60}|(?:section|s\.?)\s*\d{1,2}[a-z]?(?:\s*\(\s*\w{1,3}\s*\))*\s*[-–:]?\s*[A-Z][\w ,'’-]{0,60}|public interest test|(?:the )?public interest (?:test|considerations?|arguments?)(?: factors)?|factors (?:in favour of|favouring|for|against) (?:disclosure|withholding|non-disclosure|maintaining)[\w ]{0,30}|harm test|overall harm|reasons? for (?:refusal|our decision|decision))\s*(?::\s*)?$/i;
const CLOSING_LINE = /^(?:if you are (?:dis)?(?:satisfied|unhappy|not (?:happy|content|satisfied))|if you (?:wish|would like) to (?:complain|request an internal review|appeal)|if you have any (?:queries|questions)|you have the right to|you (?:may|can) (?:also )?(?:ask for|request) an internal review|should you (?:have any|wish to|be dissatisfied)|next steps\b|your right(?:s)? (?:to|of) (?:appeal|complain|request|ask for (?:a|an internal) review|(?:an internal )?review)|right (?:of|to) (?:appeal|review|complain)|complaints? (?:and|&) (?:internal review|appeals?)|internal review\s*:?$|appeals? (?:procedure|process)|yours (?:sincerely|faithfully)|kind regards|best regards|regards,?$|many thanks,?$|rate this page|(?:was|is) this (?:page|information) (?:useful|helpful)|did (?:you find )?this (?:page|information) (?:help|useful|helpful)|did you find what you were looking for|complaints? rights?\s*$|this (?:information|response) (?:has been|is) (?:provided|supplied|released) (?:in response to|under)|the information (?:supplied|provided)(?: to you)? (?:in this response )?(?:is|continues to be|may be) (?:protected by|subject to|covered by)|copyright|re-?use of (?:the )?information|open government licen[cs]e|please (?:remember to )?quote (?:the|this|our) reference|disclosure log|show quoted sections|further information about (?:your|the) (?:rights|freedom)|information commissioner'?s? office|ico\.org\.uk)/i;

/** A sentence end, then a bullet glyph (or a lone full stop standing for one) before a capitalised item. */
const INLINE_BULLET = /(\S[.?!;]["”’)]?)\s+((?:[•·▪●]|\.)\s+)(?=["“]?[A-Z][a-z])/;

/**
 * The lines of the last text split: segmentation and then classification read the same letter's
 * lines, and neither changes them after they are made (only this module's repairs below do).
 */
let last: { text: string; lines: Line[] } | null = null;

export function splitLines(text: string): Line[] {
  if (last && last.text === text) return last.lines;
  const lines = readLines(text);
  last = { text, lines };
  return lines;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  let previousLetter = false;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // A list pasted from a web page or an email can keep two items on one line, joined by the next
    // item's bullet glyph ("… the systems. • Any contracts …", "… the systems. . Any contracts …"):
    // the glyph starts a line of its own, as the reader sees a new item there.
    let next = end + 1;
    const joined = INLINE_BULLET.exec(text.slice(start, end));
    if (joined) {
      next = start + joined.index + joined[0].length - joined[2]!.length;
      end = start + joined.index + joined[1]!.length;
    }
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    const blank = trimmed.length === 0;
    // An email reply that quotes each ask with "> " before answering it: the item's number follows the quote marks.
    const quote = /^(?:>[ \t]?){1,3}(?=\(?\d|[a-z][.)])/i.exec(trimmed)?.[0].length ?? 0;
    const m: Marker | null = blank ? null : marker(trimmed.slice(quote), start + indent + quote, previousLetter);
    if (m && m.kind === "letter") previousLetter = m.label === "h" || previousLetter;
    let { header, labels } = blank ? { header: null as HeaderRole | null, labels: [] as string[] } : headerOf(trimmed);
    let inlineStart: number | null = null;
    const inline = blank || header ? null : INLINE_ANSWER.exec(trimmed) ?? MULTI_LABEL.exec(trimmed) ?? SUBJECT_LABEL.exec(trimmed) ?? PROSE_LEAD.exec(trimmed);
    if (inline) {
      header = "response";
      labels = labelsIn(inline[0]);
      inlineStart = start + indent + inline[0].length;
    }
    lines.push({ index, start, end, text: raw, trimmed, indent, blank, marker: header && (m?.kind !== "number" || inline) ? null : m, header, headerLabels: labels, inlineStart });
    index++;
    if (end === text.length) break;
    start = next;
  }
  repairFormNumbering(lines);
  labelItems(lines);
  closeAtNextRecord(lines);
  return lines;
}

/** "Ref: ABC-2025-0442", "Reference number: 1234": the first field of a published request's record. */
const RECORD_REFERENCE = /^(?:ref|reference|our ref|request ref(?:erence)?|foi ref(?:erence)?)(?:\.| no\.?| number)?\s?[:.]\s?\S/i;
/** "Received: 21/05/2025", "Date published: …", "Responded: …": the record's dates and state. */
const RECORD_FIELD = /^(?:received|responded|date (?:received|of (?:request|response|disclosure)|published|responded)|published|status|outcome|categor(?:y|ies)|subject)\s?:/i;

/**
 * A page listing several published requests ("Published responses": a title, "Ref: …", "Received: …",
 * "Show more +" for each): the first record is read, and the title of each later record (a line
 * with its reference and another record field right under it) closes it; what follows belongs to
 * other requests.
 */
function closeAtNextRecord(lines: Line[]): void {
  const titles: number[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.marker || l.header || /[.?:]$/.test(l.trimmed) || l.trimmed.length > 90) continue;
    if (!RECORD_REFERENCE.test(lines[i + 1]!.trimmed)) continue;
    if (lines.slice(i + 2, i + 5).some((x) => !x.blank && RECORD_FIELD.test(x.trimmed))) titles.push(i);
  }
  if (titles.length < 2) return;
  for (const i of titles.slice(1)) lines[i]!.header = "closing";
}


/**
 * Web-form numbering damaged in export: every wrapped line of a paragraph carries a number or
 * bullet ("3. Please tell me which repairs count" / "4.  as urgent ones."), and
 * numbers stand alone between them ("2. ", "5. "). A marked line that goes on in lower case from a
 * marked line left open is that line's continuation; a marker with nothing after it, next to
 * another marked line, is stray.
 */
function repairFormNumbering(lines: Line[]): void {
  const open = (l: Line | undefined): boolean => l !== undefined && !l.blank && !/[.?!:;"”)]$/.test(l.trimmed);
  const stray = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.marker || l.marker.kind === "asked" || l.header) continue;
    const rest = l.text.slice(l.marker.contentStart - l.start).trim();
    const neighbourMarked = (j: number): boolean => lines[j] !== undefined && lines[j]!.marker !== null && lines[j]!.marker!.kind === l.marker!.kind;
    if (rest === "" && (neighbourMarked(i - 1) || neighbourMarked(i + 1))) {
      stray.add(i);
      l.marker = null;
      l.blank = true;
    }
  }
  if (!stray.size) return;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.marker || l.marker.kind === "asked" || l.header) continue;
    const rest = l.text.slice(l.marker.contentStart - l.start).trim();
    const previous = lines[i - 1];
    if (previous?.marker && /^[a-z]/.test(rest) && open(previous)) {
      l.marker = null;
      l.trimmed = rest;
    }
  }
  // The numbers left among the stray ones mean nothing: the items they mark run 1, 2, 3.
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.marker;
    if (!m || m.kind !== "number" || lines[i]!.header) continue;
    if (![i - 2, i - 1, i + 1, i + 2].some((j) => stray.has(j))) continue;
    n++;
    lines[i]!.marker = { ...m, value: n, label: String(n) };
  }
}

function headerOf(trimmed: string): { header: HeaderRole | null; labels: string[] } {
  if (trimmed.length > 90) return { header: CLOSING_LINE.test(trimmed) ? "closing" : null, labels: [] };
  if (BOTH_HEADER.test(trimmed)) return { header: "both", labels: [] };
  if (QUESTION_HEADER.test(trimmed)) return { header: "question", labels: [] };
  if (RESPONSE_HEADER.test(trimmed)) return { header: "response", labels: labelsIn(trimmed) };
  if (EXPLANATION_HEADER.test(trimmed) && !/[.?]$/.test(trimmed)) return { header: "explanation", labels: [] };
  if (CLOSING_LINE.test(trimmed)) return { header: "closing", labels: [] };
  return { header: null, labels: [] };
}

/** "Answers 1 & 2" → ["1","2"]; "Response to questions 1-3" → ["1","2","3"]. Dates are not labels. */
export function labelsIn(s: string): string[] {
  if (/\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/.test(s)) return [];
  const out: string[] = [];
  // "2 to 4", "2-4", "Q2–Q4": a range.
  const re = /(\d{1,2})([a-z])?\b(?:\s*(?:-|–|to)\s*(?:Q(?:\s*\.)?\s*)?(\d{1,2})\b)?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[2]) {
      out.push(m[1]! + m[2].toLowerCase());
      continue;
    }
    const a = Number(m[1]);
    const b = m[3] ? Number(m[3]) : a;
    for (let i = a; i <= b && i - a < 40; i++) out.push(String(i));
  }
  return out;
}
