import { gazetteer, normaliseName, type Body } from "./gazetteer.js";
import { letterZones } from "./zones.js";

/** Who wrote the letter, as read: the canonical name when the gazetteer knows the body. */
export interface AuthorityReading {
  name: string;
  sector: string;
  nation: string;
  /** Where the name was read ("letterhead", "sign_off", "footer", "body", "email"), "+gazetteer" when resolved. */
  source: string;
}

/** How much one sighting in each place says that the body wrote the letter. */
const WEIGHT = { given: 5, head: 3, signOff: 3, foot: 2, domain: 2, body: 1 } as const;
type Place = keyof typeof WEIGHT;
const PLACE_NAME: Record<Place, string> = { given: "email", head: "letterhead", signOff: "sign_off", foot: "footer", domain: "email_domain", body: "body" };
/** Lines longer than this are prose wherever they stand. */
const LINE = 90;
/** Body mentions count up to this many times: a letter about another body names it often, its writer less. */
const BODY_CAP = 4;

/** "the Council", "the Trust", "the Force": how a letter names its writer after the first time, by sector. */
const SECTOR_WORDS: [sector: string, re: RegExp][] = [
  ["council", /\b(?:the|this|our) (?:council|authority)\b/gi],
  ["nhs", /\b(?:the|this|our) (?:trust|health board|ccg|board)\b/gi],
  ["police", /\b(?:the|this|our) (?:force|constabulary|police service)\b/gi],
  ["fire", /\b(?:the|this|our) (?:fire (?:and|&) rescue service|fire service|service)\b/gi],
  ["central", /\b(?:the|this|our) (?:department|ministry|agency)\b/gi],
  ["university", /\b(?:the|this|our) (?:university|college)\b/gi],
];

/**
 * An organisation's name as letters print it: capitalised words ending in a word that
 * names a kind of body ("Northdale Borough Council", "NHS Westmere CCG"), not followed
 * by a word that makes it something else ("Open Government Licence").
 */
const ORG_NAME =
  // A name starts where a word does, not after a full stop, hyphen or apostrophe inside one: tried
  // from each "A." of "A.A.A.A…", the first word re-read the rest of the run (16,000 pairs: 3.7 s).
  // redos-ok: now each start reads at most nine words, so the cost is linear (recheck still counts the bounded {1,8} as polynomial): its own attack string at 10, 40, 160, 640 K characters takes 0.5, 18, 61, 284 ms, "A." × 64,000 1 ms; the same names on the 678 texts of ../shared, corpus/ and the fixtures
  /\b(?<![\w'\u2019.-][.'\u2019-])(?:(?:The|NHS)[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+(?:(?:of|and|for|the|upon|on|in|&)[ \t]+)?){1,8}(?:Council|Trust|Police|Constabulary|Authority|University|College|Commission|Agency|Executive|Government|Brigade|Corporation|Regulator|Inspectorate|Ombudsman|CCG|Clinical Commissioning Group|Health Board|(?:Ambulance|Fire and Rescue|Fire|Police|Prison|Prosecution|Health) Service)\b(?![ \t]+(?:Licence|License|Act|Regulations|Tax|website|Tenants?))/g;
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

export function sectorOfName(name: string): string {
  if (/\bNHS\b|\bTrust\b|Health Board|Clinical Commissioning|\bCCG\b|Health and Care/i.test(name)) return "nhs";
  if (/\bPolice\b|Constabulary/i.test(name)) return "police";
  if (/\bFire\b/i.test(name)) return "fire";
  if (/\bCouncil\b|\bBorough\b|Combined Authority/i.test(name)) return "council";
  if (/\bUniversity\b|\bCollege\b/i.test(name)) return "university";
  if (/^(?:Department|Ministry|HM |Office)\b|\bGovernment\b/i.test(name)) return "central";
  return "";
}

/** "NHS Northdale CCG" → "NHS Northdale Clinical Commissioning Group"; "The X" → "X". */
function tidyName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .replace(/\bCCG$/, "Clinical Commissioning Group")
    .trim();
}

interface Tally {
  score: number;
  places: Map<Place, number>;
  body?: Body;
  name: string;
}

/**
 * The authority that wrote the letter: every body the gazetteer finds in the letterhead,
 * sign-off, footer, body and the sender's name is scored by where it stands; names the
 * gazetteer does not know are read from the same places and score less. The best wins.
 */
export function readAuthority(text: string, givenName = ""): AuthorityReading | null {
  const g = gazetteer();
  const zones = letterZones(text);
  const tallies = new Map<string, Tally>();
  const add = (key: string, place: Place, points: number, name: string, body?: Body): void => {
    const t = tallies.get(key) ?? { score: 0, places: new Map<Place, number>(), body, name };
    const before = t.places.get(place) ?? 0;
    // Once per place, except in the body where repeated mentions add up to a cap.
    const allowed = place === "body" ? BODY_CAP : 1;
    if (before >= allowed) return;
    t.places.set(place, before + 1);
    t.score += points;
    tallies.set(key, t);
  };
  // A letterhead, sign-off or footer line is short; a long line there is prose and counts as the body.
  const short = (zone: string): string => zone.split("\n").filter((l) => l.length <= LINE).join("\n");
  const long = (zone: string): string => zone.split("\n").filter((l) => l.length > LINE).join("\n");
  const places: [Place, string][] = [
    ["given", givenName], ["head", short(zones.head)], ["signOff", short(zones.signOff)], ["foot", short(zones.foot)],
    ["body", [long(zones.head), long(zones.signOff), zones.body].join("\n")],
  ];
  for (const [place, zone] of places) {
    if (!zone) continue;
    const known = g.find(zone);
    // A known body scores a point more where a letter names its writer; in the body a mention is a mention.
    for (const hit of known) add(hit.body.name, place, WEIGHT[place] + (place === "body" ? 0 : 1), hit.body.name, hit.body);
    // Names the gazetteer does not hold: weaker, and never where a known body already stands.
    if (place === "given" && known.length === 0 && givenName.trim()) add(normaliseName(tidyName(givenName)), place, WEIGHT[place] - 1, tidyName(givenName));
    for (const m of zone.matchAll(ORG_NAME)) {
      const name = tidyName(m[0]);
      if (!isBodyName(name)) continue;
      if (known.some((k) => m.index! < k.index + k.length && k.index < m.index! + m[0].length)) continue;
      const resolved = g.lookup(name);
      if (resolved) continue;
      add(normaliseName(name), place, place === "body" ? 0.5 : WEIGHT[place] - 1, name);
    }
  }
  // The officer's e-mail address: x@northdale.gov.uk names the council, x@westmere.police.uk the force.
  // redos-ok: every run is bounded (64 and 63 characters, 5 labels) and the text cut at 40,000 characters; linear on recheck's attack string (0.04, 0.4, 1.6 MB: 6, 73, 285 ms)
  for (const m of text.slice(0, 40_000).matchAll(/\b[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,5})\b/g)) {
    const body = g.byEmailDomain(m[1]!);
    if (body) add(body.name, "domain", WEIGHT.domain + 1, body.name, body);
  }
  if (tallies.size === 0) return null;
  // The sector the letter calls itself by ("the Council has…") supports bodies of that sector.
  const head = text.slice(0, 40_000);
  const support = new Map<Tally, number>();
  for (const t of tallies.values()) {
    const sector = t.body?.sector ?? sectorOfName(t.name);
    const words = SECTOR_WORDS.find(([s]) => s === sector);
    const n = words ? (head.match(words[1])?.length ?? 0) : 0;
    support.set(t, n);
    t.score += Math.min(2, 0.5 * n);
  }
  // A body named only in the running text is the writer only when named there more than once,
  // or the letter calls itself by that kind of body ("the Council"); otherwise it is a body the letter talks about.
  for (const [key, t] of tallies) {
    if (t.places.size === 1 && t.places.has("body") && (t.places.get("body") ?? 0) < 2 && (support.get(t) ?? 0) === 0) tallies.delete(key);
  }
  if (tallies.size === 0) return null;
  const best = [...tallies.values()].sort((a, b) => b.score - a.score || Number(Boolean(b.body)) - Number(Boolean(a.body)) || a.name.localeCompare(b.name))[0]!;
  // A body named once in passing in the body of the letter, and nowhere else, is not its writer.
  if (best.score < 2) return null;
  const where = [...best.places.entries()].sort((a, b) => WEIGHT[b[0]] * b[1] - WEIGHT[a[0]] * a[1])[0]![0];
  return {
    name: best.body?.name ?? best.name,
    sector: best.body?.sector ?? sectorOfName(best.name),
    nation: best.body?.nation ?? "",
    source: `${PLACE_NAME[where]}${best.body ? "+gazetteer" : ""}`,
  };
}
