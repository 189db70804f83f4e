#!/usr/bin/env node
/**
 * Screenshots of report.html for the README, with Debian's chromium (playwright-core, no
 * downloaded browser):
 *   npm start && node test/report/make-screenshot.mjs reports/report.html docs/report.png [letter-filter docs/report-letter.png]
 * The first image is the top of the page (headline figures and the four charts); the optional
 * second is the drill-down of the first letter matching the filter, its first exempt question selected.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [html, out, letterFilter, letterOut] = process.argv.slice(2);
if (!html || !out) {
  process.stderr.write("usage: make-screenshot.mjs <report.html> <out.png> [letter-filter letter-out.png]\n");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(pathToFileURL(resolve(html)).href);
  await page.waitForSelector("#table-letters tbody tr");
  const charts = await page.locator(".charts").boundingBox();
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1400, height: Math.ceil(charts.y + charts.height + 12) }, fullPage: true });
  if (letterFilter && letterOut) {
    await page.locator("#table-letters-block input[type=search]").fill(letterFilter);
    await page.locator("#table-letters tbody button.open").first().click();
    await page.waitForSelector("#letter:not([hidden]) #letter-text");
    const exempt = page.locator("#letter button.question", { has: page.locator(".pill.exempt") }).first();
    if (await exempt.count()) await exempt.click();
    await page.locator("#letter").screenshot({ path: letterOut });
  }
  if (problems.length) throw new Error(`report.html reported errors: ${problems.join("; ")}`);
} finally {
  await browser.close();
}
