import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/** Rows of a CSV the run wrote, as objects keyed by the header (a BOM is skipped). */
export function readCsv(dir: string, name: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, name), "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Every cell of a CSV, header included, as raw strings. */
export function readCells(dir: string, name: string): string[][] {
  return parse(readFileSync(join(dir, name), "utf8"), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
}

export function readJsonl(dir: string, name: string): Record<string, unknown>[] {
  return readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
