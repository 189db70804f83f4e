import type { CommandModule } from "yargs";
import { availableParallelism } from "node:os";
import { defaultAnalyzeOptions, type AnalyzeOptions } from "../../engine/options.js";
import type { RunSummary } from "../../engine/run.js";
import { formatRunTable, runAnalysis } from "../../engine/engine.js";
import { silentProgress, terminalProgress } from "../../engine/progress.js";
import { buildReports } from "../../report/build.js";
import { setExit } from "../index.js";

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
}

export function formatSummary(s: RunSummary): string {
  const o = s.outcomes;
  return [
    `letters   ${s.letters} (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.noResponse} without a response)`,
    `questions ${s.questions}: disclosed ${o.disclosed ?? 0}, not_held ${o.not_held ?? 0}, exempt ${o.exempt ?? 0}, other ${o.other ?? 0}`,
  ].join("\n");
}

export function normaliseAnalyzeArgs(args: Args): AnalyzeOptions {
  return defaultAnalyzeOptions({
    out: args.out,
    jobs: Math.max(1, Math.floor(args.jobs || availableParallelism())),
    ocr: args.ocr,
    maxBytes: args["max-bytes"],
    timeoutMs: Math.max(0.001, args.timeout) * 1000,
    ocrPageTimeoutMs: Math.max(0, args["timeout-per-ocr-page"]) * 1000,
    maxOcrPages: Math.max(0, Math.floor(args["max-ocr-pages"])),
    maxMemoryMb: Math.max(16, Math.floor(args["max-memory"])),
    bom: args.bom,
    minN: args["min-n"],
    reports: args.reports.split(",").map((r) => r.trim().toLowerCase()).filter(Boolean),
    db: args.db,
    shard: args.shard,
    progress: args.progress && Boolean(process.stderr.isTTY),
  });
}

export const analyzeCommand: CommandModule<object, Args> = {
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
      .option("progress", { type: "boolean", default: true, describe: "Show progress on a terminal" })
      .example("$0 analyze corpus --out reports", "Analyse the shipped corpus into reports/")
      .example("$0 analyze letters/ extra.pdf -o out --jobs 2", "Folders and files together, two workers")
      .example("$0 analyze scraped/ -o out --bom --min-n 20", "Excel-friendly CSV, flag authorities under 20 questions")
      .example("$0 analyze scraped/ -o part3 --shard 3/8", "One slice of eight, for a job array (then foiscope merge)")
      .example("$0 analyze scans/ -o out --timeout 30 --timeout-per-ocr-page 20", "Slow OCR (tesseract.js): 30 s a file plus 20 s a scanned page"),
  handler: async (args) => {
    const options = normaliseAnalyzeArgs(args);
    // The aggregate reports are built from the outputs the engine writes, and skipped when nothing changed.
    const { stats, summary } = await runAnalysis(args.paths, options, options.progress ? terminalProgress() : silentProgress, () =>
      buildReports(options.out, options),
    );
    process.stdout.write(`${formatSummary(summary)}\nwrote ${options.out}/answers.csv, letters.csv, answers.jsonl\n${formatRunTable(stats)}\n`);
    setExit(args, 0);
  },
};
