import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateFolder } from "../../src/eval/run-eval.js";
import { formatReport, sameMeta } from "../../src/eval/metrics.js";

const email = [
  "From: FOI Team - Kent County Council <foi@kent.gov.uk>",
  "To: requester@example.org",
  "Subject: Your request FOI/7712",
  "Date: Tue, 14 May 2019 10:00:00 +0100",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Dear Mr Lowe,",
  "",
  "Our ref: FOI/7712",
  "",
  "1. How many laptops did the Council buy in 2018?",
  "The Council bought 140 laptops in 2018.",
  "",
  "Yours sincerely,",
  "Information Access Team",
  "",
].join("\r\n");

describe("eval over a folder of files with labels/<id>.json", () => {
  it("reads each file through the extract registry and scores outcomes, letter kind and metadata", async () => {
    const dir = mkdtempSync(join(tmpdir(), "foiscope-evalfiles-"));
    mkdirSync(join(dir, "labels"));
    writeFileSync(join(dir, "k-1.eml"), email);
    writeFileSync(join(dir, "k-2.md"), "Dear Ms Shah,\n\nWe acknowledge receipt of your request and will aim to reply to you within 20 working days.\n\nKind regards\nGwent Police\n");
    writeFileSync(join(dir, "README.md"), "# not labelled\n");
    const q = { n: "1", outcome: "disclosed", grounds: [], partial: false, ncnd: false, pit: false, topic: "systems" };
    writeFileSync(join(dir, "labels", "k-1.json"), JSON.stringify({ id: "k-1", regime: "FOIA", authority: "Kent County Council", date: "2019-05-14", reference: "FOI/7712", questions: [q] }));
    writeFileSync(join(dir, "labels", "k-2.json"), JSON.stringify({ id: "k-2", regime: "FOIA", letter_kind: "acknowledgement", authority: "Gwent Police", date: "", reference: "", questions: [] }));
    const { report } = await evaluateFolder(dir);
    expect(report.letters).toBe(2);
    expect(report.outcomeAccuracy).toBe(1);
    expect(report.letterKindAccuracy).toBe(1);
    expect(report.metadata).toEqual({
      authority: { letters: 2, correct: 2, accuracy: 1 },
      date: { letters: 2, correct: 2, accuracy: 1 },
      reference: { letters: 2, correct: 2, accuracy: 1 },
    });
    expect(formatReport(report, false)).toContain("| authority accuracy (2 labelled) | 1.000 |");
  });

  it("compares names without case, 'The' or '&', references without spaces, dates exactly", () => {
    expect(sameMeta("authority", "The National Archives", "national archives")).toBe(true);
    expect(sameMeta("authority", "Bedfordshire Fire & Rescue Service", "Bedfordshire Fire and Rescue Service")).toBe(true);
    expect(sameMeta("reference", "943388", "9 43388")).toBe(true);
    expect(sameMeta("date", "2019-05-14", "2019-05-15")).toBe(false);
    expect(sameMeta("date", "", "")).toBe(true);
  });
});
