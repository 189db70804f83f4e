import { availableParallelism } from "node:os";
import { defaultAnalyzeOptions, type AnalyzeOptions } from "../../engine/options.js";
import type { RunSummary } from "../../engine/run.js";
import { formatRunTable, runAnalysis } from "../../engine/engine.js";
import { silentProgress, terminalProgress } from "../../engine/progress.js";
import { buildReports } from "../../report/build.js";
import { checkList, checkNumber, UsageError, type Command, type Io } from "../command.js";

interface Args {
  paths: string[];
  out: string;
  jobs: number;
  ocr: boolean;
  "max-bytes": number;
  timeout: number;
  "timeout-per-ocr-page": number;
  "max-ocr-pages": number;
  "max-memory": number;
  bom: boolean;
  "min-n": number;
  reports: string;
  db: string;
  shard: string;
  progress: boolean;
  quiet: boolean;
  json: boolean;
  "follow-symlinks": boolean;
  include: string[];
  exclude: string[];
}

const REPORT_KINDS = ["csv", "html", "jsonl"];

export function formatSummary(s: RunSummary): string {
  const o = s.outcomes;
  return [
    `letters   ${s.letters} (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.noResponse} without a response)${s.notLetters ? `; ${s.notLetters} other file${s.notLetters === 1 ? "" : "s"} set aside as not letters` : ""}`,
    `questions ${s.questions}: disclosed ${o.disclosed ?? 0}, not_held ${o.not_held ?? 0}, exempt ${o.exempt ?? 0}, other ${o.other ?? 0}`,
  ].join("\n");
}

/** Options checked once at the boundary: a bad value is a usage error (exit 2) before any work. */
export function normaliseAnalyzeArgs(args: Args): AnalyzeOptions {
  if (!args.paths || args.paths.length === 0) throw new UsageError("Name at least one letter file or folder to analyse");
  if (args.paths.some((p) => p.trim() === "")) throw new UsageError("An empty path was given");
  if (typeof args.out !== "string" || args.out.trim() === "") throw new UsageError("--out must name a folder");
  return defaultAnalyzeOptions({
    out: args.out,
    jobs: checkNumber("jobs", args.jobs, 1, 256, true),
    ocr: args.ocr,
    maxBytes: checkNumber("max-bytes", args["max-bytes"], 1),
    timeoutMs: checkNumber("timeout", args.timeout, 0.001) * 1000,
    ocrPageTimeoutMs: checkNumber("timeout-per-ocr-page", args["timeout-per-ocr-page"], 0) * 1000,
    maxOcrPages: checkNumber("max-ocr-pages", args["max-ocr-pages"], 0, 1 << 20, true),
    maxMemoryMb: checkNumber("max-memory", args["max-memory"], 16, 1 << 20, true),
    bom: args.bom,
    minN: checkNumber("min-n", args["min-n"], 0),
    reports: checkList("reports", args.reports, REPORT_KINDS),
    db: args.db,
    shard: args.shard,
    progress: args.progress && !args.quiet && !args.json && Boolean(process.stderr.isTTY),
    followSymlinks: args["follow-symlinks"],
    include: args.include ?? [],
    exclude: args.exclude ?? [],
  });
}

export const analyzeCommand: Command<Args> = {
  command: "analyze <paths..>",
  describe: "Analyse letters (files or folders, recursively) and write answers.csv, letters.csv, answers.jsonl and reports",
  builder: (y) =>
    y
      .positional("paths", {
        type: "string",
        array: true,
        demandOption: true,
        describe: "Letter files or folders: PDF (scanned pages OCR'd), PNG/JPEG/TIFF scans, DOCX, Word 97–2003 .doc, HTML, .eml/.msg, thread JSON, text; told by content",
      })
      .option("out", { alias: "o", type: "string", default: "reports", describe: "Output folder" })
      .option("jobs", { alias: "j", type: "number", default: availableParallelism(), describe: "Parallel workers" })
      .option("ocr", { type: "boolean", default: true, describe: "OCR scanned PDF pages and pictures (PNG, JPEG, TIFF) (--no-ocr to skip)" })
      .option("max-bytes", { type: "number", default: 200 * 1024 * 1024, describe: "Largest file read, in bytes" })
      .option("timeout", { type: "number", default: 60, describe: "Per-file time limit, in seconds, before the OCR allowance" })
      .option("timeout-per-ocr-page", {
        type: "number",
        default: 10,
        describe: "Seconds added to a file's time limit for each page it OCRs (a 40-page scan: 60 + 40 × 10 s); a hung file is still abandoned",
      })
      .option("max-ocr-pages", {
        type: "number",
        default: 100,
        describe: "Most pages of one file OCR'd (blank pages are skipped first); the rest are left out and its row says which",
      })
      .option("max-memory", { type: "number", default: 1024, describe: "Heap limit of each worker, in MB; a file needing more is abandoned" })
      .option("bom", { type: "boolean", default: false, describe: "Write a UTF-8 BOM in CSV files (for Excel)" })
      .option("min-n", { type: "number", default: 10, describe: "Questions under which an authority is flagged small_n" })
      .option("reports", { type: "string", default: "csv,html,jsonl", describe: "Report kinds to write" })
      .option("db", { type: "string", default: "", describe: "Result store (SQLite) path; default <out>/foiscope.sqlite. Unchanged files are not analysed again" })
      .option("shard", { type: "string", default: "", describe: "Process only shard K of N, as K/N (stable by path hash; combine with 'foiscope merge')" })
      .option("progress", { type: "boolean", default: true, describe: "Show progress on a terminal (on stderr)" })
      .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing but errors" })
      .option("json", { type: "boolean", default: false, describe: "Print the run's summary as one JSON object on stdout (progress stays on stderr)" })
      .option("follow-symlinks", { type: "boolean", default: false, describe: "Read files behind links that lead outside the folders given (off: such links get a row saying why)" })
      .option("include", { type: "string", array: true, default: [] as string[], describe: "Read only files in the folders given that match this glob (repeatable; '*.pdf', '2019/**')" })
      .option("exclude", { type: "string", array: true, default: [] as string[], describe: "Skip files in the folders given that match this glob (repeatable; '*.xlsx', 'drafts/**')" })
      .example("$0 analyze corpus --out reports", "Analyse the shipped corpus into reports/")
      .example("$0 analyze letters/ extra.pdf -o out --jobs 2", "Folders and files together, two workers")
      .example("$0 analyze scraped/ -o out --bom --min-n 20", "Excel-friendly CSV, flag authorities under 20 questions")
      .example("$0 analyze scraped/ -o part3 --shard 3/8", "One slice of eight, for a job array (then foiscope merge)")
      .example("$0 analyze scans/ -o out --timeout 30 --timeout-per-ocr-page 20", "Slow OCR (tesseract.js): 30 s a file plus 20 s a scanned page")
      .example("$0 analyze downloads/ -o out --include '*.pdf' --include '*.docx' --exclude 'drafts/**'", "Only the PDF and Word files, not the drafts folder"),
  run: async (args, io: Io) => {
    const options = normaliseAnalyzeArgs(args);
    // The aggregate reports are built from the outputs the engine writes, and skipped when nothing changed.
    const { stats, summary } = await runAnalysis(args.paths, options, options.progress ? terminalProgress(io.stderr) : silentProgress, () =>
      buildReports(options.out, options),
    );
    // Exit 1 when an argument named nothing, or when every letter failed: the run is done but not sound.
    const allFailed = summary.letters > 0 && summary.errors === summary.letters;
    const code = stats.missing > 0 || allFailed ? 1 : 0;
    if (args.json) io.stdout.write(`${JSON.stringify({ exitCode: code, out: options.out, summary, stats })}\n`);
    else if (!args.quiet) io.stdout.write(`${formatSummary(summary)}\nwrote ${options.out}/answers.csv, letters.csv, answers.jsonl\n${formatRunTable(stats)}\n`);
    if (stats.missing > 0) io.stderr.write(`foiscope: ${stats.missing} argument${stats.missing === 1 ? "" : "s"} named nothing on disk (see the FOISCOPE_NOT_FOUND rows in letters.csv)\n`);
    if (stats.readFailuresKept > 0) io.stderr.write(`foiscope: ${stats.readFailuresKept} file${stats.readFailuresKept === 1 ? "" : "s"} could not be read this time; the results stored from an earlier run were kept\n`);
    if (allFailed) io.stderr.write(`foiscope: every one of the ${summary.letters} letter${summary.letters === 1 ? "" : "s"} failed (see letters.csv)\n`);
    return code;
  },
};
