/**
 * The hostile folder of issue 13: a folder a campaigner might be handed, with files made to
 * cost a run time, memory or its honesty. Each must get a row; junk must not count as a
 * letter; nothing outside the folder may leak into the outputs; the letter in the broken email
 * must be kept. Generated, nothing copied: `node scripts/make-hostile.mjs --folder <dir>`.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPdf } from "./hostile.js";

/** The files written, by name, with what each is meant to exercise. */
export const HOSTILE_FOLDER: Record<string, string> = {
  "blank-pages.pdf": "2,000 blank pages (~0.5 MB): each would be OCR'd",
  "huge-page.pdf": "one 7,200 × 7,200 pt page: gigabytes to render at OCR resolution",
  "blank-lines.txt": "a letter followed by 3 MB of empty lines (a quadratic regex took minutes)",
  "random.txt": "64 KB of random bytes with a .txt name",
  "array.json": "a JSON array of numbers",
  "accounts.txt": "text in the shape of /etc/passwd",
  "thread.json": "a WhatDoTheyKnow thread beside a letter of the same stem",
  "thread.txt": "a letter whose stem a thread shares",
  "broken-boundary.eml": "an email declaring one MIME boundary and using another",
  "outside.txt": "a symbolic link to a file outside the folder",
};

/** The line the file outside the folder holds: it must appear in no output. */
export const OUTSIDE_SECRET = "OUTSIDE-THE-FOLDER-do-not-leak";

const LETTER = [
  "Our ref: FOI-2024-0917",
  "Dear Requester,",
  "1. How many parking fines did the council issue in 2023?",
  "We do not hold this information: fines on these roads are issued by the police.",
  "2. How much did the fines raise?",
  "The council received £12,400 from fines in 2023.",
  "Yours sincerely",
  "Information Governance Team",
  "Northdale Borough Council",
].join("\n");

function blankPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(" ");
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    "<< /Length 0 >>\nstream\n\nendstream",
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"),
  ]);
}

function hugePagePdf(points: number): Buffer {
  const stream = "0 0 0 rg 100 100 50 50 re f";
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${points} ${points}] /Contents 4 0 R >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}

function brokenBoundaryEmail(): string {
  return [
    "From: FOI Team <foi@northdale.example.gov.uk>",
    "To: requester@example.org",
    "Subject: Your request FOI-2024-0917",
    "Date: Mon, 6 May 2024 10:00:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="declared-but-never-used"',
    "",
    "--the-boundary-really-used",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    LETTER.replace("issued by the police.", "issued by the pol=\r\nice."),
    "",
    "--the-boundary-really-used--",
    "",
  ].join("\r\n");
}

/**
 * `n` bytes of noise, the same every time (xorshift32 from a fixed seed): a test over the folder
 * must fail or pass the same way on every run. (crypto's random bytes once made it fail about one run
 * in thirteen, some 64 KB draws decoding as a letter; extract/binary.ts now sets any such draw aside
 * before it is decoded, and test/engine/not-a-letter-noise.test.ts checks 200 seeded draws of all sizes.)
 */
function noiseBytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Writes the folder into `dir` (and the file the link points at into `outside`); returns the names written in `dir`. */
export function makeHostileFolder(dir: string, outside: string, options: { blankLineBytes?: number; blankPages?: number } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const w = (name: string, data: string | Buffer): void => writeFileSync(join(dir, name), data);
  w("blank-pages.pdf", blankPagesPdf(options.blankPages ?? 2000));
  w("huge-page.pdf", hugePagePdf(7200));
  w("blank-lines.txt", `${LETTER.split("Yours sincerely")[0]}${"\n".repeat(options.blankLineBytes ?? 3 * 1024 * 1024)}Yours sincerely\nNorthdale Borough Council\n`);
  w("random.txt", noiseBytes(64 * 1024));
  w("array.json", JSON.stringify(Array.from({ length: 5000 }, (_, i) => i * 7)));
  w("accounts.txt", Array.from({ length: 40 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}:User ${i}:/home/user${i}:/bin/sh`).join("\n") + "\n");
  w("thread.txt", LETTER);
  w(
    "thread.json",
    JSON.stringify({
      id: 4242,
      title: "Parking fines issued in 2023",
      url_title: "parking_fines_issued_in_2023",
      display_status: "Information not held",
      law_used: "foi",
      created_at: "2024-04-01T09:00:00Z",
      events: [
        { event_type: "sent", created_at: "2024-04-01T09:00:00Z", outgoing_message: { body: "Dear Northdale Borough Council,\n1. How many parking fines did the council issue in 2023?\nYours faithfully,\nA Requester" } },
        { event_type: "response", created_at: "2024-05-06T10:00:00Z", incoming_message: { body: LETTER } },
      ],
    }),
  );
  w("broken-boundary.eml", brokenBoundaryEmail());
  writeFileSync(join(outside, "secret.txt"), `${OUTSIDE_SECRET}\nroot:x:0:0:root:/root:/bin/bash\n`);
  symlinkSync(join(outside, "secret.txt"), join(dir, "outside.txt"));
  return Object.keys(HOSTILE_FOLDER);
}
