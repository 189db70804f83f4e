#!/usr/bin/env node
// Real letters in their published formats (PDF, DOCX, DOC, email) against their labels:
// a folder of <id>.<ext> + labels/<id>.json (../shared/files). Needs a build (npm run build).
//   node scripts/measure-real-files.mjs ../shared/files docx,doc [--errors]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processFile } from "../dist/engine/process.js";
import { evaluate, formatReport } from "../dist/eval/metrics.js";

const [dir = "../shared/files", exts = "docx,doc,eml,msg"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const wanted = new Set(exts.split(","));
const pairs = [];
for (const file of readdirSync(dir).sort()) {
  const m = /^(.+)\.([a-z]+)$/.exec(file);
  if (!m || !wanted.has(m[2])) continue;
  const labelPath = join(dir, "labels", `${m[1]}.json`);
  if (!existsSync(labelPath)) continue;
  const raw = JSON.parse(readFileSync(labelPath, "utf8"));
  const letter = await processFile({ path: join(dir, file), file }, { ocr: false, maxBytes: 50 * 1024 * 1024 });
  const gold = {
    id: raw.id ?? m[1],
    regime: raw.regime ?? "",
    letterPath: join(dir, file),
    questions: raw.questions.map((q) => ({ n: String(q.n), outcome: q.outcome, grounds: q.grounds ?? [], partial: Boolean(q.partial), ncnd: Boolean(q.ncnd), pit: Boolean(q.pit), topic: q.topic ?? "other" })),
  };
  pairs.push({ gold, letter });
  const got = letter.answers.map((a) => `${a.label}:${a.outcome}`).join(" ");
  const want = gold.questions.map((q) => `${q.n}:${q.outcome}`).join(" ");
  console.log(`${file}: gold [${want}] got [${got}]${letter.status && letter.status !== "ok" ? ` status ${letter.status}` : ""}`);
}
console.log(formatReport(evaluate(pairs), process.argv.includes("--errors")));
