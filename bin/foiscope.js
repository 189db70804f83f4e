#!/usr/bin/env node
import { main } from "../dist/cli/index.js";

// main() resolves to the exit code of every outcome it foresees (0 done, 1 done with failures,
// 2 a usage error before any work). Anything it throws is a crash: exit 1, never 2, so a script
// does not take a bug for a mistyped command line. One line on stderr; FOISCOPE_DEBUG=1 adds the stack.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ").slice(0, 500);
    process.stderr.write(`foiscope: unexpected error (a bug: please report it with the command that caused it): ${message}\n`);
    if (process.env.FOISCOPE_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
