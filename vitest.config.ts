import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects. `npm test` runs "fast": every unit and contract test, within about a minute on
 * 2 cores (the CLI's own tests call main() in-process; only what needs a real process spawns
 * one). `npm run test:slow` runs "slow": the end-to-end checks that OCR scans, spawn worker
 * pools and CLI runs over whole corpora or under memory limits, run the deploy/ shell recipes,
 * fill a disk, wait out time limits on purpose, or drive a browser (together about four and a
 * half minutes on 2 cores). CI runs both; `npx vitest run` alone runs both too.
 * A file is listed here, never moved, to change its side.
 */
const SLOW = [
  "test/extract/renderings.test.ts", // every rendering of the fixture letters, scans OCR'd
  "test/extract/corpus-formats.test.ts", // corpus/formats, three scans OCR'd
  "test/engine/engine.test.ts", // worker pools, time limits waited out, OCR deadlines
  "test/engine/cli-batch.test.ts", // the CLI over a corpus with --jobs 1, 2, re-run, shards and merge
  "test/engine/hostile.test.ts", // hostile files under the real limits
  "test/engine/resume.test.ts", // a run killed with SIGKILL and resumed
  "test/report/browser.test.ts", // report.html in headless Chromium
  "test/deploy/recipes.test.ts", // the deploy/ shell recipes: ten CLI processes, shards then merge
  "test/engine/max-memory.test.ts", // two CLI runs over 100 letters and a 50 MB file under worker heap limits
  "test/engine/full-disk.test.ts", // a 6 MB letter written onto a 3 MB tmpfs (root only)
];

export default defineConfig({
  test: {
    // The CLI, worker pool and browser tests run the compiled code in dist/: build it once first.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "fast", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...SLOW] } },
      // OCR with tesseract.js on a loaded 2-core machine takes 20-45 s a page: room for it.
      { extends: true, test: { name: "slow", include: SLOW, testTimeout: 180_000 } },
    ],
  },
});
