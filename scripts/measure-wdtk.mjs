#!/usr/bin/env node
// Agreement between foiscope's letter outcome and the requester-set WhatDoTheyKnow
// display_status, over a letters.csv written by `foiscope analyze`.
//
//   flock /tmp/tsc.lock npx tsc -p .
//   node bin/foiscope.js analyze ../shared/corpora/wdtk-sheffield --out /tmp/sheffield
//   node scripts/measure-wdtk.mjs /tmp/sheffield/letters.csv [--corpus ../shared/corpora/wdtk-sheffield] [--list]
//
// display_status labels are set by requesters and are noisy; the confusion matrix
// shows where the disagreement is. --list prints every disagreeing thread with the
// response the extractor chose, to tell selection errors from classification errors.
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "csv-parse/sync";

const EXPECTED = {
  "Successful": "granted_full",
  "Partially successful": "withheld_part",
  "Information not held": "not_held",
  "Refused": "withheld_full",
};
const OUTCOMES = ["granted_full", "withheld_part", "not_held", "withheld_full", "mixed_other", "(none)"];

const args = process.argv.slice(2);
const csvPath = args.find((a, i) => !a.startsWith("--") && !["--corpus", "--min-strict"].includes(args[i - 1] ?? "")) ?? "/tmp/sheffield/letters.csv";
const corpusIndex = args.indexOf("--corpus");
const corpus = corpusIndex >= 0 ? args[corpusIndex + 1] : "../shared/corpora/wdtk-sheffield";
const list = args.includes("--list");
// --min-strict 0.58: exit 1 when the strict agreement falls below it (a floor for CI, not a target).
const minIndex = args.indexOf("--min-strict");
const minStrict = minIndex >= 0 ? Number(args[minIndex + 1]) : null;

const rows = parse(readFileSync(csvPath), { columns: true, skip_empty_lines: true, bom: true });

let expectedFiles = [];
try {
  expectedFiles = readdirSync(corpus).filter((f) => f.endsWith(".json"));
} catch {
  // The corpus is only needed for the coverage check.
}
const seen = new Set(rows.map((r) => r.file));
const missing = expectedFiles.filter((f) => !seen.has(f));
const statusCount = {};
for (const r of rows) {
  const s = r.status.startsWith("error") ? "error" : r.status;
  statusCount[s] = (statusCount[s] ?? 0) + 1;
}
console.log(`letters.csv rows: ${rows.length}; corpus threads: ${expectedFiles.length}; missing from letters.csv: ${missing.length}`);
if (missing.length) console.log(`  missing: ${missing.slice(0, 20).join(", ")}${missing.length > 20 ? " …" : ""}`);
console.log(`status: ${Object.entries(statusCount).map(([k, v]) => `${k} ${v}`).join(", ")}`);

const matrix = {};
let n = 0;
let agree = 0;
const disagreements = [];
for (const r of rows) {
  const expected = EXPECTED[r.display_status];
  if (!expected) continue;
  n++;
  const got = r.letter_outcome || "(none)";
  matrix[r.display_status] ??= Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  matrix[r.display_status][got]++;
  if (got === expected) agree++;
  else disagreements.push({ file: r.file, status: r.display_status, expected, got, row: r });
}
console.log(`\nlabelled threads (Successful / Partially successful / Information not held / Refused): ${n}`);
console.log(`agreement: ${agree}/${n} = ${n ? ((100 * agree) / n).toFixed(1) : "0.0"} %`);

const width = 22;
console.log(`\n${"display_status \\ letter_outcome".padEnd(width)}${OUTCOMES.map((o) => o.padStart(14)).join("")}${"total".padStart(8)}`);
for (const status of Object.keys(EXPECTED)) {
  const row = matrix[status];
  if (!row) continue;
  const total = OUTCOMES.reduce((s, o) => s + row[o], 0);
  console.log(`${status.padEnd(width)}${OUTCOMES.map((o) => String(row[o]).padStart(14)).join("")}${String(total).padStart(8)}`);
}

// Looser reading: the requester's label only says whether anything was withheld or not held.
const coarse = (o) => (o === "granted_full" ? "given" : o === "not_held" ? "not_held" : o === "withheld_part" || o === "withheld_full" ? "withheld" : "other");
let coarseAgree = 0;
for (const d of rows.filter((r) => EXPECTED[r.display_status])) if (coarse(d.letter_outcome) === coarse(EXPECTED[d.display_status])) coarseAgree++;
console.log(`\ncoarse agreement (given / withheld / not held): ${coarseAgree}/${n} = ${n ? ((100 * coarseAgree) / n).toFixed(1) : "0.0"} %`);

// Lenient reading, using answers.csv beside letters.csv: labels.md counts "part given, part not
// held" as granted_full, a redaction inside one answer as exempt (so withheld_full when it is the
// only question), and section 21 signposting as exempt; requesters call those partially successful
// or successful. This line shows how much of the gap is that difference of definitions.
const answersPath = csvPath.replace(/letters\.csv$/, "answers.csv");
let answers = [];
try {
  answers = parse(readFileSync(answersPath), { columns: true, skip_empty_lines: true, bom: true });
} catch {
  // No answers.csv: skip the lenient line.
}
if (answers.length) {
  const byFile = new Map();
  for (const a of answers) {
    if (!byFile.has(a.file)) byFile.set(a.file, []);
    byFile.get(a.file).push(a);
  }
  const softWithheld = (qs) => qs.filter((a) => a.outcome === "exempt").every((a) => a.partial === "true" || a.grounds === "FOIA s21");
  const lenient = (r) => {
    const qs = byFile.get(r.file) ?? [];
    const o = r.letter_outcome;
    const anyNotHeld = qs.some((a) => a.outcome === "not_held");
    switch (r.display_status) {
      case "Successful":
        return o === "granted_full" || ((o === "withheld_part" || o === "withheld_full") && softWithheld(qs));
      case "Partially successful":
        return o === "withheld_part" || (o === "granted_full" && anyNotHeld) || (o === "withheld_full" && qs.some((a) => a.outcome === "exempt" && (a.partial === "true" || a.grounds === "FOIA s21")));
      case "Information not held":
        return o === "not_held" || (o === "mixed_other" && qs.every((a) => a.outcome === "not_held" || a.outcome === "other"));
      case "Refused":
        return o === "withheld_full";
      default:
        return false;
    }
  };
  const lenientAgree = rows.filter((r) => EXPECTED[r.display_status] && lenient(r)).length;
  console.log(`lenient agreement (partial redactions, s21 signposting and part-not-held read as requesters do): ${lenientAgree}/${n} = ${n ? ((100 * lenientAgree) / n).toFixed(1) : "0.0"} %`);
}

// Statuses that say the thread holds no answer yet: derivable from the text (is there a reply that
// answers?), so scored on their own line, never in the agreement above. "Long overdue" also marks
// threads whose internal review is overdue after an answer was given, so it is shown apart.
const WAITING = ["Awaiting response", "Waiting clarification", "Long overdue"];
const waitingLine = WAITING.map((st) => {
  const rs = rows.filter((r) => r.display_status === st);
  if (!rs.length) return "";
  const asked = st === "Waiting clarification" ? ` (letter_kind clarification ${rs.filter((r) => r.letter_kind === "clarification").length})` : "";
  return `${st} ${rs.filter((r) => r.status === "no_response").length}/${rs.length}${asked}`;
}).filter(Boolean);
if (waitingLine.length) console.log(`no answer in the thread yet (status no_response): ${waitingLine.join(", ")}`);

// Disagreements by likely cause, from the per-question rows: which part of the pipeline to look at.
if (answers.length) {
  const byFile = new Map();
  for (const a of answers) {
    if (!byFile.has(a.file)) byFile.set(a.file, []);
    byFile.get(a.file).push(a);
  }
  const causes = new Map();
  for (const d of disagreements) {
    const qs = byFile.get(d.file) ?? [];
    const exempt = qs.filter((a) => a.outcome === "exempt");
    let cause;
    if (d.row.status === "no_response") cause = "not derivable: the thread holds no answer (only acknowledgements or clarification requests; the requester labelled from elsewhere)";
    else if (exempt.length && exempt.every((a) => a.grounds === "FOIA s21")) cause = "definition: section 21 signposting counts as exempt";
    else if (d.status === "Partially successful" && d.got === "granted_full" && qs.some((a) => a.outcome === "not_held" || a.partial === "true")) cause = "definition: part given, part not held is granted_full (labels.md)";
    else if (d.got === "granted_full" && /FOISCOPE_ATTACHMENT_MISSING/.test(d.row.messages) && qs.every((a) => a.outcome === "disclosed") && qs.some((a) => a.rule === "attached-or-linked")) cause = "not derivable: the answer is in an attachment the thread lacks";
    else if (exempt.some((a) => a.partial === "true") && (d.status === "Successful" || d.status === "Partially successful")) cause = "definition: a redaction inside an answer counts as exempt";
    else if (qs.some((a) => a.rule === "segment/no-answer")) cause = "segment: a question with no answer found";
    else if (exempt.some((a) => !a.grounds)) cause = "classify: exempt with no ground";
    else cause = "classify or requester's label";
    if (!causes.has(cause)) causes.set(cause, []);
    causes.get(cause).push(d.file);
  }
  console.log("\ndisagreements by likely cause:");
  for (const [cause, files] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(files.length).padStart(3)}  ${cause}: ${files.slice(0, 4).join(", ")}${files.length > 4 ? " …" : ""}`);
  }
}

if (list) {
  console.log(`\ndisagreements (${disagreements.length}):`);
  for (const d of disagreements) {
    const chose = /FOISCOPE_THREAD_RESPONSE: ([^|]*)/.exec(d.row.messages)?.[1]?.trim() ?? d.row.status;
    console.log(`- ${d.file}: ${d.status} → ${d.got} (q=${d.row.questions} d=${d.row.disclosed} nh=${d.row.not_held} ex=${d.row.exempt} o=${d.row.other}; grounds ${d.row.grounds || "-"}) | ${chose}`);
  }
}

if (minStrict !== null) {
  const strict = n ? agree / n : 0;
  if (!(strict >= minStrict) || missing.length) {
    console.error(`strict agreement ${strict.toFixed(3)} is below the floor ${minStrict}${missing.length ? `, or ${missing.length} threads are missing` : ""}`);
    process.exitCode = 1;
  }
}
