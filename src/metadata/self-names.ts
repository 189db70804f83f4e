import type { ZoneLine } from "./zones.js";

/**
 * The names a letter gives its writer where no word says what kind of body it is
 * ("Highland Waterways", "NHS Glenaird", "Eastmere", "Larkmoor Health"), or where the
 * letterhead prints it in a way the other readers miss: in capitals, broken over two lines
 * ("HALBERTON" / "GALLERIES"), beside its Welsh name ("Cyngor … / … Council").
 *
 * Where writers name themselves so:
 * - the top of the letterhead: its first lines that are a name, not a team, an address, a
 *   date or a heading;
 * - the sign-off: a name-like line under the signer's name and role;
 * - "on behalf of X", "here at X" in the running text or sign-off;
 * - a statement in the footer: "X is a registered charity", "X is committed to …".
 *
 * A name read so counts only when the letter names it again elsewhere or says what kind of
 * body it is by a word of the name (authority.ts then weighs it against the other candidates).
 */
export interface SelfName {
  name: string;
  /** The line it was read on (the first of two for a name broken over two lines). */
  line: number;
  /** The second line of a name broken over two lines. */
  line2?: number;
  use: "line" | "writer";
}

/** Words that join the words of a name. */
const JOIN = /^(?:of|and|for|the|upon|on|in|&)$/;
/** A word of a name: capitalised (or a number-free token in capitals), with apostrophes and hyphens inside. */
const CAP_WORD = /^[\p{Lu}][\p{L}'\u2019-]*$/u;
/** Words that make a line a team, a role, a heading or a salutation rather than a body's name. */
const NOT_NAME =
  /\b(?:information|governance|legal|standards|customer|corporate|democratic|performance|research|intelligence|digital|data|technology|rights|disclosure|team|unit|officer|head|complaints?|compliance|records|freedom|request|requests|response|reply|review|decision|notice|dear|hi|hello|your|our|act|regulations|chief|chair|director|manager|secretary|clerk|deputy|acting|private|confidential|subject|ref|reference|date|page|tel|telephone|email|e-mail|fax|website|yours|regards|sincerely|faithfully|thanks|wishes|re|fw|fwd|internal|external|annex|appendix|schedule|part|section|questions?|answers?|summary|contents|official|sensitive|restricted|unclassified|urgent|draft|prejudice|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Words of an address line: the building or street the writer sits in, not the writer. */
const ADDRESS =
  /\b(?:house|road|street|lane|drive|avenue|way|place|square|centre|center|offices?|hall|buildings?|campus|court|quay|brae|close|crescent|terrace|walk|row|gardens|headquarters|hq|box|wharf|chambers|tower|floor|suite|mill|yard|gate|parade|hill|green|park)$/i;
/** Words only a Welsh name holds: a bilingual heading's Welsh half. */
const WELSH =
  /\b(?:Cyngor|Bwrdd|Iechyd|Prifysgol|Heddlu|Gwasanaeth|Awdurdod|Llywodraeth|Comisiynydd|Swyddfa|Swyddfeydd|Ymddiriedolaeth|Cenedlaethol|GIG|Canolfan|Sir|Bro|Dinas|Tân|Achub|Cymru|Annwyl|Yn gywir|Cyngor)\b/;
/** An e-mail's header lines, printed above the message. */
const HEADER = /^(?:from|sent|to|cc|bcc|subject|date|received|importance)\s?:/i;
/** How a bilingual or one-line letterhead separates its parts. */
const SEPARATOR = / [|/\u2013\u2014-] | ?\| ?/;
/** A name is at most this many words. */
const MAX_WORDS = 7;

/** "FORTH ESTUARY UNIVERSITY" → "Forth Estuary University", "NHS" and other short capitals kept; a line with lower case as it is. */
export function titleCaseCaps(text: string): string {
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  return text.replace(/[\p{L}'\u2019]+/gu, (w) => {
    const lower = w.toLowerCase();
    if (JOIN.test(lower)) return lower;
    // Initials stay in capitals: a short word without a vowel ("NHS", "HM", "CCG"), or one of the few with one.
    if (w === "ST") return "St";
    if (w.length <= 4 && (!/[AEIOU]/.test(w) || /^(?:UK|ICB|NI|EA|GIG)$/.test(w))) return w;
    return w[0] + w.slice(1).toLowerCase();
  });
}

/** The text read as a body's name, or "" when it is not one: capitalised words (joined by "of", "and"…), no digits, no team, role, address or heading words. */
export function asName(text: string): string {
  const t = titleCaseCaps(text.trim().replace(/[.,;:]$/, ""));
  if (t.length < 3 || t.length > 70 || /[\d@:;,()[\]<>"\u201c\u201d?!=+*#_\\]/.test(t)) return "";
  const words = t.split(/[ \t]+/);
  if (words.length > MAX_WORDS || JOIN.test(words[0]!.toLowerCase()) || JOIN.test(words[words.length - 1]!.toLowerCase())) return "";
  if (!words.every((w) => CAP_WORD.test(w) || JOIN.test(w.toLowerCase()))) return "";
  if (NOT_NAME.test(t) || ADDRESS.test(t) || WELSH.test(t)) return "";
  return t.replace(/^The[ \t]+/, "");
}

/** The parts of a line a letterhead separates ("Cyngor Sir X | X County Council"): the English ones, each read as a name. */
function lineNames(text: string): string[] {
  const parts = SEPARATOR.test(text) ? text.split(SEPARATOR) : [text];
  return parts.map(asName).filter(Boolean);
}

/** The first lines of a letter read for its letterhead name. */
const TOP = 4;

/** The name at the top of the letterhead: the first line that is a name, joined with the next when one name is broken over both. */
function letterheadName(lines: readonly ZoneLine[]): SelfName | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TOP; i++) {
    const { text, zone } = lines[i]!;
    if (zone !== "head") return undefined;
    if (HEADER.test(text)) continue;
    seen++;
    const names = lineNames(text);
    // A Welsh line (or a line of another kind: a logo's words, "Private and confidential") is passed over.
    if (names.length === 0) continue;
    const next = lines[i + 1];
    // A letter that opens with its officer's name and role ("Ann Lee" / "Information Officer") has no name of a body at its top.
    if (next && ROLE.test(next.text) && !SEPARATOR.test(text)) return undefined;
    const nextNames = next?.zone === "head" && !SEPARATOR.test(next.text) ? lineNames(next.text) : [];
    // "HALBERTON" / "GALLERIES", "Westmarsh and Dellby" / "Hospitals NHS Trust": two lines of one name.
    if (names.length === 1 && nextNames.length === 1 && !SEPARATOR.test(text)) {
      const joined = asName(`${text.trim()} ${next!.text.trim()}`);
      const caps = !/\p{Ll}/u.test(text) && !/\p{Ll}/u.test(next!.text);
      if (joined && (caps || KIND_START.test(nextNames[0]!))) return { name: joined, line: i, line2: i + 1, use: "line" };
    }
    return { name: names[names.length - 1]!, line: i, use: "line" };
  }
  return undefined;
}

/** A line that is a person's role: the line above it is the person. */
const ROLE = /\b(?:officer|manager|clerk|director|secretary|adviser|advisor|lead|co-?ordinator|assistant|analyst|administrator|practitioner|controller|executive|head of|team leader)\b/i;

/** A second line that starts with the words for a body's kind continues the name above it. */
const KIND_START = /^(?:NHS|Hospitals?|University|Teaching|Foundation|Trust|Council|Borough|County|District|Health|Partnership|Community|Mental|Ambulance|Police|Fire|Constabulary|Authority|Commission|Museums?|Galleries|Library|Board)\b/;

/** "on behalf of X", "here at X", "we at X": the writer, named in passing. */
const BEHALF = /\b(?:on behalf of|here at|we at)[ \t]+(?:the[ \t]+)?([\p{Lu}][\p{L}'\u2019-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[\p{Lu}][\p{L}'\u2019-]*){0,5})/gu;
/** "X is a registered charity", "X is committed to protecting…": the footer's statement about its writer. */
const FOOT_STATEMENT = /^(?:The[ \t]+)?([\p{Lu}][\p{L}'\u2019-]*(?:[ \t]+(?:(?:of|and|for|&)[ \t]+)?[\p{Lu}][\p{L}'\u2019-]*){0,5})[ \t]+is[ \t]+(?:a|an|the|committed|registered|subject|sponsored|funded)\b/u;

/** The sign-off's lines that may carry the body's name: under the signer's own line, not a role. */
function signOffNames(lines: readonly ZoneLine[]): SelfName[] {
  const out: SelfName[] = [];
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const { text, zone } = lines[i]!;
    if (zone !== "signOff") {
      first = true;
      continue;
    }
    // The first line under "Yours sincerely" is the signer's name.
    if (first) {
      first = false;
      continue;
    }
    for (const name of lineNames(text)) out.push({ name, line: i, use: "line" });
  }
  return out;
}

/**
 * Names that are people, not bodies: the signer (the first line under "Yours sincerely") and
 * whoever the letter is addressed to ("Dear Data Team").
 */
function peopleNamed(lines: readonly ZoneLine[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const { text, zone } = lines[i]!;
    if (zone === "signOff" && lines[i - 1]?.zone !== "signOff") out.add(asName(text));
    const dear = /^(?:Dear|Hi|Hello|To) (.{2,60})$/.exec(text.replace(/[ \t]+/g, " "));
    if (dear) out.add(asName(dear[1]!.replace(/[,.]$/, "")));
  }
  out.delete("");
  return out;
}

/** Whether every word that would tell a name from a heading ("Housing Repairs", "ICT Contracts") is one the letter also writes in lower case: a topic, not a body. */
function isTopic(name: string, lowerWords: ReadonlySet<string>): boolean {
  const distinctive = name.split(" ").filter((w) => !JOIN.test(w.toLowerCase()) && !KIND_ONLY.test(w) && /\p{Ll}/u.test(w));
  return distinctive.length > 0 && distinctive.every((w) => lowerWords.has(w.toLowerCase()));
}

/** Words that say a body's kind: not what tells one name from another. */
const KIND_ONLY = /^(?:NHS|University|Council|Trust|Board|College|County|City|Borough|District|Authority|Service|Police|Fire|Town|Parish|Community|Health|Care|Hospitals?|Foundation|Teaching|Integrated|Royal|National|Scottish|Welsh|Northern|Southern|Eastern|Western|North|South|East|West)$/;

/** Every place a letter names its writer by a name the kind-word readers may miss. */
export function selfNames(lines: readonly ZoneLine[]): SelfName[] {
  const people = peopleNamed(lines);
  const lowerWords = new Set<string>();
  for (const { text } of lines) {
    for (const token of text.split(/[ \t]+/)) {
      // An e-mail or web address writes the body's name in lower case ("foi@eastmere.gov.uk"): not a word of prose.
      if (/[@/]|\.\p{L}/u.test(token)) continue;
      for (const w of token.match(/\p{Ll}[\p{Ll}'\u2019-]*/gu) ?? []) if (token.startsWith(w) || !/\p{L}/u.test(token[token.indexOf(w) - 1] ?? "")) lowerWords.add(w);
    }
  }
  return found(lines).filter((s) => !people.has(s.name) && !isTopic(s.name, lowerWords));
}

function found(lines: readonly ZoneLine[]): SelfName[] {
  const out: SelfName[] = [];
  const head = letterheadName(lines);
  if (head) out.push(head);
  out.push(...signOffNames(lines));
  for (let i = 0; i < lines.length; i++) {
    const { text, zone } = lines[i]!;
    if (zone === "rights") continue;
    if (text.includes("behalf of") || / at [A-Z]/.test(text)) {
      for (const m of text.matchAll(BEHALF)) {
        const name = asName(m[1]!);
        if (name) out.push({ name, line: i, use: "writer" });
      }
    }
    if (zone === "foot" || zone === "signOff") {
      const m = FOOT_STATEMENT.exec(text);
      const name = m ? asName(m[1]!) : "";
      if (name) out.push({ name, line: i, use: "writer" });
    }
  }
  return out;
}
