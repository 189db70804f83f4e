import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { runAnalysis } from "../../src/engine/engine.js";
import { codeRoot, lettersCsv, options, readOutputs, tempDir, writeLetters } from "./helpers.js";

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare("SELECT count(*) FROM letters").pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0; // Tables not created yet.
  }
}

describe("kill -9 mid-run, then run again", () => {
  it("resumes with nothing lost and nothing doubled", async () => {
    const dir = tempDir("resume");
    const input = join(dir, "in");
    writeLetters(input, 120);
    const out = join(dir, "out");
    const db = join(out, "foiscope.sqlite");
    // The built CLI, slowed by a per-file delay (a worker-only test hook) so it can be killed part way.
    const child = spawn(process.execPath, [join(codeRoot(), "bin", "foiscope.js"), "analyze", input, "--out", out, "--jobs", "2", "--no-ocr", "--no-progress"], {
      env: { ...process.env, FOISCOPE_TEST_DELAY_MS: "40" },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let stored = 0;
    for (let i = 0; i < 600 && stored < 20; i++) {
      await sleep(50);
      stored = storedCount(db);
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const atKill = storedCount(db);
    expect(atKill).toBeGreaterThanOrEqual(20);
    expect(atKill).toBeLessThan(120);

    const resumed = await runAnalysis([input], options(out));
    expect(resumed.stats.files).toBe(120);
    expect(resumed.stats.reused).toBe(atKill);
    expect(resumed.stats.analysed).toBe(120 - atKill);
    const rows = lettersCsv(out);
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => r.file)).size).toBe(120);
    const store = new Database(db, { readonly: true });
    expect(store.prepare("SELECT count(*) FROM answers").pluck().get()).toBe(store.prepare("SELECT sum(questions) FROM letters").pluck().get());
    store.close();
    // The same outputs as a run that was never interrupted.
    await runAnalysis([input], options(join(dir, "clean")));
    expect(readOutputs(out)).toEqual(readOutputs(join(dir, "clean")));
  });
});
