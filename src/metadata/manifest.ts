import { readFileSync, statSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { LetterMeta } from "../core/types.js";
import { COLUMNS, manifestHeader } from "./manifest-header.js";

/** Manifests are small; a bigger table is data, not a list of letters. */
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

/** Metadata per file, keyed by the file's path relative to the manifest's folder ("/" separators). */
export type Manifest = Map<string, Partial<LetterMeta>>;

/**
 * A CSV or TSV whose header has a `file` column and any of authority, sector, date or
 * reference (or a source address) is a manifest: the metadata of the files it names. Anything else is null.
 */
export function readManifest(path: string): Manifest | null {
  if (!/\.(?:csv|tsv)$/i.test(path)) return null;
  let text: string;
  try {
    if (statSync(path).size > MAX_MANIFEST_BYTES) return null;
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
  const firstLine = text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : text.length);
  const head = manifestHeader(firstLine);
  if (!head) return null;
  const { delimiter, header, fileColumn } = head;
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  } catch {
    return null;
  }
  const manifest: Manifest = new Map();
  for (const row of rows.slice(1)) {
    const file = (row[fileColumn] ?? "").trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (!file) continue;
    const meta: Partial<LetterMeta> = {};
    header.forEach((h, i) => {
      const field = COLUMNS[h];
      const value = (row[i] ?? "").trim();
      if (field && value) meta[field] = value;
    });
    if (Object.keys(meta).length) manifest.set(file, meta);
  }
  return manifest;
}
