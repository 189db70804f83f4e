#!/usr/bin/env node
// Writes a hostile test corpus into a folder (run 'npm run build' first). Generated, not committed.
//   node scripts/make-hostile.mjs <dir>            the hostile files of src/bench/hostile.ts (a 50 MB text, a zip bomb, …)
//   node scripts/make-hostile.mjs --folder <dir>   issue 13's hostile folder (src/bench/hostile-folder.ts): 2,000 blank
//                                                  pages, a 7,200 pt page, a blank-line flood, junk, a thread beside a
//                                                  same-stem letter, a broken MIME boundary, a link to <dir>-outside/
import { makeHostileCorpus, HOSTILE_FILES } from "../dist/bench/hostile.js";
import { makeHostileFolder, HOSTILE_FOLDER } from "../dist/bench/hostile-folder.js";

const folder = process.argv[2] === "--folder";
const dir = process.argv[folder ? 3 : 2];
if (!dir) {
  process.stderr.write("usage: node scripts/make-hostile.mjs [--folder] <dir>   (run 'npm run build' first)\n");
  process.exit(2);
}
if (folder) {
  for (const f of makeHostileFolder(dir, `${dir.replace(/\/+$/, "")}-outside`)) process.stdout.write(`${f.padEnd(24)} ${HOSTILE_FOLDER[f]}\n`);
} else {
  const files = await makeHostileCorpus(dir);
  for (const f of files) process.stdout.write(`${f.padEnd(24)} ${HOSTILE_FILES[f]}\n`);
}
