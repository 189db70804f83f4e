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
  /** Day the body ceased to exist (a merged council, an abolished CCG), when it did. */
  ended?: string;
  source: string;
}

interface GazetteerFile {
  bodies: Body[];
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

export class Gazetteer {
  private readonly byAlias = new Map<string, Body>();
  /** Short one-word aliases: the exact spelling they must have in the text. */
  private readonly exact = new Map<string, string>();
  readonly maxTokens: number;
  /** Every run of whole words an alias starts with ("west", "west yorkshire"): a longer run is looked up only while it still starts one. */
  private readonly prefixes = new Set<string>();
  /** "southwark" → London Borough of Southwark (for x@southwark.gov.uk), "cumbria" → Cumbria Constabulary (x@cumbria.police.uk). */
  private readonly byDomain = new Map<string, Body>();

  constructor(readonly bodies: readonly Body[]) {
    const claims = new Map<string, Body[]>();
    for (const b of bodies) {
      for (const alias of [b.name, ...b.aliases, ...shortForms(b)]) {
        const key = normaliseName(alias);
        if (!key) continue;
        const list = claims.get(key) ?? [];
        if (!list.includes(b)) list.push(b);
        claims.set(key, list);
        if (!key.includes(" ") && key.length <= SHORT) this.exact.set(key, alias);
      }
    }
    let maxTokens = 1;
    for (const [key, list] of claims) {
      // One name claimed by two bodies: the body whose own name it is, else the one still in being; else nobody.
      const own = list.filter((b) => normaliseName(b.name) === key);
      const current = list.filter((b) => !b.ended);
      const body = list.length === 1 ? list[0] : own.length === 1 ? own[0] : current.length === 1 ? current[0] : undefined;
      if (!body) continue;
      this.byAlias.set(key, body);
      const tokens = key.split(" ");
      maxTokens = Math.max(maxTokens, tokens.length);
      for (let n = 1; n < tokens.length; n++) this.prefixes.add(tokens.slice(0, n).join(" "));
    }
    this.maxTokens = maxTokens;
    const domainClaims = new Map<string, Body[]>();
    for (const b of bodies) {
      const key = domainKey(b);
      if (key) domainClaims.set(key, [...(domainClaims.get(key) ?? []), b]);
    }
    for (const [key, list] of domainClaims) {
      const current = list.filter((b) => !b.ended);
      const body = list.length === 1 ? list[0] : current.length === 1 ? current[0] : undefined;
      if (body) this.byDomain.set(key, body);
    }
  }

  /** The council or police force an e-mail domain belongs to ("southwark.gov.uk", "cumbria.police.uk"), or undefined. */
  byEmailDomain(domain: string): Body | undefined {
    const m = /^(?:[\w-]+\.)*?([\w-]+)\.(gov|police)\.uk$/i.exec(domain.toLowerCase());
    if (!m) return undefined;
    return this.byDomain.get(`${m[2]}:${m[1]!.replace(/-/g, "")}`);
  }

  /** The body a whole name stands for ("Manchester City Council", "PSNI"), or undefined. */
  lookup(name: string): Body | undefined {
    return this.byAlias.get(normaliseName(name));
  }

  /**
   * Every body named in `text`, longest name first at each word, left to right: a word
   * is extended only while the run still starts some alias (most words start none), and
   * never past `maxTokens`, so linear in the text.
   */
  find(text: string): { body: Body; index: number; length: number }[] {
    const words: { w: string; start: number; end: number }[] = [];
    const re = /[\p{L}\p{N}&'\u2019]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A plain ASCII word normalises to its lower case; the rest ("&", apostrophes, accents) go the long way.
      if (/^[A-Za-z0-9]+$/.test(m[0])) {
        words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
        continue;
      }
      const w = normaliseName(m[0]);
      if (w) for (const part of w.split(" ")) words.push({ w: part, start: m.index, end: m.index + m[0].length });
    }
    const found: { body: Body; index: number; length: number }[] = [];
    for (let i = 0; i < words.length; ) {
      let hit: { body: Body; n: number } | undefined;
      let key = "";
      for (let n = 1; n <= this.maxTokens && i + n <= words.length; n++) {
        key = n === 1 ? words[i]!.w : `${key} ${words[i + n - 1]!.w}`;
        const body = this.byAlias.get(key);
        if (!body) {
          if (!this.prefixes.has(key)) break;
          continue;
        }
        if (n === 1 && this.exact.has(key) && text.slice(words[i]!.start, words[i]!.end) !== this.exact.get(key)) continue;
        hit = { body, n };
      }
      if (hit) {
        found.push({ body: hit.body, index: words[i]!.start, length: words[i + hit.n - 1]!.end - words[i]!.start });
        i += hit.n;
      } else i++;
    }
    return found;
  }
}

/** The domain label a council or force writes from: its place, run together ("gov:blaenaugwent", "police:cumbria"). */
function domainKey(b: Body): string {
  if (b.sector === "council") {
    const place = b.name.replace(/\b(?:london borough of|royal borough of|city of|county borough council|metropolitan borough council|borough council|district council|county council|city council|council|combined authority|the)\b/gi, "");
    const key = normaliseName(place).replace(/ /g, "");
    return key ? `gov:${key}` : "";
  }
  if (b.sector === "police" && /\b(?:Police|Constabulary)$/.test(b.name)) {
    const key = normaliseName(b.name.replace(/\b(?:police|constabulary)\b/gi, "")).replace(/ /g, "");
    return key ? `police:${key}` : "";
  }
  return "";
}

/**
 * The forms letters shorten a body's name to: an NHS trust without "NHS" ("Salisbury
 * Foundation Trust"), a department without its "Department for" ("Communities and Local
 * Government"), a name without its leading "The".
 */
function shortForms(b: Body): string[] {
  const out: string[] = [];
  if (/^the\s/i.test(b.name)) out.push(b.name.replace(/^the\s+/i, ""));
  if (b.sector === "nhs" && / NHS (?:Foundation )?Trust$/.test(b.name)) out.push(b.name.replace(/ NHS (Foundation )?Trust$/, " $1Trust").replace(/\s+/g, " "));
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
