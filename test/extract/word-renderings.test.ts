import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/engine/process.js";
import type { Letter } from "../../src/core/types.js";

/**
 * Letters written as word processors lay them out — questions numbered by Word's
 * automatic lists ("1)", lettered sub-items, roman points, bullets), a table of
 * figures — rendered by scripts/render-fixtures.mjs (--formats
 * docx,html,html-ol,html-eml,wdtk,tnef,odt,rtf: HTML with Word's own list paragraphs and with <ol> lists; ODT and RTF saved from the DOCX by
 * LibreOffice) must give the questions, outcomes and grounds of the text they
 * came from. No OCR: this runs in seconds.
 */
const LETTERS = resolve("test/fixtures/letters-word");
const FORMATS = resolve("test/fixtures/formats-word");
const options = { ocr: false, maxBytes: 50 * 1024 * 1024 };
const SUFFIX = /(-html\.eml|-ol\.html|-wdtk\.eml|-tnef\.eml|\.html|\.docx|\.odt|\.rtf)$/;

const key = (letter: Letter): string[] => letter.answers.map((a) => `${a.label} ${a.outcome} [${[...a.grounds].sort().join(";")}]`);
/**
 * Questions each text letter gives. calderbrook-police-sublists: "1)" sub-lists inside the answers to
 * "1." questions (a nested <ol> in HTML, read back as "1)"). hollins-police-tight-items: "Q4) … on:" with
 * a) b) items set tight under it and c) after their answer (Word's HTML: list paragraphs under a
 * margin-bottom:0 paragraph; the reader before this gave Q4 alone).
 */
const LABELS: Record<string, string[]> = {
  "ashby-trust-asked-roman": ["1", "2", "3"],
  "fenmoor-police-subitems-table": ["1", "2", "3"],
  "wrenford-council-bullets-not-held": ["1", "2", "3"],
  "calderbrook-police-sublists": ["1", "2", "3", "4", "5"],
  "hollins-police-tight-items": ["1", "2", "3", "4a", "4b", "4c", "5"],
};
const files = readdirSync(FORMATS).filter((f) => SUFFIX.test(f)).sort();

describe("renderings of letters laid out by a word processor", () => {
  it("cover every letter in eight formats", () => {
    expect(files.length).toBe(40);
  });

  it.each(files)("%s agrees with its text", async (file) => {
    const id = file.replace(SUFFIX, "");
    const text = await processFile({ path: join(LETTERS, `${id}.txt`), file: `${id}.txt` }, options);
    const rendered = await processFile({ path: join(FORMATS, file), file }, options);
    expect(rendered.status).toBe("ok");
    expect(text.answers.map((a) => a.label)).toEqual(LABELS[id]);
    expect(key(rendered)).toEqual(key(text));
  });
});
