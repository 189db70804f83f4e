/**
 * Letter text is hostile input: formulas must never reach a spreadsheet as formulas, and
 * markup must never reach the page as markup. Also the --bom and --reports options and the
 * 'foiscope report' command.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReports } from "../../src/report/build.js";
import { REPORT_CLIENT } from "../../src/report/html-client.js";
import { main } from "../../src/cli/index.js";
import { fixtureLetters, HOSTILE_LINES, writeRun } from "./fixtures.js";
import { readCells, readCsv } from "./csv.js";

const REPORT_CSVS = ["outcomes.csv", "grounds.csv", "authorities.csv", "topics.csv", "sectors.csv", "years.csv", "review.csv"];
/** What Excel, LibreOffice and Google Sheets treat as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe("a letter with formula and markup lines", () => {
  let dir = "";
  let html = "";
  beforeAll(async () => {
    dir = await writeRun(fixtureLetters());
    await buildReports(dir, { bom: false, minN: 10, reports: ["csv", "html", "jsonl"] });
    html = readFileSync(join(dir, "report.html"), "utf8");
  });

  it("produces no formula cell in any CSV", () => {
    const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort();
    expect(csvs).toEqual(["answers.csv", "authorities.csv", "grounds.csv", "letters.csv", "outcomes.csv", "review.csv", "sectors.csv", "topics.csv", "years.csv"]);
    let cells = 0;
    for (const file of csvs) {
      for (const row of readCells(dir, file)) {
        for (const cell of row) {
          cells++;
          expect(cell, `${file}: ${cell}`).not.toMatch(FORMULA_START);
        }
      }
    }
    expect(cells).toBeGreaterThan(500);
  });

  it("keeps the hostile text, defused with a leading apostrophe", () => {
    const hostile = readCsv(dir, "answers.csv").filter((r) => r.file === "hostile.txt");
    expect(hostile.map((r) => r.question_text)).toEqual([
      `'${HOSTILE_LINES[0]}`,
      `'${HOSTILE_LINES[1]}`,
      `'${HOSTILE_LINES[2]}`,
      `'${HOSTILE_LINES[3]}`,
    ]);
    const review = readCsv(dir, "review.csv").filter((r) => r.file === "hostile.txt");
    expect(review.map((r) => r.question_text)).toEqual([`'${HOSTILE_LINES[2]}`, `'${HOSTILE_LINES[3]}`]);
    expect(review[1]!.rule).toBe("'-1+1");
    expect(review[1]!.conflicts).toBe("'@SUM(1)");
    expect(readCsv(dir, "authorities.csv")[0]!.authority).toBe(`'=HYPERLINK("http://attacker.example","Hostile Council")`);
  });

  it("puts no markup from the letter into the page", () => {
    // Exactly the data block and the three inlined scripts.
    expect(html.match(/<script\b/gi)).toHaveLength(4);
    expect(html.match(/<\/script>/gi)).toHaveLength(4);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toContain("<script>window.__pwned");
    expect(html).not.toContain("onerror=\"window");
    const data = /<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toMatch(/[<>&]/);
    const parsed = JSON.parse(data) as { letters: { file: string; text: string; authority: string }[] };
    const hostile = parsed.letters.find((l) => l.file === "hostile.txt")!;
    expect(hostile.text).toContain("<script>window.__pwned = 1</script>");
    expect(hostile.text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(hostile.authority).toBe('=HYPERLINK("http://attacker.example","Hostile Council")');
  });

  it("allows only its own scripts and no network through its Content-Security-Policy", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
  });

  it("renders text only through textContent and attaches no inline handlers", () => {
    expect(REPORT_CLIENT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    const staticMarkup = html.replace(/<script\b[^>]*>[^]*?<\/script>/gi, "").replace(/<style>[^]*?<\/style>/, "");
    expect(staticMarkup).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("writes tables.jsonl with one line per table row", () => {
    const lines = readFileSync(join(dir, "tables.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { table: string });
    const count = (t: string) => lines.filter((l) => l.table === t).length;
    expect([count("outcomes"), count("grounds"), count("authorities"), count("topics"), count("sectors"), count("years"), count("review")]).toEqual([7, 11, 5, 9, 3, 3, 5]);
    expect(lines.find((l) => l.table === "authorities" && (l as { authority?: string }).authority === "Ashdown Council")).toEqual({
      table: "authorities", authority: "Ashdown Council", sector: "council", letters: 2, questions: 4, disclosed: 1, not_held: 0, exempt: 3, other: 0,
      refusal_rate: 0.75, refusal_rate_low: 0.3006, refusal_rate_high: 0.9544, small_n: true, top_ground: "FOIA s12", uncited_refusals: 0,
    });
    expect(lines.find((l) => l.table === "outcomes")).toMatchObject({ scope: "all", letters: 7, granted_full_share: 0, withheld_part_share: 0.2857 });
  });
});

describe("options", () => {
  it("--bom writes a UTF-8 byte-order mark at the start of every report CSV, and only then", async () => {
    const withBom = await writeRun(fixtureLetters(), { bom: true });
    await buildReports(withBom, { bom: true, minN: 10, reports: ["csv"] });
    for (const f of REPORT_CSVS) expect([...readFileSync(join(withBom, f)).subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
    const without = await writeRun(fixtureLetters());
    await buildReports(without, { bom: false, minN: 10, reports: ["csv"] });
    for (const f of REPORT_CSVS) expect(readFileSync(join(without, f)).subarray(0, 3).toString("hex"), f).not.toBe("efbbbf");
    expect(existsSync(join(without, "report.html"))).toBe(false);
  });

  it("'foiscope report' rebuilds into another folder with the kinds and --min-n asked for", async () => {
    const run = await writeRun(fixtureLetters());
    const out = mkdtempSync(join(tmpdir(), "foiscope-report-out-"));
    rmSync(out, { recursive: true });
    const code = await main(["report", run, "--out", out, "--reports", "csv", "--min-n", "3"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["authorities.csv", "grounds.csv", "outcomes.csv", "review.csv", "sectors.csv", "topics.csv", "years.csv"]);
    const ashdown = readCsv(out, "authorities.csv").find((r) => r.authority === "Ashdown Council")!;
    expect(ashdown.small_n).toBe("false");
    expect(existsSync(join(run, "report.html"))).toBe(false);
  });

  it("refuses an unknown report kind and a folder with no run", async () => {
    const run = await writeRun(fixtureLetters());
    // A usage error: exit 2 with the message on stderr, nothing written.
    let stderr = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) } } as unknown as Parameters<typeof main>[1];
    expect(await main(["report", run, "--reports", "csv,pdf"], io)).toBe(2);
    expect(stderr).toContain("--reports: unknown value pdf; use one or more of csv, html, jsonl");
    const empty = mkdtempSync(join(tmpdir(), "foiscope-empty-"));
    await expect(buildReports(empty, { bom: false, minN: 10, reports: ["csv"] })).rejects.toMatchObject({ code: "FOISCOPE_NO_RUN" });
  });

  it("writes header-only tables for a run with no letters", async () => {
    const run = await writeRun([]);
    await buildReports(run, { bom: false, minN: 10, reports: ["csv", "html"] });
    expect(readFileSync(join(run, "authorities.csv"), "utf8")).toBe(
      "authority,sector,letters,questions,disclosed,not_held,exempt,other,refusal_rate,refusal_rate_low,refusal_rate_high,small_n,top_ground,uncited_refusals\n",
    );
    expect(readCsv(run, "outcomes.csv")).toEqual([
      { scope: "all", group: "all", letters: "0", granted_full: "0", withheld_part: "0", withheld_full: "0", not_held: "0", mixed_other: "0", no_outcome: "0",
        granted_full_share: "", withheld_part_share: "", withheld_full_share: "", not_held_share: "", mixed_other_share: "" },
    ]);
    expect(existsSync(join(run, "report.html"))).toBe(true);
  });

  it("builds from answers.jsonl alone when a run has no letters.jsonl", async () => {
    const run = await writeRun(fixtureLetters());
    rmSync(join(run, "letters.jsonl"));
    await buildReports(run, { bom: false, minN: 10, reports: ["csv", "html"] });
    // The unreadable letter had no answers, so without letters.jsonl it is unknown: 7 letters, none without outcome.
    expect(readCsv(run, "outcomes.csv")[0]).toMatchObject({ letters: "7", no_outcome: "0" });
    const data = /id="report-data">([^]*?)<\/script>/.exec(readFileSync(join(run, "report.html"), "utf8"))![1]!;
    expect((JSON.parse(data) as { letters: { text: string | null }[] }).letters.every((l) => l.text === null)).toBe(true);
  });
});
