import type { Body, Gazetteer } from "./gazetteer.js";
import type { Zone, ZoneLine } from "./zones.js";

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
}

/** Lines longer than this are prose wherever they stand. */
const LINE = 90;

/**
 * "The Council does not hold", "X will neither confirm nor deny", "X's response": what follows a
 * body's name when the body is the one answering. An abbreviation in brackets may stand between.
 */
const WRITER_AFTER =
  /^\s*(?:\([A-Z][A-Za-z&]{1,9}\)\s*)?(?:['\u2019]s?\s+(?:response|reply|records|systems|position|decision|publication scheme|website|freedom of information)|(?:does|do|did|can|cannot|can['\u2019]t|could|will|would|is|are|was|has|have|had|may)(?:\s+not|n['\u2019]t)?\s+(?:neither|hold|have the|have any|record|keep|collect|confirm|consider|considered|believe|believes|apply|applied|decide|decided|withhold|withholding|disclose|release|provide|provided|publish|published|receive|received|required|obliged|able|unable|satisfied|aware|committed|been able|carried out|conducted|no record|no information|report)|holds|held|records|recorded|received|publishes|considers|believes|confirms|withholds|neither|aims|takes)\b/i;
/** "held by X", "on behalf of X", "here at X", "requires X, when refusing", "we, X": what comes before a body's name when it is the one answering. */
const WRITER_BEFORE = /(?:held\s+by|on\s+behalf\s+of|response\s+from|reply\s+from|here\s+at|we\s+at|we,|requires|this\s+is|decision\s+of|request\s+to|received\s+by|contacting)\s+(?:the\s+)?$/i;
/** A line of the requester's: a question, a request, or a quotation of one. */
const REQUEST =
  /\?\s*["\u201d]?\s*$|^\s*["\u201c]|^\s*(?:\(?[0-9a-z]{1,3}[.)]\s*)?(?:please\s+(?:provide|state|tell|confirm|send|supply|list|give|advise|include)|could\s+you|can\s+you|would\s+you|how\s+many|what\s|which\s|does\s|do\s+you|has\s|have\s+you|is\s+there|are\s+there|i\s+(?:would\s+like|request|wish|am\s+writing\s+to\s+(?:\w+\s+)?request)|under\s+the\s+freedom)/i;
/** Bodies the rights paragraph names as where to complain: the regulators, not the writer. */
const REGULATOR = /\b(?:Commissioner|Ombudsman|Tribunal|Court)\b/;

/**
 * An organisation's name as letters print it: capitalised words ending in a word that
 * names a kind of body ("Northdale Borough Council", "NHS Westmere CCG"), not followed
 * by a word that makes it something else ("Open Government Licence").
 */
const ORG_NAME =
  /\b(?:(?:The|NHS)[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+(?:(?:of|and|for|the|upon|on|in|&)[ \t]+)?){1,8}(?:Council|Trust|Police|Constabulary|Authority|University|College|Commission|Agency|Executive|Government|Brigade|Corporation|Regulator|Inspectorate|Ombudsman|CCG|Clinical Commissioning Group|Health Board|(?:Ambulance|Fire and Rescue|Fire|Police|Prison|Prosecution|Health) Service)\b(?![ \t]+(?:Licence|License|Act|Regulations|Tax|website|Tenants?))/g;
/** Words that make a name a team, a role or a place inside a body rather than the body. */
const NOT_BODY = /\b(?:information|governance|legal|standards|customer|corporate|democratic|performance|research|intelligence|digital|data|technology|rights|disclosure|team|unit|officer|head|complaints?|compliance|records|freedom|request|dear|your|our|act)\b/i;
/** A name that starts with a word of a sentence ("Does the Council", "While the Trust") is prose, not a name. */
const PROSE_START = /^(?:does|did|do|has|have|had|is|are|was|were|while|whilst|when|where|whether|if|how|what|which|please|this|that|these|as|also|however|therefore|response|request|question|answer|yes|no|can|could|will|would|should|may|and|but|or|for|from|by|to|in|on|at|with)\b/i;
/** Words that name a kind of body: a name made of nothing else ("University Council") is a part of a body. */
const KIND_WORDS = /^(?:the|nhs|university|council|trust|board|college|county|city|borough|district|authority|service|police|fire)$/i;

/** Whether a run of capitalised words read as an organisation's name is a body's name. */
function isBodyName(name: string): boolean {
  if (NOT_BODY.test(name) || PROSE_START.test(name) || /\sthe\s/i.test(name)) return false;
  const words = name.split(" ");
  return words.length >= 2 && !words.every((w) => KIND_WORDS.test(w));
}

/** "NHS Northdale CCG" → "NHS Northdale Clinical Commissioning Group"; "The X" → "X". */
export function tidyName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .replace(/\bCCG$/, "Clinical Commissioning Group")
    .trim();
}

/** How a body named at [start, end) of a line is used there. */
function useOf(line: string, start: number, end: number, zone: Zone, request: boolean): Use {
  if (zone === "rights") return "rights";
  const letters = line.replace(/[^\p{L}]/gu, "").length;
  const own = line.slice(start, end).replace(/[^\p{L}]/gu, "").length;
  if (zone !== "body" && line.length <= LINE && own >= 0.35 * letters) return "line";
  if (request) return "request";
  if (WRITER_AFTER.test(line.slice(end, end + 80)) || WRITER_BEFORE.test(line.slice(Math.max(0, start - 30), start))) return "writer";
  return "mention";
}

/** Every sighting of a body in the letter's lines, the gazetteer's and the names it lacks. */
export function lineMentions(lines: readonly ZoneLine[], g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  /** Abbreviations the letter defines ("West Yorkshire Fire and Rescue Service (WYFRS)") stand for their body after. */
  const defined = new Map<string, Body>();
  for (const { text: line, zone } of lines) {
    const request = REQUEST.test(line);
    const spans: [number, number][] = [];
    for (const hit of g.find(line)) {
      const end = hit.index + hit.length;
      spans.push([hit.index, end]);
      if (zone === "rights" && REGULATOR.test(hit.body.name)) continue;
      out.push({ body: hit.body, name: hit.body.name, zone, use: useOf(line, hit.index, end, zone, request) });
      const abbr = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/.exec(line.slice(end, end + 14));
      if (abbr && /[A-Z].*[A-Z]/.test(abbr[1]!)) defined.set(abbr[1]!, hit.body);
    }
    for (const m of line.matchAll(ORG_NAME)) {
      const start = m.index!;
      const end = start + m[0].length;
      const name = tidyName(m[0]);
      if (!isBodyName(name) || spans.some(([s, e]) => start < e && s < end) || g.lookup(name)) continue;
      spans.push([start, end]);
      if (zone === "rights" && REGULATOR.test(name)) continue;
      out.push({ name, zone, use: useOf(line, start, end, zone, request) });
    }
    if (zone === "rights" || request) continue;
    for (const hit of g.findPlaces(line)) {
      if (spans.some(([s, e]) => hit.index < e && s < hit.index + hit.length)) continue;
      for (const body of hit.bodies) out.push({ body, name: body.name, zone, use: "place" });
    }
  }
  if (defined.size > 0) {
    const re = new RegExp(`\\b(?:${[...defined.keys()].join("|")})\\b`, "g");
    for (const { text: line, zone } of lines) {
      for (const m of line.matchAll(re)) {
        // The definition itself, "(WYFRS)", was counted with its name.
        if (line[m.index! - 1] === "(") continue;
        const body = defined.get(m[0])!;
        out.push({ body, name: body.name, zone, use: useOf(line, m.index!, m.index! + m[0].length, zone, REQUEST.test(line)) });
      }
    }
  }
  return out;
}

/** E-mail addresses ("x@southwark.gov.uk") and web addresses ("www.moray.gov.uk/…") whose domain the gazetteer knows. */
export function addressMentions(lines: readonly ZoneLine[], g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const { text: line, zone } of lines) {
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
