import { readFileSync } from "node:fs";
import yargs from "yargs";
import { FoiscopeError } from "../core/errors.js";
import { UsageError, type Command, type Io } from "./command.js";
import { analyzeCommand } from "./commands/analyze.js";
import { evalCommand } from "./commands/eval.js";
import { explainCommand } from "./commands/explain.js";
import { reportCommand } from "./commands/report.js";
import { mergeCommand } from "./commands/merge.js";

/** One line per command: the CLI is a thin shell over the core. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const commands: Command<any>[] = [analyzeCommand, evalCommand, explainCommand, mergeCommand, reportCommand];

/** Errors of the engine that mean "the arguments name nothing to do": usage errors, exit 2. */
const USAGE_CODES = new Set(["FOISCOPE_NO_INPUT", "FOISCOPE_BAD_SHARD", "FOISCOPE_BAD_OPTION"]);

/** foiscope's own version, from its package.json (not the package of the folder it runs in). */
export function foiscopeVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * Runs the CLI; resolves to the exit code: 0 done, 1 done but something failed (a missing input,
 * every file failed, an accuracy floor), 2 a usage error (nothing was done). This is the only
 * place an exit code is decided: yargs only parses; the chosen command runs after parsing, and
 * only when parsing found no mistake.
 */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const { usage, chosen, failed } = await parse(argv, false);
  if (usage !== null) {
    // The command's own help under the message: parsed again with yargs' help cache on (see skipHelpCache).
    const help = failed ? (await parse(argv, true)).help : "";
    return usageFailure(io, usage, help);
  }
  const picked = chosen as { command: Command<unknown>; args: unknown } | null;
  // --help or --version: yargs has printed it.
  if (picked === null) return 0;
  try {
    return await picked.command.run(picked.args, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof FoiscopeError && USAGE_CODES.has(error.code))) {
      return usageFailure(io, (error as Error).message, "");
    }
    if (error instanceof FoiscopeError) {
      io.stderr.write(`foiscope: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * The command line parsed: the command chosen and its arguments, or the usage error. `withHelp`
 * keeps yargs' cache of the chosen command's help, which a usage error shows (`help`).
 */
async function parse(argv: string[], withHelp: boolean): Promise<{ usage: string | null; chosen: { command: Command<unknown>; args: unknown } | null; failed: boolean; help: string }> {
  let usage: string | null = null;
  let chosen: { command: Command<unknown>; args: unknown } | null = null;
  const parser = yargs(argv)
    .scriptName("foiscope")
    .usage("$0 <command> [options]\n\nReads FOI response letters and tells, question by question, what was disclosed, not held or withheld, and on which grounds.")
    .strict()
    .demandCommand(1, `Name a command: ${commands.map((c) => c.command.split(" ")[0]).join(", ")}.`)
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version(foiscopeVersion())
    .alias("V", "version")
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      if (error && !(error instanceof UsageError)) throw error;
      usage ??= message || error?.message || "invalid arguments";
    });
  if (!withHelp) skipHelpCache(parser);
  for (const c of commands) {
    parser.command({
      command: c.command,
      describe: c.describe,
      builder: c.builder,
      // Parsing only records the choice: nothing runs until the whole command line is known to be valid.
      handler: (args) => {
        chosen = { command: c, args };
      },
    });
  }
  let help = "";
  let failed = false;
  try {
    await parser.parseAsync();
    if (usage !== null) {
      failed = true;
      if (withHelp) help = await parser.getHelp();
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usage = error.message;
  }
  return { usage, chosen, failed, help };
}

function usageFailure(io: Io, message: string, help: string): number {
  io.stderr.write(`foiscope: ${message}\n`);
  io.stderr.write(help ? `\n${help}\n` : "Run 'foiscope --help' for usage.\n");
  return 2;
}

/**
 * yargs renders the chosen command's whole help text after every parse that runs a command,
 * so that it has it at hand should validation fail. Only a usage error reads it, and this CLI
 * then parses the command line a second time with the cache on (`main`), so every valid run
 * skips it: ~0.08 CPU-s a run with analyze's options (string widths of every option's
 * description), a quarter of the CLI's start-up, paid by every run and re-run.
 * Reached through yargs' internal methods; if a yargs version lacks them, nothing changes.
 */
function skipHelpCache(parser: unknown): void {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === "function") usage.cacheHelpMessage = () => undefined;
}
