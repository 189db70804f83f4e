import type { Argv } from "yargs";

/** A mistake in how a command was called: the CLI prints it with the usage and exits 2, before any work. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Where a command writes: results on `stdout`, progress and messages on `stderr`. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * One CLI command: how yargs reads its arguments, and what it does with them. `run` resolves to
 * the exit code (0 done, 1 done but something failed) or throws a UsageError (exit 2); the CLI
 * entry point is the only place that turns either into the process's exit code.
 */
export interface Command<A> {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv<A>;
  run: (args: A, io: Io) => Promise<number>;
}

/** A number option that must be finite and within [min, max]; `integer` also refuses fractions. */
export function checkNumber(name: string, value: unknown, min: number, max = Infinity, integer = false): number {
  const n = typeof value === "number" ? value : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new UsageError(`--${name} must be ${integer ? "a whole number" : "a number"} ${range}, got ${String(value)}`);
  }
  return n;
}

/** A comma-separated list whose items must all be among `allowed`. */
export function checkList(name: string, value: string, allowed: readonly string[]): string[] {
  const items = value.split(",").map((r) => r.trim().toLowerCase()).filter(Boolean);
  const unknown = items.filter((r) => !allowed.includes(r));
  if (unknown.length) throw new UsageError(`--${name}: unknown value ${unknown.join(", ")}; use one or more of ${allowed.join(", ")}`);
  return items;
}
