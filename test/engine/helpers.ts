import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { BENCH_TEMPLATES, fillTemplate } from "../../src/bench/templates.js";
import { defaultAnalyzeOptions, type AnalyzeOptions } from "../../src/engine/options.js";

export const OUTPUTS = ["answers.csv", "letters.csv", "answers.jsonl", "letters.jsonl"];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `foiscope-${prefix}-`));
}

/** `n` letters written for these tests from the benchmark templates, in two sub-folders. */
export function writeLetters(dir: string, n: number, from = 0): string[] {
  const names: string[] = [];
  for (let i = from; i < from + n; i++) {
    const sub = i % 2 === 0 ? "even" : "odd";
    mkdirSync(join(dir, sub), { recursive: true });
    const name = `${sub}/letter-${String(i).padStart(3, "0")}.txt`;
    writeFileSync(join(dir, name), fillTemplate(BENCH_TEMPLATES[i % BENCH_TEMPLATES.length]!, i));
    names.push(name);
  }
  return names;
}

let frozen = "";

/** The frozen build of this test file (made on first use). */
export function codeRoot(): string {
  frozen ||= frozenBuild();
  return frozen;
}

/** Options for a test run: two workers, no OCR, the frozen build. */
export function options(out: string, overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return defaultAnalyzeOptions({ out, jobs: 2, ocr: false, timeoutMs: 30_000, codeRoot: codeRoot(), ...overrides });
}

/**
 * Options for a test about what is read, kept or refused rather than about the pool: one worker,
 * no OCR, the frozen build (each worker loads the whole pipeline, about a second of CPU).
 */
export function oneWorker(out: string, overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return options(out, { jobs: 1, ...overrides });
}

export function readOutputs(out: string): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), "utf8")]));
}

export function lettersCsv(out: string): Record<string, string>[] {
  return parse(readFileSync(join(out, "letters.csv"), "utf8"), { columns: true }) as Record<string, string>[];
}

/** Runs with test-only environment variables set (read by the workers at start), then restores them. */
export async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * A frozen copy of the build (dist/, data/, package.json; node_modules linked) for
 * `codeRoot`, so other work rebuilding dist/ during a test cannot change the code
 * (and so the pipeline version) between two runs the test compares.
 */
export function frozenBuild(): string {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  if (!existsSync(join(root, "dist", "engine", "worker.js"))) throw new Error("dist/ is not built: run npm run build (vitest's globalSetup does)");
  const copy = tempDir("build");
  cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
  if (existsSync(join(root, "data"))) cpSync(join(root, "data"), join(copy, "data"), { recursive: true });
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  cpSync(join(root, "bin"), join(copy, "bin"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}
