import type { Act, Citation, LetterMeta } from "../core/types.js";
import { parseCitationLists } from "./parse.js";
import { dropWithdrawn } from "./withdrawn.js";
import { canonicalGround, isNcndProvision, provisionKind, realProvision, sectionOf, statutes } from "./statutes.js";

interface ActMention {
  act: Act | "OTHER";
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every alias of every act, longest first, as one bounded alternation. */
const ALIAS_PATTERN = (() => {
  const entries: { alias: string; act: Act }[] = [];
  for (const [act, info] of Object.entries(statutes.acts) as [Act, (typeof statutes.acts)[Act]][]) {
    for (const alias of info.aliases) entries.push({ alias, act });
  }
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const lookup = new Map(entries.map((e) => [e.alias, e.act]));
  const source = entries.map((e) => escapeRegExp(e.alias).replace(/\\ /g, "\\s+").replace(/ /g, "\\s+")).join("|");
  return { regex: new RegExp(`(?<![\\w])(?:${source})(?![\\w])`, "gi"), lookup };
})();

/** Other statutes whose sections must not be read as FOI grounds. */
// redos-ok: at most six words before "Act" from each word start, so linear (measured: 1.2 MB of recheck's attack string in 73 ms, ten times less in 11 ms)
// A bracketed part of the name ("Local Government (Miscellaneous Provisions) Act 1982", "(Scotland)", "(England) Order 2015") is one name word.
const OTHER_ACT = /\b(?:(?:[A-Z][a-z]+|and|of|the|\((?:[A-Z][a-z]+ ?){1,3}\))\s+){0,6}(?:Act|Regulations|Order|Rules)\s+(?:19|20)\d\d\b|\b(?:Data Protection Act|Computer Misuse Act|GDPR|UK GDPR|General Data Protection Regulation|Human Rights Act|Equality Act|Local Government Act|Environmental Protection Act|Police Act|Children Act|Housing Act|Health and Social Care Act|Public Records Act|Re-use of Public Sector Information Regulations)\b/g;

/**
 * Another Act named without its year ("section 38 of the Highways Act", "s.19 of the Children Act",
 * "under section 106 of the Town and Country Planning Act"): its capitalised name words, then "Act".
 * A bare "the Act" / "This Act" names none (it is the letter's own), nor does an FOI statute.
 */
// redos-ok: each name word is a capital and lower-case letters then one run of spaces on the same line, at most six of them before "Act"
const OTHER_ACT_NAMED = /\b(?:[A-Z][a-z]+|\((?:[A-Z][a-z]+ ?){1,3}\))(?:[ \t]+(?:[A-Z][a-z]+|and|of|for|the|at|on|in|to|etc\.?|\((?:[A-Z][a-z]+ ?){1,3}\))){0,6}[ \t]+Act\b/g;
const NOT_A_NAME = /^(?:the|this|that|said|same|such|an?|our|your|its|their|which|whole|above|relevant|new|main|principal)$/i;

/**
 * A section number that names a thing made under another Act ("a section 38 agreement", "section 106
 * monies", "a section 21 notice", "section 278 works"): the words right after the number.
 */
const THING_AFTER = /^\s*(?:agreements?|notices?|orders?|licen[cs]es?|consents?|works|schemes?|applications?|obligations?|contributions?|monies|moneys|payments?|funding|funds?|officers?|powers?|assessments?|undertakings?|certificates?|determinations?|diversions?|closures?|stopping[- ]up|adoptions?|roads?|highways?)\b/i;

function actOfAlias(alias: string): Act | undefined {
  const key = alias.toLowerCase().replace(/\s+/g, " ");
  return ALIAS_PATTERN.lookup.get(key);
}

function findActMentions(text: string): ActMention[] {
  const out: ActMention[] = [];
  ALIAS_PATTERN.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALIAS_PATTERN.regex.exec(text))) {
    const act = actOfAlias(m[0]);
    if (act) out.push({ act, start: m.index, end: m.index + m[0].length });
  }
  OTHER_ACT.lastIndex = 0;
  while ((m = OTHER_ACT.exec(text))) {
    const name = m[0];
    // The FOI statutes themselves, however misspelt ("Freedom of Informaton Act"), are not other Acts.
    if (actOfAlias(name.replace(/^(?:the\s+)/i, "")) || /\bfreedom\b|environmental information|\bfoi/i.test(name)) continue;
    // Leading "of the" belongs to the sentence, not the Act's name.
    const lead = /^(?:(?:of|the|and)\s+)*/.exec(name)![0].length;
    out.push({ act: "OTHER", start: m.index + lead, end: m.index + name.length });
  }
  OTHER_ACT_NAMED.lastIndex = 0;
  while ((m = OTHER_ACT_NAMED.exec(text))) {
    const name = m[0];
    if (actOfAlias(name) || /\bfreedom\b|environmental information|\bfoi/i.test(name)) continue;
    const words = name.slice(0, -"Act".length).split(/[ \t]/).filter((w) => w && !NOT_A_NAME.test(w));
    if (words.length === 0) continue;
    if (out.some((x) => x.start <= m!.index + name.length && m!.index <= x.end)) continue;
    const lead = /^(?:(?:the|The|This|this)\s+)*/.exec(name)![0].length;
    out.push({ act: "OTHER", start: m.index + lead, end: m.index + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Scottish letters cite the Scottish act and regulations; "EIR" in a Scottish letter means the EISR. */
function localise(act: Act, regime: Act): Act {
  const scottish = regime === "FOISA" || regime === "EISR";
  if (scottish && act === "EIR") return "EISR";
  if (scottish && act === "FOIA") return act; // a Scottish letter naming the UK Act keeps it
  return act;
}

function defaultAct(unit: "section" | "regulation" | "unknown", regime: Act): Act {
  const scottish = regime === "FOISA" || regime === "EISR";
  if (unit === "regulation") return scottish ? "EISR" : "EIR";
  if (unit === "section") return scottish ? "FOISA" : "FOIA";
  return regime;
}

/** "of the Act", "of the FOI Act", "under the EIR", "of the Data Protection Act 2018" right after a list. */
const AFTER_ACT = /^\s*(?:[,;]\s*)?(?:\([^)]{0,40}\)\s*)?(?:of|under|in|within|to)\s+(?:the\s+)?(?:(Act|Regulations)\b|(?=\S))/i;
/** Another Act named right after the number, with no "of" ("s.38 Highways Act", "section 19 Children Act 1989"). */
const RIGHT_AFTER = /^\s*(?:[,;]\s*)?(?=\S)/;

function resolveAct(text: string, listEnd: number, unit: "section" | "regulation" | "unknown", actPrefix: string, regime: Act, mentions: ActMention[]): Act | "OTHER" {
  if (actPrefix === "FOIA" || actPrefix === "FOISA" || actPrefix === "EIR" || actPrefix === "EISR") return localise(actPrefix as Act, regime);
  const tail = text.slice(listEnd, listEnd + 120);
  const m = AFTER_ACT.exec(tail);
  if (m) {
    const at = listEnd + m[0].length;
    if (m[1]) {
      // "the Act" / "the Regulations": the nearest act of that kind named before, else the letter's.
      const wantRegulations = /^regulations$/i.test(m[1]);
      for (let i = mentions.length - 1; i >= 0; i--) {
        const x = mentions[i]!;
        if (x.start >= listEnd) continue;
        if (x.act === "OTHER") continue;
        const isRegs = x.act === "EIR" || x.act === "EISR";
        if (isRegs === wantRegulations) return x.act;
      }
      return defaultAct(wantRegulations ? "regulation" : "section", regime);
    }
    const named = mentions.find((x) => x.start >= at - 1 && x.start <= at + 4);
    if (named) return named.act === "OTHER" ? "OTHER" : localise(named.act, regime);
  }
  const next = RIGHT_AFTER.exec(tail);
  if (next && mentions.some((x) => x.act === "OTHER" && x.start === listEnd + next[0].length)) return "OTHER";
  return defaultAct(unit, regime);
}

/**
 * A sentence about taking more time to answer (FOIA s10(3), EIR 7(1)): "we are extending the deadline
 * by 20 working days", "the Act allows such an extension where an exemption is engaged, here section
 * 42", "we need further time to consider the public interest in withholding under section 43". The
 * exemption it names is being weighed, not yet applied: a holding or part reply with such a sentence
 * withholds nothing on it (the final reply says whether it does).
 */
export const TIME_EXTENSION = /\b(?:such an extension|an extension (?:of|to) (?:the )?(?:time|deadline|period|response)|extend(?:ed|ing)? (?:the )?(?:time|deadline|period|date|response)|(?:further|additional|more|extra) time to (?:consider|assess|weigh|complete)|allows? (?:us )?(?:to extend|an extension|a further))\b/i;

/** The sentence holding a span: back to the last full stop before it, on to the next one (each at most 300 characters away). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start);
  const stops = [...before.matchAll(/[.!?](?=\s+[A-Z])/g)];
  const from = stops.length ? start - before.length + stops[stops.length - 1]!.index! + 1 : Math.max(0, start - 300);
  const after = text.slice(end, end + 300);
  const stop = /[.!?](?=\s|$)/.exec(after);
  return text.slice(from, stop ? end + stop.index + 1 : end + after.length).replace(/\s+/g, " ");
}

/** A citation the letter says it is not relying on. */
const NOT_APPLIED_AFTER = /^[^.;\n]{0,30}?\b(?:does not apply|do not apply|is not engaged|are not engaged|has not been applied|have not been applied|not relied)/i;
const NOT_APPLIED_BEFORE = /\b(?:not (?:applied|relied on|relying on|applying|using)|no longer relying on|rather than|(?:not|never) (?:exceed(?:ed|ing|s)?|engag(?:e|ed|es|ing)|meet(?:s|ing)?|reach(?:ed|es|ing)?))\s+(?:the\s+)?(?:(?:exemptions?|limits?)\s+(?:at|under|in|of|set by)\s+)?$/i;

/**
 * A qualified exemption found engaged but released on the public interest test ("section 42
 * applies … however the public interest lies in favour of disclosure, so we have released it"):
 * nothing is withheld on it, so it is no ground. Read in the few sentences after the citation.
 */
// redos-ok: only ever tested on a 400-character slice after a citation; recheck's own attack ("\t\t" repeated) at 400, 4,000 and 40,000 characters takes 0.06, 0.002 and 0.01 ms in V8
export const BALANCE_FOR_RELEASE = /(?<!\b(?:whether|if)\s+(?:the\s+)?(?:balance\s+of\s+(?:the\s+)?)?)\bpublic\s+interest\s+(?:(?:lies|rests|falls|is|weighs)(?:\s+(?:firmly|clearly|therefore))?\s+in\s+favour\s+of|(?:favours|favors|supports))\s+(?:the\s+)?(?:disclos|releas)/i;

/**
 * "we rely on 31(3), which lifts the confirm-or-deny duty when confirming would harm one of the
 * matters at section 31(1)": the subsection a neither-confirm-nor-deny provision refers to is described, not
 * applied; the NCND provision is the ground. Tested on the 60 characters before a citation.
 */
// redos-ok: fixed words with one optional word between, anchored at the end of a short slice
const MATTERS_OF = /\b(?:the|those)\s(?:matters|purposes|interests|harms?)\s(?:(?:set out|listed|mentioned|described|specified|referred to)\s)?(?:in|at|under|by)\s(?:(?:sub-?sections?|sections?|s\.?)\s?)?$/i;

function appliedContext(text: string, start: number, end: number): boolean {
  if (MATTERS_OF.test(text.slice(Math.max(0, start - 60), start))) return false;
  if (NOT_APPLIED_AFTER.test(text.slice(end, end + 60))) return false;
  if (TIME_EXTENSION.test(sentenceAround(text, start, end))) return false;
  if (BALANCE_FOR_RELEASE.test(text.slice(end, end + 400))) return false;
  if (NOT_APPLIED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return false;
  return true;
}

/** Every statute reference in the text, numbered or by name, with act and applied/mentioned. */
export function findCitations(text: string, regime: Act): Citation[] {
  const mentions = findActMentions(text);
  const out: Citation[] = [];
  const cut = new Set<Citation>();
  for (const list of parseCitationLists(text)) {
    const act = resolveAct(text, list.end, list.unit, list.actPrefix, regime, mentions);
    if (act === "OTHER") continue;
    // "a section 38 agreement", "section 106 monies": a thing made under another Act, not a provision applied.
    if (THING_AFTER.test(text.slice(list.end, list.end + 40))) continue;
    const contextOk = appliedContext(text, list.start, list.end);
    // FOIA s39 in a letter answered under the EIR says why the EIR apply; it withholds nothing.
    const routing = (p: string): boolean => act === "FOIA" && sectionOf(p) === "39" && (regime === "EIR" || regime === "EISR");
    const seen = new Set<string>();
    for (const p of list.provisions) {
      // Every ground is a provision that exists: read the citation against the act's tree.
      const real = realProvision(act, p.provision);
      if (seen.has(real.provision)) continue;
      seen.add(real.provision);
      const kind = provisionKind(act, real.provision);
      const applied = kind === "ground" && contextOk && !routing(real.provision);
      const citation: Citation = {
        act,
        section: sectionOf(real.provision),
        provision: real.provision,
        ground: canonicalGround(act, real.provision),
        span: { start: list.start, end: list.end },
        applied,
        byName: false,
        ncnd: isNcndProvision(act, real.provision),
        reason: kind === "ground" ? (contextOk ? "cite/ground" : "cite/not-applied") : kind === "not_held" ? "cite/not-held-provision" : kind === "mentioned" ? "cite/procedural" : "cite/unknown-provision",
        ...(real.reading === "as-written" ? {} : { written: p.provision }),
      };
      out.push(citation);
      if (real.reading === "cut") cut.add(citation);
    }
  }
  out.push(...preferPreciseForm(out.splice(0), cut));
  out.push(...findNamedGrounds(text, regime, mentions));
  // A ground an internal review or corrected reply withdraws is no ground (labels.md).
  return dropWithdrawn(text, out.sort((a, b) => a.span.start - b.span.start || a.ground.localeCompare(b.ground)));
}

/**
 * A citation cut back to a real level ("section 31(1A)" → s31(1)) takes the precise form the
 * letter gives elsewhere ("31(1)(a)"), as labels.md asks; with none, it stays cut back. A section
 * cited bare ("Section 14 … vexatious") likewise takes the one precise form the letter applies
 * for it elsewhere ("Section 14(1) … need not comply"): labels.md writes a ground at the precision
 * the letter gives. With two or more precise forms the bare citation stays as written.
 */
function preferPreciseForm(citations: Citation[], cut: ReadonlySet<Citation>): Citation[] {
  return citations.flatMap((c) => {
    const bare = c.provision === c.section;
    if (!(cut.has(c) || bare) || !c.applied) return [c];
    const precise = [...new Set(citations.filter((o) => o !== c && o.applied && o.act === c.act && o.written === undefined && o.provision.startsWith(`${c.provision}(`)).map((o) => o.provision))];
    if (precise.length === 0 || (!cut.has(c) && precise.length > 1)) return [c];
    return precise.map((provision) => ({ ...c, provision, ground: canonicalGround(c.act, provision), ncnd: isNcndProvision(c.act, provision) }));
  });
}

/** Ground names that are specific enough to be a refusal by themselves. */
const STRONG_NAMES = new Set(statutes.strong_names);

const NAME_PATTERNS = (() => {
  const all = new Set<string>();
  for (const info of Object.values(statutes.acts)) for (const n of Object.keys(info.names)) all.add(n);
  const source = [...all].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, "\\s+(?:\\(\\w+\\)\\s+)?")).join("|");
  return new RegExp(`\\b(?:${source})\\b`, "gi");
})();

/**
 * The acts a ground named without a number may belong to: the letter's own act first, then its
 * companion (the regulations of an Act letter, the Act of a regulations letter) only when the
 * letter names that companion somewhere. labels.md: the act is the one named near the citation,
 * else the letter's; a FOIA letter's "ensuring public safety" is reasoning, not EIR 12(5)(a).
 */
function actsForName(regime: Act, named: ReadonlySet<Act | "OTHER">): Act[] {
  const companion: Record<Act, Act> = { FOIA: "EIR", EIR: "FOIA", FOISA: "EISR", EISR: "FOISA" };
  const other = companion[regime];
  const scottishRegs = other === "EISR" && named.has("EIR");
  return named.has(other) || scottishRegs ? [regime, other] : [regime];
}

function findNamedGrounds(text: string, regime: Act, mentions: readonly ActMention[]): Citation[] {
  const named = new Set(mentions.map((m) => m.act));
  const out: Citation[] = [];
  NAME_PATTERNS.lastIndex = 0;
  let m: RegExpExecArray | null;
  const otherActs = mentions.filter((x) => x.act === "OTHER");
  while ((m = NAME_PATTERNS.exec(text))) {
    // "the Health and Safety at Work etc. Act": a ground's name inside another Act's name is that Act.
    const at = m.index;
    if (otherActs.some((x) => x.start <= at && at < x.end)) continue;
    // Whitespace around "(Scotland)" is collapsed by the second replace: the first need not match it.
    const name = m[0].toLowerCase().replace(/\(\w+\)/g, " ").replace(/\s+/g, " ");
    for (const act of actsForName(regime, named)) {
      const provision = statutes.acts[act].names[name];
      if (!provision) continue;
      out.push({
        act,
        section: sectionOf(provision),
        provision,
        ground: canonicalGround(act, provision),
        span: { start: m.index, end: m.index + m[0].length },
        applied: !BALANCE_FOR_RELEASE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 400)),
        byName: true,
        ncnd: false,
        reason: STRONG_NAMES.has(name) ? "cite/name-strong" : "cite/name",
      });
      break;
    }
  }
  return out;
}

const SCOTTISH = /\b(?:FOISA|FOI\s*\(S\)\s*A|Freedom of Information \(Scotland\) Act|Scottish Information Commissioner)\b/i;
const EISR = /\b(?:EISRs?|Environmental Information \(Scotland\) Regulations)\b/i;
const EIR = /\b(?:EIRs?|Environmental Information Regulations)\b/i;
const EIR_ALL = new RegExp(EIR.source, "gi");
const REGULATION_CITE = /\bregulation\s+1[23]\b/i;
const HANDLED_UNDER_EIR = /\b(?:handled|considered|dealt with|processed|responded to|answered)\s+(?:(?:it|this|your|the)\s+(?:request\s+)?)?under\s+the\s+(?:EIRs?|Environmental Information Regulations)/i;

/** The act the letter answers under: explicit metadata, then what the letter says. */
export function letterRegime(text: string, meta: Pick<LetterMeta, "lawUsed" | "sector">): Act {
  const law = meta.lawUsed.toLowerCase();
  const sector = meta.sector.toLowerCase();
  if (/^(foisa|eisr|foia|eir)$/i.test(meta.lawUsed)) return meta.lawUsed.toUpperCase() as Act;
  const scottish = sector === "scotland" || SCOTTISH.test(text);
  if (law === "eir") return scottish ? "EISR" : "EIR";
  if (scottish) return EISR.test(text) && HANDLED_UNDER_EIR.test(text.replace(/\(Scotland\)\s*/g, "")) ? "EISR" : "FOISA";
  if (HANDLED_UNDER_EIR.test(text)) return "EIR";
  // Counted only as far as the answer needs: without a regulation 12 or 13 cited, nothing else is counted.
  if (!REGULATION_CITE.test(text)) return "FOIA";
  const eirCount = (text.match(EIR_ALL) ?? []).length;
  if (eirCount === 0) return "FOIA";
  const foiaCount = (text.match(/\b(?:FOIA|Freedom of Information Act|FOI Act)\b/gi) ?? []).length;
  if (eirCount >= foiaCount) return "EIR";
  return "FOIA";
}
