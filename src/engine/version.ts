import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Bump when analysis changes in a way the code hash below cannot see (a
 * behaviour change in a dependency, say). Results stored under another version
 * are re-analysed.
 */
export const PIPELINE_VERSION = 1;

/** Folders of compiled code whose output ends up in a stored letter. */
const ANALYSIS_FOLDERS = ["core", "extract", "segment", "cite", "classify", "metadata", "kind"];
const ANALYSIS_FILES = ["engine/analyze.js", "engine/process.js", "engine/record.js"];
/** Packages whose behaviour shapes extracted text (their versions enter the fingerprint). */
const EXTRACTION_PACKAGES = ["pdf-parse", "@embedpdf/pdfium", "mailparser", "@kenjiuno/msgreader", "word-extractor", "rtf-stream-parser", "tesseract.js", "@napi-rs/canvas", "iconv-lite", "htmlparser2", "natural"];

/** Root of the package (the folder holding package.json, dist/ and data/). */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

function listFiles(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) listFiles(full, out);
    else if (e.isFile() && !e.name.endsWith(".map")) out.push(full);
  }
}

/** A relative module specifier in compiled code: `from "./x.js"`, `import "./x.js"`, `import("./x.js")`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*(?:\(\s*)?)["'](\.\.?\/[^"']+)["']/g;

/**
 * The compiled files reachable from `entries` by relative imports (each file's source text, as
 * written; no evaluation). A stale file left in dist by a deleted source is in no import, so it
 * is not reached.
 */
export function moduleGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.filter((f) => existsSync(f));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), m[1]!);
      if (!seen.has(target) && existsSync(target) && statSync(target).isFile()) todo.push(target);
    }
  }
  return seen;
}

/**
 * Version of a package as Node would load it from `root`: the nearest node_modules going up,
 * so it is found whether foiscope is the project (its own node_modules) or installed as a
 * dependency of another (packages hoisted beside it). "" when it is not installed.
 */
function installedVersion(root: string, name: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest) && statSync(manifest).isFile()) return (JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version ?? "";
    if (dirname(dir) === dir) return "";
  }
}

/**
 * "v1-<hash>": the pipeline version plus a hash of the compiled analysis code, the
 * data/ files and the versions of the extraction packages. Any change to those
 * re-runs the affected letters automatically; a change to reports or the CLI does
 * not. A file in dist no import reaches (left by a deleted source) is ignored.
 * Costs a few milliseconds (about a hundred small files).
 */
export function pipelineFingerprint(root: string = packageRoot()): string {
  const dist = join(root, "dist");
  const code: string[] = [];
  for (const f of ANALYSIS_FOLDERS) listFiles(join(dist, f), code);
  for (const f of ANALYSIS_FILES) if (existsSync(join(dist, f))) code.push(join(dist, f));
  // tsc never deletes the output of a removed source: only compiled files the package can load
  // (from its library, its command line and the analysis entry files) count.
  const loaded = moduleGraph([join(root, "bin", "foiscope.js"), join(dist, "index.js"), ...ANALYSIS_FILES.map((f) => join(dist, f))]);
  const files = code.filter((f) => loaded.has(f));
  listFiles(join(root, "data"), files);
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(f.slice(root.length)).update("\0");
    hash.update(readFileSync(f)).update("\0");
  }
  for (const p of EXTRACTION_PACKAGES) hash.update(`${p}@${installedVersion(root, p)}\0`);
  return `v${PIPELINE_VERSION}-${hash.digest("hex").slice(0, 16)}`;
}
