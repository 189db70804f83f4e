import type { LetterMeta } from "../core/types.js";
import { emptyMeta } from "../core/types.js";
import { readAuthority } from "./authority.js";
import { readLetterDate } from "./dates.js";
import { gazetteer } from "./gazetteer.js";
import { readReference } from "./reference.js";

export { parseDate } from "./dates.js";

const FIELDS = ["authority", "sector", "date", "reference"] as const;
/** Sources whose metadata a person wrote down for the file: taken as given, never second-guessed. */
const STATED = new Set(["front_matter", "manifest"]);

/**
 * A letter's metadata, as a researcher records it: the authority's canonical name and
 * sector (resolved against the gazetteer of UK public bodies), the letter's own date and
 * its reference. Metadata a person stated for the file (front matter, a manifest) wins;
 * an email's sender or a page's publisher is one more place the authority may be named,
 * and an email's date is the reply's date. `metadataSource` says where each field came from.
 */
export function letterMetadata(text: string, given: Partial<LetterMeta>, givenSource = "given"): LetterMeta {
  const meta: LetterMeta = { ...emptyMeta() };
  for (const [k, v] of Object.entries(given)) if (v !== undefined && v !== "") (meta as unknown as Record<string, string>)[k] = v;
  const source: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const f of FIELDS) if (given[f]) source[f] = givenSource;
  const stated = STATED.has(givenSource);

  if (!stated || !given.authority) {
    const reading = readAuthority(text, given.authority ?? "", given.source ?? "");
    if (reading) {
      meta.authority = reading.name;
      source.authority = reading.source.replace(/^email/, givenSource);
      if (!given.sector && reading.sector) {
        meta.sector = reading.sector;
        source.sector = reading.source.endsWith("+gazetteer") ? "gazetteer" : "name";
      }
    }
  } else if (!given.sector) {
    const body = gazetteer().lookup(given.authority);
    if (body) {
      meta.sector = body.sector;
      source.sector = "gazetteer";
    }
  }
  if (!given.date) {
    const date = readLetterDate(text);
    if (date) {
      meta.date = date.date;
      source.date = date.source;
    }
  }
  if (!given.reference) {
    const reference = readReference(text);
    if (reference) {
      meta.reference = reference.reference;
      source.reference = reference.source;
    }
  }
  meta.metadataSource = FIELDS.filter((f) => source[f] && meta[f]).map((f) => `${f}=${source[f]}`).join(";");
  return meta;
}

/** The nation of the letter's authority when the gazetteer knows it ("scotland" decides FOISA), else "". */
export function nationOf(authority: string): string {
  return authority ? (gazetteer().lookup(authority)?.nation ?? "") : "";
}

/**
 * Metadata a person stated for the file (a manifest row) laid over what was read: each
 * field it gives wins and is marked with `source`; a stated authority without a sector
 * takes the gazetteer's.
 */
export function withStated(meta: LetterMeta, stated: Partial<LetterMeta>, source: string): LetterMeta {
  const fields = FIELDS.filter((f) => stated[f]);
  if (fields.length === 0) return stated.source && !meta.source ? { ...meta, source: stated.source } : meta;
  const out: LetterMeta = { ...meta };
  if (stated.source && !out.source) out.source = stated.source;
  const sources = new Map(meta.metadataSource.split(";").filter(Boolean).map((p) => p.split("=") as [string, string]));
  for (const f of fields) {
    out[f] = stated[f]!;
    sources.set(f, source);
  }
  if (stated.authority && !stated.sector) {
    const body = gazetteer().lookup(stated.authority);
    out.sector = body?.sector ?? "";
    if (body) sources.set("sector", "gazetteer");
    else sources.delete("sector");
  }
  out.metadataSource = FIELDS.filter((f) => sources.has(f) && out[f]).map((f) => `${f}=${sources.get(f)}`).join(";");
  return out;
}

