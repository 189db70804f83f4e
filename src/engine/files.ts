import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { LetterMeta } from "../core/types.js";
import { readManifest, type Manifest } from "../metadata/manifest.js";

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory argument it was found under, or the file's name. */
  file: string;
  /** Metadata a manifest beside it (CSV/TSV with a `file` column) states for it. */
  meta?: Partial<LetterMeta>;
}

/** Which files found in folders are read (the --include / --exclude globs); files named as arguments always are. */
export type Select = (file: string) => boolean;
const everyFile: Select = () => true;


/**
 * Byte order of the UTF-8 encodings, which is how SQLite sorts text: the store
 * and the input list then agree on one order for every name.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 and UTF-8 orders differ only where a surrogate (a character above U+FFFF,
    // four bytes in UTF-8) meets a character in U+E000..U+FFFF (three bytes).
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate && !ySurrogate && y >= 0xe000) return 1;
    if (ySurrogate && !xSurrogate && x >= 0xe000) return -1;
    return x - y;
  }
  return a.length - b.length;
}

/** `<id>.json` is a label file when a letter `<id>.<ext>` sits beside it. */
export function isLabelFile(name: string, siblings: Set<string>): boolean {
  if (!name.endsWith(".json")) return false;
  const stem = name.slice(0, -5);
  for (const s of siblings) if (s !== name && s.startsWith(`${stem}.`)) return true;
  return false;
}

/** One input as the streaming walk finds it. */
export type FoundInput = { kind: "file"; input: InputFile } | { kind: "missing"; argument: string };

/**
 * The inputs one at a time, without holding the list: each folder's entries in
 * name order, folders depth first, arguments in the order given. Names are not
 * yet unique across arguments; the engine settles that as it goes.
 */
export function* walkInputs(paths: readonly string[], select: Select = everyFile): Generator<FoundInput> {
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      yield { kind: "missing", argument: p };
      continue;
    }
    if (st.isDirectory()) yield* walkLazily(abs, abs, select, []);
    else yield { kind: "file", input: { path: abs, file: basename(abs) } };
  }
}

function* walkLazily(root: string, dir: string, select: Select, outer: readonly { dir: string; manifest: Manifest }[]): Generator<FoundInput> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch {
    return;
  }
  // isLabelFile's rule in linear time (folders of 100,000 thread JSON files): how many
  // names start with each "<stem>." prefix; a .json is a label when another name shares its stem.
  const prefixes = new Map<string, number>();
  for (const e of entries) {
    for (let i = e.name.indexOf("."); i > 0; i = e.name.indexOf(".", i + 1)) {
      const stem = e.name.slice(0, i);
      prefixes.set(stem, (prefixes.get(stem) ?? 0) + 1);
    }
  }
  const isLabel = (name: string): boolean => name.endsWith(".json") && (prefixes.get(name.slice(0, -5)) ?? 0) > 1;
  // Manifests in this folder state metadata for the files here and below; an inner one wins over an outer one.
  const manifests = [...outer];
  for (const e of entries) {
    if (!e.isFile() || !/\.(?:csv|tsv)$/i.test(e.name)) continue;
    const manifest = readManifest(join(dir, e.name));
    if (manifest) manifests.push({ dir, manifest });
  }
  const metaFor = (full: string): Partial<LetterMeta> | undefined => {
    for (let i = manifests.length - 1; i >= 0; i--) {
      const m = manifests[i]!;
      const found = m.manifest.get(relative(m.dir, full).split("\\").join("/"));
      if (found) return found;
    }
    return undefined;
  };
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules") yield* walkLazily(root, full, select, manifests);
    } else if (e.isFile() || (e.isSymbolicLink() && isFileBehindLink(full))) {
      // A link to a file is read like the file; links to folders are not followed (no cycles).
      const file = relative(root, full).split("\\").join("/");
      if (isLabel(e.name) || !select(file)) continue;
      const meta = metaFor(full);
      yield { kind: "file", input: meta ? { path: full, file, meta } : { path: full, file } };
    }
  }
}

function isFileBehindLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** How many inputs there are (for the progress bar), by listing folders; `keep` filters by name (a shard). */
export function countInputs(paths: readonly string[], keep: (file: string) => boolean = () => true, select: Select = everyFile): number {
  let n = 0;
  for (const found of walkInputs(paths, select)) if (keep(found.kind === "file" ? found.input.file : found.argument)) n++;
  return n;
}

/** The name an input is reported under when an earlier input already took its plain name. */
export function fallbackName(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/");
}
