import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory argument it was found under, or the file's name. */
  file: string;
}

/**
 * Expand files and directories (recursively) into input files, in a stable order.
 * Hidden files and the labels (`<id>.json` beside `<id>.txt`) of gold/corpus folders are skipped.
 */
export function listInputs(paths: readonly string[]): { inputs: InputFile[]; missing: string[] } {
  const inputs: InputFile[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs, abs, inputs);
    else inputs.push({ path: abs, file: basename(abs) });
  }
  inputs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.path < b.path ? -1 : 1));
  return { inputs, missing };
}

function walk(root: string, dir: string, out: InputFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "node_modules") continue;
      walk(root, full, out);
    } else if (e.isFile()) {
      if (isLabelFile(e.name, names)) continue;
      out.push({ path: full, file: relative(root, full).split("\\").join("/") });
    }
  }
}

/** `<id>.json` is a label file when a letter `<id>.<ext>` sits beside it. */
export function isLabelFile(name: string, siblings: Set<string>): boolean {
  if (!name.endsWith(".json")) return false;
  const stem = name.slice(0, -5);
  for (const s of siblings) if (s !== name && s.startsWith(`${stem}.`)) return true;
  return false;
}
