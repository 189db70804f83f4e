import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli as run } from "./run-cli.js";

// Through main() in this process (test/cli/fail-safe.test.ts spawns the compiled CLI where a real process matters).

describe("foiscope CLI", () => {
  it("--help lists the commands", async () => {
    const r = await run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("analyze <paths..>");
    expect(r.stdout).toContain("eval <gold>");
    expect(r.stdout).toContain("explain <file>");
  });
  it("each command's --help has examples", async () => {
    for (const c of ["analyze", "eval", "explain"]) expect((await run([c, "--help"])).stdout).toContain("Examples:");
  });
  it("an unknown command exits 2 with a message", async () => {
    const r = await run(["frobnicate"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Unknown|foiscope/);
  });
  it("analyze writes a row for every file, failures included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "foiscope-cli-"));
    const letters = join(dir, "letters");
    mkdirSync(letters);
    writeFileSync(join(letters, "a.txt"), "---\nauthority: Testshire Council\nsector: council\ndate: 2024-05-01\n---\n1. How many cyber attacks were there?\nThe information is exempt under section 31(1)(a) of the Freedom of Information Act 2000.\n2. What is your cyber budget?\nWe do not hold this information.\n");
    writeFileSync(join(letters, "empty.txt"), "");
    writeFileSync(join(letters, "noise.bin"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8, 0]));
    const out = join(dir, "out");
    const r = await run(["analyze", letters, "--out", out, "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/letters\s+3/);
    const answers = readFileSync(join(out, "answers.csv"), "utf8").trim().split("\n");
    expect(answers[0]).toBe("file,letter_id,authority,sector,regime,date,reference,question,question_text,topic,outcome,grounds,partial,ncnd,pit,confidence,rule,evidence");
    expect(answers.length).toBe(3);
    expect(answers[1]).toContain("a.txt,a,Testshire Council,council,FOIA,2024-05-01,,1,");
    expect(answers[1]).toContain(",exempt,FOIA s31(1)(a),false,false,false,");
    expect(answers[2]).toContain(",not_held,,false,false,false,");
    const lettersCsv = readFileSync(join(out, "letters.csv"), "utf8");
    expect(lettersCsv).toMatch(/^empty\.txt,empty,"?error: /m);
    expect(lettersCsv).toMatch(/^noise\.bin,noise,"?error: /m);
    expect(lettersCsv).toMatch(/^a\.txt,a,ok,text,1,/m);
  });
  it("explain quotes the evidence and the rule", async () => {
    const dir = mkdtempSync(join(tmpdir(), "foiscope-cli-"));
    const file = join(dir, "l.txt");
    writeFileSync(file, "1. Do you hold cyber insurance?\nNo.\n2. Who is the insurer?\nNot applicable.\n");
    const r = await run(["explain", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Q1  DISCLOSED");
    expect(r.stdout).toContain("direct-answer");
    expect(r.stdout).toContain("“No.”");
    expect(r.stdout).toContain("not-applicable");
  });
  // The command's behaviour on the five central- letters of corpus/ (test/eval/corpus.test.ts scores all of it).
  it("eval prints the accuracy table and fails under --min-accuracy", async () => {
    const corpus = fileURLToPath(new URL("../../corpus", import.meta.url));
    const ok = await run(["eval", corpus, "--only", "central-"]);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("letters 5, ");
    expect(ok.stdout).toContain("| question outcome accuracy |");
    expect(ok.stdout).toContain("| gold \\ predicted |");
    const strict = await run(["eval", corpus, "--only", "central-", "--min-accuracy", "1.01"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^foiscope: question outcome accuracy [01]\.\d{3} is under the floor 1\.01\n$/);
    const json = JSON.parse((await run(["eval", corpus, "--only", "central-", "--json"])).stdout);
    expect(json.letters).toBe(5);
  });
});
