import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codeRoot, tempDir, writeLetters } from "./helpers.js";

function foiscope(args: string[]): string {
  const r = spawnSync(process.execPath, [join(codeRoot(), "bin", "foiscope.js"), ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`foiscope ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Every report file of a run folder (the store aside: it records paths and timings). */
function reports(dir: string): Record<string, string> {
  const names = readdirSync(dir).filter((f) => !f.startsWith("foiscope.sqlite")).sort();
  return Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("foiscope analyze and merge, every report file", () => {
  it("are byte-identical across --jobs 1, --jobs 2, a re-run, and two shards merged", () => {
    const dir = tempDir("cli-batch");
    const input = join(dir, "in");
    writeLetters(input, 14);
    const common = ["--no-ocr", "--no-progress"];
    foiscope(["analyze", input, "--out", join(dir, "one"), "--jobs", "1", ...common]);
    const first = foiscope(["analyze", input, "--out", join(dir, "two"), "--jobs", "2", ...common]);
    expect(first).toMatch(/analysed now\s+14\n/);
    const expected = reports(join(dir, "one"));
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(["answers.csv", "letters.csv", "answers.jsonl", "letters.jsonl", "report.html"]));
    expect(reports(join(dir, "two"))).toEqual(expected);
    const again = foiscope(["analyze", input, "--out", join(dir, "two"), "--jobs", "2", ...common]);
    expect(again).toMatch(/analysed now\s+0\n/);
    expect(again).toMatch(/reused from store\s+14\n/);
    expect(reports(join(dir, "two"))).toEqual(expected);
    foiscope(["analyze", input, "--out", join(dir, "part1"), "--shard", "1/2", ...common]);
    foiscope(["analyze", input, "--out", join(dir, "part2"), "--shard", "2/2", ...common]);
    const merged = foiscope(["merge", join(dir, "part1", "foiscope.sqlite"), join(dir, "part2", "foiscope.sqlite"), "--out", join(dir, "merged")]);
    expect(merged).toMatch(/letters\s+14 /);
    expect(reports(join(dir, "merged"))).toEqual(expected);
  });
});
