import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FoiscopeError } from "../core/errors.js";
import { REVIEW_COLUMNS, type AnswerFact, type LetterFact, type Tables } from "../aggregate/index.js";
import type { LetterOutcome } from "../core/types.js";
import type { TableFile } from "./build.js";
import { REPORT_CLIENT } from "./html-client.js";
import { REPORT_STYLE } from "./html-style.js";

/** Rows of review.csv embedded in the page. */
export const DEFAULT_REVIEW_LIMIT = 5_000;

const require = createRequire(import.meta.url);

/**
 * The charting libraries' browser builds, read from node_modules at build time and inlined, so
 * the page needs no network. Package exports hide dist/, so resolve the entry and go beside it.
 */
function libraryScript(pkg: string, file: string): string {
  let source: string;
  try {
    source = readFileSync(join(dirname(require.resolve(pkg)), file), "utf8");
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_MISSING_DEPENDENCY", `Cannot read ${pkg}/${file} to inline in report.html (${(error as Error).message}); run 'npm install'`);
  }
  // A "</script" inside inlined code would end the element early; "<\/" means the same in JS.
  return source.replace(/<\/(script)/gi, "<\\/$1");
}

/**
 * JSON for a <script type="application/json"> element: the HTML parser must never see "<",
 * ">" or "&" from letter text, and U+2028/2029 are escaped for older JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

type Range = [number, number] | null;

/** Evidence marks the page draws in one letter's text, at most. */
export const MARK_LIMIT = 2_000;
const range = (s: { start: number; end: number } | null): Range => (s ? [s.start, s.end] : null);

/**
 * One letter of the page's drill-down. `letter.text` is the text the page may show (null when the
 * text budget dropped it); `detail` says whether its questions and evidence are embedded.
 */
export function letterEntry(letter: LetterFact, answers: readonly AnswerFact[], outcome: LetterOutcome | "", detail: boolean): unknown {
  const counts = { disclosed: 0, not_held: 0, exempt: 0, other: 0 };
  for (const a of answers) counts[a.outcome]++;
  // The page marks each piece of evidence in the letter's text; 100,000 marks froze it for 43 s.
  // Past MARK_LIMIT per letter the rest are left out, and a note says how many.
  let marks = 0;
  let omitted = 0;
  const capped = (evidence: AnswerFact["evidence"]): AnswerFact["evidence"] => {
    const room = Math.max(0, MARK_LIMIT - marks);
    marks += Math.min(room, evidence.length);
    omitted += Math.max(0, evidence.length - room);
    return evidence.length > room ? evidence.slice(0, room) : evidence;
  };
  const questions = !detail
    ? []
    : answers.map((a) => ({
        label: a.question,
        text: a.questionText,
        outcome: a.outcome,
        grounds: a.grounds,
        topic: a.topic,
        partial: a.partial,
        ncnd: a.ncnd,
        pit: a.pit,
        confidence: a.confidence,
        rule: a.rule,
        conflicts: a.conflicts,
        q: range(a.questionSpan),
        a: range(a.answerSpan),
        // Quotes only when the page has no text to slice them from.
        evidence: capped(a.evidence).map((e) => ({ rule: e.rule, start: e.span.start, end: e.span.end, quote: letter.text === null ? e.quote : "" })),
      }));
  const note = omitted > 0 ? [`info FOISCOPE_MARKS_CAPPED: ${omitted} of this letter's ${marks + omitted} evidence marks are not shown on this page (at most ${MARK_LIMIT} a letter); answers.jsonl holds them all`] : [];
  return {
    file: letter.file,
    id: letter.letterId,
    authority: letter.authority,
    sector: letter.sector,
    date: letter.date,
    regime: letter.regime,
    status: letter.status,
    title: letter.title,
    outcome,
    counts,
    messages: [...letter.messages, ...note],
    detail,
    text: detail ? letter.text : null,
    textOmitted: letter.hasText && !(detail && letter.text !== null),
    questions,
  };
}

/**
 * The data the page renders, all of it from the run, as JSON for its script element, in the
 * pieces a streaming writer puts together so that neither the review rows nor the letters are
 * ever one string: `head`, the embedded review rows, `middle`, the letter entries (see
 * letterEntry), `end`. Joined, rows and letters separated by commas, they are jsonForScript of
 * { minN, headline, tables: { outcomes, authorities, grounds, topics, sectors, years,
 * review: { columns, rows, total } }, letters }: the escaping is character by character, so
 * escaping the pieces is escaping the whole.
 */
export function reportDataPieces(tables: Tables, files: readonly TableFile[], minN: number, reviewTotal: number): { head: string; middle: string; end: string } {
  const table = (name: string): { columns: readonly string[]; rows: Record<string, unknown>[] } => {
    const file = files.find((f) => f.name === name)!;
    return { columns: file.columns, rows: file.rows };
  };
  const summary = jsonForScript({
    minN,
    headline: tables.headline,
    tables: {
      outcomes: table("outcomes"),
      authorities: table("authorities"),
      grounds: table("grounds"),
      topics: table("topics"),
      sectors: table("sectors"),
      years: table("years"),
    },
  });
  // summary ends with the "}}" closing tables and the whole object: review goes in before them.
  return {
    head: `${summary.slice(0, -2)},"review":{"columns":${jsonForScript(REVIEW_COLUMNS)},"rows":[`,
    middle: `],"total":${jsonForScript(reviewTotal)}}},"letters":[`,
    end: "]}",
  };
}

/**
 * One self-contained page: styles, libraries, app and data inline; a CSP that allows only those.
 * `head` ends where the data (see reportDataPieces) goes, `tail` follows it.
 */
export function reportPage(minN: number): { head: string; tail: string } {
  const scripts = [libraryScript("chart.js", "chart.umd.min.js"), libraryScript("chartjs-chart-matrix", "chartjs-chart-matrix.min.js"), REPORT_CLIENT];
  // Only these exact scripts and this stylesheet may run: markup smuggled in by a letter could
  // not execute even if escaping failed, and default-src 'none' forbids any network request.
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(" ")}`,
    `style-src ${sha256(REPORT_STYLE)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>foiscope report</title>
<link rel="icon" href="data:,">
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><h1>foiscope report</h1><p id="subtitle"></p></header>
<main>
<section id="headline" aria-label="Headline figures"></section>
<section class="charts">
<figure><figcaption>Refusal rate by authority, with 95 % Wilson interval</figcaption><div class="chart" id="chart-authorities-box"><canvas id="chart-authorities" role="img" aria-label="Refusal rate by authority"></canvas></div></figure>
<figure><figcaption>Grounds ranked (exempt questions citing each section)</figcaption><div class="chart" id="chart-grounds-box"><canvas id="chart-grounds" role="img" aria-label="Grounds ranked"></canvas></div></figure>
<figure><figcaption>Topic × outcome (questions; shade = share of the topic)</figcaption><div class="chart" id="chart-topics-box"><canvas id="chart-topics" role="img" aria-label="Topic by outcome heat map"></canvas></div></figure>
<figure><figcaption>Refusal rate by year of letter, with 95 % Wilson interval</figcaption><div class="chart" id="chart-years-box"><canvas id="chart-years" role="img" aria-label="Trend by year"></canvas></div></figure>
</section>
<section id="tables"></section>
<section id="letter" hidden aria-live="polite"></section>
</main>
<footer><p>Refusal rate = exempt questions ÷ all questions analysed (disclosed + not held + exempt + other); intervals are 95 % Wilson score intervals; rates over fewer than ${Number(minN)} questions are marked small n. Letter outcomes follow the Cabinet Office shape. Made by foiscope from answers.jsonl; every count reconciles with answers.csv.</p></footer>
<script type="application/json" id="report-data">`;
  const tail = `</script>
${scripts.map((s) => `<script>${s}</script>`).join("\n")}
</body>
</html>
`;
  return { head, tail };
}
