import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runAnalysis } from "../../src/engine/engine.js";
import { nameMatcher } from "../../src/engine/files.js";
import { lettersCsv, oneWorker, tempDir } from "./helpers.js";

const reply = (n: number): string =>
  `Dear Ms Ellis,\n\nThank you for your request under the Freedom of Information Act 2000.\n\n1. How many servers does the authority run?\nWe run ${n} servers.\n\nYours sincerely,\nRecords Team\n`;

describe("folders with a manifest, --include and --exclude", () => {
  it("globs: names without '/' match the file name, others the path under the folder", () => {
    const pick = nameMatcher({ include: ["*.pdf", "2019/**"], exclude: ["drafts/**"] })!;
    expect(["a.pdf", "x/b.PDF", "2019/c.txt", "drafts/d.pdf", "e.txt"].filter(pick)).toEqual(["a.pdf", "x/b.PDF", "2019/c.txt"]);
    expect(nameMatcher({ include: [], exclude: [] })).toBeNull();
  });

  it("a manifest states metadata for the files it names and is itself not_a_letter; a changed row re-analyses the file", async () => {
    const dir = tempDir("manifest");
    const input = join(dir, "in");
    mkdirSync(join(input, "drafts"), { recursive: true });
    writeFileSync(join(input, "a.txt"), reply(12));
    writeFileSync(join(input, "b.txt"), reply(7));
    writeFileSync(join(input, "drafts", "c.txt"), reply(3));
    writeFileSync(join(input, "sources.tsv"), "file\tauthority\tdate\treference\na.txt\tGwent Police\t2021-05-04\tFOI 88/21\n");
    const out = join(dir, "out");
    const first = await runAnalysis([input], oneWorker(out, { exclude: ["drafts/**"] }));
    expect(first.stats.files).toBe(3);
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    expect(Object.keys(rows).sort()).toEqual(["a.txt", "b.txt", "sources.tsv"]);
    expect(rows["a.txt"]).toMatchObject({ authority: "Gwent Police", sector: "police", date: "2021-05-04", reference: "FOI 88/21", letter_kind: "response" });
    expect(rows["a.txt"]!.metadata_source).toBe("authority=manifest;sector=gazetteer;date=manifest;reference=manifest");
    expect(rows["b.txt"]!.authority).toBe("");
    expect(rows["sources.tsv"]!.status).toBe("not_a_letter");
    expect(rows["sources.tsv"]!.questions).toBe("0");

    writeFileSync(join(input, "sources.tsv"), "file\tauthority\tdate\treference\na.txt\tGwent Police\t2021-05-06\tFOI 88/21\n");
    const second = await runAnalysis([input], oneWorker(out, { exclude: ["drafts/**"] }));
    // The manifest changed (re-read as a file) and so did a.txt's row; b.txt is reused.
    expect(second.stats.analysed).toBe(2);
    expect(lettersCsv(out).find((r) => r.file === "a.txt")!.date).toBe("2021-05-06");
  });

  it("a manifest's source address names the publisher of a file that names nobody", async () => {
    const dir = tempDir("manifest-url");
    const input = join(dir, "in");
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, "log-1.txt"), reply(4));
    writeFileSync(join(input, "log-2.txt"), reply(9));
    writeFileSync(join(input, "pages.csv"), "file,url\nlog-1.txt,https://www.hastings.gov.uk/foi/log/101\nlog-2.txt,https://www.whatdotheyknow.com/request/servers\n");
    const out = join(dir, "out");
    await runAnalysis([input], oneWorker(out));
    const rows = Object.fromEntries(lettersCsv(out).map((r) => [r.file, r]));
    expect(rows["log-1.txt"]).toMatchObject({ authority: "Hastings Borough Council", sector: "council" });
    expect(rows["log-1.txt"]!.metadata_source).toBe("authority=source_url+gazetteer;sector=gazetteer");
    // WhatDoTheyKnow publishes for every body: its address names none.
    expect(rows["log-2.txt"]).toMatchObject({ authority: "", sector: "" });
    expect(rows["pages.csv"]!.status).toBe("not_a_letter");
  });
});
