#!/usr/bin/env node
// Render plain-text FOI letters into the formats foiscope reads, so tests can
// check that every rendering gives the same answers as the text.
//
//   node scripts/render-fixtures.mjs                      # test/fixtures/letters → test/fixtures/formats
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --only a,b --formats pdf,scan
//
// Per letter <id>.txt (front matter is metadata and is not rendered):
//   <id>.pdf           text PDF (pdfkit): running header and "Page N of M" footer, superscript footnote markers
//   <id>-columns.pdf   the same body set in two columns
//   <id>-scan.pdf      image-only PDF: the text PDF rasterised at 150 dpi, speckled, grey, slightly uneven
//   <id>.docx          Word document (docx package), superscript footnote markers, a page header
//   <id>.eml           the letter as a plain-text email body
//   <id>-attached.eml  a "please find attached" email carrying <id>.pdf
//   <id>-attached.msg  the same as an Outlook message, carrying <id>.docx
//   <id>-scan.png      a one-page 150 dpi greyscale picture of the letter (set in 10-point type to fit one page)
//   <id>-scan.tif      a multi-page 200 dpi black-and-white TIFF (PackBits), as fax and copier software saves
//   <id>-jpeg-attached.eml  "please find attached" with the one-page picture as a JPEG and a small signature logo
//   <id>-jpeg-attached.msg  the same as an Outlook message (format jpeg-msg)
//   <id>.odt, <id>.rtf the DOCX saved by LibreOffice as OpenDocument text and RTF (dev tool, as for .doc)
//   <id>.html          the letter as Word writes HTML: <p class=MsoNormal>, tables, list items as Word saves them
//                      (a <p class=MsoListParagraph> each, the label written out in an mso-list:Ignore span)
//   <id>-ol.html       the same with lists as a web editor writes them: <ol start type>/<ul> (format html-ol;
//                      an <ol> cannot show "a)" or "1)": a browser draws "a." and "1.")
//   <id>-html.eml      the same HTML as an HTML-only email (no text part)
//   <id>-wdtk.eml      as WhatDoTheyKnow stores a reply: mbox "From " line, Envelope-to, Delivery-date,
//                      the DOCX uuencoded in the body under a covering note
//   <id>-tnef.eml      a covering note with the DOCX wrapped in an Outlook winmail.dat (TNEF)
// The DOCX is written as Word writes it: "1." / "a)" / "(ii)" / "•" lines become automatic list
// paragraphs (the number in numbering.xml, not in the text) and "cell | cell" blocks become tables.
// test/fixtures/formats-word holds these for the letters of test/fixtures/letters-word:
//   node scripts/render-fixtures.mjs --from test/fixtures/letters-word --to test/fixtures/formats-word --formats docx,html,html-ol,html-eml,wdtk,tnef,odt,rtf --no-error-cases
//   <id>.doc           Word 97–2003: the DOCX saved by LibreOffice (soffice, Debian libreoffice-writer-nogui; a dev
//                      tool only, not installed by setup-system.sh): a .doc written by a real word processor
// (png, tiff, jpeg and doc are not in the default --formats: test/fixtures/formats keeps them for a few letters only.)
// plus, in test/fixtures/formats only: encrypted.pdf (password-protected), truncated.pdf, and
// garbage-layer.pdf (a scan under an invisible text layer of unmapped glyphs: must be OCR'd).
//
// Corpus letters in other formats: --single FORMAT writes only that rendering, named <id>.<ext>
// (pdf|scan → .pdf, docx → .docx, doc → .doc, eml|attached|jpeg → .eml, msg → .msg, png → .png, tiff → .tif), and copies <id>.json beside it
// when the text letter has one. corpus/formats was made with:
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single pdf --only central-q-numbered-partial-s40-s43,council-sections-31-1-a-and-b-cross-refs
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single scan --only council-blanket-s31-pit,council-all-not-held
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single docx --only council-eir-regulation-12-4-b-and-12-5-b,council-sub-items-answered-separately
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single eml --only fire-question-colon-not-held-contact
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single attached --only council-s12-partial-goodwill
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single msg --only council-s22-future-publication-named
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single png --only fire-sections-24-and-31-bare
// and the pictures in test/fixtures/formats with:
//   node scripts/render-fixtures.mjs --formats png --only kinloch-council-foisa,northmere-police-blanket-s12 --no-error-cases
//   node scripts/render-fixtures.mjs --formats tiff --only harbourside-council-numbered --no-error-cases
//   node scripts/render-fixtures.mjs --formats jpeg --only kinloch-council-foisa --no-error-cases
//   node scripts/render-fixtures.mjs --formats jpeg-msg --only northmere-police-blanket-s12 --no-error-cases
//   node scripts/render-fixtures.mjs --formats doc --no-error-cases
//   node scripts/render-fixtures.mjs --from corpus --to corpus/formats --single doc --only council-internal-review-partly-upheld
//
// Dev tools: pdfkit and docx (devDependencies) and poppler's pdftoppm (Debian poppler-utils) for the scan.
// HTML renderings belong to the HTML extractor's own fixtures.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { AlignmentType, Document, Header, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { createRequire } from "node:module";

// msgreader ships a compound-file writer (it uses it for embedded messages); it makes the .msg fixtures.
const { burn } = createRequire(import.meta.url)("@kenjiuno/msgreader/lib/Burner.js");

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const fromDir = flag("from", "test/fixtures/letters");
const toDir = flag("to", "test/fixtures/formats");
const only = flag("only", "") ? new Set(flag("only", "").split(",")) : null;
const formats = new Set(flag("formats", "pdf,columns,scan,docx,eml,attached,msg").split(","));
const single = flag("single", "");
// --skew DEG turns the png and tiff renderings and the scanned PDF pages by DEG degrees, as a page fed in
// crooked; they are then named <id>-scan-skewDEG.<ext>. test/fixtures/formats has one, made with
//   node scripts/render-fixtures.mjs --formats png --only marlow-vale-nhs-you-asked --skew 3 --no-error-cases
const skew = Number(flag("skew", "0"));
const withErrorCases = !single && !args.includes("--no-error-cases") && toDir.includes("fixtures");

/** A deterministic generator, so re-rendering gives the same noise. */
function random(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function parseLetter(raw) {
  const text = raw.replace(/\r\n?/g, "\n");
  const meta = {};
  let body = text;
  const m = /^(?:---\n)?((?:[A-Za-z_][\w -]*:.*\n)+)---\n/.exec(text);
  if (m) {
    for (const line of m[1].trim().split("\n")) {
      const [k, ...v] = line.split(":");
      meta[k.trim().toLowerCase()] = v.join(":").trim();
    }
    body = text.slice(m[0].length);
  }
  return { meta, body: body.trim() };
}

// Footnote markers go after the first occurrence of each of these; "Act 2000" puts a digit right after a number.
const MARKER_TARGETS = [/\bAct 2000\b/, /\bappropriate limit\b/, /\bInformation Commissioner\b/, /\binformation\b/];

/** Body as paragraphs of runs: { text, sup } where sup marks a footnote marker. */
function paragraphs(body) {
  const marks = [];
  MARKER_TARGETS.forEach((re) => {
    const m = re.exec(body);
    if (m) marks.push(m.index + m[0].length);
  });
  marks.sort((a, b) => a - b);
  const out = [];
  let offset = 0;
  for (const block of body.split(/\n\s*\n/)) {
    const start = body.indexOf(block, offset);
    offset = start + block.length;
    const runs = [];
    let cursor = start;
    marks.forEach((at, n) => {
      if (at > start && at <= offset) {
        runs.push({ text: body.slice(cursor, at), sup: false }, { text: String(n + 1), sup: true });
        cursor = at;
      }
    });
    runs.push({ text: body.slice(cursor, offset), sup: false });
    out.push(runs.filter((r) => r.text));
  }
  return out;
}

function pdfBuffer(doc) {
  return new Promise((resolve) => {
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

/** compact: 10-point type and narrower margins, so a letter fits the one page a picture holds. */
async function renderPdf(letter, { columns = 1, password = "", compact = false } = {}) {
  const size = compact ? 10 : 12;
  const doc = new PDFDocument({
    size: "A4",
    margins: compact ? { top: 64, bottom: 64, left: 60, right: 60 } : { top: 96, bottom: 96, left: 72, right: 72 },
    bufferPages: true,
    info: { Title: `FOI response ${letter.meta.reference ?? ""}`, Producer: "foiscope render-fixtures", CreationDate: new Date(Date.UTC(2024, 0, 1)) },
    ...(password ? { userPassword: password, ownerPassword: `${password}-owner` } : {}),
  });
  doc.font("Helvetica").fontSize(size);
  if (columns > 1) {
    // One flowing text, so pdfkit fills column 1, then column 2, then the next page.
    // Blank lines stay as empty lines (a paragraph gap); lines within a block get ordinary leading.
    doc.text(letter.body.replace(/\n\s*\n/g, "\n\n"), { columns, columnGap: 18, lineGap: 3, paragraphGap: 0 });
  }
  for (const runs of columns > 1 ? [] : paragraphs(letter.body)) {
    // Lines of a block (an address, a list) are set with ordinary leading; only the block ends with a paragraph gap.
    const segments = [];
    for (const run of runs) {
      run.text.split("\n").forEach((part, i) => segments.push({ text: part, sup: run.sup, newLine: i > 0 }));
    }
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      const endsLine = !next || next.newLine;
      const gap = !next ? (compact ? 7 : 10) : 0;
      doc.fontSize(segment.sup ? size - 4 : size).text(segment.text || " ", { continued: !endsLine, lineGap: compact ? 2 : 3, paragraphGap: gap });
    });
    doc.fontSize(size);
  }
  const range = doc.bufferedPageRange();
  const authority = letter.meta.authority ?? "Freedom of Information";
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.fontSize(8).fillColor("#555555");
    doc.text(`${authority} - Freedom of Information response`, 72, 40, { width: 451, align: "left", lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, 72, 841.89 - 56, { width: 451, align: "center", lineBreak: false });
    doc.fillColor("black");
    doc.page.margins = margins;
  }
  return pdfBuffer(doc);
}

/** Grey PGM (P5) from pdftoppm into { width, height, pixels }. */
function readPgm(bytes) {
  let pos = 0;
  const token = () => {
    while (/\s/.test(String.fromCharCode(bytes[pos]))) pos++;
    if (bytes[pos] === 0x23) while (bytes[pos] !== 0x0a) pos++;
    while (/\s/.test(String.fromCharCode(bytes[pos]))) pos++;
    let t = "";
    while (!/\s/.test(String.fromCharCode(bytes[pos]))) t += String.fromCharCode(bytes[pos++]);
    return t;
  };
  if (token() !== "P5") throw new Error("not a binary PGM");
  const width = Number(token());
  const height = Number(token());
  token(); // maxval
  pos++;
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** 8-bit greyscale PNG encoder: enough for scanned pages, no image library needed. */
function encodePng({ width, height, pixels }) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy ? pixels.copy(raw, y * (width + 1) + 1, y * width, (y + 1) * width) : raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** A photocopier's look: paper not quite white, uneven toner, speckles. */
function addNoise(image, seed) {
  const rnd = random(seed);
  const { width, height } = image;
  const px = Buffer.from(image.pixels);
  for (let i = 0; i < px.length; i++) {
    const y = Math.floor(i / width);
    // A faint band down the page, in steps so the page still compresses; toner uneven on the ink.
    const shade = 4 * Math.round(2 * Math.sin((y / height) * Math.PI));
    let v = px[i] < 200 ? px[i] + rnd() * 45 : 236 - shade;
    if (rnd() < 0.0006) v = rnd() < 0.5 ? 60 : 255; // salt and pepper
    px[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  // A few larger specks, as dust on the glass.
  for (let k = 0; k < 15; k++) {
    const cx = Math.floor(rnd() * width);
    const cy = Math.floor(rnd() * height);
    const r = Math.floor(rnd() * 2);
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
      const x = cx + dx;
      const y = cy + dy;
      if (x >= 0 && y >= 0 && x < width && y < height) px[y * width + x] = 60;
    }
  }
  return { width, height, pixels: px };
}

/** Each letter moved three places on, as a font without a Unicode map comes out: "The" → "Wkh". */
const caesar = (text) => text.replace(/[a-z]/gi, (c) => {
  const base = c <= "Z" ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 3) % 26) + base);
});

async function renderScan(pdf, seed, garbageLayer = "") {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-scan-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "150", "-gray", join(dir, "in.pdf"), join(dir, "page")]);
    const pages = readdirSync(dir).filter((f) => f.endsWith(".pgm")).sort();
    const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Producer: "foiscope render-fixtures (scan)", CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
    pages.forEach((file, n) => {
      const png = encodePng(addNoise(rotate(readPgm(readFileSync(join(dir, file))), skew), seed + n));
      doc.addPage({ size: "A4", margin: 0 });
      doc.image(png, 0, 0, { width: 595.28, height: 841.89 });
      // An invisible text layer of unmapped glyphs over the page image, as some scanners and converters leave.
      if (garbageLayer) doc.fillOpacity(0).fontSize(12).text(caesar(garbageLayer), 72, 96, { width: 451, height: 650 }).fillOpacity(1);
    });
    return await pdfBuffer(doc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The letter's DOCX saved by LibreOffice, run headless, as another format: a file written by a real word processor. */
async function renderViaLibreOffice(letter, filter, ext) {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-soffice-"));
  try {
    writeFileSync(join(dir, "letter.docx"), await renderDocx(letter));
    try {
      execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", dir, join(dir, "letter.docx")], { stdio: "pipe", timeout: 120_000 });
    } catch (error) {
      throw new Error(`the ${ext} rendering needs LibreOffice (apt-get install libreoffice-writer-nogui): ${error.message}`);
    }
    return readFileSync(join(dir, `letter.${ext}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Word 97–2003 .doc of the letter. */
const renderDoc = (letter) => renderViaLibreOffice(letter, "doc:MS Word 97", "doc");
/** OpenDocument text, as LibreOffice saves it (its lists numbered by list styles). */
const renderOdt = (letter) => renderViaLibreOffice(letter, "odt", "odt");
/** Rich Text Format, as LibreOffice writes it (list numbers in \\listtext). */
const renderRtf = (letter) => renderViaLibreOffice(letter, "rtf", "rtf");

/** An image turned by `degrees` about its centre (bilinear), the corners filled with paper. */
function rotate(image, degrees) {
  if (!degrees) return image;
  const { width, height, pixels } = image;
  const out = Buffer.alloc(width * height, 255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source point that lands on (x, y).
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const p = (xx, yy) => pixels[yy * width + xx];
      out[y * width + x] = Math.round((p(x0, y0) * (1 - fx) + p(x0 + 1, y0) * fx) * (1 - fy) + (p(x0, y0 + 1) * (1 - fx) + p(x0 + 1, y0 + 1) * fx) * fy);
    }
  }
  return { width, height, pixels: out };
}

/** Pages of a PDF as grey images at `dpi` (poppler's pdftoppm), turned by --skew. */
function rasterise(pdf, dpi) {
  return rasteriseStraight(pdf, dpi).map((page) => rotate(page, skew));
}

function rasteriseStraight(pdf, dpi) {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-raster-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", join(dir, "in.pdf"), join(dir, "page")]);
    return readdirSync(dir).filter((f) => f.endsWith(".pgm")).sort().map((f) => readPgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A cheap office scanner's look that still compresses: paper a flat light grey,
 * ink posterised to four levels, a few specks of dust. (The per-pixel toner noise
 * of the scanned PDFs would make one PNG page 300 KB; this keeps it near 50 KB.)
 */
function scannerLook(image, seed) {
  const rnd = random(seed);
  const px = Buffer.from(image.pixels);
  for (let i = 0; i < px.length; i++) px[i] = px[i] >= 200 ? 232 : px[i] >= 140 ? 170 : px[i] >= 70 ? 96 : 24;
  for (let k = 0; k < 40; k++) {
    const at = Math.floor(rnd() * px.length);
    px[at] = 40;
    if (at + 1 < px.length) px[at + 1] = 40;
  }
  return { width: image.width, height: image.height, pixels: px };
}

/** PNG with its resolution (pHYs, pixels per metre), as a scanner writes it. */
function encodePngWithDpi(image, dpi) {
  const png = encodePng(image);
  const phys = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1; // unit: metre
  // After the signature (8) and IHDR (25 bytes).
  return Buffer.concat([png.subarray(0, 33), chunk("pHYs", phys), png.subarray(33)]);
}

/** PackBits (TIFF compression 32773) of one row: literal runs and repeats of up to 128 bytes. */
function packBits(row) {
  const out = [];
  let i = 0;
  while (i < row.length) {
    let run = 1;
    while (i + run < row.length && run < 128 && row[i + run] === row[i]) run++;
    if (run >= 2) {
      out.push(257 - run, row[i]);
      i += run;
      continue;
    }
    let end = i + 1;
    while (end < row.length && end - i < 128 && !(end + 1 < row.length && row[end] === row[end + 1])) end++;
    out.push(end - i - 1, ...row.subarray(i, end));
    i = end;
  }
  return Buffer.from(out);
}

/**
 * A multi-page black-and-white TIFF, one PackBits strip per page, as fax and
 * copier software saves a scanned letter (1 bit a pixel, 1 = black). PackBits
 * because both OCR engines read it (tesseract.js's leptonica reads no Deflate TIFF).
 */
function encodeTiff(images, dpi) {
  // Layout: header, then per page its strip, its resolution and its directory; each directory points at the next.
  const TAGS = 14;
  const pages = images.map((image) => {
    const rows = [];
    const stride = Math.ceil(image.width / 8);
    for (let y = 0; y < image.height; y++) {
      const row = Buffer.alloc(stride);
      for (let x = 0; x < image.width; x++) if (image.pixels[y * image.width + x] < 128) row[x >> 3] |= 0x80 >> (x & 7);
      rows.push(packBits(row));
    }
    const strip = Buffer.concat(rows);
    return { image, strip: strip.length % 2 ? Buffer.concat([strip, Buffer.alloc(1)]) : strip, stripLength: strip.length };
  });
  let at = 8;
  for (const page of pages) {
    page.stripOffset = at;
    page.resolutionOffset = at + page.strip.length;
    page.ifdOffset = page.resolutionOffset + 8;
    at = page.ifdOffset + 2 + 12 * TAGS + 4;
  }
  const out = Buffer.alloc(at);
  out.write("II*\0", 0, "latin1");
  out.writeUInt32LE(pages[0].ifdOffset, 4);
  pages.forEach((page, n) => {
    page.strip.copy(out, page.stripOffset);
    out.writeUInt32LE(dpi, page.resolutionOffset);
    out.writeUInt32LE(1, page.resolutionOffset + 4);
    // [tag, type (3 SHORT, 4 LONG, 5 RATIONAL), count, value]; tags in ascending order.
    const entries = [
      [254, 4, 1, 0],
      [256, 4, 1, page.image.width],
      [257, 4, 1, page.image.height],
      [258, 3, 1, 1],
      [259, 3, 1, 32773],
      [262, 3, 1, 0],
      [273, 4, 1, page.stripOffset],
      [277, 3, 1, 1],
      [278, 4, 1, page.image.height],
      [279, 4, 1, page.stripLength],
      [282, 5, 1, page.resolutionOffset],
      [283, 5, 1, page.resolutionOffset],
      [296, 3, 1, 2],
      [297, 3, 2, n],
    ];
    out.writeUInt16LE(TAGS, page.ifdOffset);
    entries.forEach(([tag, type, count, value], k) => {
      const entry = page.ifdOffset + 2 + 12 * k;
      out.writeUInt16LE(tag, entry);
      out.writeUInt16LE(type, entry + 2);
      out.writeUInt32LE(count, entry + 4);
      if (tag === 297) {
        out.writeUInt16LE(value, entry + 8);
        out.writeUInt16LE(pages.length, entry + 10);
      } else if (type === 3) out.writeUInt16LE(value, entry + 8);
      else out.writeUInt32LE(value, entry + 8);
    });
    out.writeUInt32LE(pages[n + 1]?.ifdOffset ?? 0, page.ifdOffset + 2 + 12 * TAGS);
  });
  return out;
}

/**
 * How Word writes a list item: the number is not in the text but in the paragraph's
 * numbering (w:numPr), which Word draws from numbering.xml. Recognised at the start
 * of a line: "3." / "3)" (decimal), "a)" / "(b)" / "c." (letters), "(ii)" (roman), and
 * "•" / "-" bullets. Returns the list's format and pattern, its number and the text after it.
 */
const WORD_LIST_ITEMS = [
  [/^(\d{1,2})\.\s+(?=\S)/, LevelFormat.DECIMAL, "%1.", (m) => Number(m[1])],
  [/^(\d{1,2})\)\s+(?=\S)/, LevelFormat.DECIMAL, "%1)", (m) => Number(m[1])],
  [/^\((i{1,3}|iv|v|vi{1,3}|ix|x)\)\s+(?=\S)/, LevelFormat.LOWER_ROMAN, "(%1)", (m) => ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].indexOf(m[1]) + 1],
  [/^\(([a-h])\)\s+(?=\S)/, LevelFormat.LOWER_LETTER, "(%1)", (m) => m[1].charCodeAt(0) - 96],
  [/^([a-h])\)\s+(?=\S)/, LevelFormat.LOWER_LETTER, "%1)", (m) => m[1].charCodeAt(0) - 96],
  [/^([a-h])\.\s+(?=\S)/, LevelFormat.LOWER_LETTER, "%1.", (m) => m[1].charCodeAt(0) - 96],
  [/^[•·]\s+(?=\S)/, LevelFormat.BULLET, "\uF0B7", () => 0],
  [/^-\s+(?=\S)/, LevelFormat.BULLET, "-", () => 0],
];

function wordListItem(line) {
  for (const [re, format, text, value] of WORD_LIST_ITEMS) {
    const m = re.exec(line);
    if (m) return { format, text, value: value(m), rest: line.slice(m[0].length) };
  }
  return null;
}

/**
 * The letter as Word writes it: numbered and bulleted lines as automatic lists (a
 * list restarts, with Word's "start at", where the numbers do not run on), blocks of
 * "cell | cell" lines as tables, superscript footnote markers, a page header.
 */
async function renderDocx(letter) {
  const configs = new Map(); // format|text|start → reference
  const running = new Map(); // format|text → { next, reference, instance }
  let instances = 0;
  const numberingFor = (item) => {
    const kind = `${item.format}|${item.text}`;
    const run = running.get(kind);
    if (item.format === LevelFormat.BULLET) {
      if (!configs.has(kind)) configs.set(kind, { reference: `list${configs.size}`, format: item.format, text: item.text, start: 1 });
      return { reference: configs.get(kind).reference, level: 0 };
    }
    if (run && run.next === item.value) {
      run.next++;
      return { reference: run.reference, level: 0, instance: run.instance };
    }
    const key = `${kind}|${item.value}`;
    if (!configs.has(key)) configs.set(key, { reference: `list${configs.size}`, format: item.format, text: item.text, start: item.value });
    const fresh = { next: item.value + 1, reference: configs.get(key).reference, instance: ++instances };
    running.set(kind, fresh);
    return { reference: fresh.reference, level: 0, instance: fresh.instance };
  };
  const children = [];
  for (const runs of paragraphs(letter.body)) {
    const blockText = runs.map((r) => r.text).join("");
    const lines = blockText.split("\n");
    if (lines.length > 1 && lines.every((l) => l.includes(" | "))) {
      const rows = lines.map((l) => new TableRow({ children: l.split(" | ").map((cell) => new TableCell({ children: [new Paragraph(cell.trim())] })) }));
      children.push(new Table({ rows }), new Paragraph({ children: [], spacing: { after: 160 } }));
      continue;
    }
    // Lines of the block as runs, each line with the footnote markers that fall in it.
    const lineRuns = [[]];
    for (const run of runs) {
      if (run.sup) {
        lineRuns[lineRuns.length - 1].push(new TextRun({ text: run.text, superScript: true }));
        continue;
      }
      run.text.split("\n").forEach((part, i) => {
        if (i > 0) lineRuns.push([]);
        if (part) lineRuns[lineRuns.length - 1].push({ text: part });
      });
    }
    let pending = [];
    const flush = (last) => {
      if (pending.length) children.push(new Paragraph({ children: pending, spacing: { after: last ? 160 : 0 } }));
      pending = [];
    };
    lineRuns.forEach((line, n) => {
      const first = line.find((r) => !(r instanceof TextRun));
      const item = first && line[0] === first ? wordListItem(first.text) : null;
      const toRuns = (rs) => rs.map((r) => (r instanceof TextRun ? r : new TextRun({ text: r.text })));
      if (item) {
        flush(false);
        first.text = item.rest;
        children.push(new Paragraph({ children: toRuns(line), numbering: numberingFor(item), spacing: { after: n === lineRuns.length - 1 ? 160 : 0 } }));
        return;
      }
      if (pending.length) pending.push(new TextRun({ text: "", break: 1 }));
      pending.push(...toRuns(line));
    });
    flush(true);
  }
  const doc = new Document({
    creator: "foiscope render-fixtures",
    title: `FOI response ${letter.meta.reference ?? ""}`,
    numbering: {
      config: [...configs.values()].map((c) => ({
        reference: c.reference,
        levels: [{ level: 0, format: c.format, text: c.text, start: c.start, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
      })),
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${letter.meta.authority ?? ""} - Freedom of Information`, size: 16 })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function mailDate(meta) {
  const d = meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? new Date(`${meta.date}T10:30:00Z`) : new Date(Date.UTC(2024, 0, 1, 10, 30));
  return d.toUTCString().replace("GMT", "+0000");
}

function sender(meta) {
  const domain = (meta.authority ?? "authority").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
  return `"FOI Team - ${meta.authority ?? "Public Authority"}" <foi@${domain}.example.gov.uk>`;
}

function headers(letter, id, contentType) {
  return [
    `From: ${sender(letter.meta)}`,
    `To: "Requester" <requester@example.org>`,
    `Subject: Freedom of Information request ${letter.meta.reference ?? id} - response`,
    `Date: ${mailDate(letter.meta)}`,
    `Message-ID: <${id}@fixtures.foiscope.invalid>`,
    "MIME-Version: 1.0",
    `Content-Type: ${contentType}`,
  ];
}

function renderEml(letter, id) {
  const body = letter.body.replace(/\n/g, "\r\n");
  return Buffer.from([...headers(letter, id, 'text/plain; charset="utf-8"'), "Content-Transfer-Encoding: 8bit", "", body, ""].join("\r\n"), "utf8");
}

const escapeHtml = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The letter as HTML as Word and Outlook write it: paragraphs as <p class=MsoNormal> (8 pt below, from
 * the style sheet; a paragraph set tight above a list item of its block says margin-bottom:0cm inline, as
 * Word writes a paragraph's own spacing), list items as Word's list paragraphs, "cell | cell" blocks as
 * tables. lists "ol": numbered, lettered and bulleted lines as <ol>/<ul> (the number is the list's, not the
 * text's: <ol start type>), a run of another label style under an item ("1)" under "3.") nested in it.
 */
function letterHtmlBody(body, { lists = "word" } = {}) {
  const out = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split("\n");
    if (lines.length > 1 && lines.every((l) => l.includes(" | "))) {
      out.push(`<table border=1 cellspacing=0>${lines.map((l) => `<tr>${l.split(" | ").map((c) => `<td><p class=MsoNormal>${escapeHtml(c.trim())}</p></td>`).join("")}</tr>`).join("\n")}</table>`);
      continue;
    }
    // Lists open, outermost first, each with its last <li> still open (a sub-list goes inside it).
    const open = [];
    let text = [];
    const flushText = (tight) => {
      // Word writes a paragraph's own spacing inline where it differs from the style's (8 pt below):
      // a lead-in set tight above its list items has margin-bottom:0cm, as in the DOCX rendering.
      if (text.length) out.push(`<p class=MsoNormal${tight ? " style='margin-bottom:0cm'" : ""}>${text.map(escapeHtml).join("<br>\n")}</p>`);
      text = [];
    };
    const closeList = (depth = 0) => {
      while (open.length > depth) out.push(`</li></${open.pop().tag}>`);
    };
    lines.forEach((line, n) => {
      const item = wordListItem(line);
      if (!item) {
        closeList();
        text.push(line);
        return;
      }
      flushText(true);
      if (lists === "word") {
        // As Word (and Outlook, whose editor is Word) saves a list: a paragraph per item, its label written
        // out in a span that browsers skip only when they draw the list themselves (they do not: mso-list is Word's).
        // Items followed by another line of their block are tight (no space below), as in the DOCX rendering.
        const label = item.format === LevelFormat.BULLET ? "·" : line.slice(0, line.length - item.rest.length).trim();
        const tight = n < lines.length - 1 ? "margin-bottom:0cm;" : "";
        out.push(
          `<p class=MsoListParagraph style='${tight}margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${escapeHtml(label)}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>${escapeHtml(item.rest)}</p>`,
        );
        return;
      }
      const tag = item.format === LevelFormat.BULLET ? "ul" : "ol";
      const type = item.format === LevelFormat.LOWER_LETTER ? "a" : item.format === LevelFormat.LOWER_ROMAN ? "i" : "1";
      const continues = (l) => l.tag === tag && l.text === item.text && (tag === "ul" || l.next === item.value);
      // An item of another label style under an open item ("1)" or "a)" items under "3. …") is a sub-list,
      // nested in that item as HTML editors write an indented list; an item continuing an outer list closes it.
      const at = open.findIndex(continues);
      if (at >= 0) {
        closeList(at + 1);
        out.push("</li>");
      } else if (open.length === 1 && open[0].text !== item.text) {
        out.push(tag === "ol" ? `<ol start="${item.value}" type="${type}">` : "<ul>");
        open.push({ tag, text: item.text, next: item.value });
      } else {
        closeList();
        out.push(tag === "ol" ? `<ol start="${item.value}" type="${type}">` : "<ul>");
        open.push({ tag, text: item.text, next: item.value });
      }
      open[open.length - 1].next = item.value + 1;
      out.push(`<li class=MsoListParagraph>${escapeHtml(item.rest)}`);
    });
    closeList();
    flushText();
  }
  return out.join("\n");
}

function renderHtml(letter, lists = "word") {
  return Buffer.from(
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15"><title>FOI response ${escapeHtml(letter.meta.reference ?? "")}</title><style>p.MsoNormal, li.MsoNormal, div.MsoNormal{margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm}\np.MsoListParagraph{margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:36.0pt}</style></head><body lang=EN-GB><div class=WordSection1>\n${letterHtmlBody(letter.body, { lists })}\n</div></body></html>\n`,
    "utf8",
  );
}

/** An HTML-only email (no text part), as Outlook sends a reply typed into its editor. */
function renderHtmlEml(letter, id) {
  const html = renderHtml(letter).toString("base64").replace(/.{76}/g, "$&\r\n");
  return Buffer.from([...headers(letter, `${id}-html`, 'text/html; charset="utf-8"'), "Content-Transfer-Encoding: base64", "", html, ""].join("\r\n"), "utf8");
}

/** uuencode, as old mail systems attach files inside the body. */
function uuencode(bytes, name) {
  const lines = [`begin 644 ${name}`];
  const ch = (x) => (x === 0 ? "`" : String.fromCharCode(32 + x));
  for (let i = 0; i < bytes.length; i += 45) {
    const chunk = bytes.subarray(i, i + 45);
    let line = ch(chunk.length);
    for (let j = 0; j < chunk.length; j += 3) {
      const a = chunk[j], b = chunk[j + 1] ?? 0, c = chunk[j + 2] ?? 0;
      line += ch(a >> 2) + ch(((a & 3) << 4) | (b >> 4)) + ch(((b & 15) << 2) | (c >> 6)) + ch(c & 63);
    }
    lines.push(line);
  }
  lines.push("`", "end");
  return lines.join("\n");
}

/**
 * A reply as WhatDoTheyKnow stores it: an mbox "From " line, the delivery fields its
 * mail server adds (Envelope-to, Delivery-date), and the letter as a Word file
 * uuencoded in the body under a short covering note.
 */
async function renderWdtkEml(letter, id) {
  const docx = await renderDocx(letter);
  const domain = (letter.meta.authority ?? "authority").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
  const text = [
    `From foi@${domain}.example.gov.uk ${new Date(mailDate(letter.meta)).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 $4")}`,
    `Return-path: <foi@${domain}.example.gov.uk>`,
    "Envelope-to: request-0000-abcdef@whatdotheyknow.invalid",
    `Delivery-date: ${mailDate(letter.meta)}`,
    `From: ${sender(letter.meta)}`,
    "To: \"Requester\" <request-0000-abcdef@whatdotheyknow.invalid>",
    `Subject: RE: Freedom of Information request - ${letter.meta.reference ?? id}`,
    `Date: ${mailDate(letter.meta)}`,
    `Message-ID: <${id}-wdtk@fixtures.foiscope.invalid>`,
    "",
    "Dear Requester,",
    "",
    "Please find attached our response to your request.",
    "",
    "FOI Team",
    "",
    uuencode(docx, `${id}-response.docx`),
    "",
  ].join("\n");
  return Buffer.from(text, "latin1");
}

/** A TNEF record: level, id (with its type in the high word), length, data, checksum. */
function tnefRecord(level, id, data) {
  const head = Buffer.alloc(9);
  head[0] = level;
  head.writeUInt32LE(id >>> 0, 1);
  head.writeUInt32LE(data.length, 5);
  let sum = 0;
  for (const b of data) sum = (sum + b) & 0xffff;
  const tail = Buffer.alloc(2);
  tail.writeUInt16LE(sum);
  return Buffer.concat([head, data, tail]);
}

/** winmail.dat holding one file: its short title, its bytes and its long name in the MAPI properties. */
function tnefOf(name, bytes) {
  const signature = Buffer.alloc(6);
  signature.writeUInt32LE(0x223e9f78, 0);
  signature.writeUInt16LE(1, 4);
  const longName = Buffer.from(`${name}\0`, "utf16le");
  const props = Buffer.alloc(16);
  props.writeUInt32LE(1, 0); // one property
  props.writeUInt16LE(0x001f, 4); // PT_UNICODE
  props.writeUInt16LE(0x3707, 6); // PR_ATTACH_LONG_FILENAME
  props.writeUInt32LE(1, 8); // one value
  props.writeUInt32LE(longName.length, 12);
  const pad = Buffer.alloc((4 - (longName.length % 4)) % 4);
  return Buffer.concat([
    signature,
    tnefRecord(1, 0x00089006, Buffer.from([1, 0, 0, 0])), // attTnefVersion
    tnefRecord(2, 0x00069002, Buffer.alloc(14)), // attAttachRendData: an attachment starts
    tnefRecord(2, 0x00018010, Buffer.from(`${name.slice(0, 8)}.DOC\0`, "latin1")), // attAttachTitle (8.3)
    tnefRecord(2, 0x0006800f, Buffer.from(bytes)), // attAttachData
    tnefRecord(2, 0x00069005, Buffer.concat([props, longName, pad])), // attAttachment (MAPI props)
  ]);
}

/** Outlook's rich-text mail seen from elsewhere: a covering note and winmail.dat wrapping the Word letter. */
async function renderTnefEml(letter, id) {
  const tnef = tnefOf(`${id}-response.docx`, await renderDocx(letter));
  return renderAttachedEml(letter, `${id}-tnef`, tnef, { name: "winmail.dat", type: "application/ms-tnef" });
}

/** Pages of a PDF as greyscale JPEGs (pdftoppm), as a phone or a scan-to-email button sends them. */
function rasteriseJpeg(pdf, dpi, quality) {
  const dir = mkdtempSync(join(tmpdir(), "foiscope-jpeg-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", String(dpi), "-gray", "-jpeg", "-jpegopt", `quality=${quality}`, join(dir, "in.pdf"), join(dir, "page")]);
    return readdirSync(dir).filter((f) => f.endsWith(".jpg")).sort().map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-page picture of the letter: set compactly so it fits one page, which is checked. */
async function onePage(letter, id) {
  const pdf = await renderPdf(letter, { compact: true });
  const pages = rasterise(pdf, IMAGE_DPI);
  if (pages.length !== 1) throw new Error(`${id} takes ${pages.length} pages even set compactly; a PNG or JPEG rendering needs a one-page letter`);
  return { pdf, page: pages[0] };
}

/** A small e-mail signature logo (160×48): attached as Outlook attaches one, and too small to be a letter. */
function logoPng() {
  const width = 160;
  const height = 48;
  const pixels = Buffer.alloc(width * height, 255);
  for (let y = 8; y < 40; y++) for (let x = 8; x < 152; x++) pixels[y * width + x] = (x >> 3) % 2 ? 40 : 200;
  return encodePng({ width, height, pixels });
}

function renderAttachedEml(letter, id, pdf, attachment = { name: `${id}-response.pdf`, type: "application/pdf" }, extras = []) {
  const boundary = `----=_foiscope_${id}`;
  const salutation = /^Dear .*$/m.exec(letter.body)?.[0] ?? "Dear Requester,";
  const text = [
    salutation,
    "",
    "Please find attached our response to your request for information.",
    "",
    "Kind regards,",
    "",
    "FOI Team",
    "",
    "-----Original Message-----",
    "From: Requester <requester@example.org>",
    "Sent: a few weeks earlier",
    "Subject: Freedom of Information request",
    "",
    "> Please send me the information described in my letter.",
  ].join("\r\n");
  const part = (bytes, name, type) => [
    `--${boundary}`,
    `Content-Type: ${type}; name="${name}"`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; filename="${name}"`,
    "",
    bytes.toString("base64").replace(/.{76}/g, "$&\r\n"),
  ];
  return Buffer.from(
    [
      ...headers(letter, `${id}-attached`, `multipart/mixed; boundary="${boundary}"`),
      "",
      "This is a multi-part message in MIME format.",
      `--${boundary}`,
      'Content-Type: text/plain; charset="utf-8"',
      "Content-Transfer-Encoding: 8bit",
      "",
      text,
      ...part(pdf, attachment.name, attachment.type),
      ...extras.flatMap((extra) => part(extra.bytes, extra.name, extra.type)),
      `--${boundary}--`,
      "",
    ].join("\r\n"),
    "utf8",
  );
}

const utf16 = (text) => Buffer.from(`${text}\u0000`, "utf16le");

/** PT_SYSTIME property: FILETIME (100 ns ticks since 1601) of a date. */
function fileTime(date) {
  const ticks = (BigInt(date.getTime()) + 11644473600000n) * 10000n;
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(ticks);
  return b;
}

/**
 * A minimal Outlook message: subject, sender, plain body, delivery time and
 * one attachment, as the MAPI property streams of a compound file.
 */
function renderMsg(letter, id, attachment, extras = []) {
  const attachments = [attachment, ...extras];
  const entries = [{ name: "Root Entry", type: 5, children: [], length: 0 }];
  const add = (parent, name, data) => {
    entries[parent].children.push(entries.length);
    // A fresh array: the writer reads the underlying ArrayBuffer, and small Buffers share a pool.
    const own = Uint8Array.from(data);
    entries.push({ name, type: 2, binaryProvider: () => own, length: own.length });
  };
  const folder = (parent, name) => {
    entries[parent].children.push(entries.length);
    entries.push({ name, type: 1, children: [], length: 0 });
    return entries.length - 1;
  };
  const date = new Date(`${/^\d{4}-\d{2}-\d{2}$/.test(letter.meta.date ?? "") ? letter.meta.date : "2024-01-01"}T10:30:00Z`);
  // Top-level property stream: 32-byte header (attachment count 1), then 16-byte fixed-size properties.
  const header = Buffer.alloc(32);
  header.writeUInt32LE(attachments.length, 12); // next attachment id
  header.writeUInt32LE(attachments.length, 20); // attachment count
  const delivery = Buffer.alloc(16);
  delivery.writeUInt32LE(0x0e060040, 0); // PidTagMessageDeliveryTime, PT_SYSTIME
  delivery.writeUInt32LE(6, 4);
  fileTime(date).copy(delivery, 8);
  add(0, "__properties_version1.0", Buffer.concat([header, delivery]));
  add(0, "__substg1.0_0037001F", utf16(`Freedom of Information request ${letter.meta.reference ?? id} - response`));
  add(0, "__substg1.0_0C1A001F", utf16(`FOI Team - ${letter.meta.authority ?? "Public Authority"}`));
  add(0, "__substg1.0_0C1F001F", utf16("foi@authority.example.gov.uk"));
  add(0, "__substg1.0_1000001F", utf16("Good afternoon,\r\n\r\nPlease see the attached letter, which is our response to your request.\r\n\r\nRegards,\r\nFOI Team"));
  attachments.forEach((file, n) => {
    const attach = folder(0, `__attach_version1.0_#${n.toString(16).toUpperCase().padStart(8, "0")}`);
    add(attach, "__properties_version1.0", Buffer.alloc(8));
    add(attach, "__substg1.0_3707001F", utf16(file.name));
    add(attach, "__substg1.0_3704001F", utf16(file.name.slice(0, 12)));
    add(attach, "__substg1.0_37010102", file.bytes);
  });
  return Buffer.from(burn(entries));
}

/** Resolution of the picture renderings: a scanner's 150 dpi, where tesseract still reads 10-point type. */
const IMAGE_DPI = 150;

async function renderPng(letter, id, seed) {
  const { page } = await onePage(letter, id);
  return encodePngWithDpi(scannerLook(page, seed), IMAGE_DPI);
}

function renderTiff(pdf, seed) {
  // Thresholded as a fax machine does, at fax "fine" resolution: 1-bit type at 150 dpi breaks up.
  return encodeTiff(rasterise(pdf, 200).map((page, n) => scannerLook(page, seed + n)), 200);
}

/** The letter as a one-page JPEG (quality 30, as a scan-to-email button sends it). */
async function renderJpeg(letter, id) {
  const { pdf } = await onePage(letter, id);
  return rasteriseJpeg(pdf, IMAGE_DPI, 30)[0];
}

/** "Please find attached" with the letter as a JPEG, and a signature logo beside it. */
async function renderJpegEml(letter, id) {
  const jpeg = await renderJpeg(letter, id);
  return renderAttachedEml(letter, `${id}-jpeg`, jpeg, { name: `${id}-scan.jpg`, type: "image/jpeg" }, [{ bytes: logoPng(), name: "image001.png", type: "image/png" }]);
}

/** The same as an Outlook message. */
async function renderJpegMsg(letter, id) {
  return renderMsg(letter, id, { name: `${id}-scan.jpg`, bytes: await renderJpeg(letter, id) }, [{ name: "image001.png", bytes: logoPng() }]);
}

mkdirSync(toDir, { recursive: true });
const letters = readdirSync(fromDir).filter((f) => f.endsWith(".txt") && (!only || only.has(basename(f, ".txt")))).sort();
let seed = 1;
for (const file of letters) {
  const id = basename(file, ".txt");
  const letter = parseLetter(readFileSync(join(fromDir, file), "utf8"));
  const pdf = await renderPdf(letter);
  const written = [];
  const put = (named, bytes) => {
    // A turned rendering is named for its tilt, beside the straight one: <id>-scan-skew3.png.
    const name = skew && /-scan\.(png|tif|pdf)$/.test(named) ? named.replace(/\.(\w+)$/, `-skew${skew}.$1`) : named;
    writeFileSync(join(toDir, name), bytes);
    written.push(`${name} ${bytes.length}`);
  };
  if (single) {
    const render = {
      pdf: async () => ["pdf", pdf],
      scan: async () => ["pdf", await renderScan(pdf, 1000 * seed++)],
      docx: async () => ["docx", await renderDocx(letter)],
      eml: async () => ["eml", renderEml(letter, id)],
      attached: async () => ["eml", renderAttachedEml(letter, id, pdf)],
      msg: async () => ["msg", renderMsg(letter, id, { name: `${id}-response.docx`, bytes: await renderDocx(letter) })],
      png: async () => ["png", await renderPng(letter, id, 1000 * seed++)],
      tiff: async () => ["tif", renderTiff(pdf, 1000 * seed++)],
      jpeg: async () => ["eml", await renderJpegEml(letter, id)],
      doc: async () => ["doc", await renderDoc(letter)],
    }[single];
    if (!render) throw new Error(`--single takes pdf, scan, docx, doc, eml, attached, msg, png, tiff or jpeg, not ${single}`);
    const [ext, bytes] = await render();
    put(`${id}.${ext}`, bytes);
    try {
      copyFileSync(join(fromDir, `${id}.json`), join(toDir, `${id}.json`));
      written.push(`${id}.json (label)`);
    } catch {
      // No label for this letter: none beside the rendering either.
    }
    process.stdout.write(`${id}: ${written.join(", ")}\n`);
    continue;
  }
  if (formats.has("pdf")) put(`${id}.pdf`, pdf);
  if (formats.has("columns")) put(`${id}-columns.pdf`, await renderPdf(letter, { columns: 2 }));
  if (formats.has("scan")) put(`${id}-scan.pdf`, await renderScan(pdf, 1000 * seed++));
  if (formats.has("docx")) put(`${id}.docx`, await renderDocx(letter));
  if (formats.has("eml")) put(`${id}.eml`, renderEml(letter, id));
  if (formats.has("attached")) put(`${id}-attached.eml`, renderAttachedEml(letter, id, pdf));
  if (formats.has("msg")) put(`${id}-attached.msg`, renderMsg(letter, id, { name: `${id}-response.docx`, bytes: await renderDocx(letter) }));
  if (formats.has("png")) put(`${id}-scan.png`, await renderPng(letter, id, 1000 * seed++));
  if (formats.has("tiff")) put(`${id}-scan.tif`, renderTiff(pdf, 1000 * seed++));
  if (formats.has("jpeg")) put(`${id}-jpeg-attached.eml`, await renderJpegEml(letter, id));
  if (formats.has("jpeg-msg")) put(`${id}-jpeg-attached.msg`, await renderJpegMsg(letter, id));
  if (formats.has("doc")) put(`${id}.doc`, await renderDoc(letter));
  if (formats.has("odt")) put(`${id}.odt`, await renderOdt(letter));
  if (formats.has("rtf")) put(`${id}.rtf`, await renderRtf(letter));
  if (formats.has("html")) put(`${id}.html`, renderHtml(letter));
  if (formats.has("html-ol")) put(`${id}-ol.html`, renderHtml(letter, "ol"));
  if (formats.has("html-eml")) put(`${id}-html.eml`, renderHtmlEml(letter, id));
  if (formats.has("wdtk")) put(`${id}-wdtk.eml`, await renderWdtkEml(letter, id));
  if (formats.has("tnef")) put(`${id}-tnef.eml`, await renderTnefEml(letter, id));
  process.stdout.write(`${id}: ${written.join(", ")}\n`);
}
if (withErrorCases && letters.length) {
  const first = parseLetter(readFileSync(join(fromDir, letters[0]), "utf8"));
  writeFileSync(join(toDir, "encrypted.pdf"), await renderPdf(first, { password: "open-sesame" }));
  const whole = await renderPdf(first);
  writeFileSync(join(toDir, "truncated.pdf"), whole.subarray(0, Math.floor(whole.length * 0.4)));
  writeFileSync(join(toDir, "garbage-layer.pdf"), await renderScan(whole, 7, first.body));
  process.stdout.write("error cases: encrypted.pdf, truncated.pdf, garbage-layer.pdf (scan under an unmapped text layer)\n");
}
