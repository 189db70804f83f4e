import { gazetteer, normaliseName, type Body } from "./gazetteer.js";
import { addressMentions, lineMentions, tidyName, type Mention, type Use } from "./mentions.js";
import { zoneLines } from "./zones.js";
import { sectorOfName } from "./kinds.js";

export { sectorOfName };

/** Who wrote the letter, as read: the canonical name when the gazetteer knows the body. */
export interface AuthorityReading {
  name: string;
  sector: string;
  nation: string;
  /** Where the name was read ("letterhead", "sign_off", "footer", "body", "email_domain", "web_domain", "email", "source_url"), "+gazetteer" when resolved. */
  source: string;
}

/**
 * What one sighting says for the body being the writer, by how it is used, and how many
 * sightings of that use count (a letter about another body names it often; its writer
 * names itself once in the letterhead).
 */
const POINTS: Record<Use, { points: number; cap: number }> = {
  line: { points: 4, cap: 1 },
  writer: { points: 3, cap: 2 },
  email: { points: 3, cap: 1 },
  rights: { points: 1.5, cap: 1 },
  web: { points: 1.5, cap: 2 },
  mention: { points: 0.75, cap: 4 },
  request: { points: 0.4, cap: 3 },
  // A body the letter sends the requester to is another body than the writer: each sighting counts against it.
  referral: { points: -2, cap: 3 },
  place: { points: 0.5, cap: 3 },
};
/** A name standing on its own line is worth this much more in the letterhead or sign-off than in the footer. */
const ZONE_BONUS: Record<string, number> = { head: 0.5, signOff: 0.5, foot: 0 };
/** What a place on a line of the letterhead, sign-off or footer adds. */
const PLACE_ADDRESS = 0.5;
/** The sender of an e-mail, the publisher of a page: named by the file, not the letter. */
const GIVEN = 6;
/** A body the gazetteer knows is worth a point more than a name it lacks, wherever both are read. */
const UNKNOWN = 1;
/** The least a reading must score: two mentions, or one sighting where writers name themselves. */
const MIN_SCORE = 1.5;

/** "the Council", "your force", "the Trust": how a letter names its writer after the first time; the word says the sector. */
const SECTOR_WORD =
  /\b(?:the|this|our|your) (council|authority|trust|health board|ccg|icb|integrated care board|board|foundation trust|force|constabulary|police service|fire (?:and|&) rescue service|fire service|fire authority|service|department|ministry|agency|university|college)\b/gi;
const SECTOR_OF: Record<string, string> = {
  council: "council", authority: "council", trust: "nhs", "health board": "nhs", ccg: "nhs", icb: "nhs", "integrated care board": "nhs", board: "nhs", "foundation trust": "nhs",
  force: "police", constabulary: "police", "police service": "police", "fire service": "fire", "fire authority": "fire", service: "fire",
  department: "central", ministry: "central", agency: "central", university: "university", college: "university",
};
/** Self-words that name the writer's kind by a word of its name, and that word. */
const NAMED_WORD = new Map([["trust", "trust"], ["foundation trust", "trust"], ["university", "university"], ["college", "college"]]);
/** A letter under the Scottish Act is written by a Scottish body or a UK-wide one. */
const SCOTTISH_ACT = /Freedom of Information \(Scotland\) Act|\bFOISA\b|Environmental Information \(Scotland\)/;

/**
 * The body whose web site published the letter, from its address ("https://www.example.gov.uk/foi/…",
 * "foi.example.police.uk/…", a trust's own "<its words>.info"); undefined for hosts that publish for others (WhatDoTheyKnow, gov.uk itself)
 * or that the gazetteer does not know.
 */
export function publisherOf(sourceUrl: string): Body | undefined {
  const host = /^\s*(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]|\s*$)/i.exec(sourceUrl)?.[1];
  if (!host) return undefined;
  const g = gazetteer();
  return g.byEmailDomain(host) ?? g.bySiteName(host);
}

export interface Candidate {
  name: string;
  body?: Body;
  /** The gazetteer's sector, the one its name says, or (for a name that says none) the one the letter calls itself by. */
  sector?: string;
  /** For a name that says none: the sector of a fuller name printed beside it. */
  beside?: string;
  score: number;
  /** Sightings counted so far, by use. */
  uses: Map<string, number>;
  /** The place that counted most, for `source`. */
  best: { points: number; where: string };
}

const WHERE: Record<string, string> = { head: "letterhead", signOff: "sign_off", foot: "footer", rights: "body", body: "body" };

/**
 * The authority that wrote the letter, as the best of competing candidates: every body the
 * gazetteer finds (by name, by an abbreviation the letter defines, by its place, by the
 * domain of an e-mail or web address) and every organisation's name it lacks is scored by
 * where and how the letter names it; the letter's own words for its writer ("the Council",
 * "your force") and its Act (FOISA) weigh for the bodies they fit. The best wins.
 */
export function readAuthority(text: string, givenName = "", sourceUrl = ""): AuthorityReading | null {
  const best = rankAuthorities(text, givenName, sourceUrl)[0];
  if (!best || best.score < MIN_SCORE) return null;
  return {
    name: best.body?.name ?? best.name,
    sector: best.sector ?? best.body?.sector ?? sectorOfName(best.name),
    nation: best.body?.nation ?? "",
    source: `${best.best.where}${best.body ? "+gazetteer" : ""}`,
  };
}

/** Every candidate for the writer, best first, with its score and the sightings that made it (for `readAuthority` and for explaining a reading). */
export function rankAuthorities(text: string, givenName = "", sourceUrl = ""): Candidate[] {
  const g = gazetteer();
  const lines = zoneLines(text);
  const mentions: Mention[] = [...lineMentions(lines, g), ...addressMentions(lines, g)];
  const candidates = new Map<string, Candidate>();
  const candidate = (name: string, body?: Body): Candidate => {
    const key = body ? body.name : normaliseName(name);
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { name: body?.name ?? name, body, score: 0, uses: new Map(), best: { points: 0, where: "body" } }));
    return c;
  };
  if (givenName.trim()) {
    const body = g.lookup(givenName) ?? g.find(givenName)[0]?.body;
    const c = candidate(body ? body.name : tidyName(givenName), body);
    c.score += GIVEN - (body ? 0 : UNKNOWN);
    c.best = { points: GIVEN, where: "email" };
  }
  // The address the letter was published at (a disclosure log's page): its host names the publisher when the gazetteer knows it.
  const published = publisherOf(sourceUrl);
  if (published) {
    const c = candidate(published.name, published);
    c.score += GIVEN;
    if (GIVEN > c.best.points) c.best = { points: GIVEN, where: "source_url" };
  }
  for (const m of mentions) {
    const c = candidate(m.name, m.body);
    if (m.sector && !c.beside) c.beside = m.sector;
    // A name on its own line counts once in each of letterhead, sign-off and footer; other uses up to their cap.
    const capKey: string = m.use === "line" ? `line:${m.zone}` : m.use;
    const seen = c.uses.get(capKey) ?? 0;
    if (seen >= POINTS[m.use].cap) continue;
    c.uses.set(capKey, seen + 1);
    // A place on a line of the letterhead, sign-off or footer (the writer's address) says more than one in the text.
    const bonus = m.use === "line" ? (ZONE_BONUS[m.zone] ?? 0) : m.use === "place" && m.zone !== "body" ? PLACE_ADDRESS : 0;
    const points = POINTS[m.use].points + bonus - (m.body ? 0 : UNKNOWN * Number(m.use !== "mention" && m.use !== "request"));
    c.score += m.body ? points : Math.min(points, m.use === "mention" || m.use === "request" ? points / 2 : points);
    if (points > c.best.points) c.best = { points, where: m.use === "email" ? "email_domain" : m.use === "web" ? "web_domain" : (WHERE[m.zone] ?? "body") };
  }
  if (candidates.size === 0) return [];
  const head = text.slice(0, 40_000);
  const sectorWords = new Map<string, number>();
  /** "the Trust", "the University": words only a body with that word in its name uses of itself (not NHS England, not a college). */
  const namedWords = new Map<string, number>();
  for (const m of head.matchAll(SECTOR_WORD)) {
    const word = m[1]!.toLowerCase();
    const sector = SECTOR_OF[word] ?? (word.startsWith("fire") ? "fire" : "");
    if (NAMED_WORD.has(word)) namedWords.set(word, (namedWords.get(word) ?? 0) + 1);
    else if (sector) sectorWords.set(sector, (sectorWords.get(sector) ?? 0) + 1);
  }
  const scottish = SCOTTISH_ACT.test(head);
  const selfSector = selfWordSector(sectorWords, namedWords);
  for (const [key, c] of candidates) {
    // A name that says nothing of its kind ("Larkmoor Health", "Eastmere"), read where a writer names itself,
    // is of the kind the letter calls itself by ("the Trust", "the Council").
    const kindless = !c.body && !sectorOfName(c.name);
    const ownName = c.uses.has("writer") || [...c.uses.keys()].some((u) => u.startsWith("line:"));
    const sector = c.body?.sector ?? (sectorOfName(c.name) || c.beside || (ownName ? selfSector.sector : ""));
    c.sector = sector;
    const names = [c.name, ...(c.body?.aliases ?? [])].join(" ").toLowerCase();
    let support = kindless ? (sector && sector === selfSector.sector ? selfSector.count : 0) : (sectorWords.get(sector) ?? 0);
    if (!kindless) for (const [word, n] of namedWords) if (names.includes(NAMED_WORD.get(word)!)) support += n;
    c.score += Math.min(2, 0.5 * support);
    if (scottish && c.body && c.body.nation !== "scotland" && c.body.nation !== "uk") c.score -= 1;
    // A place alone names a body only where the letter calls itself by that body's kind ("the Council").
    const onlyPlace = c.uses.size === 1 && c.uses.has("place");
    // A body named once in passing, and nowhere else, is a body the letter talks about.
    const passing = [...c.uses.keys()].every((u) => u === "mention" || u === "request") && [...c.uses.values()].reduce((a, b) => a + b, 0) < 2;
    // (The sender of an e-mail and the publisher of a page are named by the file, not in passing.)
    const givenByFile = c.best.where === "email" || c.best.where === "source_url";
    if ((onlyPlace || passing) && support === 0 && !givenByFile) candidates.delete(key);
    // A name the gazetteer lacks that says nothing of what kind of body it is ("Anne Smith Chief Executive") counts half.
    else if (!c.body && !sector) c.score /= 2;
  }
  return [...candidates.values()].sort((a, b) => b.score - a.score || Number(Boolean(b.body)) - Number(Boolean(a.body)) || a.name.localeCompare(b.name));
}

/** The kind the letter calls itself by most ("the Trust" twice, "the Council" once: nhs), and how often; none on a tie. */
function selfWordSector(sectorWords: Map<string, number>, namedWords: Map<string, number>): { sector: string; count: number } {
  const counts = new Map(sectorWords);
  for (const [word, n] of namedWords) {
    const sector = SECTOR_OF[word] ?? "";
    if (sector) counts.set(sector, (counts.get(sector) ?? 0) + n);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked[0] || ranked[0][1] === ranked[1]?.[1]) return { sector: "", count: 0 };
  return { sector: ranked[0][0], count: ranked[0][1] };
}
