/**
 * report.html opened in headless Chromium (driven by playwright-core; never a browser downloaded at
 * run time): no console errors, no request leaves the page, hostile letter text stays text, a
 * sortable table sorts, and the drill-down opens a letter with its evidence marked.
 *
 * The browser is Debian's chromium where scripts/setup-system.sh installed it, else the one the npm
 * devDependency @sparticuz/chromium carries (see chromium.ts), so `npm install` alone is enough.
 * When neither can run (another platform), the tests are skipped with the reason printed; under CI
 * they must run.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildReports } from "../../src/report/build.js";
import { fixtureLetters, writeRun } from "./fixtures.js";
import { CHROMIUM_ARGS, findChromium } from "./chromium.js";

const choice = await findChromium();
if ("skipped" in choice) {
  if (process.env.CI) throw new Error(`The browser test must run under CI, but ${choice.skipped}`);
  process.stderr.write(`report.html browser tests SKIPPED: ${choice.skipped}\n`);
} else process.stderr.write(`report.html browser tests run in ${choice.found.source}\n`);
const CHROMIUM = "found" in choice ? choice.found.executablePath : "";
const runInBrowser = "found" in choice;

describe.skipIf(!runInBrowser)("report.html in headless Chromium", { timeout: 30_000 }, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let url = "";

  beforeAll(async () => {
    const dir = await writeRun(fixtureLetters());
    await buildReports(dir, { bom: false, minN: 10, reports: ["html"] });
    url = pathToFileURL(join(dir, "report.html")).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads with no console error, no script error and no request but the page itself", async () => {
    await page.waitForSelector("#table-letters tbody tr");
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it("runs none of the letter's markup", async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator("body img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(4);
  });

  it("shows the headline figures and draws the four charts", async () => {
    const cards = await page.locator("#headline .card").allInnerTexts();
    expect(cards[0]).toContain("8");
    expect(cards[0]).toContain("Letters");
    expect(cards[2]).toContain("53.3 %");
    expect(cards[2]).toContain("30.1 %–75.2 %");
    const charts = await page.evaluate(() => Object.keys((window as unknown as { Chart: { instances: object } }).Chart.instances).length);
    expect(charts).toBe(4);
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll("canvas")].map((c) => {
        const pixels = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) ink++;
        return ink > 500;
      }),
    );
    expect(drawn).toEqual([true, true, true, true]);
  });

  it("sorts a table when its header is clicked, then reverses it", async () => {
    const column = (i: number) => page.locator("#table-authorities tbody tr").evaluateAll((rows, n) => rows.map((r) => (r.children[n] as HTMLElement).innerText), i);
    const header = page.locator('#table-authorities button.sort[data-key="refusal_rate"]');
    await header.click();
    expect(await page.locator('#table-authorities th[data-key="refusal_rate"]').getAttribute("aria-sort")).toBe("ascending");
    // The "show letters" button is column 0, authority column 1, refusal_rate column 9.
    expect(await column(9)).toEqual(["25.0 %", "50.0 %", "50.0 %", "75.0 %", "100.0 %"]);
    expect((await column(1))[0]).toBe("Brook NHS Trust");
    await header.click();
    expect(await page.locator('#table-authorities th[data-key="refusal_rate"]').getAttribute("aria-sort")).toBe("descending");
    expect(await column(9)).toEqual(["100.0 %", "75.0 %", "50.0 %", "50.0 %", "25.0 %"]);
    expect((await column(1))[0]).toBe("Glen Police Authority");
  });

  it("lists an authority's letters from the authorities table", async () => {
    await page.locator('#table-authorities button.show-letters[data-filter="Brook NHS Trust"]').click();
    expect(await page.locator("#table-letters-filter").inputValue()).toBe("Brook NHS Trust");
    expect(await page.locator("#table-letters tbody tr").evaluateAll((rows) => rows.map((r) => (r.children[1] as HTMLElement).innerText))).toEqual(["brook-2023", "brook-2024"]);
  });

  it("opens a letter from the letters table with its text as text and its evidence marked", async () => {
    await page.locator("#table-letters-block input[type=search]").fill("hostile");
    await expect.poll(() => page.locator("#table-letters tbody tr").count()).toBe(1);
    await page.locator("#table-letters tbody button.open").click();
    await page.waitForSelector("#letter:not([hidden]) #letter-text");
    expect(await page.locator("#letter-title").innerText()).toBe("Letter hostile");
    const text = await page.locator("#letter-text").innerText();
    expect(text).toContain("3. <script>window.__pwned = 1</script>");
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator("#letter-text img, #letter-text script").count()).toBe(0);
    // Q1 is selected on opening: its evidence is the active mark.
    expect(await page.locator("#letter-text mark.active").allInnerTexts()).toEqual(["We do not hold this information."]);
    // Selecting Q4 marks both of its pieces of evidence and nothing else.
    await page.locator('#letter button.question[data-index="3"]').click();
    expect(await page.locator('#letter button.question[data-index="3"]').getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("#letter-text mark.active").allInnerTexts()).toEqual([
      '<img src=x onerror="window.__pwned = 2">',
      "</script><script>window.__pwned = 3</script>",
    ]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it("opens the question a review row points at", async () => {
    await page.locator("#table-review tbody tr").nth(2).locator("button.open").click();
    await page.waitForSelector("#letter:not([hidden]) #letter-text");
    expect(await page.locator("#letter-title").innerText()).toBe("Letter moor-2023");
    expect(await page.locator('#letter button.question[aria-pressed="true"]').getAttribute("data-index")).toBe("1");
    expect(await page.locator("#letter-text mark.active").allInnerTexts()).toEqual(["The data centre used 2.1 GWh."]);
    expect(problems).toEqual([]);
    // For looking at the page while developing: FOISCOPE_REPORT_SHOT=/tmp/shot.png npx vitest run test/report/browser.test.ts
    if (process.env.FOISCOPE_REPORT_SHOT) {
      await page.screenshot({ path: process.env.FOISCOPE_REPORT_SHOT, fullPage: true });
      copyFileSync(new URL(url), `${process.env.FOISCOPE_REPORT_SHOT}.html`);
    }
  });
});

describe.skipIf(!runInBrowser)("report.html of a run larger than the page's budgets, in headless Chromium", { timeout: 30_000 }, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const dir = await writeRun(fixtureLetters());
    // Detail for the two Ashdown letters (4 questions) but no letter text at all.
    await buildReports(dir, { bom: false, minN: 10, reports: ["html"], limits: { questionBudget: 4, textBudget: 0 } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(pathToFileURL(join(dir, "report.html")).href);
    await page.waitForSelector("#table-letters tbody tr");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (filter: string): Promise<void> => {
    await page.locator("#table-letters-block input[type=search]").fill(filter);
    await expect.poll(() => page.locator("#table-letters tbody tr").count()).toBe(1);
    await page.locator("#table-letters tbody button.open").click();
    await page.waitForSelector("#letter:not([hidden])");
  };

  it("shows the evidence quotes of a letter whose text is not embedded", async () => {
    await open("ashdown-2022");
    expect(await page.locator("#letter-text").count()).toBe(0);
    expect(await page.locator("#letter .notice").allInnerTexts()).toEqual([
      "The letter text is not embedded (report size limit); letters.jsonl has it. The evidence quotes are listed with each question.",
    ]);
    expect(await page.locator("#letter .evidence-list li").first().innerText()).toBe("fixture-disclosed (decided): “We recorded 14 attempted attacks.”");
  });

  it("says where to find a letter whose questions are not embedded", async () => {
    await open("glen-2024");
    expect(await page.locator("#letter button.question").count()).toBe(0);
    expect(await page.locator("#letter .notice").innerText()).toContain("not embedded in the page");
    expect(problems).toEqual([]);
  });
});

