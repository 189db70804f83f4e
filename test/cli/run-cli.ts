import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { main } from "../../src/cli/index.js";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process through `main`, the one place that decides the exit code, with
 * stdout and stderr captured (what yargs prints with console.log / console.error included). The
 * tests that are about the command line use this; `spawnCli` is for what only a real process
 * shows (bin/foiscope.js turning a crash into exit 1, the working folder).
 */
export async function runCli(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]): Writable =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(`${a.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(`${a.join(" ")}\n`));
  try {
    const status = await main(args, { stdout: sink(out), stderr: sink(err) });
    return { status, stdout: out.join(""), stderr: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const bin = fileURLToPath(new URL("../../bin/foiscope.js", import.meta.url));

/** Runs bin/foiscope.js (the compiled CLI) in a child process. */
export function spawnCli(args: string[], cwd?: string): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, env: { ...process.env, CI: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
