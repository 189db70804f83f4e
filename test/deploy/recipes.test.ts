import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { codeRoot, tempDir, writeLetters } from "../engine/helpers.js";

/**
 * The deploy/ recipes run as a scheduler would run them: each shard started with
 * only the scheduler's own index variable set (Kubernetes JOB_COMPLETION_INDEX,
 * from 0; Slurm SLURM_ARRAY_TASK_ID, from 1), or by the GNU parallel recipe on
 * this machine, then the merge step. The merged reports must equal one run's.
 */
const DEPLOY = resolve("deploy");

function foiscope(args: string[]): void {
  const r = spawnSync(process.execPath, [join(codeRoot(), "bin", "foiscope.js"), ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`foiscope ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
}

function script(path: string, env: Record<string, string>, args: string[] = []): { status: number | null; stderr: string } {
  const r = spawnSync("bash", [path, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", FOISCOPE_BIN: `${process.execPath} ${join(codeRoot(), "bin", "foiscope.js")}`, FOISCOPE_JOBS: "1", FOISCOPE_ARGS: "--no-ocr", ...env },
  });
  return { status: r.status, stderr: r.stderr };
}

/** Every report file of a run folder (the store aside: it records paths and timings). */
function reports(dir: string): Record<string, string> {
  const names = readdirSync(dir).filter((f) => !f.startsWith("foiscope.sqlite")).sort();
  return Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("deploy recipes: shards then merge", () => {
  it("give reports byte-identical to one run, started as a Kubernetes Indexed Job or by the GNU parallel recipe", () => {
    const dir = tempDir("deploy");
    const input = join(dir, "in");
    writeLetters(input, 12);
    foiscope(["analyze", input, "--out", join(dir, "one"), "--jobs", "1", "--no-ocr", "--no-progress"]);
    const expected = reports(join(dir, "one"));
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(["answers.csv", "letters.csv", "answers.jsonl", "report.html"]));

    const k8s = { FOISCOPE_INPUT: input, FOISCOPE_OUT: join(dir, "k8s"), FOISCOPE_SHARDS: "3" };
    for (const index of ["0", "1", "2"]) expect(script(join(DEPLOY, "foiscope-shard.sh"), { ...k8s, JOB_COMPLETION_INDEX: index }).status).toBe(0);
    expect(readdirSync(join(dir, "k8s")).sort()).toEqual(["part-1", "part-2", "part-3"]);
    expect(script(join(DEPLOY, "foiscope-merge.sh"), k8s).status).toBe(0);
    expect(reports(join(dir, "k8s", "merged"))).toEqual(expected);

    const local = { FOISCOPE_INPUT: input, FOISCOPE_OUT: join(dir, "parallel"), FOISCOPE_SHARDS: "2" };
    expect(script(join(DEPLOY, "parallel", "run-over-hosts.sh"), local).status).toBe(0);
    expect(reports(join(dir, "parallel", "merged"))).toEqual(expected);
  }, 240_000);

  it("refuses to merge while a shard's store is missing, naming it", () => {
    const dir = tempDir("deploy-missing");
    const input = join(dir, "in");
    writeLetters(input, 4);
    const env = { FOISCOPE_INPUT: input, FOISCOPE_OUT: join(dir, "run"), FOISCOPE_SHARDS: "2" };
    expect(script(join(DEPLOY, "foiscope-shard.sh"), { ...env, SLURM_ARRAY_TASK_ID: "1" }).status).toBe(0);
    const merge = script(join(DEPLOY, "foiscope-merge.sh"), env);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toBe("foiscope-merge: no store from shard(s) 2 of 2; re-run them first\n");
    const outside = script(join(DEPLOY, "foiscope-shard.sh"), { ...env, SLURM_ARRAY_TASK_ID: "3" });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toBe("foiscope-shard: shard 3 is not within 1…2\n");
  }, 120_000);
});
