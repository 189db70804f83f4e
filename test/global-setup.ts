import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Brings dist/ up to date with src/ so tests that spawn the CLI or start workers run the current
 * code. `tsc -b` (build mode) compiles only when something changed: it compares every input
 * (src/, tsconfig.json) with its outputs and with the list of sources in tsconfig.tsbuildinfo
 * (a file added, edited or deleted, an output missing: it compiles). When CI or a developer has
 * just built with `npm run build` (also `tsc -b`), this is a check of about half a second
 * instead of a compile; when dist/ was built by `tsc -p` or is stale, it compiles.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-b", "tsconfig.json"], { cwd: root, stdio: "inherit" });
}
