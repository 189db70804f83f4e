import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processBytes } from "../../src/engine/process.js";
import { defaultExtractOptions } from "../../src/extract/registry.js";
import { letterRow } from "../../src/report/columns.js";

const fixture = (dir: string, name: string): Uint8Array => readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url));

describe("threads and pages as letters.csv rows", () => {
  it("a thread with no answer yet is a no_response row carrying its display_status, not an error", async () => {
    const letter = await processBytes({ path: "/x/no-response.json", file: "no-response.json" }, fixture("threads", "no-response.json"), { ...defaultExtractOptions, ocr: false });
    const row = letterRow(letter);
    expect(row.status).toBe("no_response");
    expect(row.format).toBe("wdtk-thread");
    expect(row.display_status).toBe("Awaiting response");
    expect(row.questions).toBe(0);
    expect(row.letter_outcome).toBe("");
  });

  it("an answered thread is an ok row with the authority, the answer's date and display_status", async () => {
    const letter = await processBytes({ path: "/x/ack-then-answer.json", file: "ack-then-answer.json" }, fixture("threads", "ack-then-answer.json"), { ...defaultExtractOptions, ocr: false });
    const row = letterRow(letter);
    expect(row.status).toBe("ok");
    expect(row).toMatchObject({ authority: "Eastbrook Metropolitan Borough Council", date: "2025-04-15", display_status: "Partially successful" });
    expect(Number(row.questions)).toBeGreaterThan(0);
  });

  it("a WhatDoTheyKnow request page is an ok html row", async () => {
    const letter = await processBytes({ path: "/x/wdtk-request.html", file: "wdtk-request.html" }, fixture("html", "wdtk-request.html"), { ...defaultExtractOptions, ocr: false });
    const row = letterRow(letter);
    expect(row).toMatchObject({ status: "ok", format: "html", authority: "Northmoor Borough Council", display_status: "Partially successful" });
  });
});
