#!/usr/bin/env node
// Question-count agreement on WhatDoTheyKnow threads, a signal that needs no hand labels.
//
// The requester's first message states what was asked; when it clearly enumerates its asks
// (numbered, lettered or bulleted items), foiscope's reading of the thread should usually find
// that many questions (labels.md: each item of the request is a question; a blanket reply gives
// each covered question its outcome, it does not merge them). Sub-items ("1a", "b)" under "1.")
// are questions only when the reply answers them apart, so a thread with sub-items agrees
// "within grouping" anywhere from its top-level count to its count of leaves.
//
//   npx tsc -p tsconfig.json
//   node bin/foiscope.js analyze ../shared/corpora/wdtk-sheffield --out /tmp/qc
//   node scripts/wdtk-counts.mjs /tmp/qc [--corpus ../shared/corpora/wdtk-sheffield] [--half a|b] [--list] [--show-counts] [--min-within 0.8]
//
// Halves: the thread files sorted by name, 0-based index even = half a, odd = half b. The split
// is fixed so that one half can be read and tuned on while the other stays unseen.
// --list prints every disagreement (file, asks counted, questions found, layout chosen).
// --show-counts prints what the counter found in every scored request (to audit the counter).
// Both print half a only, unless half b is named (--half b): half b is kept unread.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const outDir = args.find((a, i) => !a.startsWith("--") && !["--corpus", "--half", "--min-within"].includes(args[i - 1] ?? "")) ?? "/tmp/qc";
const corpus = opt("--corpus", "../shared/corpora/wdtk-sheffield");
const onlyHalf = opt("--half", "");
const list = args.includes("--list");
const showCounts = args.includes("--show-counts");
// --min-within 0.8: exit 1 when the within-grouping agreement of both halves together falls below it (a CI floor).
const minWithin = args.includes("--min-within") ? Number(opt("--min-within", "0")) : null;

// ---------------------------------------------------------------------------------------------
// The request: the first outgoing message with text, without quoted mail, greeting and sign-off.

const contentText = (c) => (typeof c === "string" ? c : Array.isArray(c) ? c.filter((x) => typeof x === "string").join("\n\n") : "");

function firstRequest(thread) {
  const events = (thread.events ?? []).filter((e) => e && typeof e === "object");
  const out = events
    .map((e, i) => ({ e, i, t: Date.parse(e.created_at ?? "") }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? a.i - b.i : a.t - b.t || a.i - b.i))
    .map((o) => o.e)
    .filter((e) => /^(?:outgoing|sent|request)$/i.test(String(e.type ?? "")));
  for (const e of out) {
    const text = contentText(e.content).replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
    if (text.trim()) return text;
  }
  return "";
}

const SIGN_OFF = /^\s*(?:Yours (?:faithfully|sincerely|truly)|Kind(?:est)? regards|Best (?:wishes|regards)|Many thanks|Regards|Thanks(?: in advance)?|Thank you(?: for your (?:help|time|assistance))?|Thankyou|I look forward to (?:hearing from you|your (?:response|reply))|Cheers)\b[^\n]{0,40}$/im;

function requestBody(text) {
  let body = text;
  // WhatDoTheyKnow's footer and anything quoted after it.
  const footer = /^-{20,}\s*$/m.exec(body);
  if (footer) body = body.slice(0, footer.index);
  const quoted = /^\s*(?:-{2,}\s*Original Message|From:\s|On .{5,160} wrote:)/m.exec(body);
  if (quoted && quoted.index > 40) body = body.slice(0, quoted.index);
  body = body.replace(/^\s*(?:Dear|To|Hello|Hi|Good (?:morning|afternoon))\b[^\n]{0,80}\n/i, "");
  const close = SIGN_OFF.exec(body);
  if (close && body.slice(0, close.index).trim()) body = body.slice(0, close.index);
  return body.trim();
}

// ---------------------------------------------------------------------------------------------
// The counter: conservative. It counts only where the request clearly enumerates:
// - a run of numbered items starting at 1 and going up by one ("1.", "1)", "(1)", "Q1", "Question 1", "1 -");
// - lettered ("a)", "(b)", "c.") or roman ("(i)", "ii)") items: sub-items under a numbered item,
//   else a top-level run starting at a / i;
// - "1a." / "1.1" style labels: sub-items of their number;
// - bullets ("•", "-", "*", "·", "–", "o"): a top-level run of two or more when no numbered list is
//   there and the items are asks (four or more words, not a list of years, dates or short names,
//   which complete one ask: labels.md "A list inside one ask"); under a numbered item, never counted.
// Anything else (asks one per line with no marker, one paragraph, numbering inside a sentence)
// returns null: not clearly enumerated, not scored.

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function marker(line) {
  const l = line.trim();
  let m;
  // "1.1", "2.3" hierarchical labels.
  if ((m = /^(?:Q(?:uestion)?\s*)?(\d{1,2})\.(\d{1,2})[.):]?\s+\S/i.exec(l))) return { kind: "sub-num", parent: Number(m[1]), n: Number(m[2]) };
  // "1a." "1b)" "Q2c" labels.
  if ((m = /^(?:Q(?:uestion)?\s*)?(\d{1,2})\.?\s?\(?([a-h])[.):]\s*\S/i.exec(l)) || (m = /^(\d{1,2})\.([A-H])\s+\S/.exec(l)) || (m = /^(?:Q(?:uestion)?\s*)?(\d{1,2})([a-h])\s+\S/i.exec(l)))
    return { kind: "sub-letter", parent: Number(m[1]), n: LETTERS.indexOf(m[2].toLowerCase()) + 1 };
  if ((m = /^(?:Q(?:uestion)?\.?\s*(\d{1,2})\b\s*[.):\-–]?|\(?(\d{1,2})[.):](?!\d)|(\d{1,2})\s+[-–]\s|(\d{1,2})\.(?=[A-Z]))\s*\S/i.exec(l)))
    return { kind: "num", n: Number(m[1] ?? m[2] ?? m[3] ?? m[4]) };
  if ((m = /^\(?((?:x|ix|iv|v?i{1,3}|v|xi{1,2}))[.)]\s+\S/i.exec(l)) && (l.startsWith("(") || /^[ivx]+\)/i.test(l) || /^[ivx]+\.\s/i.test(l)))
    return { kind: "roman", n: ROMAN.indexOf(m[1].toLowerCase()) + 1, letter: m[1].length === 1 ? LETTERS.indexOf(m[1].toLowerCase()) + 1 : 0 };
  if ((m = /^\(?([a-z])[.)]\s+\S/i.exec(l) ?? /^\(([a-z])\)(?=[A-Z])/.exec(l)) && (l.startsWith("(") || /^[a-z]\)/i.test(l) || /^[a-z]\.\s/i.test(l)) && !/^[AI]\.\s/.test(l))
    return { kind: "letter", n: LETTERS.indexOf(m[1].toLowerCase()) + 1 };
  if (/^(?:[•·▪●◦*–—-]|o(?=\s))\s*\S/.test(l) && !/^-{2,}/.test(l)) return { kind: "bullet" };
  return null;
}

const words = (s) => s.replace(/^\s*(?:[•·▪●◦*–—-]|o(?=\s))\s*/, "").trim().split(/\s+/).filter(Boolean);
const askLike = (s) => {
  const w = words(s);
  if (w.length < 4) return false;
  // A list of years, dates, amounts or codes completes one ask.
  if (/^[\s\d/\-–.,:£%()a-z]{0,20}$/i.test(w.slice(0, 3).join(" ")) && /\d/.test(w[0])) return false;
  return true;
};

export function countAsks(body) {
  const lines = body.split("\n").map((l) => l.replace(/\t/g, " ")).filter((l) => l.trim());
  const items = lines.map((l) => ({ line: l, m: marker(l) }));
  // Top-level numbered runs 1, 2, 3 … ("1a." / "1.1" labels stand for their number too); lettered,
  // roman and ask-like bulleted lines after a numbered item are its sub-items.
  const runs = [];
  let run = null;
  let current = 0;
  for (const it of items) {
    const k = it.m?.kind;
    const p = k === "num" ? it.m.n : k === "sub-letter" || k === "sub-num" ? it.m.parent : 0;
    if (p) {
      if (run && p === run.top + 1) run.top++;
      else if (p === 1 && (!run || run.top >= 1) && !(run && run.top === 1 && k !== "num")) {
        run = { top: 1, subs: new Map() };
        runs.push(run);
      }
      if (run && p === run.top) current = p;
      if (run && (k === "sub-letter" || k === "sub-num") && p === current) run.subs.set(p, (run.subs.get(p) ?? 0) + 1);
      // "1. a) …": the number's own line opens its first sub-item.
      if (run && k === "num" && /^\s*\(?\d{1,2}[.)]\s*\(?[a-h]\)/i.test(it.line)) run.subs.set(p, (run.subs.get(p) ?? 0) + 1);
      continue;
    }
    if (run && current && (k === "letter" || k === "roman" || (k === "bullet" && askLike(it.line)))) run.subs.set(current, (run.subs.get(current) ?? 0) + 1);
  }
  const long = runs.filter((r) => r.top >= 2);
  if (long.length > 1) return { clear: false, why: "numbering restarts" };
  const labelled = items.some((it) => it.m?.kind === "sub-letter" || it.m?.kind === "sub-num");
  if (long.length === 1 || (runs.length === 1 && labelled && [...runs[0].subs.values()].some((v) => v >= 2))) {
    const r = long[0] ?? runs[0];
    let leaves = 0;
    for (let p = 1; p <= r.top; p++) {
      const s = r.subs.get(p) ?? 0;
      leaves += s >= 2 ? s : 1;
    }
    return { clear: true, kind: leaves > r.top ? "numbered+subs" : "numbered", top: r.top, leaves };
  }
  const nums = items.filter((it) => it.m?.kind === "num");
  // Lettered or roman top-level run starting at a / i.
  for (const kind of ["letter", "roman"]) {
    let n = 0;
    for (const it of items) {
      const v = it.m?.kind === kind ? it.m.n : it.m?.kind === "roman" && kind === "letter" ? it.m.letter : 0;
      if (v === n + 1) n++;
    }
    if (n >= 2) return { clear: true, kind: kind === "letter" ? "lettered" : "roman", top: n, leaves: n };
  }
  // Bullets: one block of two or more ask-like items.
  if (nums.length === 0) {
    const blocks = [];
    let block = null;
    items.forEach((it, i) => {
      if (it.m?.kind === "bullet") {
        if (!block) {
          block = { lines: [], lead: items[i - 1]?.line ?? "" };
          blocks.push(block);
        }
        block.lines.push(it.line);
      } else block = null;
    });
    // Blocks of asks under sub-headings ("Seizures:" / "- the number of …") count together.
    const askBlocks = blocks.filter((b) => b.lines.every(askLike));
    const otherBlocks = blocks.filter((b) => !askBlocks.includes(b) && b.lines.length >= 2);
    const asks = askBlocks.reduce((n, b) => n + b.lines.length, 0);
    if (askBlocks.length > 1 && asks >= 2 && otherBlocks.length === 0 && askBlocks.every((b) => b.lines.length === 1 || /:\s*$/.test(b.lead)))
      return { clear: true, kind: "bulleted", top: asks, leaves: asks };
    if (askBlocks.length === 1 && askBlocks[0].lines.length >= 2 && otherBlocks.length === 0) {
      const b = askBlocks[0];
      const n = b.lines.length;
      // The fields of one data set, the parts one request is to include: a list inside one ask, or separate asks.
      if (/:\s*-?\s*$/.test(b.lead) && /\b(?:fields?|columns?|including|include|such as|broken down|breakdown|categor(?:y|ies))\b/i.test(b.lead))
        return { clear: true, kind: "list-under-lead", top: 1, leaves: n };
      return { clear: true, kind: "bulleted", top: n, leaves: n };
    }
    if (askBlocks.filter((b) => b.lines.length >= 2).length > 1 || otherBlocks.length) return { clear: false, why: "several bullet lists" };
  }
  return implicitAsks(lines);
}

// Second tier, reported apart: requests with no list markers whose shape still fixes the count.
// - one paragraph (one line of text): one question (labels.md "A request written as one paragraph");
// - every line an ask ending in "?" (two or more): a question a line; follow-ups ("If so, …",
//   "If yes, …") may be answered with the line before, so they widen the range.
const FOLLOW_UP = /^\s*(?:If (?:so|yes|not|no|it (?:has|does|is|was)|they (?:do|have|are)|there (?:is|are|were|was))\b|And\b|Also\b)/i;

function implicitAsks(lines) {
  const text = lines.filter((l) => l.trim().length > 0);
  if (text.length === 1 && text[0].trim().length >= 30) return { clear: false, implicit: true, kind: "one-paragraph", top: 1, leaves: 1 };
  if (text.length >= 2 && text.every((l) => /\?\s*$/.test(l))) {
    const lo = text.filter((l) => !FOLLOW_UP.test(l)).length;
    return { clear: false, implicit: true, kind: "ask-lines", top: Math.max(1, lo), leaves: text.length };
  }
  return { clear: false, why: "not enumerated" };
}

// ---------------------------------------------------------------------------------------------
// foiscope's reading: questions per thread in answers.jsonl (layout chosen, too).

function readJsonl(path) {
  try {
    return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

function parseCsvLine(line) {
  const out = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const main = () => {
  const answers = readJsonl(join(outDir, "answers.jsonl"));
  const letters = readJsonl(join(outDir, "letters.jsonl"));
  const byFile = new Map();
  for (const a of answers) {
    if (!byFile.has(a.file)) byFile.set(a.file, []);
    byFile.get(a.file).push(a);
  }
  const letterOf = new Map(letters.map((l) => [l.file, l]));
  if (!letters.length) {
    // Older outputs without letters.jsonl: status from letters.csv.
    try {
      const [head, ...rows] = readFileSync(join(outDir, "letters.csv"), "utf8").split("\n").filter(Boolean);
      const cols = parseCsvLine(head);
      for (const r of rows) {
        const v = parseCsvLine(r);
        const o = Object.fromEntries(cols.map((c, i) => [c, v[i]]));
        letterOf.set(o.file, o);
      }
    } catch {
      // nothing
    }
  }

  const files = readdirSync(corpus).filter((f) => f.endsWith(".json")).sort();
  const halves = { a: [], b: [] };
  files.forEach((f, i) => halves[i % 2 === 0 ? "a" : "b"].push(f));

  const results = { a: [], b: [] };
  for (const half of ["a", "b"]) {
    if (onlyHalf && half !== onlyHalf) continue;
    for (const f of halves[half]) {
      const thread = JSON.parse(readFileSync(join(corpus, f), "utf8"));
      const body = requestBody(firstRequest(thread));
      const c = countAsks(body);
      const letter = letterOf.get(f);
      const qs = byFile.get(f) ?? [];
      const status = letter?.status ?? (qs.length ? "ok" : "missing");
      results[half].push({ file: f, status, count: c, found: qs.length, layout: qs[0]?.layout ?? "", display: thread.display_status, qs });
    }
  }

  let allScored = 0;
  let allWithin = 0;
  const pct = (a, n) => (n ? `${a}/${n} = ${((100 * a) / n).toFixed(1)} %` : "0/0");
  for (const half of ["a", "b"]) {
    if (onlyHalf && half !== onlyHalf) continue;
    const rs = results[half];
    const answered = rs.filter((r) => r.status === "ok");
    const scored = answered.filter((r) => r.count.clear);
    // Exact: one of the two clean readings (every sub-item grouped under its number, or every one apart).
    const exact = scored.filter((r) => r.found === r.count.top || r.found === r.count.leaves);
    const within = scored.filter((r) => r.found >= r.count.top && r.found <= r.count.leaves);
    const flat = scored.filter((r) => r.count.top === r.count.leaves);
    const flatExact = flat.filter((r) => r.found === r.count.top);
    allScored += scored.length;
    allWithin += within.length;
    const fewer = scored.filter((r) => r.found < r.count.top).length;
    const more = scored.filter((r) => r.found > r.count.leaves).length;
    console.log(`half ${half}: ${rs.length} threads, ${answered.length} with a reply read, ${scored.length} whose request clearly enumerates its asks`);
    console.log(`  exact (questions = top-level asks, or = leaves where sub-items): ${pct(exact.length, scored.length)}`);
    console.log(`  within sub-item grouping (top-level ≤ questions ≤ leaves): ${pct(within.length, scored.length)}`);
    console.log(`  flat lists only (no sub-items), exact: ${pct(flatExact.length, flat.length)}`);
    console.log(`  disagreements: ${scored.length - within.length} (fewer questions than asks ${fewer}, more than leaves ${more})`);
    const implicit = answered.filter((r) => r.count.implicit);
    const iExact = implicit.filter((r) => r.found === r.count.top || r.found === r.count.leaves);
    const iWithin = implicit.filter((r) => r.found >= r.count.top && r.found <= r.count.leaves);
    console.log(`  second tier (no list: one paragraph, or one "?" ask a line): ${implicit.length} threads, exact ${pct(iExact.length, implicit.length)}, within ${pct(iWithin.length, implicit.length)}`);
    if (showCounts && (half === "a" || onlyHalf === half)) {
      for (const r of rs.filter((x) => x.count.clear || x.count.implicit)) console.log(`    ${r.file}: ${r.count.kind} top ${r.count.top} leaves ${r.count.leaves}`);
    }
    // The held-out half's disagreements are listed only when asked for by name (--half b --list).
    if (list && (half === "a" || onlyHalf === half)) {
      for (const r of [...scored, ...implicit].filter((x) => !(x.found >= x.count.top && x.found <= x.count.leaves))) {
        const asked = r.count.top === r.count.leaves ? `${r.count.top}` : `${r.count.top}-${r.count.leaves}`;
        console.log(`    ${r.file}: asks ${asked} (${r.count.kind}), found ${r.found} [${r.layout}] (${r.display})`);
      }
    }
  }
  if (minWithin !== null) {
    const share = allScored ? allWithin / allScored : 0;
    console.log(`both halves within grouping: ${pct(allWithin, allScored)} (floor ${minWithin})`);
    if (share < minWithin) process.exitCode = 1;
  }
};

main();
