import { existsSync } from "node:fs";

/**
 * Which Chromium the browser tests drive (through playwright-core, which never downloads one):
 *
 * - Debian's, `/usr/bin/chromium`, when scripts/setup-system.sh has installed it;
 * - else the one the npm package @sparticuz/chromium carries inside its tarball (a devDependency,
 *   so `npm install` alone brings it; unpacked once to the temporary folder, no network). It is
 *   built for Linux x64.
 *
 * `FOISCOPE_BROWSER=npm` takes the npm one even where Debian's is installed (to try a Node-only
 * machine), `FOISCOPE_BROWSER=debian` only Debian's, `FOISCOPE_BROWSER=/path/to/chrome` that one.
 */
export interface Chromium {
  executablePath: string;
  source: string;
}

export type ChromiumChoice = { found: Chromium } | { skipped: string };

const DEBIAN = "/usr/bin/chromium";

export async function findChromium(): Promise<ChromiumChoice> {
  const wanted = process.env.FOISCOPE_BROWSER ?? "auto";
  if (wanted.startsWith("/")) return existsSync(wanted) ? { found: { executablePath: wanted, source: wanted } } : { skipped: `FOISCOPE_BROWSER=${wanted} does not exist` };
  if (wanted !== "npm" && existsSync(DEBIAN)) return { found: { executablePath: DEBIAN, source: "Debian chromium" } };
  if (wanted === "debian") return { skipped: `${DEBIAN} is not installed (FOISCOPE_BROWSER=debian)` };
  if (process.platform !== "linux" || process.arch !== "x64") return { skipped: `no Debian chromium, and @sparticuz/chromium has no build for ${process.platform}-${process.arch}` };
  try {
    const { default: packaged } = await import("@sparticuz/chromium");
    const executablePath = await packaged.executablePath();
    return { found: { executablePath, source: `@sparticuz/chromium (${executablePath})` } };
  } catch (error) {
    return { skipped: `no Debian chromium, and @sparticuz/chromium could not be unpacked: ${(error as Error).message}` };
  }
}

/** Flags for a page that must make no request of its own; the package's own flag set turns web security off, so it is not used. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
