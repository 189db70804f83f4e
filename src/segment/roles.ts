import type { Span } from "../core/types.js";
import type { Line } from "./lines.js";
import { DEAR_AUTHORITY, DEAR_PERSON, REQUESTER_LIKE, REQUEST_HANDLING, closesQuote } from "./cues.js";
import { NUMBERED, type Context } from "./context.js";
import { answerLabelsByNumber } from "./reply-labels.js";
import { ASK_OPENING, ASK_WITHIN, EMBEDDED_CLAUSE, NOUN_ASK, REFINEMENT, REPLY_FORM, REPORTED_ASK, endsAsking, readsAsAsk, requestItem } from "./asks-read.js";

/**
 * Line roles: the letter cut into units (a paragraph, a list item, a heading) and each given the
 * role its features suggest. Layouts read roles instead of re-testing phrases, and the chooser
 * counts them to tell how well a reading explains the letter (an ask left inside an answer is a
 * question the reading missed).
 *
 * Features: the item marker and its style, indentation, the closing punctuation, cue words at the
 * start (interrogatives, "please provide", "I would like to know"), whether the unit lies before or
 * after the response start, its length, and table cells ("a | b", tab-separated columns).
 */
export type Role =
  | "ask" // a request item: a question or an imperative asking for information
  | "lead" // a request lead-in that ends in a colon ("please provide the following:")
  | "refinement" // the scope of the ask before ("Please provide figures from May to October"), not a new ask
  | "fragment" // a short list item with no verb, completing a lead ("Spend per grade")
  | "question-label" // a heading that says a question follows ("Question 3:", "Request")
  | "answer-label" // a heading that says an answer follows ("Response", "Answer to question 3:", "Reply")
  | "heading" // a title, a reference, a date line
  | "boilerplate" // greetings, thanks, sign-offs, review rights, framing of the response
  | "table-row" // a row of cells
  | "text"; // anything else: answer text when it follows a question

export interface Unit {
  role: Role;
  span: Span;
  /** Index of the unit's first and last line. */
  first: number;
  last: number;
  /** The list marker's label and kind when the unit starts with one. */
  marker: Line["marker"];
  /** The number a question label names ("Question 3:" → "3"), for a label line. */
  labelNumber?: string;
  /** True when the unit lies at or after the response start. */
  inResponse: boolean;
}


/** Units that are neither the request nor an answer. */
const BOILERPLATE =
  /^(?:thank you(?! for your (?:request|e-?mail|letter|enquiry)\b.{0,40}\?)|many thanks|thanks\b|yours\s+(?:sincerely|faithfully|truly)|kind regards|best (?:regards|wishes)|regards\b|dear\b|hi\b|hello\b|any (?:information|help|assistance)\b.{0,80}(?:appreciated|grateful)|i look forward|i (?:would like to|wish to) make a (?:freedom of information )?request|i am writing (?:to|under|in)|under the (?:freedom of information|foi|environmental information)[^?]{0,120}$|if you are (?:dis)?(?:satisfied|unhappy)|if you (?:have any|wish to|would like to)|you (?:have the|may|can) (?:right|request|ask|complain)|please (?:do not hesitate|contact|quote|remember|note that)|.{0,40}\b(?:update on|progress of|status of) (?:my|the|this) request|when (?:can|will|should) i (?:expect|receive|hear)|(?:the )?information commissioner)/i;

/** "Question 3:", "Question Number 3", "Q3", "Request", "Request 2": a label line with the question on the next line. */
const QUESTION_LABEL = /^(?:(?:question|request|query|item|point|q)(?:\s*(?:number|no\.?|#))?(?:\s*(\d{1,2}(?:\.\d{1,2})?[a-z]?))?|(?:your |the )?(?:request|question|enquiry)s?(?: details)?|you asked|what you asked(?: for)?|information requested|requested information)(?:\s*[:.\-–])?\s*$/i;

/** The authority asking the requester to clarify: part of an answer. */
const CLARIFYING = /^(?:your (?:question|request)\b|we (?:would|will) need\b|(?:could|can|would) you (?:please )?(?:clarify|confirm which|let us know|tell us)\b|please (?:clarify|let us know|tell us)\b)|\bclarif(?:y|ication)\b/i;

/** "Dear Ms Khan,", "Hello,", "Good afternoon": a greeting is a unit of its own. */
const GREETING = /^(?:dear|hi|hello|good (?:morning|afternoon|evening))\b[^?!]{0,50}[,:]?$/i;

/** A row of a table written as text: cells split by a bar, tabs, or (at least twice) runs of three spaces. */
const CELL_BREAK = /\S\s*\|\s*\S|\S\t+\S/;
const SPACE_GAP = /\S {3,}(?=\S)/g;
/** Counted gap by gap: "\S {3,}\S.* {3,}\S" in one pattern rescanned the line from every start (quadratic). */
const TABLE_ROW = { test: (line: string): boolean => CELL_BREAK.test(line) || (line.match(SPACE_GAP)?.length ?? 0) >= 2 };

/** A line in the reply that introduces the request quoted under it. */
// redos-ok: the gap before the introducing words is at most 160 characters, timed linear on recheck's own attack: 45 K, 182 K, 727 K characters in 3, 12, 50 ms
const QUOTES_REQUEST = /\byour (?:request|email|letter|application)\b[^.?]{0,160}\b(?:as (?:detailed|set out|shown|follows)(?: below)?|below|the following)\s*:\s*$/i;
/** "Your request read:", "Your request was as follows:", "…, which read:": the request quoted word for word below. */
const QUOTED_VERBATIM = /\b(?:your (?:request|email|letter|application)(?: to us)?|which) (?:read|reads|was|stated|said)(?: as follows)?\s*:\s*$/i;

/** A request's imperative ("Please name …", "Please provide me with …"), as the reply restates it; not "please see / contact / note". */
const RESTATED_IMPERATIVE = /^(?:please (?:could you )?(?:provide|name|list|state|supply|give|detail|confirm|send|tell|share|disclose|outline|specify|identify|describe|break down)|(?:provide|list|name|state) (?:me |us )?(?:with )?(?:the|a|an|any|all|details|copies|your))\b/i;

/** The authority speaking again after the quoted request. */
const AUTHORITY_SPEAKS = /^(?:the (?:council|trust|force|department|university|authority|service|board|college|ministry)\b|we\b|our\b|in (?:response|reply|answer) to\b|unfortunately\b|please (?:see|find)\b)/i;


const SUBJECT_LINE = /^(?:re:\s?)?(?:your |a )?(?:freedom of information |foi |foisa |eir |environmental information )?(?:request|application|enquiry)(?: for (?:recorded )?information)?(?: (?:ref(?:erence)?|no\.?|number)?:? ?[\w/-]+)?[?.:]?$/i;


/**
 * A paragraph of the request that only says how to handle it: every sentence is a handling note
 * (REQUEST_HANDLING) or framing that asks nothing ("I am requesting the following information under
 * the Act."), and at least one is a handling note.
 */
function handlesRequest(paragraph: string): boolean {
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=["“]?[A-Z])/).map((x) => x.trim()).filter(Boolean);
  let handling = 0;
  for (const s of sentences) {
    // "Please provide this as a spreadsheet.": only the form of the reply, a note on handling.
    if (REQUEST_HANDLING.test(s) || (REPLY_FORM.test(s) && /^(?:please|i would (?:like|prefer))\b/i.test(s) && s.split(/\s+/).length <= 14)) handling++;
    // A lead that names nothing itself ("I am requesting the following information under the Act.") is framing here.
    else if (!((BOILERPLATE.test(s) || REQUESTER_LIKE.test(s)) && (!readsAsAsk(s, true) || /\bthe following (?:information|data|details)\b[^?]{0,80}[.:]?$/i.test(s)))) return false;
  }
  return handling > 0;
}

/** Characters `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of non-space characters holding an ASCII letter, without making the runs. */
function wordsWithLetters(s: string): number {
  let n = 0;
  let letter = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (letter) n++;
      letter = false;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
  }
  return n;
}

/** An internal review's self-questions and section headings about how the request was handled. */
const REVIEW_FRAMING = /^(?:(?:has|have|was|were|is|are|did|does)\s+(?:the\s+|this\s+|your\s+|any\s+)?(?:exemptions?|exceptions?|section\s+\d+|regulation\s+\d+|request|response|refusal|public interest test)\b(?:\(s\))?\s+(?:been\s+)?(?:correctly|properly|appropriately|rightly|lawfully|engaged|applied|handled|dealt with|answered)\b[^?]{0,80}\?$|(?:the\s+)?(?:exemptions?|exceptions?)(?:\(s\))?\s+(?:which|that)\s+(?:were|was|have been|has been)\s+applied\b)/i;

/**
 * A questionnaire item asking the authority to pick among the options listed under it: "select one",
 * "tick all that apply", "which of the following", "answer each option as appropriate", "delete as
 * appropriate".
 */
const CHOICE_LEAD = /\b(?:(?:select|choose|pick|tick|circle|mark|highlight)\s+(?:one|only\s+one|an?\s+option|one\s+option|all\s+that\s+apply|any\s+that\s+apply|from\s+(?:the|this)\s+(?:list|options))|(?:answer|complete|mark)\s+(?:each|every|all)\s+options?|(?:delete|answer)\s+as\s+appropriate|which\s+of\s+the\s+following)\b/i;

/** A bullet among the options of a numbered question that asks to pick among them (at most twelve lines below it). */
function underChoiceLead(ctx: Context, line: Line): boolean {
  for (let i = line.index - 1; i >= Math.max(0, line.index - 12); i--) {
    const l = ctx.lines[i]!;
    if (l.blank || l.marker?.kind === "bullet") continue;
    if (l.marker && NUMBERED.has(l.marker.kind)) return CHOICE_LEAD.test(ctx.lines.slice(i, line.index).filter((x) => !x.marker || x === l).map((x) => x.trimmed).join(" "));
    if (l.marker || l.header) return false;
  }
  return false;
}

/** The unit a role reader gives to a block of lines. */
function roleOf(ctx: Context, lines: Line[], inResponse: boolean): { role: Role; labelNumber?: string } {
  const first = lines[0]!;
  const t = first.trimmed;
  // The unit's words after its list marker.
  const all = [first.marker ? ctx.text.slice(first.marker.contentStart, first.end).trim() : first.trimmed, ...lines.slice(1).map((l) => l.trimmed)].join(" ");
  if (lines.length === 1 && first.header === "response") return { role: "answer-label", labelNumber: first.headerLabels.length === 1 ? first.headerLabels[0] : undefined };
  if (lines.length === 1 && first.header === "closing") return { role: "boilerplate" };
  const label = QUESTION_LABEL.exec(t);
  if (lines.length === 1 && label && t.length < 40) return { role: "question-label", labelNumber: label[1]?.toLowerCase() };
  if (lines.length === 1 && first.header) return { role: "heading" };
  // A subject line naming the letter's business ("Request for information", "Re: FOI request 2024/118",
  // "Your Freedom of Information application"): a title, even where a scan adds a stray "?" to it.
  if (lines.length === 1 && SUBJECT_LINE.test(t)) return { role: "heading" };
  const content = first.marker ? ctx.text.slice(first.marker.contentStart, first.end).trim() : t;
  if (BOILERPLATE.test(content) || DEAR_AUTHORITY.test(t) || DEAR_PERSON.test(t)) return { role: "boilerplate" };
  const within = !inResponse || (first.marker !== null && NUMBERED.has(first.marker.kind));
  if (!inResponse && REQUESTER_LIKE.test(content) && !readsAsAsk(content, within)) return { role: "boilerplate" };
  if (!inResponse && !first.marker && handlesRequest(all)) return { role: "boilerplate" };
  if (TABLE_ROW.test(t) && !first.marker) return { role: "table-row" };
  // How many of its words hold a letter (as all.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length),
  // counted only where a test below needs it: most units are decided before.
  let counted: number | undefined;
  const words = (): number => (counted ??= wordsWithLetters(all));
  // A lead-in: ends in a colon or semicolon, or asks for "the following" ("… please provide the following information for each case").
  // redos-ok: each "the following" reads at most 80 characters and then the spaces to the end once, so the cost is linear (recheck counts the bound as polynomial): 'the following ' × 100,000 (1.4 MB) in 121 ms
  if ((/[:;–-]\s*$/.test(all) || /\bthe following\b[^.?]{0,80}[.:]?\s*$/i.test(all)) && !endsAsking(all)) {
    // A list item in the reply that leads a list of its own with a request inside ("- If any of these apply, please state which:").
    const asking = readsAsAsk(all, within) || (first.marker !== null && ASK_WITHIN.test(all.slice(0, 200)));
    return { role: asking ? (REFINEMENT.test(content) ? "refinement" : "lead") : first.marker ? "text" : "heading" };
  }
  if (REFINEMENT.test(content) && !first.marker) return { role: "refinement" };
  // The reply restating one ask in a sentence of its own before answering it ("You asked how many reports were
  // made.", "You then asked for copies of the guidance.", "Finally, you asked whether …"): the ask as the response presents it.
  if (inResponse && lines.length === 1 && !first.marker && REPORTED_ASK.test(t) && /[.?:]$/.test(t) && !/[.?!]\s/.test(t.slice(0, -1))) return { role: "ask" };
  // The authority asking back ("Could you tell us which period you mean?") is answer text, not an ask.
  if (inResponse && CLARIFYING.test(all)) return { role: "text" };
  // An internal review's own headings and the questions it puts to itself ("Have the exemptions been
  // correctly applied?", "Was the request handled in time?", "The exemption(s) which were applied") frame
  // the review; they ask the requester nothing.
  if (inResponse && REVIEW_FRAMING.test(all)) return { role: "heading" };
  // The options of a multiple-choice question ("(Please answer each option as appropriate)" / "- Parks" /
  // "- Other, please specify"): part of the numbered question above them, whatever they say.
  if (first.marker?.kind === "bullet" && underChoiceLead(ctx, first)) return { role: "fragment" };
  // In the response, an ask asks ("…?"), is a numbered item, or is a list item opening as a request
  // ("- Please provide …"): "Where the information …" is a condition, not a question.
  // A question mark anywhere in the unit (a wrapped question ends on a later line) asks.
  const asksOut = /\?["”’)]?(?:\s|$)/.test(all);
  // A short bullet written as an embedded clause ("• What the lease covers", "• Who the tenant is"), with no
  // question mark, names a field of the lead's list rather than asking on its own.
  if (first.marker?.kind === "bullet" && !inResponse && !/\?/.test(all) && words() <= 8 && EMBEDDED_CLAUSE.test(content)) return { role: "fragment" };
  // A request item naming the documents it wants, as a list item or a paragraph of its own.
  if (requestItem(content) && (first.marker !== null || !inResponse || lines.length <= 3)) return { role: "ask" };
  if ((readsAsAsk(content, within) || asksOut) && (within || asksOut || (first.marker !== null && ASK_OPENING.test(content) && !/^(?:["“‘']\s*)?(?:where|when|if)\b/i.test(content)))) return { role: "ask" };
  // The reply restating a request item written as one imperative sentence ("Please name the suppliers the Council
  // uses for …."), as a letter that copies each question above its answer does.
  if (inResponse && !first.marker && RESTATED_IMPERATIVE.test(content) && /[.]["”’)]?$/.test(all) && !/[.?!]["”’)]?\s/.test(all.slice(0, -1)) && !/\b(?:we|our|us)\b/i.test(all)) return { role: "ask" };
  if (first.marker && words() <= 6 && !/[.!]$/.test(all)) return { role: "fragment" };
  if (words() <= 4 && !/[.!]$/.test(all) && !first.marker && !/\d/.test(all)) return { role: "heading" };
  return { role: "text" };
}

/**
 * The letter as units: a unit ends at a blank line, before a list marker or a heading, and where a
 * line that ends a question is followed by a capitalised line (a new ask or its answer).
 */
export function unitsOf(ctx: Context): readonly Unit[] {
  // Read once per letter: segment() scores every reading against them and the interleaved layout reads them too.
  let units = unitsRead.get(ctx);
  if (!units) {
    units = readUnits(ctx);
    unitsRead.set(ctx, units);
  }
  return units;
}

const unitsRead = new WeakMap<Context, readonly Unit[]>();

/** A heading of a public interest test or harm explanation: short, no sentence. */
const TEST_HEADING = /^(?:factors?|arguments?|considerations?|reasons?)\s+(?:favou?ring|for|against|in favou?r)\b[^.?\n]{0,80}$|^(?:harm|evidence of harm|overall harm|public interest(?: test| considerations)?|balanc(?:e|ing)(?: test)?|the balance)\s*:?$/i;

/** A line ending in a word or mark that carries the sentence on ("… broken down by", "… and"). */
const TRAILING_JOIN = /[,;&(\/-]$|\b(?:and|or|of|the|to|for|in|on|at|a|an|by|with|from|per|as)$/i;

/** Longer than any hard wrap (e-mail wraps near 72 characters, letters and PDFs near 100), and prose. */
const paragraphLong = (l: Line): boolean => l.trimmed.length >= 110 && l.trimmed.split(/\s+/).length >= 12 && !TABLE_ROW.test(l.trimmed);

/**
 * Lines that start a paragraph of text that is not hard-wrapped (a web form's request, a document
 * saved one paragraph a line): after a line longer than any wrap, or where a paragraph-long line
 * follows one that stopped well short of it (a wrapped line would have taken the next word).
 */
function unwrappedLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const previous = lines[i - 1]!;
    if (l.blank || previous.blank) continue;
    const firstWord = l.trimmed.split(/\s/, 1)[0]!.length;
    if (paragraphLong(previous) || (paragraphLong(l) && previous.trimmed.length + 1 + firstWord < l.trimmed.length - 20)) out.add(i);
  }
  return out;
}

function readUnits(ctx: Context): Unit[] {
  const out: Unit[] = [];
  let block: Line[] = [];
  // The request quoted inside the reply ("… your request received on 3 May, as detailed below:"): its
  // lines are the requester's until the authority speaks again ("The Trust …", a response heading) or
  // the quotation closes.
  let quoting = false;
  let titled = false;
  // A header line is one line that is not a sentence: a heading read as a sentence ("We were asked the following.") is the letter speaking.
  const letterheadLine = (u: Unit): boolean => u.first === u.last && (u.role === "heading" || u.role === "text") && !/[.?!:]\s*$/.test(ctx.text.slice(u.span.start, u.span.end));
  const flush = (): void => {
    if (!block.length) return;
    const text = block.map((b) => b.trimmed).join(" ");
    if (quoting && (block[0]!.header !== null || AUTHORITY_SPEAKS.test(block[0]!.trimmed))) quoting = false;
    const inResponse = ctx.responseStart >= 0 && block[0]!.start >= ctx.responseStart && !quoting;
    let { role, labelNumber } = roleOf(ctx, block, inResponse);
    // The letter's first line, unless it asks or is numbered, is its title ("Number of complaints by category");
    // so is the first line after a page header or letterhead of one or two lines (one line each, no sentence:
    // "Kinloch Council - Freedom of Information"), as PDF and Word files put one above the title. Once only.
    if (!titled && out.length <= 2 && out.every(letterheadLine) && (role === "ask" || role === "lead") && !block[0]!.marker && !/\?/.test(block[0]!.trimmed) && block.length === 1) {
      role = "heading";
      titled = true;
    }
    const last = block[block.length - 1]!;
    out.push({ role, span: { start: block[0]!.start + block[0]!.indent, end: last.end }, first: block[0]!.index, last: last.index, marker: block[0]!.marker, labelNumber, inResponse });
    if (quoting && /["”]\s*$/.test(last.trimmed)) quoting = false;
    else if (inResponse && (QUOTES_REQUEST.test(text) || QUOTED_VERBATIM.test(text))) quoting = true;
    block = [];
  };
  let gap = false;
  const unwrapped = unwrappedLines(ctx.lines);
  for (const l of ctx.lines) {
    if (l.blank) {
      gap = block.length > 0;
      continue;
    }
    const previous = block[block.length - 1];
    // A sentence cut by a blank line ("… move these machines to a" / "new operating system?") runs on.
    const runsOn = previous !== undefined && !l.marker && /^[a-z(]/.test(l.trimmed) && !/[.?!:;"”]$/.test(previous.trimmed);
    if (gap && !runsOn) flush();
    gap = false;
    const breaks =
      !block.length ||
      !previous ||
      l.marker !== null ||
      l.header !== null ||
      previous.header !== null ||
      (ctx.responseStart >= 0 && l.start === ctx.responseStart) ||
      (/[?:]["”’)]?\s*$/.test(previous.trimmed) && /^["“‘(]?[A-Z0-9£]/.test(l.trimmed)) ||
      (/[.!]["”’)]?\s*$/.test(previous.trimmed) && /^["“‘]?[A-Z]/.test(l.trimmed) && (readsAsAsk(l.trimmed) !== readsAsAsk(previous.trimmed) || requestItem(l.trimmed) || (block.length === 1 && requestItem(previous.trimmed)))) ||
      (QUESTION_LABEL.test(previous.trimmed) && previous.trimmed.length < 40) ||
      GREETING.test(previous.trimmed) ||
      // Text that is not hard-wrapped (a web form's request, a paragraph per line): each line is a paragraph.
      (unwrapped.has(l.index) && /^["“‘(]?[A-Z0-9£]/.test(l.trimmed) && !TRAILING_JOIN.test(previous.trimmed) && !REFINEMENT.test(l.trimmed) && !REPLY_FORM.test(l.trimmed)) ||
      // A new request sentence under a list item or a line left open ("- Total spend on agencies" / "Please provide …").
      (/^["“‘]?[A-Z]/.test(l.trimmed) && ASK_OPENING.test(l.trimmed) && block[0]!.marker !== null && !l.marker) ||
      GREETING.test(l.trimmed) ||
      // One ask a line, with no blank line between ("Please confirm the budget." / "Please confirm the supplier."):
      // each whole sentence opening with a request is its own ask, unless it only narrows the one before.
      (/[.?]["”’)]?\s*$/.test(previous.trimmed) && /^["“‘]?[A-Z]/.test(l.trimmed) && ASK_OPENING.test(l.trimmed) && ASK_OPENING.test(previous.trimmed) && !REFINEMENT.test(l.trimmed) && !REPLY_FORM.test(l.trimmed)) ||
      // A request item restated as one sentence ending in a full stop ("Please name the suppliers … and\nemail
      // filtering.") with the authority's answer on the next line ("The Council holds this information …").
      (/[.]["”’)]?\s*$/.test(previous.trimmed) && AUTHORITY_SPEAKS.test(l.trimmed) && ASK_OPENING.test(block[0]!.trimmed) && !/[.?!]["”’)]?\s/.test(block.map((b) => b.trimmed).join(" ").slice(0, -1))) ||
      // One ask a line in the request, the line before left without its question mark ("What is the average
      // wait for a plot" / "What rent is charged …?", "… in the same years" / "The names of …"): a line that
      // opens a new ask (or names what it asks for) in capitals after a whole ask
      // that ends on no joining word starts its own (a wrapped sentence goes on in lower case or on "I").
      ((ctx.responseStart < 0 || l.start < ctx.responseStart) && /^["“‘]?(?!I\b)[A-Z]/.test(l.trimmed) && !/[,;:&(\/-]$/.test(previous.trimmed) && !TRAILING_JOIN.test(previous.trimmed) && block.length === 1 && l.trimmed.length >= 8 && (ASK_OPENING.test(l.trimmed) || NOUN_ASK.test(l.trimmed) || requestItem(l.trimmed)) && readsAsAsk(previous.trimmed) && ASK_OPENING.test(previous.trimmed)) ||
      // A request sentence after a list of short rows with no full stop ("2011 (Q3)" / "Please outline …").
      (/^["“‘]?(?:Please|Could|Can|Would)\b/.test(l.trimmed) && ASK_OPENING.test(l.trimmed) && block.length >= 2 && block.every((b) => b.trimmed.length < 60) && !/[,;&]$|\b(?:and|or|of|the|to|for|in|a|an|by|with)$/i.test(previous.trimmed)) ||
      // The quoted request closes and the authority speaks ("… the agreements.”" / "The Trust has …").
      (/[.!?]["”]\s*$/.test(previous.trimmed) && AUTHORITY_SPEAKS.test(l.trimmed)) ||
      // …or closes on its last ask with no stop before the mark ("… across the department”" / "I am treating …").
      (closesQuote(previous.trimmed) && /^[A-Z]/.test(l.trimmed)) ||
      // A request's lead-in line ("In the period … please provide a breakdown of:") after the reply to the
      // request before it, in a log that runs request, reply, request with no blank lines.
      (/^["“‘]?[A-Z]/.test(l.trimmed) && /:\s*$/.test(l.trimmed) && ASK_WITHIN.test(l.trimmed) && !ASK_WITHIN.test(previous.trimmed) && !readsAsAsk(previous.trimmed, true) && previous.trimmed.length >= 50 && !/[,;:&]$|\b(?:and|or|of|the|to|for|in|a|an|by|with)$/i.test(previous.trimmed)) ||
      // A title or label line ("Communications Request", "Reference 2019-510") above a capitalised line.
      (previous.trimmed.length < 50 && !/[,;&]$|\b(?:and|or|of|the|to|for|in|a|an)$/i.test(previous.trimmed) && !/[.!?]$/.test(previous.trimmed) && /^["“‘]?[A-Z]/.test(l.trimmed) && block.length === 1) ||
      TABLE_ROW.test(l.trimmed) !== TABLE_ROW.test(previous.trimmed);
    if (breaks) flush();
    block.push(l);
  }
  flush();
  // A list item with an answer cue right under it ("- Any figures you hold on X" / "Response: …") is the
  // question that cue answers, whatever its words read as (a condition, a noun phrase, a title). The last
  // item of a list that completes a lead ("… any of these words:" / "• Daffodil" / "Our response") is not.
  for (let i = 0; i + 1 < out.length; i++) {
    const u = out[i]!;
    const before = out[i - 1];
    const inRun = before?.marker != null && before.marker.kind === u.marker?.kind && before.role !== "ask";
    if (u.marker && !inRun && out[i + 1]!.role === "answer-label" && (u.role === "text" || u.role === "fragment" || u.role === "lead" || u.role === "heading")) u.role = "ask";
  }
  // A reply restating each ask above its answer, some as questions ("How many inspections …?") and some in the
  // requester's own imperative ("Please send me copies of the reports.", "Please provide all correspondence …"):
  // where the reply restates one question in its body, a short paragraph in the requester's voice asking for
  // information is another restated ask, not the authority's text.
  if (out.some((u) => u.role === "ask" && u.inResponse && !u.marker && /\?\s*$/.test(ctx.text.slice(u.span.start, u.span.end)))) {
    for (const u of out) {
      const said = ctx.text.slice(u.span.start, u.span.end).replace(/\s+/g, " ").trim();
      if (u.role === "text" && u.inResponse && !u.marker && u.last - u.first <= 2 && /[.]$/.test(said) && REQUESTER_LIKE.test(said) && readsAsAsk(said, true) && !/\b(?:we|us|our)\b/i.test(said)) u.role = "ask";
    }
  }
  // A table's header written one cell a line ("Request" / "Information held?" / "Response"): a short column
  // name closed by "?" between two other column names asks nothing.
  for (let i = 1; i + 1 < out.length; i++) {
    const u = out[i]!;
    const said = ctx.text.slice(u.span.start, u.span.end);
    const short = (x: Unit): boolean => x.first === x.last && ctx.text.slice(x.span.start, x.span.end).length < 30 && !/[.!]$/.test(ctx.text.slice(x.span.start, x.span.end));
    if (u.role === "ask" && u.first === u.last && !u.marker && said.split(/\s+/).length <= 3 && out[i - 1]!.role === "question-label" && short(out[i - 1]!) && short(out[i + 1]!) && !out[i + 1]!.marker) u.role = "heading";
  }
  // Under a heading of the reply's public interest test ("Factors favouring retention - Section 24", "Harm",
  // "Balancing test") a sentence naming a kind of information ("Information which … would harm …") argues;
  // it asks nothing.
  for (let i = 1; i < out.length; i++) {
    const u = out[i]!;
    if (u.role === "ask" && u.inResponse && !u.marker && !/\?/.test(ctx.text.slice(u.span.start, u.span.end)) && TEST_HEADING.test(ctx.text.slice(out[i - 1]!.span.start, out[i - 1]!.span.end))) u.role = "text";
  }
  answerLabelsByNumber(ctx, out);
  return out;
}
