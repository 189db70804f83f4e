/** How a manifest names its columns (kept apart from the CSV reader so that telling a manifest costs no parser). */
/** The metadata columns a manifest may give, by the names it may use for them. */
export const COLUMNS: Record<string, "authority" | "sector" | "date" | "reference" | "source"> = {
  authority: "authority", public_body: "authority", body: "authority",
  sector: "sector",
  date: "date", letter_date: "date", response_date: "date",
  reference: "reference", ref: "reference", our_ref: "reference",
  // The address the letter was published at: its host can name the authority (metadata/authority.ts).
  source: "source", url: "source", source_url: "source", link: "source",
};
const FILE_COLUMNS = new Set(["file", "filename", "file_name", "path"]);
const key = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** A manifest's header: a `file` column and at least one metadata column. Null for any other first line. */
export function manifestHeader(firstLine: string): { delimiter: string; header: string[]; fileColumn: number } | null {
  const delimiter = firstLine.includes("\t") ? "\t" : ",";
  const header = firstLine.replace(/^\uFEFF/, "").split(delimiter).map(key);
  const fileColumn = header.findIndex((h) => FILE_COLUMNS.has(h));
  return fileColumn >= 0 && header.some((h) => COLUMNS[h]) ? { delimiter, header, fileColumn } : null;
}

