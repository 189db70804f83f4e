#!/usr/bin/env node
/**
 * Builds data/public-bodies.json, the gazetteer of UK public bodies, from:
 *  - mySociety's "UK Local Authorities (including future)" CSV (CC BY 4.0), given as the
 *    first argument (data/packages/uk_la_future/uk_local_authorities_future.csv of
 *    github.com/mysociety/uk_local_authority_names_and_codes);
 *  - the hand-kept lists in data/gazetteer/*.tsv (official names of police, fire, NHS,
 *    central government, devolved and other bodies, and universities).
 * Usage: node scripts/build-gazetteer.mjs <uk_local_authorities_future.csv>
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const root = new URL("..", import.meta.url).pathname;
const csvPath = process.argv[2];
if (!csvPath) {
  console.error("usage: node scripts/build-gazetteer.mjs <uk_local_authorities_future.csv>");
  process.exit(2);
}

const SOURCES = {
  mysociety: {
    name: "mySociety, UK Local Authorities (including future), uk_la_future",
    url: "https://github.com/mysociety/uk_local_authority_names_and_codes",
    licence: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    attribution: "Contains data from mySociety's UK local authority names and codes",
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
for (const file of readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort()) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, sector, nation, aliases = ""] = line.split("\t");
    bodies.push({ name, sector, nation, kind: file.replace(/\.tsv$/, ""), aliases: aliases.split("|").map((a) => a.trim()).filter(Boolean), source: "foiscope" });
  }
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
console.log(`${bodies.length} bodies (${rows.length} from mySociety)`);
