import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runAnalysis } from "../../src/engine/engine.js";
import { lettersCsv, options, tempDir, writeLetters } from "./helpers.js";

// In the slow project: a 6 MB letter analysed and written onto a small tmpfs of its own.
describe("the output folder on a full disk", () => {
  it.skipIf(process.getuid?.() !== 0)("a full disk stops the run with one line naming what was written and the space left; the store is intact", async (ctx) => {
    const dir = tempDir("full");
    const input = join(dir, "in");
    writeLetters(input, 4);
    const mnt = join(dir, "small");
    mkdirSync(mnt);
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=3m", "tmpfs", mnt]).status === 0;
    // A small file system of its own is needed (root may still lack the right to mount one).
    if (!mounted) ctx.skip();
    try {
      const out = join(mnt, "out");
      await runAnalysis([input], options(out));
      // A big letter that cannot fit.
      writeFileSync(join(input, "big.txt"), `1. How many fines were issued?\nWe do not hold this information.\n${"Padding sentence for the store. ".repeat(200_000)}`);
      const error = await runAnalysis([input], options(out)).then(() => null, (e: Error) => e);
      expect(error?.message).toMatch(/^The disk holding .* is full \(\d+\.\d MB free\) while writing /);
      expect(error?.message).not.toContain("\n");
      expect(lettersCsv(out)).toHaveLength(4);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });
});
