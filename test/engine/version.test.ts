import { describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { moduleGraph, pipelineFingerprint } from "../../src/engine/version.js";
import { tempDir } from "./helpers.js";

/** A package laid out as a build: bin/, dist/ with the analysis entry files, data/. */
function fakeBuild(): string {
  const root = tempDir("fingerprint");
  for (const d of ["bin", "dist/engine", "dist/classify", "dist/segment", "data"]) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "bin", "foiscope.js"), `import { main } from "../dist/cli/index.js";\n`);
  writeFileSync(join(root, "dist", "engine", "analyze.js"), `import { read } from "../classify/read.js";\nexport const x = () => import("../segment/split.js");\n`);
  writeFileSync(join(root, "dist", "engine", "process.js"), `import "./analyze.js";\n`);
  writeFileSync(join(root, "dist", "engine", "record.js"), `export {};\n`);
  writeFileSync(join(root, "dist", "classify", "read.js"), `export function read() { return 1; }\n`);
  writeFileSync(join(root, "dist", "segment", "split.js"), `export const split = 2;\n`);
  writeFileSync(join(root, "data", "words.json"), `{"a": 1}\n`);
  return root;
}

describe("pipeline fingerprint", () => {
  it("follows static, bare and dynamic relative imports from the entry files", () => {
    const root = fakeBuild();
    const graph = [...moduleGraph([join(root, "dist", "engine", "process.js")])].map((f) => f.slice(root.length + 1)).sort();
    expect(graph).toEqual(["dist/classify/read.js", "dist/engine/analyze.js", "dist/engine/process.js", "dist/segment/split.js"]);
  });

  it("ignores a compiled file no import reaches (left in dist by a deleted source), and sees a change to one that is", () => {
    const root = fakeBuild();
    const before = pipelineFingerprint(root);
    writeFileSync(join(root, "dist", "segment", "old-reader.js"), `export const stale = 3;\n`);
    expect(pipelineFingerprint(root)).toBe(before);
    rmSync(join(root, "dist", "segment", "old-reader.js"));
    writeFileSync(join(root, "dist", "segment", "split.js"), `export const split = 4;\n`);
    expect(pipelineFingerprint(root)).not.toBe(before);
  });

  it("sees a change to data/", () => {
    const root = fakeBuild();
    const before = pipelineFingerprint(root);
    writeFileSync(join(root, "data", "words.json"), `{"a": 2}\n`);
    expect(pipelineFingerprint(root)).not.toBe(before);
  });
});
