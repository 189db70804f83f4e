/**
 * The reference engines the benchmark measures foiscope against, on the same
 * files at the same parallelism: poppler's `pdftotext` for text-layer PDFs, and
 * for scanned pages the OCR engine's own command line (`pdftoppm` to render each
 * page at 200 dpi in grey, as foiscope renders it, then `tesseract --psm 3`, as
 * foiscope runs it). Time is wall time and the CPU time of the child processes
 * (/proc/self/stat cutime + cstime: every child waited for), so a loaded machine
 * shows in the wall figures and not in the CPU ones.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface EngineFigures {
  seconds: number;
  cpuSeconds: number;
  pages: number;
}

export function installed(command: string, args: string[] = ["-v"]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).error === undefined;
}

/** CPU seconds of this process's finished children (user + system). */
function childCpu(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of /proc/<pid>/stat: cutime, cstime (clock ticks).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"], env });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("close", () => resolve(out));
    p.on("error", () => resolve(""));
  });
}

/** `tasks` run `lanes` at a time. */
async function inLanes<T>(tasks: T[], lanes: number, work: (task: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) await work(tasks[next++]!);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** Pages of a PDF, by pdfinfo. */
export async function pdfPages(file: string): Promise<number> {
  return Number(/^Pages:\s+(\d+)/m.exec(await run("pdfinfo", [file]))?.[1] ?? 0);
}

/** pdftotext over the files, `jobs` processes at a time. */
export async function pdftotext(files: string[], jobs: number): Promise<EngineFigures> {
  const cpu = childCpu();
  const began = performance.now();
  await inLanes(files, jobs, async (file) => void (await run("pdftotext", ["-q", file, "/dev/null"])));
  const seconds = (performance.now() - began) / 1000;
  let pages = 0;
  for (const f of files) pages += await pdfPages(f);
  return { seconds, cpuSeconds: childCpu() - cpu, pages };
}

/**
 * The OCR engine's own command line on the same pages: each PDF rendered by
 * pdftoppm (200 dpi, grey), then each page through `tesseract <page> stdout --psm 3`
 * with OMP_THREAD_LIMIT=1 (as foiscope runs it), `jobs` pages at a time.
 */
export async function pdftoppmTesseract(files: string[], jobs: number, scratch: string): Promise<EngineFigures> {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const cpu = childCpu();
  const began = performance.now();
  const pages: string[] = [];
  await inLanes(
    files.map((f, i) => [f, i] as const),
    jobs,
    async ([file, i]) => void (await run("pdftoppm", ["-r", "200", "-gray", file, join(scratch, `doc${i}`)])),
  );
  for (const f of readdirSync(scratch).sort()) pages.push(join(scratch, f));
  const env = { ...process.env, OMP_THREAD_LIMIT: "1" };
  await inLanes(pages, jobs, async (page) => void (await run("tesseract", [page, "stdout", "-l", "eng", "--psm", "3"], env)));
  const seconds = (performance.now() - began) / 1000;
  const figures = { seconds, cpuSeconds: childCpu() - cpu, pages: pages.length };
  rmSync(scratch, { recursive: true, force: true });
  return figures;
}
