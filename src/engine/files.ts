import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { LetterMeta } from "../core/types.js";
import { readManifest, type Manifest } from "../metadata/manifest.js";

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the directory argument it was found under, or the file's name. */
  file: string;
  /**
   * The file's real path (links resolved), when the walk knows it: the same file reached through
   * two arguments, or through a link, is analysed once.
   */
  real?: string;
  /** Metadata a manifest beside it (CSV/TSV with a `file` column) states for it. */
  meta?: Partial<LetterMeta>;
}

/** Why an input gets a row without being analysed. */
export type SkipCode = "FOISCOPE_LINK_OUTSIDE" | "FOISCOPE_LINK_BROKEN" | "FOISCOPE_LINK_TO_FOLDER" | "FOISCOPE_NOT_A_FILE" | "FOISCOPE_READ_FAILED" | "FOISCOPE_LABEL_FILE";

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

/**
 * One input as the streaming walk finds it: a file to analyse; an argument that does not exist;
 * a folder argument about to be walked (the engine removes stored letters only from folders it
 * walked); or an input that gets a row saying why it was not analysed (a link leaving the
 * inputs, a FIFO or device, a folder that cannot be listed, an eval label file).
 */
export type FoundInput =
  | { kind: "file"; input: InputFile }
  | { kind: "missing"; argument: string }
  | { kind: "root"; dir: string }
  | { kind: "skipped"; input: InputFile; code: SkipCode; text: string; unreadableDir?: string };

/** The globs alone, as `--include` / `--exclude` give them. */
export type NameFilter = Pick<WalkOptions, "include" | "exclude">;

export interface WalkOptions {
  /** Read files behind symbolic links that lead outside every folder given (off: a row says why). */
  followSymlinks: boolean;
  /** `--include` / `--exclude` globs over names inside folder arguments; a file named as an argument is always an input. */
  include?: readonly string[];
  exclude?: readonly string[];
}

/**
 * The test a found name must pass, or null when there are no globs. Patterns are picomatch's
 * (the matcher of tinyglobby and micromatch); one without a slash matches the file's own name at
 * any depth, as `--include '*.pdf'` reads. Dot files stay out, as the walk leaves them.
 */
export function nameMatcher(filter: { include?: readonly string[]; exclude?: readonly string[] }): ((file: string) => boolean) | null {
  const include = filter.include ?? [];
  const exclude = filter.exclude ?? [];
  if (include.length === 0 && exclude.length === 0) return null;
  const included = include.length ? anyOf(include) : () => true;
  const excluded = exclude.length ? anyOf(exclude) : () => false;
  return (file) => included(file) && !excluded(file);
}

/** picomatch's own `basename` option would apply to every pattern, "2023/**" too: the two kinds are compiled apart. */
function anyOf(patterns: readonly string[]): (file: string) => boolean {
  // "*.pdf" takes "SCAN.PDF" too: extensions on published files come in either case.
  const options = { dot: false, nocase: true };
  const byName = patterns.filter((p) => !p.includes("/"));
  const byPath = patterns.filter((p) => p.includes("/"));
  const name = byName.length ? picomatch(byName, options) : () => false;
  const path = byPath.length ? picomatch(byPath, options) : () => false;
  return (file) => path(file) || name(file.slice(file.lastIndexOf("/") + 1));
}

/** What kind of thing a stat describes, for a row's message. */
function kindOf(st: Stats | Dirent): string {
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

function notAFile(input: InputFile, st: Stats | Dirent): FoundInput {
  return { kind: "skipped", input, code: "FOISCOPE_NOT_A_FILE", text: `${kindOf(st)}, not a regular file; skipped (reading it could block or never end)` };
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
}

/**
 * The inputs one at a time, without holding the list: each folder's entries in
 * name order, folders depth first, arguments in the order given. Names are not
 * yet unique across arguments; the engine settles that as it goes.
 */
export function* walkInputs(paths: readonly string[], options: WalkOptions = { followSymlinks: false }): Generator<FoundInput> {
  // The real paths of the folders given: a link is followed when its file lies inside one of them.
  const roots: string[] = [];
  for (const p of paths) {
    const real = realOrNull(resolve(p));
    if (real && statSync(real, { throwIfNoEntry: false })?.isDirectory()) roots.push(real);
  }
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
      yield { kind: "root", dir: abs };
      const keep = nameMatcher(options);
      for (const found of walkLazily(abs, abs, realOrNull(abs) ?? abs, roots, options, [])) {
        // Globs select among files; rows about folders that could not be listed always stand.
        if (keep && (found.kind === "file" || (found.kind === "skipped" && !found.unreadableDir)) && !keep(found.input.file)) continue;
        yield found;
      }
    } else {
      const input: InputFile = { path: abs, file: basename(abs), real: realOrNull(abs) ?? abs };
      // A file named on the command line is read even through a link: the user chose it.
      if (!st.isFile()) yield notAFile(input, st);
      else yield { kind: "file", input };
    }
  }
}

/** Label files (`<id>.json` in eval's format) are a gold folder's answers, not letters: recognised by content. */
export function isLabelJson(path: string): boolean {
  let text: string;
  try {
    const st = statSync(path);
    if (st.size > 4 * 1024 * 1024) return false;
    text = readFileSync(path, "utf8");
  } catch {
    return false;
  }
  try {
    const json = JSON.parse(text) as unknown;
    if (!json || typeof json !== "object" || Array.isArray(json)) return false;
    const o = json as Record<string, unknown>;
    // labels.md: a letter's label holds its questions with outcomes; a WhatDoTheyKnow thread holds messages.
    return Array.isArray(o.questions) && !("messages" in o) && !("correspondence" in o) && !("events" in o) && !("info_request_events" in o);
  } catch {
    return false;
  }
}

function* walkLazily(root: string, dir: string, realDir: string, roots: readonly string[], options: WalkOptions, outer: readonly { dir: string; manifest: Manifest }[]): Generator<FoundInput> {
  let entries: Dirent[];
  try {
    refuseForTest(dir);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch (error) {
    // A row for the folder; the engine keeps what the store holds for the files under it.
    const rel = relative(root, dir).split("\\").join("/");
    const input: InputFile = { path: dir, file: `${rel || basename(dir)}/` };
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    yield { kind: "skipped", input, code: "FOISCOPE_READ_FAILED", text: `Could not list this folder (${reason}); its files were not read, and their results from earlier runs are kept`, unreadableDir: dir };
    return;
  }
  // A .json beside a same-stem file may be an eval label file; it is told by content, not by name,
  // so a thread `x.json` beside a letter `x.txt` is still analysed.
  // The letter may carry more than one extension (`x.thread.json`, `x.body.txt`): every name before
  // a dot is a stem, except a `.json` file's own.
  const stems = new Set<string>();
  for (const e of entries) {
    const own = e.name.endsWith(".json") ? e.name.length - 5 : -1;
    for (let dot = e.name.indexOf(".", 1); dot > 0; dot = e.name.indexOf(".", dot + 1)) if (dot !== own) stems.add(e.name.slice(0, dot));
  }
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
    const input: InputFile = { path: full, file: relative(root, full).split("\\").join("/"), real: join(realDir, e.name) };
    if (e.isDirectory()) {
      if (e.name !== "node_modules") yield* walkLazily(root, full, join(realDir, e.name), roots, options, manifests);
    } else if (e.isFile()) {
      if (e.name.endsWith(".json") && stems.has(e.name.slice(0, -5)) && isLabelJson(full)) {
        yield { kind: "skipped", input, code: "FOISCOPE_LABEL_FILE", text: `A label file for ${e.name.slice(0, -5)} ('foiscope eval' reads it), not a letter; not analysed` };
      } else {
        const meta = metaFor(full);
        yield { kind: "file", input: meta ? { ...input, meta } : input };
      }
    } else if (e.isSymbolicLink()) {
      yield followLink(input, roots, options);
    } else {
      yield notAFile(input, e);
    }
  }
}

/**
 * Test hook, read only from the environment: folders named in FOISCOPE_TEST_UNREADABLE fail to
 * list as with EACCES (a test run as root can read any folder). Production runs never set it.
 */
function refuseForTest(dir: string): void {
  const names = process.env.FOISCOPE_TEST_UNREADABLE;
  if (names && names.split(",").includes(basename(dir))) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: "EACCES" });
}

/** A link inside a folder: read when its file is inside the inputs (or --follow-symlinks), else a row saying why. */
function followLink(input: InputFile, roots: readonly string[], options: WalkOptions): FoundInput {
  const real = realOrNull(input.path);
  if (real === null) return { kind: "skipped", input, code: "FOISCOPE_LINK_BROKEN", text: "A symbolic link whose target does not exist; nothing to read" };
  let st: Stats;
  try {
    st = statSync(real);
  } catch {
    return { kind: "skipped", input, code: "FOISCOPE_LINK_BROKEN", text: "A symbolic link whose target cannot be read" };
  }
  if (st.isDirectory()) return { kind: "skipped", input, code: "FOISCOPE_LINK_TO_FOLDER", text: "A symbolic link to a folder; links to folders are not followed (give the folder as an argument to read it)" };
  if (!inside(real, roots) && !options.followSymlinks) {
    return { kind: "skipped", input, code: "FOISCOPE_LINK_OUTSIDE", text: "A symbolic link to a file outside the folders given; not followed (pass --follow-symlinks to read it)" };
  }
  if (!st.isFile()) return notAFile(input, st);
  return { kind: "file", input: { ...input, real } };
}

/** How many inputs there are (for the progress bar), by listing folders; `keep` filters by name (a shard). */
export function countInputs(paths: readonly string[], keep: (file: string) => boolean = () => true, options?: WalkOptions): number {
  let n = 0;
  for (const found of walkInputs(paths, options)) {
    if (found.kind === "root") continue;
    if (keep(found.kind === "missing" ? found.argument : found.input.file)) n++;
  }
  return n;
}

/** Whether the inputs hold anything at all (a file, a missing argument, a row to write): stops at the first. */
export function hasAnyInput(paths: readonly string[], options?: WalkOptions): boolean {
  for (const found of walkInputs(paths, options)) if (found.kind !== "root") return true;
  return false;
}

/** The name an input is reported under when an earlier input already took its plain name. */
export function fallbackName(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/");
}

/** Whether `path` is `dir` or inside it. */
export function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

