import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli as run, spawnCli, type CliResult } from "./run-cli.js";

// The command line is checked through main() in this process (it alone decides the exit code);
// the two cases only a real process shows spawn bin/foiscope.js: a crash turned into exit 1, and
// the version read wherever foiscope is run.

/** Every file under `dir` with the sha256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length + 1)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

function letter(authority: string): string {
  return `---\nauthority: ${authority}\nsector: council\ndate: 2024-05-01\n---\n1. How many parking fines were issued?\nWe do not hold this information.\n`;
}

describe("a CLI that fails safe", () => {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-failsafe-"));
  const letters = join(dir, "letters");
  mkdirSync(letters);
  writeFileSync(join(letters, "a.txt"), letter("Testshire Council"));
  writeFileSync(join(letters, "b.txt"), letter("Otherby Council"));
  const out = join(dir, "out");
  let first: CliResult;
  beforeAll(async () => {
    first = await run(["analyze", letters, "--out", out, "--jobs", "1", "--no-progress"]);
  });

  it("a first run writes two letters", () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/letters\s+2 /);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ["no path", ["analyze", "--out", out], /Not enough non-option arguments/],
    ["an unknown flag", ["analyze", letters, "--out", out, "--frobnicate"], /Unknown argument: frobnicate/],
    ["a mistyped flag", ["analyze", letters, "--out", out, "--job", "2"], /Unknown argument: job/],
    ["a bad number", ["analyze", letters, "--out", out, "--jobs", "two"], /--jobs must be a whole number/],
    ["a negative time limit", ["analyze", letters, "--out", out, "--timeout", "-5"], /--timeout must be a number/],
    ["an unknown report kind", ["analyze", letters, "--out", out, "--reports", "pdf"], /--reports: unknown value pdf/],
    ["a bad shard", ["analyze", letters, "--out", out, "--shard", "9/2"], /Shard "9\/2"/],
    ["a path that does not exist", ["analyze", join(dir, "lettrs"), "--out", out], /Nothing to analyse: .*lettrs does not exist/],
    ["merge of a store that does not exist", ["merge", join(dir, "none.sqlite"), "--out", out], /No such result store: .*none\.sqlite; nothing was merged/],
    ["an empty folder", ["analyze", join(dir, "out", "..", "letters", "..", "empty-folder"), "--out", out], /Nothing to analyse/],
  ];
  mkdirSync(join(dir, "empty-folder"));

  for (const [what, args, message] of usageErrors) {
    it(`${what}: exit 2, the message and the usage on stderr, --out byte-identical`, async () => {
      const before = snapshot(out);
      expect(Object.keys(before)).toContain("foiscope.sqlite");
      expect(Object.keys(before)).toContain("letters.csv");
      const r = await run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/foiscope analyze|foiscope --help/);
      expect(r.stdout).toBe("");
      expect(snapshot(out)).toEqual(before);
    });
  }

  it("a crash (here reading a run whose answers.jsonl is a folder) exits 1 with one line, not 2 as a usage error would", () => {
    const broken = join(dir, "broken-run");
    mkdirSync(join(broken, "answers.jsonl"), { recursive: true });
    const r = spawnCli(["report", broken]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^foiscope: unexpected error \(a bug: please report it with the command that caused it\): EISDIR[^\n]*\n$/);
  });

  it("foiscope with no command lists every command and exits 2", async () => {
    const r = await run([]);
    expect(r.status).toBe(2);
    for (const c of ["analyze <paths..>", "eval <gold>", "explain <file>", "merge <stores..>", "report <run-dir>"]) expect(r.stderr).toContain(c);
  });

  it("--version is foiscope's own, wherever it is run", () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version: string };
    const elsewhere = mkdtempSync(join(tmpdir(), "foiscope-other-"));
    writeFileSync(join(elsewhere, "package.json"), JSON.stringify({ name: "other", version: "9.9.9" }));
    const r = spawnCli(["--version"], elsewhere);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("a missing argument beside a real one: a row for it, the run goes on, exit 1", async () => {
    const out2 = join(dir, "out2");
    const r = await run(["analyze", letters, join(dir, "nope.txt"), "--out", out2, "--jobs", "1", "--no-progress"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("1 argument named nothing on disk");
    expect(readFileSync(join(out2, "letters.csv"), "utf8")).toContain("FOISCOPE_NOT_FOUND");
  });

  it("every file failing exits 1; --json prints one summary object on stdout; --quiet prints nothing", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "empty.txt"), "");
    const r = await run(["analyze", bad, "--out", join(dir, "out3"), "--jobs", "1", "--json"]);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout) as { exitCode: number; summary: { letters: number; errors: number } };
    expect(summary.exitCode).toBe(1);
    expect(summary.summary.letters).toBe(1);
    expect(summary.summary.errors).toBe(1);
    expect(r.stderr).toContain("every one of the 1 letter failed");
    const quiet = await run(["analyze", letters, "--out", join(dir, "out4"), "--jobs", "1", "--quiet"]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe("");
  });
});

describe("explain on a hostile letter", () => {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-explain-"));
  const file = join(dir, "escapes.txt");
  // Retitles the window, clears the screen, writes the clipboard (OSC 52), a bidi override.
  writeFileSync(file, "1. Do you hold \u001b]0;pwned\u0007 records?\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007\nWe do not hold this information.\n2. Which \u202eyhw\u202c teams?\nWe do not hold this information.\n");
  it("shows control characters escaped, never raw", async () => {
    const r = await run(["explain", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07");
    expect(r.stdout).toContain("\\u{202e}");
  });
  it("explain --json prints the decisions as JSON, control characters escaped", async () => {
    const r = await run(["explain", file, "--json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const json = JSON.parse(r.stdout) as { file: string; answers: { label: string; outcome: string; evidence: { quote: string }[] }[] };
    expect(json.file).toBe("escapes.txt");
    expect(json.answers[0]!.label).toBe("1");
    expect(json.answers[0]!.outcome).toBe("not_held");
  });
});
