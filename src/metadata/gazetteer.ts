import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One UK public body of data/public-bodies.json. */
export interface Body {
  name: string;
  /** council, nhs, police, fire, central, university, other. */
  sector: string;
  /** england, wales, scotland, northern-ireland, uk. */
  nation: string;
  aliases: string[];
  /** Web and e-mail domains the body writes from ("nationalarchives.gov.uk"), when a register gives them. */
  domains?: string[];
  /** Day the body ceased to exist (a merged council, an abolished CCG), when it did. */
  ended?: string;
  source: string;
}

interface GazetteerFile {
  bodies: Body[];
}

/** A body named in a text: where the name starts and how long it is. */
export interface Hit {
  body: Body;
  index: number;
  length: number;
}

/** Lower case, "&" as "and", apostrophes dropped, every other non-alphanumeric a space. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['\u2018\u2019`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Aliases this short, written as one word, count only when the text writes them as the alias does ("TfL", "PSNI"), never as a lower-case word. */
const SHORT = 5;

/** The words that say what kind of body a name is; what is left is the place it serves ("Sefton", "West Midlands"). */
const KIND =
  /\b(?:london borough of|royal borough of|city and county of|county of|city of|borough of|metropolitan borough council|metropolitan district council|county borough council|borough council|district council|county council|city council|council|combined authority|integrated care board|university nhs foundation trust|nhs foundation trust|nhs trust|teaching hospitals?|university health board|teaching health board|health board|police service of|police service|police|constabulary|fire and rescue service|fire and rescue authority|fire and rescue|fire service|the)\b/gi;

/** Sectors whose bodies a letter may name by their place alone ("Sefton", when it calls itself "the Council"). */
const PLACE_SECTORS = new Set(["council", "police", "fire", "nhs"]);

/** A nation is not a place a body is named after ("Police Scotland" is not the only body of Scotland). */
const NATIONS = new Set(["scotland", "scottish", "wales", "welsh", "england", "english", "northern ireland", "ireland", "britain", "british", "great britain", "united kingdom", "uk", "london", "national"]);

/** A token index: alias → body, and every run of words an alias starts with, so a walk stops as soon as no alias can follow. */
class NameIndex {
  readonly map = new Map<string, Body[]>();
  readonly prefixes = new Set<string>();
  maxTokens = 1;
  add(key: string, bodies: Body[]): void {
    this.map.set(key, bodies);
    const tokens = key.split(" ");
    this.maxTokens = Math.max(this.maxTokens, tokens.length);
    for (let n = 1; n < tokens.length; n++) this.prefixes.add(tokens.slice(0, n).join(" "));
  }
}

/** A word of a text: its normalised form, where it starts and ends, and whether it starts with a capital or a digit. */
export interface Word {
  w: string;
  start: number;
  end: number;
  cap: boolean;
}

const CAP = /^[\p{Lu}\p{N}]/u;
const WORD = /[\p{L}\p{N}&'\u2019]+/gu;

/** Whether a word is plain ASCII letters and digits (most words: their normal form is their lower case). */
function plain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The words of a text, read once and walked by every index. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const c = word.charCodeAt(0);
    const cap = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && CAP.test(word));
    if (plain(word)) {
      out.push({ w: word.toLowerCase(), start, end, cap });
      continue;
    }
    // "&", apostrophes, accents: the long way.
    const w = normaliseName(word);
    if (w) for (const part of w.split(" ")) out.push({ w: part, start, end, cap });
  }
  return out;
}

export class Gazetteer {
  private readonly names = new NameIndex();
  private readonly places = new NameIndex();
  /** Short one-word aliases: the exact spelling they must have in the text. */
  private readonly exact = new Map<string, string>();
  /** "gov:southwark" → London Borough of Southwark, "police:cumbria", "nhs:rsch", and whole domains a register gives ("nationalarchives.gov.uk"). */
  private readonly byDomain = new Map<string, Body>();

  constructor(readonly bodies: readonly Body[]) {
    const claims = new Map<string, Body[]>();
    const claim = (map: Map<string, Body[]>, key: string, b: Body): void => {
      if (!key) return;
      const list = map.get(key) ?? [];
      if (!list.includes(b)) list.push(b);
      map.set(key, list);
    };
    for (const b of bodies) {
      for (const alias of [b.name, ...b.aliases, ...shortForms(b)]) {
        const key = normaliseName(alias);
        claim(claims, key, b);
        if (key && !key.includes(" ") && key.length <= SHORT) this.exact.set(key, alias);
      }
    }
    for (const [key, list] of claims) {
      // One name claimed by two bodies: the body whose own name it is, else the one still in being; else nobody.
      const own = list.filter((b) => normaliseName(b.name) === key);
      const current = list.filter((b) => !b.ended);
      const body = list.length === 1 ? list[0] : own.length === 1 ? own[0] : current.length === 1 ? current[0] : undefined;
      if (body) this.names.add(key, [body]);
    }
    // Places: every current body of a sector that names itself by its place, grouped by place; the letter's sector words choose among them.
    const placeClaims = new Map<string, Body[]>();
    for (const b of bodies) if (!b.ended && PLACE_SECTORS.has(b.sector)) claim(placeClaims, placeOf(b.name), b);
    for (const [key, list] of placeClaims) if (key.length > 3 && !NATIONS.has(key)) this.places.add(key, list);
    const domainClaims = new Map<string, Body[]>();
    for (const b of bodies) {
      for (const key of domainKeys(b)) claim(domainClaims, key, b);
      for (const d of b.domains ?? []) claim(domainClaims, d.toLowerCase(), b);
    }
    for (const [key, list] of domainClaims) {
      if (key.startsWith(WEAK)) continue;
      const current = list.filter((b) => !b.ended);
      const body = list.length === 1 ? list[0] : current.length === 1 ? current[0] : undefined;
      if (body) this.byDomain.set(key, body);
    }
    // A weak reading counts only for a domain no body claims by a firm one.
    for (const [key, list] of domainClaims) {
      if (!key.startsWith(WEAK) || domainClaims.has(key.slice(WEAK.length))) continue;
      const current = list.filter((b) => !b.ended);
      const body = list.length === 1 ? list[0] : current.length === 1 ? current[0] : undefined;
      if (body) this.byDomain.set(key.slice(WEAK.length), body);
    }
  }

  /**
   * The body a domain belongs to: a domain a register gives ("gov.scot", "nationalarchives.gov.uk"),
   * or one read from the body's name ("southwark.gov.uk", "cumbria.police.uk", "rsch.nhs.uk").
   */
  /** "ashfordstpeters" → Ashford and St Peter's Hospitals NHS Foundation Trust: a body's distinctive words run together, built on first use. */
  private siteKeys?: Map<string, Body | null>;

  /**
   * The body whose own web site a host is when the host is outside gov.uk, nhs.uk and the like
   * ("ashfordstpeters.info", "northdalecouncil.org.uk"): the host's name, read as the body's
   * distinctive words run together (kind words such as "Hospitals", "NHS", "Council" dropped),
   * names a body when exactly one current body has those words.
   */
  bySiteName(host: string): Body | undefined {
    const parts = host.toLowerCase().split(".");
    // The label before the public suffix: "x.info", "x.org.uk", "x.co.uk".
    const suffix = parts.length >= 3 && /^(?:org|co)$/.test(parts[parts.length - 2]!) && parts[parts.length - 1] === "uk" ? 2 : 1;
    if (!/^(?:info|org|com|net|uk)$/.test(parts[parts.length - 1] ?? "")) return undefined;
    const label = parts[parts.length - 1 - suffix]?.replace(/-/g, "");
    if (!label || label.length < 8) return undefined;
    if (!this.siteKeys) {
      this.siteKeys = new Map();
      for (const b of this.bodies) {
        if (b.ended) continue;
        const key = normaliseName(b.name.replace(/^the\s+/i, ""))
          .split(" ")
          .filter((w) => !SITE_KIND.test(w))
          .join("");
        if (key.length < 8) continue;
        this.siteKeys.set(key, this.siteKeys.has(key) ? null : b);
      }
    }
    return this.siteKeys.get(label) ?? undefined;
  }

  byEmailDomain(domain: string): Body | undefined {
    const d = domain.toLowerCase().replace(/^www\./, "");
    const parts = d.split(".");
    // The longest listed suffix first: "foi.nationalarchives.gov.uk" → "nationalarchives.gov.uk".
    for (let i = 0; i < parts.length - 1; i++) {
      const hit = this.byDomain.get(parts.slice(i).join("."));
      if (hit) return hit;
    }
    // An integrated care board writes from "<area>.icb.nhs.uk".
    const icb = /^(?:[\w-]+\.)*?([\w-]+)\.icb\.nhs\.uk$/i.exec(d);
    if (icb) return this.byDomain.get(`icb:${icb[1]!.replace(/-/g, "")}`);
    const m = /^(?:[\w-]+\.)*?([\w-]+)\.(gov\.uk|police\.uk|nhs\.uk|nhs\.net|gov\.wales|gov\.scot|ac\.uk)$/i.exec(d);
    // "bolton.pct.nhs.uk": a label that names a kind of NHS body (a primary care trust, a CCG, a support unit) names no one body.
    if (!m || (m[2] === "nhs.uk" && /^(?:pct|ccg|csu|cs|nhs)$/i.test(m[1]!))) return undefined;
    const kind = { "gov.uk": "gov", "gov.wales": "gov", "gov.scot": "gov", "police.uk": "police", "nhs.uk": "nhs", "nhs.net": "nhs", "ac.uk": "ac" }[m[2]!]!;
    return this.byDomain.get(`${kind}:${m[1]!.replace(/-/g, "")}`);
  }

  /** The body a whole name stands for ("Manchester City Council", "PSNI"), or undefined. */
  lookup(name: string): Body | undefined {
    return this.names.map.get(normaliseName(name))?.[0];
  }

  /**
   * Every body named in `text`, longest name first at each word, left to right: a word
   * is extended only while the run still starts some alias (most words start none), and
   * never past the longest alias, so linear in the text.
   */
  find(text: string, ws: readonly Word[] = words(text)): Hit[] {
    return this.walk(text, ws, this.names, false).map((h) => ({ body: h.bodies[0]!, index: h.index, length: h.length }));
  }

  /** Places that a council, force, fire service or NHS body is named after ("Sefton", "West Yorkshire"), written with capitals. */
  findPlaces(text: string, ws: readonly Word[] = words(text)): { bodies: Body[]; index: number; length: number }[] {
    return this.walk(text, ws, this.places, true);
  }

  private walk(text: string, ws: readonly Word[], index: NameIndex, place: boolean): { bodies: Body[]; index: number; length: number }[] {
    const found: { bodies: Body[]; index: number; length: number }[] = [];
    for (let i = 0; i < ws.length; ) {
      let hit: { bodies: Body[]; n: number } | undefined;
      // Letters write a body's name with a capital ("Health and Social Care", not "health and social care services").
      if (!ws[i]!.cap) {
        i++;
        continue;
      }
      let key = "";
      for (let n = 1; n <= index.maxTokens && i + n <= ws.length; n++) {
        key = n === 1 ? ws[i]!.w : `${key} ${ws[i + n - 1]!.w}`;
        const bodies = index.map.get(key);
        if (!bodies) {
          if (!index.prefixes.has(key)) break;
          continue;
        }
        if (!place && n === 1 && this.exact.has(key) && text.slice(ws[i]!.start, ws[i]!.end) !== this.exact.get(key)) continue;
        hit = { bodies, n };
      }
      if (hit) {
        found.push({ bodies: hit.bodies, index: ws[i]!.start, length: ws[i + hit.n - 1]!.end - ws[i]!.start });
        i += hit.n;
      } else i++;
    }
    return found;
  }
}

/** "Sefton Metropolitan Borough Council" → "sefton"; "West Yorkshire Fire and Rescue Service" → "west yorkshire". */
export function placeOf(name: string): string {
  return normaliseName(name.replace(KIND, " ").replace(/\bNHS\b/g, " "));
}

/** Words a body's site name leaves out: joining words and the words for its kind. */
const SITE_KIND = /^(?:and|of|the|for|nhs|foundation|trust|hospitals?|university|teaching|council|borough|county|city|district|metropolitan|police|constabulary|fire|rescue|service|authority)$/;

/** Marks a domain key read weakly (domainKeys): it names a body only where no firm key does. */
const WEAK = "~";

/** The labels a body's domain is made of, read from its name ("gov:blaenaugwent", "police:cumbria", "nhs:rsch", "ac:wlv"). */
function domainKeys(b: Body): string[] {
  const run = (s: string): string => normaliseName(s).replace(/ /g, "");
  if (b.sector === "council") {
    const key = run(placeOf(b.name));
    return key ? [`gov:${key}`] : [];
  }
  if (b.sector === "police" && /\b(?:Police|Constabulary)$/.test(b.name)) {
    const key = run(b.name.replace(/\b(?:police|constabulary)\b/gi, ""));
    return key ? [`police:${key}`] : [];
  }
  if (b.sector === "nhs" && /\bIntegrated Care Board$/.test(b.name)) {
    // "NHS Kent and Medway Integrated Care Board" writes from kentandmedway.icb.nhs.uk, or from its initials ("nenc").
    const area = normaliseName(placeOf(b.name));
    const initials = area.split(" ").filter((w) => !/^(?:and|of|the)$/.test(w)).map((w) => w[0]).join("");
    return [area.replace(/ /g, ""), ...(initials.length >= 3 ? [initials] : [])].map((k) => `icb:${k}`);
  }
  if (b.sector === "nhs" && /\bTrust$/.test(b.name)) {
    // A trust writes from its place or its initials, with or without "ft"/"tr" ("boltonft", "rsch", "mtw").
    const bare = b.name.replace(/^The\s+/, "");
    const nhs = bare.indexOf(" NHS");
    const core = nhs > 0 ? bare.slice(0, nhs) : bare;
    const place = run(core);
    const initials = normaliseName(core).split(" ").filter((w) => !/^(?:and|of|the|for)$/.test(w)).map((w) => w[0]).join("");
    const keys = [place, `${place}ft`, `${place}tr`];
    if (initials.length >= 3) keys.push(initials, `${initials}ft`, `${initials}t`);
    // Weaker readings, tried only where no trust claims the domain by the rules above: initials that skip a
    // "University" or "Teaching" after the first word ("Hertfordshire Partnership University" writes from
    // hpft.nhs.uk), and two initials with "ft" (every trust with two claims them, so a shared pair names nobody).
    const plain = normaliseName(core).split(" ").filter((w, i) => !/^(?:and|of|the|for)$/.test(w) && !(i > 0 && /^(?:university|teaching)$/.test(w))).map((w) => w[0]).join("");
    const weak = [plain, initials].filter((k) => k.length === 2).flatMap((k) => [`${k}ft`, `${k}t`]);
    if (plain !== initials && plain.length >= 3) weak.push(plain, `${plain}ft`, `${plain}t`);
    return [...keys.filter(Boolean).map((k) => `nhs:${k}`), ...weak.map((k) => `${WEAK}nhs:${k}`)];
  }
  if (b.sector === "university") {
    // "University of Exeter" writes from exeter.ac.uk, "Aston University" from aston.ac.uk.
    const key = run(b.name.replace(/\b(?:the|university|of|college)\b/gi, ""));
    return key ? [`ac:${key}`] : [];
  }
  return [];
}

/**
 * The forms letters shorten a body's name to: an NHS trust without "NHS" ("Salisbury
 * Foundation Trust"), a department without its "Department for" ("Communities and Local
 * Government"), a name without its leading "The".
 */
function shortForms(b: Body): string[] {
  const out: string[] = [];
  if (/^the\s/i.test(b.name)) out.push(b.name.replace(/^the\s+/i, ""));
  if (b.sector === "nhs" && / NHS (?:Foundation )?Trust$/.test(b.name)) out.push(b.name.replace(/^The\s+/, "").replace(/ NHS (Foundation )?Trust$/, " $1Trust").replace(/\s+/g, " "));
  if (b.sector === "central" && /^(?:Department (?:for|of)|Ministry of) \S+ \S+/.test(b.name)) out.push(b.name.replace(/^(?:Department (?:for|of)|Ministry of) /, ""));
  return out;
}

let loaded: Gazetteer | null = null;

/** data/public-bodies.json, read once per process. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const path = fileURLToPath(new URL("../../data/public-bodies.json", import.meta.url));
    loaded = new Gazetteer((JSON.parse(readFileSync(path, "utf8")) as GazetteerFile).bodies);
  }
  return loaded;
}
