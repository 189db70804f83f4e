#!/usr/bin/env node
// Scores every set of eval/blind1, eval/blind2, … (letters written blind, in our own words: eval/blind1/README.md)
// and prints one table row a set. Letter sets hold <id>.txt + <id>.json; thread sets hold
// threads/<id>.json (WhatDoTheyKnow thread JSON) + <id>.json labels and are made scorable first
// by scripts/wdtk-silver.mjs, so the reply scored is the one `analyze` picks.
//
//   node scripts/blind-eval.mjs                 # every set
//   node scripts/blind-eval.mjs --role tuning   # only the sets whose errors may be read
//   node scripts/blind-eval.mjs --role held-out # only the sets kept unread (summary lines only)
//   node scripts/blind-eval.mjs --base eval/blind2   # one blind collection (repeatable; default: every eval/blind*)
//
// Roles come from each collection's roles.json ({ "w1": "tuning", "w2": "held-out", … }).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const roleAt = args.indexOf("--role");
const wantRole = roleAt >= 0 ? args[roleAt + 1] : undefined;
if (roleAt >= 0 && wantRole !== "tuning" && wantRole !== "held-out") {
  console.error("blind-eval: --role expects tuning or held-out");
  process.exit(2);
}
const bases = [];
for (let i = 0; i < args.length; i++) if (args[i] === "--base") bases.push(resolve(args[++i] ?? ""));
if (bases.length === 0) {
  const evalDir = join(root, "eval");
  for (const d of readdirSync(evalDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (d.isDirectory() && /^blind\d+$/.test(d.name) && existsSync(join(evalDir, d.name, "roles.json"))) bases.push(join(evalDir, d.name));
  }
}
const node = process.execPath;
const cli = join(root, "bin", "foiscope.js");

function evalLines(dir) {
  return execFileSync(node, [cli, "eval", dir], { encoding: "utf8", maxBuffer: 1 << 26 }).split("\n");
}
const metric = (lines, name) => {
  const line = lines.find((l) => l.startsWith(`| ${name}`));
  return line ? line.split("|")[2].trim() : "";
};

const rows = [];
const pooled = { "tuning": [0, 0], "held-out": [0, 0] };
for (const base of bases) {
  const roles = JSON.parse(readFileSync(join(base, "roles.json"), "utf8"));
  const prefix = bases.length > 1 ? `${base.split("/").pop()}/` : "";
  const sets = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory() && roles[d.name]).map((d) => d.name).sort();
  for (const name of sets) {
    const role = roles[name];
    if (wantRole && role !== wantRole) continue;
    const dir = join(base, name);
    let target = dir;
    if (existsSync(join(dir, "threads"))) {
      execFileSync(node, [join(root, "scripts", "wdtk-silver.mjs"), "--set", dir, "--corpus", join(dir, "threads")], { stdio: "ignore" });
      target = join(dir, ".letters");
    }
    const lines = evalLines(target);
    const head = /letters (\d+), questions (\d+) \(missing (\d+), extra (\d+)\)/.exec(lines[0] ?? "");
    const acc = metric(lines, "question outcome accuracy");
    const questions = Number(head?.[2] ?? 0);
    pooled[role][0] += Math.round(Number(acc) * questions);
    pooled[role][1] += questions;
    rows.push(`| ${prefix}${name}${target === dir ? "" : " (threads)"} | ${role} | ${head?.[1] ?? "?"} / ${questions} | **${acc}** | ${metric(lines, "question count exact (letters)")} | ${head?.[3] ?? "?"} / ${head?.[4] ?? "?"} | ${metric(lines, "grounds P / R / F1 (exact, per letter)").split("/").pop()?.trim() ?? ""} | ${metric(lines, "topic accuracy")} | ${metric(lines, "letter kind accuracy")} |`);
  }
}
console.log("| set | role | letters / questions | outcome accuracy | count exact | missing / extra | grounds F1 | topic | letter kind |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
for (const [role, [right, all]] of Object.entries(pooled)) {
  if (all > 0) console.log(`\npooled ${role}: ${right} of ${all} questions right (${(right / all).toFixed(3)})`);
}
