/**
 * npm run bench [-- --letters N --pdfs M --jobs J --dir D --keep]
 *
 * Generates N text letters and M text-layer PDFs from templates (the project's
 * corpus/*.txt when present, else src/bench/templates.ts), runs `foiscope
 * analyze` on them end to end as a child process, and prints letters/s, pages/s,
 * peak RSS (of the whole process: main thread and workers are one process, and the
 * aggregate reports are built in it), the re-run time, and the ratio of foiscope's
 * PDF pages/s to poppler's pdftotext at the same parallelism when pdftotext is
 * installed. Not a test: figures depend on the machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, createWriteStream } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { packageRoot } from "../engine/version.js";
import { BENCH_TEMPLATES, fillTemplate } from "./templates.js";

interface BenchArgs {
  letters: number;
  pdfs: number;
  pdfPages: number;
  jobs: number;
  dir: string;
  keep: boolean;
  small: boolean;
}

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { letters: 100_000, pdfs: 1000, pdfPages: 3, jobs: availableParallelism(), dir: "", keep: false, small: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => argv[++i] ?? "";
    if (a === "--letters" || a === "-n") args.letters = Number(next());
    else if (a === "--pdfs") args.pdfs = Number(next());
    else if (a === "--pdf-pages") args.pdfPages = Number(next());
    else if (a === "--jobs" || a === "-j") args.jobs = Number(next());
    else if (a === "--dir") args.dir = next();
    else if (a === "--keep") args.keep = true;
    else if (a === "--no-small") args.small = false;
    else if (a === "--help" || a === "-h") {
      process.stdout.write("npm run bench -- [--letters 100000] [--pdfs 1000] [--pdf-pages 3] [--jobs cores] [--dir tmp] [--keep] [--no-small]\n");
      process.exit(0);
    } else throw new Error(`Unknown option ${a}; see --help`);
  }
  return args;
}

/** Templates: the project's own corpus letters when it has them, else the built-in ones. */
function templates(root: string): string[] {
  const corpus = join(root, "corpus");
  if (existsSync(corpus)) {
    const letters = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(corpus, f), "utf8"));
    if (letters.length > 0) return letters;
  }
  return BENCH_TEMPLATES;
}

function letterText(all: string[], i: number): string {
  const t = all[i % all.length]!;
  const filled = fillTemplate(t, i);
  // Corpus letters have no placeholders: a reference line still makes every file's bytes differ.
  return filled === t ? `${t.trimEnd()}\n\nBenchmark copy ${i}\n` : filled;
}

function generateText(dir: string, n: number, all: string[]): void {
  for (let i = 0; i < n; i++) {
    const bucket = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(bucket, { recursive: true });
    writeFileSync(join(bucket, `letter-${String(i).padStart(6, "0")}.txt`), letterText(all, i));
  }
}

interface PdfDocument {
  pipe(stream: NodeJS.WritableStream): void;
  font(name: string): PdfDocument;
  fontSize(size: number): PdfDocument;
  text(text: string, options?: object): PdfDocument;
  addPage(): PdfDocument;
  end(): void;
}

async function generatePdfs(dir: string, n: number, pages: number, all: string[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const require = createRequire(import.meta.url);
  const PDFDocument = require("pdfkit") as new (options: object) => PdfDocument;
  for (let i = 0; i < n; i++) {
    const body = letterText(all, i).replace(/^---\n[\s\S]*?\n---\n/, "");
    const doc = new PDFDocument({ size: "A4", margin: 60, info: { CreationDate: new Date(0), Title: `Letter ${i}` } });
    const out = createWriteStream(join(dir, `letter-${String(i).padStart(5, "0")}.pdf`));
    const done = new Promise<void>((resolve, reject) => {
      out.on("finish", () => resolve());
      out.on("error", reject);
    });
    doc.pipe(out);
    doc.font("Helvetica").fontSize(10);
    for (let p = 0; p < pages; p++) {
      if (p > 0) doc.addPage();
      // One page each: the letter on the first, continuation annexes after it.
      const text = p === 0 ? body : `Annex ${p}\n\n${body}`;
      doc.text(text.slice(0, 3200), { lineBreak: true, height: 700 });
    }
    doc.end();
    await done;
  }
}

interface RunFigures {
  seconds: number;
  /** CPU time (user + system) of the process, all threads: what the run costs whatever else the machine is doing. */
  cpuSeconds: number;
  peakRssMb: number;
  analysed: number;
  pages: number;
  reused: number;
  /** Peak RSS the CLI itself reports (getrusage: the whole process, aggregate reports included). */
  reportedPeakMb: number;
  stdout: string;
}

/**
 * A frozen copy of the build to run: a rebuild of dist/ during the benchmark
 * would otherwise change the pipeline version and turn the re-run into a full run.
 */
function freezeBuild(root: string, into: string): string {
  mkdirSync(into, { recursive: true });
  for (const part of ["dist", "bin", "data", "package.json"]) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(into, part), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(into, "node_modules"), "dir");
  return into;
}

/** Runs the CLI as a child process, sampling its peak RSS (VmHWM covers every thread, so main and workers). */
function runCli(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [join(root, "bin", "foiscope.js"), ...args], { stdio: ["ignore", "pipe", "inherit"], env });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    let peakKb = 0;
    let cpuTicks = 0;
    const sample = (): void => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime in clock ticks.
        const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process has ended between samples.
      }
    };
    const timer = setInterval(sample, 50);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - began) / 1000;
      if (code !== 0) return reject(new Error(`foiscope ${args.join(" ")} exited with ${code}\n${stdout}`));
      const num = (label: string): number => Number(new RegExp(`${label}\\s+(\\d+)`).exec(stdout)?.[1] ?? 0);
      const reportedPeakMb = num("peak memory");
      // Sampling every 50 ms can miss the last moments; the CLI's own high-water mark cannot.
      const peakRssMb = Math.max(peakKb / 1024, reportedPeakMb);
      resolve({ seconds, cpuSeconds: cpuTicks / 100, peakRssMb, analysed: num("analysed now"), pages: num("pages analysed"), reused: num("reused from store"), reportedPeakMb, stdout });
    });
  });
}

/** pdftotext over the same files, `jobs` processes at a time, like foiscope's workers. */
async function runPdftotext(files: string[], jobs: number): Promise<number> {
  const began = performance.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      await new Promise<void>((resolve) => {
        const p = spawn("pdftotext", ["-q", file, "/dev/null"], { stdio: "ignore" });
        p.on("exit", () => resolve());
        p.on("error", () => resolve());
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return (performance.now() - began) / 1000;
}

const fmt = (x: number, d = 1): string => x.toFixed(d);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = packageRoot();
  const dir = args.dir || join(tmpdir(), `foiscope-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const all = templates(root);
  const build = freezeBuild(root, join(dir, "build"));
  const say = (s: string): void => void process.stdout.write(`${s}\n`);
  say(`foiscope bench: ${args.letters} text letters, ${args.pdfs} PDFs of ${args.pdfPages} pages, --jobs ${args.jobs}, ${all.length} templates, in ${dir}`);
  try {
    let t = performance.now();
    generateText(join(dir, "text"), args.letters, all);
    say(`generated text letters in ${fmt((performance.now() - t) / 1000)} s`);
    const common = ["--jobs", String(args.jobs), "--no-progress", "--no-ocr", "--reports", "csv,jsonl"];

    if (args.small && args.letters >= 1000) {
      const smallN = Math.floor(args.letters / 10);
      generateText(join(dir, "text-small"), smallN, all);
      const small = await runCli(build, ["analyze", join(dir, "text-small"), "--out", join(dir, "out-small"), ...common]);
      say(`text, ${smallN} letters:   ${fmt(small.seconds)} s, ${fmt(small.analysed / small.seconds, 0)} letters/s, peak RSS ${fmt(small.peakRssMb, 0)} MB (whole process, aggregate reports included), CPU ${fmt(small.cpuSeconds)} s`);
    }
    const first = await runCli(build, ["analyze", join(dir, "text"), "--out", join(dir, "out-text"), ...common]);
    say(`text, ${args.letters} letters: ${fmt(first.seconds)} s, ${fmt(first.analysed / first.seconds, 0)} letters/s, ${fmt(first.pages / first.seconds, 0)} pages/s, peak RSS ${fmt(first.peakRssMb, 0)} MB (whole process, aggregate reports included)`);
    say(`  ${/^\s*(time\s+.*)$/m.exec(first.stdout)?.[1] ?? ""}`);
    say(`  CPU ${fmt(first.cpuSeconds)} s (${fmt((1000 * first.cpuSeconds) / Math.max(1, first.analysed), 2)} ms a letter; ${fmt(first.cpuSeconds / args.jobs)} s of wall time on ${args.jobs} otherwise idle cores); load average at the end ${loadavg()[0]!.toFixed(1)}`);
    const again = await runCli(build, ["analyze", join(dir, "text"), "--out", join(dir, "out-text"), ...common]);
    say(`re-run, unchanged:     ${fmt(again.seconds, 2)} s, CPU ${fmt(again.cpuSeconds, 2)} s (${fmt((100 * again.seconds) / first.seconds)} % of the first run; analysed ${again.analysed}, reused ${again.reused}), peak RSS ${fmt(again.peakRssMb, 0)} MB`);

    if (args.pdfs > 0) {
      t = performance.now();
      await generatePdfs(join(dir, "pdf"), args.pdfs, args.pdfPages, all);
      say(`generated PDFs in ${fmt((performance.now() - t) / 1000)} s`);
      const pdf = await runCli(build, ["analyze", join(dir, "pdf"), "--out", join(dir, "out-pdf"), ...common]);
      const expectedPages = args.pdfs * args.pdfPages;
      const pdfRate = pdf.pages / pdf.seconds;
      say(`PDF, ${args.pdfs} files:        ${fmt(pdf.seconds)} s, CPU ${fmt(pdf.cpuSeconds)} s, ${fmt(pdf.analysed / pdf.seconds, 0)} letters/s, ${fmt(pdfRate, 0)} pages/s (${pdf.pages} of ${expectedPages} pages extracted), peak RSS ${fmt(pdf.peakRssMb, 0)} MB`);
      const hasPdftotext = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).error === undefined;
      if (hasPdftotext) {
        const files = readdirSync(join(dir, "pdf")).sort().map((f) => join(dir, "pdf", f));
        const seconds = await runPdftotext(files, args.jobs);
        const popplerRate = expectedPages / seconds;
        say(`pdftotext, same PDFs:  ${fmt(seconds)} s, ${fmt(popplerRate, 0)} pages/s at ${args.jobs} processes; foiscope/pdftotext = ${fmt(pdfRate / popplerRate, 2)}x`);
      } else {
        say("pdftotext: not installed (apt-get install poppler-utils to compare)");
      }
    }
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
