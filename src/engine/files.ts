import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import picomatch from "picomatch";

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory argument it was found under, or the file's name. */
  file: string;
}


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

/** `--include` / `--exclude` globs over names inside folder arguments (`*.pdf`, `2023/` and everything below it, any `drafts` folder). */
export interface NameFilter {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * The test a found name must pass, or null when there are no globs. Patterns are picomatch's
 * (the matcher of tinyglobby and micromatch); one without a slash matches the file's own name at
 * any depth, as `--include '*.pdf'` reads. Dot files stay out, as the walk leaves them.
 */
export function nameMatcher(filter: NameFilter): ((file: string) => boolean) | null {
  if (filter.include.length === 0 && filter.exclude.length === 0) return null;
  const included = filter.include.length ? anyOf(filter.include) : () => true;
  const excluded = filter.exclude.length ? anyOf(filter.exclude) : () => false;
  return (file) => included(file) && !excluded(file);
}

/** picomatch's own `basename` option would apply to every pattern, "2023/**" too: the two kinds are compiled apart. */
function anyOf(patterns: readonly string[]): (file: string) => boolean {
  const options = { dot: false };
  const byName = patterns.filter((p) => !p.includes("/"));
  const byPath = patterns.filter((p) => p.includes("/"));
  const name = byName.length ? picomatch(byName, options) : () => false;
  const path = byPath.length ? picomatch(byPath, options) : () => false;
  return (file) => path(file) || name(file.slice(file.lastIndexOf("/") + 1));
}

/** One input as the streaming walk finds it. */
export type FoundInput = { kind: "file"; input: InputFile } | { kind: "missing"; argument: string };

/**
 * The inputs one at a time, without holding the list: each folder's entries in
 * name order, folders depth first, arguments in the order given. Names are not
 * yet unique across arguments; the engine settles that as it goes. `filter`
 * selects among the files found inside folders; a file named as an argument is
 * always an input.
 */
export function* walkInputs(paths: readonly string[], filter: NameFilter = { include: [], exclude: [] }): Generator<FoundInput> {
  const keep = nameMatcher(filter);
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      yield { kind: "missing", argument: p };
      continue;
    }
    if (st.isDirectory()) {
      for (const found of walkLazily(abs, "")) if (!keep || found.kind !== "file" || keep(found.input.file)) yield found;
    } else yield { kind: "file", input: { path: abs, file: basename(abs) } };
  }
}

/**
 * `dir` absolute, `prefix` its path below the folder argument ("" or "a/b/"): names are built
 * by concatenation, not path.relative (which resolved both paths for every file: a third of
 * the walk's time on a folder of 20,000 letters).
 */
function* walkLazily(dir: string, prefix: string): Generator<FoundInput> {
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
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules") yield* walkLazily(full, `${prefix}${e.name}/`);
    } else if (e.isFile() || (e.isSymbolicLink() && isFileBehindLink(full))) {
      // A link to a file is read like the file; links to folders are not followed (no cycles).
      if (!isLabel(e.name)) yield { kind: "file", input: { path: full, file: prefix + e.name } };
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
export function countInputs(paths: readonly string[], keep: (file: string) => boolean = () => true, filter?: NameFilter): number {
  let n = 0;
  for (const found of walkInputs(paths, filter)) if (keep(found.kind === "file" ? found.input.file : found.argument)) n++;
  return n;
}

/** The name an input is reported under when an earlier input already took its plain name. */
export function fallbackName(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/");
}
