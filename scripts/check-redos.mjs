#!/usr/bin/env node
// Checks every regular expression in src/ for catastrophic backtracking (ReDoS) with recheck:
// each regex literal, and each `new RegExp(...)` whose pattern is a string literal, read from the
// TypeScript syntax tree. A pattern recheck finds exponential or polynomial (quadratic and up)
// fails the check, with the attack string it found; `// redos-ok: <why>` on the line above a
// pattern accepts it (say why). Patterns listed in scripts/redos-baseline.txt (file and pattern,
// found when the check was added) are reported but do not fail it, so CI stops new ones while
// the known ones are fixed; a fixed pattern is reported as leaving the baseline (delete its line).
// Exit 0 when no pattern outside the baseline is vulnerable, 1 otherwise; --update rewrites the
// baseline with today's findings.
//   npm run check:redos            every pattern in src/
//   npm run check:redos -- src/segment   one folder
//   FOISCOPE_REDOS_TIMEOUT_MS=8000 npm run check:redos   a longer budget a pattern (decides more; CI keeps 2 s)
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { check } from "recheck";

const args = process.argv.slice(2);
const update = args.includes("--update");
const roots = args.filter((a) => !a.startsWith("--")).length ? args.filter((a) => !a.startsWith("--")) : ["src"];
const baselinePath = new URL("./redos-baseline.txt", import.meta.url);
const key = (p) => `${p.file}\t/${p.source}/${p.flags}`;
let baseline = new Set();
try {
  baseline = new Set(readFileSync(baselinePath, "utf8").split("\n").filter((l) => l && !l.startsWith("#")));
} catch {
  // No baseline: every vulnerable pattern fails.
}

function* files(dir) {
  if (statSync(dir).isFile()) {
    yield dir;
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) yield p;
  }
}

/** Every pattern in a file: { line, source, flags, accepted }. */
function patterns(path) {
  const text = readFileSync(path, "utf8");
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n");
  const out = [];
  const accepted = (line) => line > 0 && /redos-ok:/.test(lines[line - 1] ?? "");
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf("/");
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      out.push({ line: line + 1, source: lit.slice(1, end), flags: lit.slice(end + 1), accepted: accepted(line) });
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === "RegExp" && node.arguments?.length) {
      const [pattern, flags] = node.arguments;
      if (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        out.push({ line: line + 1, source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : "", accepted: accepted(line) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = [];
for (const root of roots) for (const f of files(root)) for (const p of patterns(f)) all.push({ file: relative(process.cwd(), f), ...p });

let vulnerable = 0;
let known = 0;
let unknown = 0;
const found = [];
// A short budget per pattern: recheck's fuzzer decides most within it; the rest are "not decided".
// A fixed seed: the fuzzing checker draws its attack strings at random, and a check that finds a pattern one run
// and not the next would make CI fail by chance.
const params = { timeout: Number(process.env.FOISCOPE_REDOS_TIMEOUT_MS ?? 2_000), checker: "auto", randomSeed: 1 };
const diagnoses = [];
// Two at a time (recheck checks in a separate process).
for (let i = 0; i < all.length; i += 2) diagnoses.push(...(await Promise.all(all.slice(i, i + 2).map((p) => check(p.source, p.flags, params)))));
all.forEach((p, i) => {
  const d = diagnoses[i];
  if (d.status === "safe") return;
  const where = `${p.file}:${p.line}  /${p.source}/${p.flags}`;
  if (d.status === "vulnerable") {
    if (p.accepted) {
      process.stdout.write(`accepted   ${where}  (${d.complexity.type})\n`);
      return;
    }
    found.push(key(p));
    const detail = `           ${d.complexity.type}${d.complexity.degree ? ` degree ${d.complexity.degree}` : ""}; attack ${d.attack?.pattern ?? ""}\n`;
    if (baseline.has(key(p))) {
      known++;
      process.stdout.write(`known      ${where}\n${detail}`);
    } else {
      vulnerable++;
      process.stdout.write(`VULNERABLE ${where}\n${detail}`);
    }
  } else {
    unknown++;
    found.push(key(p));
    process.stdout.write(`unknown    ${where}  (${d.error?.kind ?? "?"})\n`);
  }
});
const present = new Set(all.map(key));
// Listed patterns that are now safe (or gone from the code): the baseline can shrink.
const fixed = [...baseline].filter((k) => !found.includes(k) && roots.some((r) => k.startsWith(r)) && (!present.has(k) || diagnoses[all.findIndex((p) => key(p) === k)]?.status === "safe"));
for (const k of fixed) process.stdout.write(`fixed      ${k.replace("\t", "  ")}  (no longer vulnerable: delete its line from scripts/redos-baseline.txt)\n`);
if (update) {
  const header = "# Patterns in src/ that recheck found vulnerable when the ReDoS check was added (file<TAB>/pattern/flags).\n# Each is a defect to fix; the check fails on any vulnerable pattern not listed here. Regenerate with --update.\n";
  writeFileSync(baselinePath, header + [...new Set(found)].sort().join("\n") + "\n");
}
process.stdout.write(`${all.length} patterns checked: ${all.length - vulnerable - known - unknown} safe or accepted, ${vulnerable} newly vulnerable, ${known} known (baseline), ${unknown} not decided in 2 s\n`);
process.exit(vulnerable > 0 ? 1 : 0);
