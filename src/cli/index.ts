import yargs from "yargs";
import type { CommandModule } from "yargs";
import { analyzeCommand } from "./commands/analyze.js";
import { evalCommand } from "./commands/eval.js";
import { explainCommand } from "./commands/explain.js";
import { reportCommand } from "./commands/report.js";
import { mergeCommand } from "./commands/merge.js";

/** One line per command: the CLI is a thin shell over the core. */
const commands: CommandModule<object, any>[] = [analyzeCommand, evalCommand, explainCommand, mergeCommand, reportCommand];

/** Runs the CLI; resolves to the exit code. Commands set `process.exitCode` through the returned value. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName("foiscope")
    .usage("$0 <command> [options]\n\nReads FOI response letters and tells, question by question, what was disclosed, not held or withheld, and on which grounds.")
    .strict()
    .demandCommand(1, "Name a command: analyze, eval or explain (see --help).")
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`foiscope: ${message}\nRun 'foiscope --help' for usage.\n`);
      exitCode = 2;
    });
  for (const c of commands) parser.command(c);
  parser.middleware((args) => {
    (args as Record<string, unknown>).__setExit = (code: number) => {
      exitCode = code;
    };
  });
  await parser.parseAsync();
  return exitCode;
}

/** Commands call this to report their exit code. */
export function setExit(args: unknown, code: number): void {
  const fn = (args as { __setExit?: (c: number) => void }).__setExit;
  if (fn) fn(code);
}
