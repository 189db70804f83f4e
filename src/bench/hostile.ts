/**
 * A corpus of hostile inputs: files that have broken, hung or exhausted document
 * pipelines. The engine must account for every one (a row in letters.csv with a
 * status and a reason) without crashing or stalling past the per-file time limit.
 * Everything is generated, nothing copied: `node scripts/make-hostile.mjs <dir>`.
 */
import { createDeflateRaw, crc32 } from "node:zlib";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_TEMPLATES, fillTemplate } from "./templates.js";

export interface HostileOptions {
  /** Size of the large text file (default 50 MB). */
  largeTextBytes: number;
  /** Uncompressed size of the zip-bomb DOCX's document.xml (default 512 MiB). */
  zipBombBytes: number;
}

/** The files written, by name, with what each is meant to exercise. */
export const HOSTILE_FILES: Record<string, string> = {
  "truncated.pdf": "a PDF cut off half way (no xref, no trailer)",
  "encrypted.pdf": "a PDF with a user password (Standard security handler)",
  "image-only.pdf": "a PDF whose one page is an image: no text layer",
  "zero-bytes.txt": "an empty file",
  "random.bin": "64 KB of random bytes",
  "pdf-named.txt": "a PDF with a .txt extension",
  "text-named.pdf": "a text letter with a .pdf extension",
  "windows-1252.txt": "a letter in Windows-1252 (curly quotes, pound sign)",
  "invalid-utf8.txt": "a letter with invalid UTF-8 byte sequences",
  "large.txt": "a 50 MB text file",
  "zip-bomb.docx": "a DOCX whose document.xml inflates to 512 MiB",
  "nested.html": "HTML nested 100,000 elements deep",
  "malformed.eml": "an email with broken headers, an unterminated multipart and bad base64",
  "backtrack-spaces.txt": "numbered lines followed by 200,000 spaces and no end",
  "backtrack-sections.txt": "'section 40(2)(a)(b)' repeated without a stop, and nested brackets",
  "backtrack-line.txt": "a single 2 MB line of question-like fragments",
  "image-bomb.png": "a PNG whose header claims 60,000 × 60,000 pixels (3.6 gigapixels)",
  "tiff-loop.tif": "a TIFF whose page directories point back at each other",
  "blank-2000.pdf": "a PDF of 2,000 blank pages (each OCR'd, at ~1 s a page, before blank pages were skipped)",
  "huge-page.pdf": "a PDF of one 7,200 × 7,200 pt page with a speck on it (5 GB to render at 200 dpi)",
};

/** A PDF of `count` pages of A4 that draw nothing. */
function blankPagesPdf(count: number): Buffer {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(" ");
  const pages = Array.from({ length: count }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>");
  return buildPdf([`<< /Type /Catalog /Pages 2 0 R >>`, `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, ...pages]);
}

/** One page of 7,200 pt a side (the largest PDF allows is 14,400) with a one-point speck in the middle. */
function hugePagePdf(): Buffer {
  const content = "0 g 3600 3600 1 1 re f";
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 7200 7200] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

const letter = (i: number): string => fillTemplate(BENCH_TEMPLATES[i % BENCH_TEMPLATES.length]!, i);

/** A minimal PDF from object bodies (index 0 = object 1), with a correct xref table. */
export function buildPdf(objects: (string | Buffer)[], trailerExtra = ""): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"), Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

function textPdf(text: string): Buffer {
  const lines = text.split("\n").slice(0, 60).map((l) => `(${l.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?")}) Tj T*`);
  const stream = `BT /F1 10 Tf 12 TL 50 800 Td\n${lines.join("\n")}\nET`;
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}

function encryptedPdf(): Buffer {
  // Standard handler, revision 2, with O and U entries that no empty password opens.
  const hex = (n: number): string => `<${randomBytes(n).toString("hex")}>`;
  const stream = "BT /F1 12 Tf 50 800 Td (secret) Tj ET";
  return buildPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>`,
    ],
    `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}] `,
  );
}

function imageOnlyPdf(): Buffer {
  const width = 120;
  const height = 60;
  const pixels = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = (x * 7 + y * 13) % 256;
  const content = "q 360 0 0 180 100 500 cm /Im1 Do Q";
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, "latin1"),
      pixels,
      Buffer.from("\nendstream"),
    ]),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid-looking 8-bit grey PNG claiming 60,000 × 60,000 pixels, with one short row of data. */
function imageBombPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(60_000, 0);
  header.writeUInt32BE(60_000, 4);
  header[8] = 8;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x63, 0, 0, 0, 1, 0, 1])), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A little-endian TIFF of two page directories, the second pointing back at the first. */
function loopedTiff(): Buffer {
  const bytes = Buffer.alloc(8 + 2 * 30);
  bytes.write("II*\0", 0, "latin1");
  bytes.writeUInt32LE(8, 4);
  for (const [at, next] of [[8, 38], [38, 8]] as const) {
    bytes.writeUInt16LE(2, at);
    bytes.writeUInt16LE(256, at + 2);
    bytes.writeUInt16LE(4, at + 4);
    bytes.writeUInt32LE(1, at + 6);
    bytes.writeUInt32LE(1700, at + 10);
    bytes.writeUInt16LE(257, at + 14);
    bytes.writeUInt16LE(4, at + 16);
    bytes.writeUInt32LE(1, at + 18);
    bytes.writeUInt32LE(2200, at + 22);
    bytes.writeUInt32LE(next, at + 26);
  }
  return bytes;
}

/** A ZIP archive from entries already deflated (so a bomb never exists uncompressed). */
function zip(entries: { name: string; data: Buffer; crc: number; size: number; method: 0 | 8 }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function stored(name: string, text: string): { name: string; data: Buffer; crc: number; size: number; method: 0 } {
  const data = Buffer.from(text);
  return { name, data, crc: crc32(data), size: data.length, method: 0 };
}

/** document.xml of `bytes` bytes (one huge run of text), deflated as a stream. */
async function bombEntry(bytes: number): Promise<{ name: string; data: Buffer; crc: number; size: number; method: 8 }> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from("</w:t></w:r></w:p></w:body></w:document>");
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const finished = new Promise<void>((resolve) => deflate.on("end", () => resolve()));
  let crc = crc32(head);
  deflate.write(head);
  const chunk = Buffer.alloc(1 << 20, "A");
  let left = bytes - head.length - tail.length;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise<void>((r) => deflate.once("drain", () => r()));
    left -= piece.length;
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await finished;
  return { name: "word/document.xml", data: Buffer.concat(out), crc, size: bytes, method: 8 };
}

async function zipBombDocx(bytes: number): Promise<Buffer> {
  return zip([
    stored("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    stored("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    await bombEntry(bytes),
  ]);
}

function writeLarge(path: string, bytes: number): void {
  const fd = openSync(path, "w");
  try {
    let written = 0;
    for (let i = 0; written < bytes; i++) {
      const piece = Buffer.from(letter(i));
      const n = Math.min(piece.length, bytes - written);
      writeSync(fd, piece, 0, n);
      written += n;
    }
  } finally {
    closeSync(fd);
  }
}

export async function makeHostileCorpus(dir: string, options: Partial<HostileOptions> = {}): Promise<string[]> {
  const o: HostileOptions = { largeTextBytes: 50 * 1024 * 1024, zipBombBytes: 512 * 1024 * 1024, ...options };
  mkdirSync(dir, { recursive: true });
  const w = (name: string, data: string | Buffer): void => writeFileSync(join(dir, name), data);
  const pdf = textPdf(letter(1));
  w("truncated.pdf", pdf.subarray(0, Math.floor(pdf.length / 2)));
  w("encrypted.pdf", encryptedPdf());
  w("image-only.pdf", imageOnlyPdf());
  w("zero-bytes.txt", "");
  w("random.bin", randomBytes(64 * 1024));
  w("pdf-named.txt", textPdf(letter(2)));
  w("text-named.pdf", letter(3));
  const win = Buffer.from(letter(4).replace(/You asked:/, "You asked \x93the following\x94 \x96 in full (\xa3450):"), "latin1");
  w("windows-1252.txt", win);
  const utf8 = Buffer.from(letter(5));
  w("invalid-utf8.txt", Buffer.concat([utf8.subarray(0, 200), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xe2, 0x82]), utf8.subarray(200), Buffer.from([0xf0, 0x90, 0x80])]));
  writeLarge(join(dir, "large.txt"), o.largeTextBytes);
  w("zip-bomb.docx", await zipBombDocx(o.zipBombBytes));
  w("nested.html", `<!DOCTYPE html><html><body>${"<div>".repeat(100_000)}<p>${letter(6)}</p>${"</div>".repeat(100_000)}</body></html>`);
  w(
    "malformed.eml",
    [
      "From: =?utf-8?B?broken",
      "To: <<<>>>",
      "Subject: =?windows-1252?Q?Your_request_=93FOI?=",
      "Content-Type: multipart/mixed; boundary=\"zz\"",
      "Content-Transfer-Encoding: chunky",
      "Date: not a date",
      "",
      "--zz",
      "Content-Type: text/plain; charset=unknown-8bit",
      "Content-Transfer-Encoding: base64",
      "",
      "!!!not base64 at all===",
      "--zz",
      "Content-Type: application/pdf; name=\"attached.pdf\"",
      "Content-Transfer-Encoding: base64",
      "",
      pdf.toString("base64").slice(0, 300),
      "--z",
    ].join("\r\n"),
  );
  w("backtrack-spaces.txt", `${"1. How many attacks?\n".repeat(50)}2.${" ".repeat(200_000)}x`);
  w("backtrack-sections.txt", `Exempt under ${"section 40(2)(a)(b) and ".repeat(20_000)}${"(".repeat(5_000)}section${")".repeat(5_000)}`);
  w("backtrack-line.txt", `${"Q1 1. a) (i) Question 1: how many 1.1.1 £9,9 ".repeat(45_000)}`);
  w("image-bomb.png", imageBombPng());
  w("tiff-loop.tif", loopedTiff());
  w("blank-2000.pdf", blankPagesPdf(2000));
  w("huge-page.pdf", hugePagePdf());
  return Object.keys(HOSTILE_FILES);
}
