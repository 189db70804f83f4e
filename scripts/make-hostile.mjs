#!/usr/bin/env node
// Writes the hostile test corpus (see src/bench/hostile.ts) into a folder: node scripts/make-hostile.mjs <dir>
// It is generated, not committed: the large text file and the zip bomb are big.
import { makeHostileCorpus, HOSTILE_FILES } from "../dist/bench/hostile.js";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: node scripts/make-hostile.mjs <dir>   (run 'npm run build' first)\n");
  process.exit(2);
}
const files = await makeHostileCorpus(dir);
for (const f of files) process.stdout.write(`${f.padEnd(24)} ${HOSTILE_FILES[f]}\n`);
