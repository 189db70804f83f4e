#!/usr/bin/env node
// How well foiscope records a letter's metadata (issue 11): the authority, its sector, the
// letter's date and its reference, compared with what a person wrote down for the letter.
//
//   node scripts/measure-metadata.mjs eval/blind1/w1 eval/blind1/w2 …   # a table row a set, then the letters it got wrong
//   node scripts/measure-metadata.mjs --summary <dir> …                 # the table rows only (held-out sets: use only this)
//
// A set is either
// - text letters with front matter (<id>.txt beside <id>.json: the blind sets, ../shared/gold/dev): the
//   front matter is cut off and foiscope reads the bare text, told nothing (not the page address either);
// - files with labels/<id>.json (../shared/files): the label's authority / sector / date / reference,
//   against the metadata `analyze` records for the file as extracted (an e-mail's sender counts).
//
// Comparison: names without case, a leading "The", "&"/"and", punctuation or spacing; a name the label
// writes with a note in brackets ("Nexus (Tyne and Wear Passenger Transport Executive)") matches either
// part; references without case or spacing, a bracketed note cut ("IR-0442 (original request …)");
// dates exactly (ISO). A field the label gives empty ("reference:") expects none to be read.
// Sectors: labels write a nation where foiscope writes a sector ("welsh", "scottish", "scotland",
// "scotland-council", "ni"), and "education" or "gov" for "university" or "central": the sector part
// must equal foiscope's, and a nation part must be the nation the gazetteer gives the authority read
// (for a body the gazetteer lacks: the authority read right and some sector recorded).
// A set whose front matter gives the page address (source:) is also read told that address only,
// as a scraper of disclosure logs would be: the column "authority, told the address".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(join(root, "dist", p));
const { loadGold } = await dist("eval/gold.js");
const { textExtractor } = await dist("extract/text.js");
const { extract } = await dist("extract/registry.js");
const { analyzeExtracted, letterMetaOf } = await dist("engine/analyze.js");
const { parseFrontMatter } = await dist("extract/front-matter.js");
const { gazetteer } = await dist("metadata/gazetteer.js");

const args = process.argv.slice(2);
const summary = args.includes("--summary");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length === 0) {
  console.error("measure-metadata: give one or more set folders (eval/blind1/w1, ../shared/gold/dev, ../shared/files)");
  process.exit(2);
}

const FIELDS = ["authority", "sector", "date", "reference"];
const NATION = { welsh: "wales", wales: "wales", scottish: "scotland", scotland: "scotland", ni: "northern-ireland", "northern-ireland": "northern-ireland" };
const SECTOR = { council: "council", nhs: "nhs", police: "police", fire: "fire", central: "central", gov: "central", university: "university", education: "university", other: "other" };
/** "scotland-council" → { nation: "scotland", sector: "council" }; "welsh" → { nation: "wales" }. */
function labelSector(label) {
  const out = {};
  const l = label.toLowerCase().trim();
  if (NATION[l]) return { nation: NATION[l] };
  for (const part of l.split("-")) {
    if (NATION[part]) out.nation = NATION[part];
    else if (SECTOR[part]) out.sector = SECTOR[part];
    else out.sector = part;
  }
  return out;
}

const norm = (s) =>
  String(s ?? "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[\u2018\u2019'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
/** A value and, when it ends in a bracketed note, the part before it and the part inside. */
const forms = (v) => {
  const s = String(v ?? "").trim();
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(s);
  return m ? [s, m[1], m[2]] : [s];
};
function same(field, expected, got, gotMeta) {
  if (!got) return false;
  if (field === "authority") {
    if (forms(expected).some((e) => norm(e) === norm(got))) return true;
    // Two names of one body the gazetteer knows (a trust's former name, an alias) are the same authority.
    const g = gazetteer();
    const body = forms(expected).map((e) => g.lookup(e)).find(Boolean);
    return Boolean(body && g.lookup(got) === body);
  }
  if (field === "reference") return forms(expected).some((e) => e.replace(/\s+/g, "").toLowerCase() === got.replace(/\s+/g, "").toLowerCase());
  if (field === "sector") {
    const want = labelSector(expected);
    if (want.sector && want.sector !== got.toLowerCase()) return false;
    if (!want.nation) return true;
    const body = gazetteer().lookup(gotMeta.authority);
    return body ? body.nation === want.nation : Boolean(gotMeta.authorityRight);
  }
  return expected.trim() === got.trim();
}

async function readSet(dir) {
  const out = [];
  for (const g of loadGold(dir)) {
    const name = basename(g.letterPath);
    const bytes = readFileSync(g.letterPath);
    let expected;
    let meta;
    let told;
    if (/\.(?:txt|md)$/i.test(name)) {
      const front = parseFrontMatter(bytes.toString("utf8").replace(/\r\n?/g, "\n")).meta;
      // Labels a label file gives win over the front matter (as in `foiscope eval`).
      expected = Object.fromEntries(FIELDS.map((f) => [f, g.metaFrom === "labels" ? g.meta?.[f] : front[f]]));
      const extracted = await textExtractor.extract({ bytes, name }, { depth: 0, options: { ocr: false, maxBytes: Infinity }, extractNested: () => Promise.reject(new Error("no nesting")) });
      meta = g.metaFrom === "labels" ? analyzeExtracted(extracted, { file: name, path: g.letterPath }).meta : letterMetaOf(extracted.text, {}, "");
      if (g.metaFrom !== "labels" && front.source) told = letterMetaOf(extracted.text, { source: front.source }, "");
    } else {
      expected = Object.fromEntries(FIELDS.map((f) => [f, g.meta?.[f]]));
      let extracted;
      try {
        extracted = await extract({ bytes, name }, { ocr: true, maxBytes: Infinity });
      } catch (error) {
        process.stderr.write(`measure-metadata: ${g.id}: ${error.message}\n`);
        extracted = { format: "error", text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages: [] };
      }
      meta = analyzeExtracted(extracted, { file: name, path: g.letterPath }).meta;
    }
    // "unknown council (…)": the collector did not know the authority either.
    if (/^unknown\b/i.test(expected.authority ?? "")) expected.authority = undefined;
    out.push({ id: g.id, expected, meta, told });
  }
  return out;
}

const rows = [];
const wrong = [];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`measure-metadata: no folder ${dir}`);
    process.exit(2);
  }
  const letters = await readSet(dir);
  const score = Object.fromEntries([...FIELDS, "told"].map((f) => [f, [0, 0]]));
  for (const { id, expected, meta, told } of letters) {
    const authorityRight = expected.authority ? same("authority", expected.authority, meta.authority, meta) : false;
    for (const f of FIELDS) {
      if (expected[f] === undefined) continue;
      score[f][1]++;
      // A field labelled empty expects nothing read.
      const right = expected[f] === "" ? !meta[f] : same(f, expected[f], meta[f], { ...meta, authorityRight });
      if (right) score[f][0]++;
      else wrong.push(`${basename(dir)}/${id}\t${f}\texpected ${JSON.stringify(expected[f])}\tgot ${JSON.stringify(meta[f] ?? "")}\t(${meta.metadataSource})`);
    }
    if (told && expected.authority) {
      score.told[1]++;
      if (same("authority", expected.authority, told.authority, told)) score.told[0]++;
      else wrong.push(`${basename(dir)}/${id}\tauthority, told the address\texpected ${JSON.stringify(expected.authority)}\tgot ${JSON.stringify(told.authority ?? "")}\t(${told.metadataSource})`);
    }
  }
  const cell = ([ok, n]) => (n ? `${(ok / n).toFixed(3)} (${ok}/${n})` : "–");
  rows.push(`| ${dir} | ${letters.length} | ${[...FIELDS, "told"].map((f) => cell(score[f])).join(" | ")} |`);
}
console.log(`| set | letters | ${FIELDS.join(" | ")} | authority, told the address |`);
console.log(`|---|---|${[...FIELDS, "told"].map(() => "---").join("|")}|`);
for (const r of rows) console.log(r);
if (!summary && wrong.length) {
  console.log("");
  for (const w of wrong) console.log(w);
}
