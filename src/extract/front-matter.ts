import type { LetterMeta } from "../core/types.js";

const KEYS: Record<string, keyof LetterMeta> = {
  authority: "authority",
  sector: "sector",
  date: "date",
  reference: "reference",
  source: "source",
  title: "title",
  law_used: "lawUsed",
  regime: "lawUsed",
  display_status: "displayStatus",
};

export interface FrontMatter {
  meta: Partial<LetterMeta>;
  /** Keys that were present but not letter metadata (id, complete, …). */
  extra: Record<string, string>;
  /** Offset in the input where the letter body starts. */
  bodyStart: number;
}

/**
 * Front matter: an optional `---` line, then `key: value` lines, then `---`.
 * The gold files omit the opening `---` on some letters, so it is optional, but
 * then every line before the closing `---` must be `key: value`.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { meta: {}, extra: {}, bodyStart: 0 };
  // Only the first 61 lines can hold it: splitting the whole letter cost more than the parse.
  let head = 0;
  for (let n = 0; n < 61 && head !== -1; n++) head = text.indexOf("\n", head + (n > 0 ? 1 : 0));
  const lines = (head === -1 ? text : text.slice(0, head)).split("\n");
  let i = 0;
  let offset = 0;
  if (lines[0]?.trim() === "---") {
    offset += lines[0].length + 1;
    i = 1;
  }
  const meta: Partial<LetterMeta> = {};
  const extra: Record<string, string> = {};
  let count = 0;
  for (; i < lines.length && i < 60; i++) {
    const line = lines[i]!;
    if (line.trim() === "---") {
      if (count === 0) return none;
      return { meta, extra, bodyStart: offset + line.length + 1 };
    }
    // `key: value` on one line. The value read after the colon in code: `:\s*(.*)$` retried every
    // split of a long run of whitespace between the two when the line held a line terminator.
    const m = /^([A-Za-z_][A-Za-z0-9_ -]{0,40}):/.exec(line);
    const rest = m ? line.slice(m[0].length).replace(/^\s+/, "") : "";
    if (!m || /[\n\r\u2028\u2029]/.test(rest)) return none;
    const key = m[1]!.trim().toLowerCase().replace(/[ -]/g, "_");
    const value = rest.trim().replace(/^["']|["']$/g, "");
    const target = KEYS[key];
    if (target) meta[target] = value;
    else extra[key] = value;
    count++;
    offset += line.length + 1;
  }
  return none;
}
