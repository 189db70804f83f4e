import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countInputs, walkInputs, type NameFilter } from "../../src/engine/files.js";

/** A folder as a campaigner drops it: letters in sub-folders, label files, a README, drafts, dot files. */
function folder(): string {
  const root = mkdtempSync(join(tmpdir(), "foiscope-walk-"));
  const files = [
    "README.md", "SOURCES.tsv", ".hidden.txt", "a.txt", "a.json", "thread.json",
    "2023/council.pdf", "2023/council.json", "2023/police.docx", "2023/drafts/reply.txt",
    "2024/nhs.eml", "2024/scan.PNG", "node_modules/x/index.txt",
  ];
  for (const f of files) {
    mkdirSync(join(root, f, ".."), { recursive: true });
    // Label files are told by content (eval's format: a questions array), so they get one.
    writeFileSync(join(root, f), f.endsWith("a.json") || f.endsWith("council.json") ? '{"questions": []}' : "x");
  }
  symlinkSync(join(root, "a.txt"), join(root, "link.txt"));
  return root;
}

const names = (paths: string[], filter: NameFilter = {}): string[] =>
  [...walkInputs(paths, { followSymlinks: false, ...filter })].flatMap((f) =>
    f.kind === "file" ? [f.input.file] : f.kind === "missing" ? [`missing:${f.argument}`] : [],
  );

describe("walking the input folders", () => {
  it("names each file by its path below the folder argument, in name order, leaving out labels, dot files and node_modules", () => {
    const root = folder();
    expect(names([root])).toEqual([
      "2023/council.pdf", "2023/drafts/reply.txt", "2023/police.docx", "2024/nhs.eml", "2024/scan.PNG",
      "README.md", "SOURCES.tsv", "a.txt", "link.txt", "thread.json",
    ]);
  });

  it("keeps only what --include names and drops what --exclude names; a name without a slash matches at any depth", () => {
    const root = folder();
    expect(names([root], { include: ["*.pdf", "*.docx"], exclude: [] })).toEqual(["2023/council.pdf", "2023/police.docx"]);
    expect(names([root], { include: [], exclude: ["*.md", "*.tsv", "**/drafts/**"] })).toEqual([
      "2023/council.pdf", "2023/police.docx", "2024/nhs.eml", "2024/scan.PNG", "a.txt", "link.txt", "thread.json",
    ]);
    expect(names([root], { include: ["2024/**"], exclude: ["*.eml"] })).toEqual(["2024/scan.PNG"]);
    // Three letters and the label file beside one of them, which gets a row saying what it is.
    expect(countInputs([root], () => true, { followSymlinks: false, include: ["2023/**"], exclude: [] })).toBe(4);
  });

  it("always takes a file named as an argument, and reports a missing one, whatever the globs", () => {
    const root = folder();
    const filter = { include: ["*.pdf"], exclude: ["README.md"] };
    expect(names([join(root, "README.md"), join(root, "nothing.pdf")], filter)).toEqual(["README.md", `missing:${join(root, "nothing.pdf")}`]);
  });
});
