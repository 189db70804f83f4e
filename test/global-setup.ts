import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Compile src/ to dist/ so tests that spawn the CLI or start workers run the current code. */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
}
