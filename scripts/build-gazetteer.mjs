#!/usr/bin/env node
/**
 * Builds data/public-bodies.json, the gazetteer of UK public bodies, from:
 *  - mySociety's "UK Local Authorities (including future)" CSV (CC BY 4.0), given as the
 *    first argument (data/packages/uk_la_future/uk_local_authorities_future.csv of
 *    github.com/mysociety/uk_local_authority_names_and_codes);
 *  - the hand-kept lists in data/gazetteer/*.tsv (official names of police, fire, NHS,
 *    central government, devolved and other bodies, and universities; a fifth column gives
 *    the web/e-mail domains a body writes from, where known);
 *  - optionally, NHS Organisation Data Service "etr.csv" files (NHS trusts in England, current
 *    and closed; Open Government Licence v3.0), each given with --ods; several snapshots may
 *    be given (older ones keep the names of trusts since merged).
 *  - optionally, the list of UK higher education institutions of DfE's "Apply for teacher
 *    training" prototype (app/data/degree-institutions.js, Crown copyright, MIT), given with
 *    --heis: the universities among them (names with "University"), with their unique synonyms.
 *    The file is a JavaScript array literal: it is evaluated in an empty sandbox, nothing else.
 * Usage: node scripts/build-gazetteer.mjs <uk_local_authorities_future.csv> [--ods etr.csv]... [--heis degree-institutions.js]
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "csv-parse/sync";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const odsPaths = [];
for (let i = args.indexOf("--ods"); i >= 0; i = args.indexOf("--ods")) {
  if (!args[i + 1]) break;
  odsPaths.push(args[i + 1]);
  args.splice(i, 2);
}
const heisAt = args.indexOf("--heis");
const heisPath = heisAt >= 0 ? args.splice(heisAt, 2)[1] : "";
const csvPath = args[0];
if (!csvPath || args.length !== 1) {
  console.error("usage: node scripts/build-gazetteer.mjs <uk_local_authorities_future.csv> [--ods etr.csv]... [--heis degree-institutions.js]");
  process.exit(2);
}

const SOURCES = {
  mysociety: {
    name: "mySociety, UK Local Authorities (including future), uk_la_future",
    url: "https://github.com/mysociety/uk_local_authority_names_and_codes",
    licence: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    attribution: "Contains data from mySociety's UK local authority names and codes",
  },
  ods: {
    name: "NHS England Organisation Data Service (ODS), NHS Trusts and Sites: etr.csv (NHS trusts in England, with open and close dates)",
    url: "https://digital.nhs.uk/services/organisation-data-service/export-data-files/csv-downloads/other-nhs-organisations",
    licence: "Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)",
    attribution: "Contains public sector information licensed under the Open Government Licence v3.0 (NHS ODS)",
  },
  heis: {
    name: "DfE Apply for teacher training prototype: UK higher education institutions (app/data/degree-institutions.js, github.com/DFE-Digital/apply-for-teacher-training-prototype, 2023)",
    url: "https://github.com/DFE-Digital/apply-for-teacher-training-prototype",
    licence: "MIT (Crown Copyright, Government Digital Service); names of institutions are facts",
    attribution: "Contains data from the DfE Apply for teacher training prototype (Crown Copyright, MIT)",
  },
  foiscope: {
    name: "foiscope maintainers: official names of UK public bodies, written from public knowledge (data/gazetteer/*.tsv)",
    url: "data/gazetteer/",
    licence: "MIT, as foiscope (names of public bodies are facts)",
    attribution: "",
  },
};

const ORG = /\b(council|borough|county|city|district|authority|corporation|assembly)\b/i;
const bodies = [];

// Councils: official name, the name mySociety gives as "nice", the alternative names that name an organisation.
const rows = parse(readFileSync(csvPath, "utf8"), { columns: true, skip_empty_lines: true });
for (const r of rows) {
  const nation = r.nation.toLowerCase().replace(/\s+/g, "-");
  const nice = r["nice-name"];
  const type = r["local-authority-type-name"];
  const aliases = new Set();
  for (const a of r["alt-names"].split(",")) if (ORG.test(a) && a.trim().length > 4) aliases.add(a.trim());
  const variants =
    type === "London borough"
      ? [`${nice} Council`, `London Borough of ${nice}`, `${nice} London Borough Council`]
      : type === "County"
        ? [`${nice} County Council`, `${nice} Council`]
        : type === "Combined authority"
          ? [`${nice} Combined Authority`]
          : [`${nice} Council`];
  for (const v of variants) aliases.add(v);
  aliases.delete(r["official-name"]);
  bodies.push({
    name: r["official-name"],
    sector: "council",
    nation,
    kind: type,
    aliases: [...aliases].sort(),
    ...(r["end-date"] ? { ended: r["end-date"] } : {}),
    source: "mysociety",
  });
}

const dir = join(root, "data/gazetteer");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".tsv") && f !== "domains.tsv").sort()) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, sector, nation, aliases = "", domains = ""] = line.split("\t");
    const split = (v) => v.split("|").map((a) => a.trim()).filter(Boolean);
    bodies.push({ name, sector, nation, kind: file.replace(/\.tsv$/, ""), aliases: split(aliases), ...(domains.trim() ? { domains: split(domains) } : {}), source: "foiscope" });
  }
}

// NHS trusts from ODS: names in capitals, written as the trusts write them; a trust the hand-kept list
// already holds (under its name or an alias, with or without "The") keeps that entry.
const SMALL = new Set(["and", "of", "the", "for", "upon", "on", "in", "under", "super", "le", "with"]);
function titleCase(upper) {
  return upper
    .toLowerCase()
    .split(" ")
    .map((w, i) =>
      w === "nhs"
        ? "NHS"
        : w
            .split("-")
            .map((part, j) => ((i > 0 || j > 0) && SMALL.has(part) ? part : part.replace(/^(\W*)(\w)/, (_, p, c) => p + c.toUpperCase())))
            .join("-"),
    )
    .join(" ")
    .replace(/,\s*NHS/g, " NHS");
}
const key = (n) => n.toLowerCase().replace(/^the\s+/, "").replace(/&/g, "and").replace(/[^a-z0-9]+/g, " ").trim();
const known = new Set(bodies.flatMap((b) => [b.name, ...b.aliases].map(key)));
const ods = new Map();
for (const path of odsPaths) {
  for (const r of parse(readFileSync(path, "utf8"), { relax_column_count: true, skip_empty_lines: true })) {
    const [code, upper] = r;
    const closed = r[11] ?? "";
    if (!code || !/\bTRUST\b/.test(upper ?? "")) continue;
    const name = titleCase(upper.trim());
    const ended = /^\d{8}$/.test(closed) ? `${closed.slice(0, 4)}-${closed.slice(4, 6)}-${closed.slice(6)}` : "";
    const prior = ods.get(name);
    // A later snapshot's close date wins; a trust open in any snapshot given later stays open only if no snapshot closes it.
    ods.set(name, { code, ended: ended || prior?.ended || "" });
  }
}
let fromOds = 0;
for (const [name, { ended }] of [...ods].sort(([a], [b]) => a.localeCompare(b))) {
  if (known.has(key(name))) continue;
  known.add(key(name));
  bodies.push({ name, sector: "nhs", nation: "england", kind: "NHS trust", aliases: [], ...(ended ? { ended } : {}), source: "ods" });
  fromOds++;
}

// Universities from the DfE list: only names with "University" (the list also holds private colleges that
// answer no FOI request); the nation from the place in the name; closed ones kept under their name.
const SCOTTISH = /Scotland|Scottish|Edinburgh|Glasgow|Aberdeen|Dundee|St Andrews|Stirling|Strathclyde|Heriot-Watt|Napier|Abertay|Highlands and Islands|Robert Gordon|Queen Margaret|Caledonian/;
const WELSH = /Wales|Cardiff|Swansea|Bangor|Aberystwyth|Wrexham|Glynd/;
const IRISH = /Belfast|Ulster|Stranmillis/;
let fromHeis = 0;
if (heisPath) {
  const sandbox = { module: { exports: null } };
  runInNewContext(readFileSync(heisPath, "utf8"), sandbox, { timeout: 2000 });
  for (const r of sandbox.module.exports ?? []) {
    const name = String(r.name ?? "").replace(/\u2019/g, "'").trim();
    if (!/\bUniversity\b/.test(name)) continue;
    // A synonym that shares no distinctive word with the name is another body (a member college), not a name of this one.
    const distinctive = (n) => key(n).split(" ").filter((w) => w.length > 2 && !/^(?:the|and|university|college|of|for|at|in|london)$/.test(w));
    const own = new Set(distinctive(name));
    const synonyms = (r.match_synonyms ?? [])
      .map((a) => String(a).replace(/\u2019/g, "'").trim())
      .filter((a) => a && a !== name && distinctive(a).some((w) => own.has(w)));
    if ([name, ...synonyms].some((n) => known.has(key(n)))) continue;
    for (const n of [name, ...synonyms]) known.add(key(n));
    const nation = SCOTTISH.test(name) ? "scotland" : WELSH.test(name) ? "wales" : IRISH.test(name) ? "northern-ireland" : "england";
    bodies.push({ name, sector: "university", nation, kind: "university", aliases: synonyms, source: "heis" });
    fromHeis++;
  }
}

// Domains a body writes from (data/gazetteer/domains.tsv): every row must name a body of the lists.
for (const line of readFileSync(join(root, "data/gazetteer/domains.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [name, domains = ""] = line.split("\t");
  const body = bodies.find((b) => b.name === name);
  if (!body) throw new Error(`domains.tsv names no body of the lists: ${name}`);
  body.domains = [...new Set([...(body.domains ?? []), ...domains.split("|").map((d) => d.trim().toLowerCase()).filter(Boolean)])];
}

const names = new Set();
for (const b of bodies) {
  if (names.has(b.name)) throw new Error(`duplicate body ${b.name}`);
  names.add(b.name);
}
bodies.sort((a, b) => a.name.localeCompare(b.name));
const out = {
  description: "UK public bodies that answer FOI requests: canonical name, sector, nation, aliases. Built by scripts/build-gazetteer.mjs.",
  sectors: ["council", "nhs", "police", "fire", "central", "university", "other"],
  sources: SOURCES,
  bodies,
};
writeFileSync(join(root, "data/public-bodies.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${bodies.length} bodies (${rows.length} from mySociety, ${fromOds} from ODS, ${fromHeis} from the DfE list of universities)`);
