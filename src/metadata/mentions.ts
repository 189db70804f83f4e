import { words, type Body, type Gazetteer } from "./gazetteer.js";
import { isReferral } from "./referral.js";
import type { Zone, ZoneLine } from "./zones.js";
import { selfNames, titleCaseCaps } from "./self-names.js";
import { sectorOfName } from "./kinds.js";

/**
 * One sighting of a body in a letter, and what the sighting says about who wrote it:
 * where it stands (letterhead, sign-off, footer, rights paragraph, running text, an e-mail
 * or web address) and how it is used there (the subject of what the writer does, "held
 * by X", a name standing on its own line; or a mention inside the requester's question).
 */
export type Use =
  | "line" // the name makes most of a short line of letterhead, sign-off or footer
  | "writer" // the body does what a writer does: "X does not hold", "held by X", "on behalf of X"
  | "mention" // named in passing in the running text
  | "request" // named in the requester's question or a quotation of it
  | "referral" // the body the letter sends the requester to: "held by X", "please contact X", "transferred to X"
  | "rights" // named in the rights paragraph (where to ask for a review): the writer's own address
  | "place" // only its place ("Sefton", "Moray"): counts when the letter calls itself by the body's kind
  | "email" // the domain of an e-mail address in the letter
  | "web"; // the domain of a web address in the letter

export interface Mention {
  /** The gazetteer's body, or undefined for a name the gazetteer does not hold. */
  body?: Body;
  /** The name as read (for a body the gazetteer lacks). */
  name: string;
  zone: Zone | "address";
  use: Use;
  /** For a name that says nothing of its kind: the sector of the fuller name printed beside it ("Nexus – Westshire Passenger Transport Executive"). */
  sector?: string;
}

/** Lines longer than this are prose wherever they stand. */
const LINE = 90;
/** Lines of running text longer than this are not joined to the next to read a name wrapped over the break. */
const WRAP = 240;

/**
 * "The Council does not hold", "X will neither confirm nor deny", "X's response": what follows a
 * body's name when the body is the one answering. An abbreviation in brackets may stand between.
 */
const WRITER_AFTER =
  /^\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*(?:,\s*)?)?(?:['\u2019]s?\s+(?:response|reply|records|systems|position|decision|publication scheme|website|freedom of information|current|own)|s\s+current|(?:does|do|did|cannot|can['\u2019]t|will|would|could)\s+not\s+\w+|(?:does|do|did|can|cannot|can['\u2019]t|could|will|would|is|are|was|has|have|had|may)(?:\s+not|n['\u2019]t)?\s+(?:(?:now|also|already|therefore|currently|recently|previously|not)\s+)?(?:neither|hold|have the|have any|record|keep|collect|confirm|consider|considered|believe|believes|apply|applied|decide|decided|withhold|withholding|disclose|release|provide|provided|publish|published|receive|received|required|obliged|able|unable|satisfied|aware|committed|been able|carried out|conducted|completed|searched|no record|no information|report|share|use|employ|employs)|holds|held|records|recorded|received|publishes|considers|believes|confirms|withholds|neither|aims|takes|employs|uses)\b/i;
/** "held by X", "on behalf of X", "here at X", "requires X, when refusing", "we, X": what comes before a body's name when it is the one answering. */
const WRITER_BEFORE = /(?:held\s+by|employed\s+by|within|on\s+behalf\s+of|response\s+from|reply\s+from|here\s+at|we\s+at|we,|requires|this\s+is|decision\s+of|request\s+to|received\s+by|contacting)\s+(?:the\s+)?$/i;
/** A line of the requester's: a question, a request, or a quotation of one. */
const REQUEST =
  /\?\s*(?:["\u201d]\s*)?$|^\s*["\u201c]|^\s*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?:please\s+(?:provide|state|tell|confirm|send|supply|list|give|advise|include)|could\s+you|can\s+you|would\s+you|how\s+many|what\s|which\s|does\s|do\s+you|has\s|have\s+you|is\s+there|are\s+there|i\s+(?:would\s+like|request|wish|am\s+writing\s+to\s+(?:\w+\s+)?request)|under\s+the\s+freedom)/i;
/** Bodies the rights paragraph names as where to complain: the regulators, not the writer. */
const REGULATOR = /\b(?:Commissioner|Ombudsman|Tribunal|Court)\b/;

/**
 * An organisation's name as letters print it: capitalised words ending in a word that
 * names a kind of body ("Northdale Borough Council", "NHS Westmere CCG"), not followed
 * by a word that makes it something else ("Open Government Licence").
 */
const ORG_NAME =
  // A name starts where a word does, not after a full stop, hyphen or apostrophe inside one: tried
  // from each "A." of "A.A.A.A…", the first word re-read the rest of the run (16,000 pairs: 3.7 s).
  // redos-ok: now each start reads at most nine words, so the cost is linear (recheck still counts the bounded {1,8} as polynomial): its own attack string at 10, 40, 160, 640 K characters takes 0.5, 18, 61, 284 ms, "A." × 64,000 1 ms; the same names on the 678 texts of ../shared, corpus/ and the fixtures
  /\b(?<![\w'\u2019.-][.'\u2019-])(?:(?:The|NHS)[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+(?:(?:of|and|for|the|upon|on|in|&)[ \t]+)?){1,8}(?:Council|Trust|Police|Constabulary|Authority|University|College|Commission|Agency|Executive|Government|Brigade|Corporation|Regulator|Inspectorate|Ombudsman|CCG|Clinical Commissioning Group|Integrated Care Board|ICB|Health Board|(?:Ambulance|Fire and Rescue|Fire|Police|Prison|Prosecution|Health) Service)\b(?![ \t]+(?:Licence|License|Act|Regulations|Tax|website|Tenants?))/g;
/**
 * A name that starts with the word for its kind: "University of Corringham", "Department for Rural Affairs",
 * "Office for Pension Funds", "Ministry of Works", "Institute of Technology". Its words run while capitalised;
 * words that make it a team ("… Information Governance") are cut off after.
 */
const ORG_PREFIX = /\b(?<![\w'\u2019.-])(?:University|Department|Ministry|Office|Institute)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)?[A-Z][\w'\u2019-]*){0,6}/g;

/** The names ORG_PREFIX reads on a line, each cut before its first word of a team or role. */
function prefixNames(line: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of line.matchAll(ORG_PREFIX)) {
    let text = m[0];
    const cut = /\s(?:Information|Governance|Legal|Compliance|Records|Freedom|Data|Team|Unit|Office|Department|Directorate|Division|Services?|Council|Trust)\b/.exec(text.slice(text.indexOf(" ") + 1));
    if (cut) text = text.slice(0, text.indexOf(" ") + 1 + cut.index).trimEnd();
    // At least a place or subject after "of"/"for": "University of Corringham", not "Office of the".
    const parts = text.split(/[ \t]+/);
    while (parts.length > 0 && /^(?:and|of|for|the|&)$/.test(parts[parts.length - 1]!)) parts.pop();
    text = text.slice(0, text.lastIndexOf(parts[parts.length - 1] ?? "") + (parts[parts.length - 1]?.length ?? 0));
    if (!/^\S+[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]/.test(text)) continue;
    out.push({ start: m.index!, end: m.index! + text.length, name: tidyName(text) });
  }
  return out;
}

/** The words ORG_PREFIX starts with: a line without one holds no such name. */
const PREFIX_WORD = /(?:University|Department|Ministry|Office|Institute) (?:of|for) /;

/** The words ORG_NAME ends on: a line without one holds no such name (a cheap test before the costly one). */
const KIND_WORD = /Council|Trust|Police|Constabulary|Authority|University|College|Commission|Agency|Executive|Government|Brigade|Corporation|Regulator|Inspectorate|Ombudsman|CCG|Commissioning Group|Integrated Care Board|ICB|Health Board|Service/;
/** Words that make a name a team, a role or a place inside a body rather than the body. */
const NOT_BODY = /\b(?:information|governance|legal|standards|customer|corporate|democratic|performance|research|intelligence|digital|data|technology|rights|disclosure|team|unit|officer|head|complaints?|compliance|records|freedom|request|dear|your|our|act|chief|chair|chairman|chairwoman|director|manager|secretary|clerk|deputy|acting|principal|registrar|chancellor|vice-chancellor)\b/i;
/** A name that starts with a word of a sentence ("Does the Council", "While the Trust") is prose, not a name. */
const PROSE_START = /^(?:does|did|do|has|have|had|is|are|was|were|while|whilst|when|where|whether|if|how|what|which|please|this|that|these|as|also|however|therefore|response|request|question|answer|yes|no|can|could|will|would|should|may|and|but|or|for|from|by|to|in|on|at|with)\b/i;
/** Words that name a kind of body: a name made of nothing else ("University Council", "the Town Council", "Health Board") is a part of a body or the letter's word for itself. */
const KIND_WORDS =
  /^(?:the|nhs|university|council|trust|board|college|county|city|borough|district|authority|service|police|fire|town|parish|community|metropolitan|combined|foundation|health|care|hospitals?|teaching|integrated|clinical|commissioning|group|icb|ccg|and|of|&)$/i;

/** Whether a run of capitalised words read as an organisation's name is a body's name. */
function isBodyName(name: string): boolean {
  if (NOT_BODY.test(name) || PROSE_START.test(name) || /\sthe\s/i.test(name)) return false;
  const words = name.split(" ");
  return words.length >= 2 && !words.every((w) => KIND_WORDS.test(w));
}

/** "NHS Northdale CCG" → "NHS Northdale Clinical Commissioning Group" (and an ICB so); "The X" → "X". */
export function tidyName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .replace(/\bCCG$/, "Clinical Commissioning Group")
    .replace(/\bICB$/, "Integrated Care Board")
    .trim();
}

/** A word of prose: lower case, three letters or more, not one that names join ("and", "the", "of"). */
const PROSE_WORD = /(?<![\p{L}\p{N}@./-])(?!(?:and|the|for|of|upon|with)\b)\p{Ll}{3,}\b/gu;

/** How a body named at [start, end) of a line is used there. */
/** The lines around the one being read: a wrapped e-mail breaks "Sheffield City Council / will not accept" over two. */
interface Around {
  prev: string;
  next: string;
}

function useOf(line: string, start: number, end: number, zone: Zone, request: "question" | "quoted" | "", around: Around): Use {
  if (zone === "rights") return "rights";
  // A name on a line of its own (beside an address, a team, a telephone number), not a sentence about it.
  const rest = line.slice(0, start) + " " + line.slice(end);
  if (zone !== "body" && line.length <= LINE && (rest.match(PROSE_WORD)?.length ?? 0) <= 1) return "line";
  const after = line.slice(end, end + 80);
  const before = line.slice(Math.max(0, start - 30), start);
  const writer =
    WRITER_AFTER.test(after.trim() ? after : ` ${around.next.slice(0, 80)}`) || WRITER_BEFORE.test(before.trim() ? before : `${around.prev.slice(-30)} `);
  // A question is the requester's, whatever it says; a line of a restated request that answers is the writer's.
  if (request === "question" || (request === "quoted" && !writer)) return "request";
  // In the running text (not under the signature), a body the requester is sent to is not the one writing.
  if ((zone === "body" || zone === "head") && isReferral(line.slice(Math.max(0, start - 60), start), after.trim() ? after : ` ${around.next.slice(0, 80)}`)) return "referral";
  return writer ? "writer" : "mention";
}

/** Every sighting of a body in the letter's lines, the gazetteer's and the names it lacks. */
export function lineMentions(lines: readonly ZoneLine[], g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  /** Abbreviations the letter defines ("Tyne and Wear Fire and Rescue Service (TWFRS)") stand for their body after. */
  const defined = new Map<string, Body>();
  /** A name the letterhead breaks over two lines ("Liverpool Heart and Chest" / "Hospital NHS Foundation Trust"): the part on the next line. */
  let carried: [number, number] | undefined;
  const texts = lines.map((l) => maskUrls(l.text));
  const lineWords = texts.map((t) => words(t));
  /** Where on each line a name was read, so a later reader does not count it twice. */
  const lineSpans: [number, number][][] = [];
  for (let i = 0; i < lines.length; i++) {
    const { zone, quoted } = lines[i]!;
    // Web addresses are read for their domain (addressMentions), not for words ("…/records-management-code-for-health-and-social-care").
    const line = texts[i]!;
    const request = REQUEST.test(line) ? "question" : quoted ? "quoted" : "";
    const around: Around = { prev: lines[i - 1]?.text ?? "", next: lines[i + 1]?.text ?? "" };
    const spans: [number, number][] = carried ? [carried] : [];
    lineSpans[i] = spans;
    carried = undefined;
    const ws = lineWords[i]!;
    const next = lines[i + 1];
    if (zone !== "body" && zone !== "rights" && next && next.zone === zone && line.length <= LINE && next.text.length <= LINE && ws.length > 0) {
      const joined = `${line} ${texts[i + 1]!}`;
      // The next line's words, moved to where they stand in the joined text.
      const shift = line.length + 1;
      const joinedWords = [...ws, ...lineWords[i + 1]!.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }))];
      for (const hit of g.find(joined, joinedWords)) {
        if (hit.index >= line.length || hit.index + hit.length <= line.length + 1) continue;
        // The name alone on its two lines makes the letterhead.
        const rest = joined.slice(0, hit.index) + " " + joined.slice(hit.index + hit.length);
        out.push({ body: hit.body, name: hit.body.name, zone, use: (rest.match(PROSE_WORD)?.length ?? 0) <= 1 ? "line" : "mention" });
        spans.push([hit.index, line.length]);
        carried = [0, hit.index + hit.length - line.length - 1];
      }
    } else if ((zone === "body" || zone === "head") && (next?.zone === "body" || next?.zone === "head") && line.length <= WRAP && next.text.length <= WRAP && !/[.:;?!]\s*$/.test(line)) {
      // Running text a PDF wrapped inside a name ("… your request to the Westmere and Northdale Hospitals" /
      // "NHS Trust (the Trust) was …"): the name read across the break, used as its sentence uses it.
      const joined = `${line} ${texts[i + 1]!}`;
      const shift = line.length + 1;
      const joinedWords = [...ws, ...lineWords[i + 1]!.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }))];
      const crossing = (start: number, end: number): boolean => start < line.length && end > shift;
      const aroundJoined: Around = { prev: around.prev, next: lines[i + 2]?.text ?? "" };
      const found: { start: number; end: number; name: string; body?: Body }[] = g
        .find(joined, joinedWords)
        .filter((h) => crossing(h.index, h.index + h.length))
        .map((h) => ({ start: h.index, end: h.index + h.length, name: h.body.name, body: h.body }));
      if (found.length === 0 && KIND_WORD.test(joined)) {
        const named = [...joined.matchAll(ORG_NAME)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, name: tidyName(m[0]) }));
        found.push(...[...named, ...prefixNames(joined)].filter((o) => crossing(o.start, o.end) && isBodyName(o.name) && !g.lookup(o.name)));
      }
      const hit = found[0];
      if (hit) {
        out.push({ ...(hit.body ? { body: hit.body } : {}), name: hit.name, zone, use: useOf(joined, hit.start, hit.end, zone, request, aroundJoined) });
        spans.push([hit.start, line.length]);
        carried = [0, hit.end - shift];
      }
    }
    // Names of bodies the gazetteer lacks, read first: one that runs on past a body the gazetteer knows to a word of
    // its own kind ("Mournefield Health and Social Care Trust" holds "Health and Social Care") is that other body.
    // A line in capitals ("WESTMARSH UNIVERSITY") is read as the same words written with capitals.
    const cased = titleCaseCaps(line);
    const orgs = KIND_WORD.test(cased) ? [...cased.matchAll(ORG_NAME)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, name: tidyName(m[0]) })) : [];
    if (PREFIX_WORD.test(cased)) orgs.push(...prefixNames(cased));
    const longer = orgs.filter((o) => isBodyName(o.name) && !g.lookup(o.name));
    for (const hit of g.find(line, ws)) {
      if (spans.some(([s, e]) => hit.index < e && s < hit.index + hit.length)) continue;
      const end = hit.index + hit.length;
      if (longer.some((o) => o.start <= hit.index && o.end > end + 1)) continue;
      spans.push([hit.index, end]);
      if (zone === "rights" && REGULATOR.test(hit.body.name)) continue;
      out.push({ body: hit.body, name: hit.body.name, zone, use: useOf(line, hit.index, end, zone, request, around) });
      const abbr = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/.exec(line.slice(end, end + 14));
      if (abbr && /[A-Z].*[A-Z]/.test(abbr[1]!)) defined.set(abbr[1]!, hit.body);
    }
    for (const { start, end, name } of orgs) {
      if (!isBodyName(name) || spans.some(([s, e]) => start < e && s < end) || g.lookup(name)) continue;
      spans.push([start, end]);
      if (zone === "rights" && REGULATOR.test(name)) continue;
      out.push({ name, zone, use: useOf(line, start, end, zone, request, around) });
    }
    if (zone === "rights" || request) continue;
    for (const hit of g.findPlaces(line, ws)) {
      if (spans.some(([s, e]) => hit.index < e && s < hit.index + hit.length)) continue;
      for (const body of hit.bodies) out.push({ body, name: body.name, zone, use: "place" });
    }
  }
  out.push(...selfNameMentions(lines, texts, lineSpans, g));
  if (defined.size > 0) {
    const re = new RegExp(`\\b(?:${[...defined.keys()].join("|")})\\b`, "g");
    for (let i = 0; i < lines.length; i++) {
      const { zone, quoted } = lines[i]!;
      const line = texts[i]!;
      const around: Around = { prev: lines[i - 1]?.text ?? "", next: lines[i + 1]?.text ?? "" };
      for (const m of line.matchAll(re)) {
        // The definition itself, "(WYFRS)", was counted with its name.
        if (line[m.index! - 1] === "(") continue;
        const body = defined.get(m[0])!;
        out.push({ body, name: body.name, zone, use: useOf(line, m.index!, m.index! + m[0].length, zone, REQUEST.test(line) ? "question" : quoted ? "quoted" : "", around) });
      }
    }
  }
  return out;
}

/**
 * The names a letter gives itself where no kind word or gazetteer name shows them (self-names.ts):
 * each counted where it was read and wherever the letter names it again; one without a word for
 * its kind counts only when it is named again, outside a question, somewhere else in the letter.
 */
function selfNameMentions(lines: readonly ZoneLine[], texts: readonly string[], lineSpans: [number, number][][], g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const byName = new Map<string, ReturnType<typeof selfNames>>();
  for (const s of selfNames(lines)) {
    // A name the gazetteer holds is read by it wherever it stands.
    if (g.lookup(s.name) || NOT_BODY.test(s.name) || PROSE_START.test(s.name) || s.name.split(" ").every((w) => KIND_WORDS.test(w))) continue;
    byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  }
  for (const [name, origins] of byName) {
    const at = new Set(origins.flatMap((o) => [o.line, o.line2 ?? o.line]));
    const again: Mention[] = [];
    const escape = (n: string): string => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escape(name)}|${escape(name.toUpperCase())})(?![\\p{L}\\p{N}])`, "gu");
    for (let i = 0; i < lines.length; i++) {
      if (at.has(i) || !texts[i]!.includes(name.split(" ")[0]!) && !texts[i]!.includes(name.split(" ")[0]!.toUpperCase())) continue;
      const line = texts[i]!;
      const { zone, quoted } = lines[i]!;
      const around: Around = { prev: lines[i - 1]?.text ?? "", next: lines[i + 1]?.text ?? "" };
      for (const m of line.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if ((lineSpans[i] ?? []).some(([s, e]) => start < e && s < end)) continue;
        const use = useOf(line, start, end, zone, REQUEST.test(line) ? "question" : quoted ? "quoted" : "", around);
        const sector = besideSector(line, start, end);
        again.push(sector ? { name, zone, use, sector } : { name, zone, use });
      }
    }
    // A name that says nothing of its kind is the writer's only when the letter names it again (not in a question),
    // or names itself so in a statement a writer makes ("on behalf of X", "X is a registered charity").
    const namedTwice = new Set(origins.map((o) => o.line)).size > 1 || again.some((m) => m.use !== "request" && m.use !== "referral");
    if (!sectorOfName(name) && !namedTwice && !origins.some((o) => o.use === "writer")) continue;
    for (const o of origins) {
      const { zone } = lines[o.line]!;
      const line = texts[o.line]!;
      const start = line.indexOf(name.split(" ")[0]!);
      if (start >= 0 && (lineSpans[o.line] ?? []).some(([s, e]) => start < e && s < start + name.length)) continue;
      out.push({ name, zone, use: o.use === "line" && zone === "body" ? "mention" : o.use });
    }
    out.push(...again);
  }
  return out;
}

/** The kind of the name a line prints beside a trading name, after a dash or in brackets ("Nexus (… Transport Executive)"), or "". */
function besideSector(line: string, start: number, end: number): string {
  const after = /^[ \t]?(?:[-\u2013\u2014|/][ \t]?|\()([^()]{3,90})/.exec(line.slice(end, end + 100))?.[1] ?? "";
  // Before it: the text up to a dash, bar, slash or "(" that ends just before the name.
  const lead = line.slice(Math.max(0, start - 100), start).trimEnd();
  const before = "-\u2013\u2014|/(".includes(lead.slice(-1)) && lead.length > 1 ? lead.slice(0, -1).split("(").pop()! : "";
  return sectorOfName(after) || sectorOfName(before);
}

/** Two hyphens inside a run of lower-case letters: a path or a slug may be there. */
const SLUG_HINT = /[a-z0-9]-[a-z0-9]{1,40}-[a-z0-9]/;

/** Web addresses blanked out, the line keeping its length. */
function maskUrls(line: string): string {
  // A path broken over lines by a PDF ("guidance/records-code-for-social-care") is blanked with it.
  const url = line.includes("http") || line.includes("www.");
  const slug = SLUG_HINT.test(line);
  if (!url && !slug) return line;
  const blank = (u: string): string => " ".repeat(u.length);
  const out = url ? line.replace(/\b(?:https?:\/\/|www\.)\S{1,2000}/gi, blank) : line;
  // redos-ok: each slug part is at most 40 characters and at most 41 parts, timed linear on recheck's own attack: 36 K, 145 K, 580 K characters in 5, 18, 110 ms
  return slug ? out.replace(/[\p{Ll}\d]{1,40}(?:-[\p{Ll}\d]{1,40}){2,40}/gu, blank) : out;
}

/** E-mail addresses ("x@southwark.gov.uk") and web addresses ("www.moray.gov.uk/…") whose domain the gazetteer knows. */
export function addressMentions(lines: readonly ZoneLine[], g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const { text: line, zone } of lines) {
    // WhatDoTheyKnow prints a body's own address as "[Sheffield City Council request email]".
    for (const m of line.matchAll(/\[([^[\]\n]{3,100}) request email\]/g)) {
      const body = g.lookup(m[1]!) ?? g.find(m[1]!)[0]?.body;
      if (body) out.push({ body, name: body.name, zone: "address", use: "email" });
    }
    if (!line.includes(".")) continue;
    // redos-ok: every run is bounded (64 and 63 characters, 5 labels) and a line is at most the letter's 40,000 characters
    for (const m of line.matchAll(/(@|\bhttps?:\/\/|\bwww\.)([\w-]{1,63}(?:\.[\w-]{1,63}){1,5})\b/gi)) {
      const domain = m[1] === "www." ? `www.${m[2]}` : m[2]!;
      const body = g.byEmailDomain(domain);
      // A web address in the rights paragraph is the regulator's or the law's; an e-mail there is the writer's review address.
      if (!body || (zone === "rights" && m[1] !== "@")) continue;
      out.push({ body, name: body.name, zone: "address", use: m[1] === "@" ? "email" : "web" });
    }
  }
  return out;
}
