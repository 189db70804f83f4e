import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { processFile } from "../../src/engine/process.js";
import type { Letter } from "../../src/core/types.js";

/**
 * Every rendering of a fixture letter (text PDF, two-column PDF, scanned PDF,
 * DOCX with Word's automatic lists and tables, plain email, "please find attached"
 * .eml with the PDF and .msg with the DOCX, Word's HTML as a page and as an
 * HTML-only email, the mbox copy WhatDoTheyKnow keeps with the DOCX uuencoded in
 * its body, an Outlook winmail.dat wrapping the DOCX, and the DOCX saved by
 * LibreOffice as ODT and RTF) must give the same
 * questions, outcomes and grounds as the plain text it was rendered from
 * (scripts/render-fixtures.mjs). The classifier changes over time, so the
 * reference is the text version's own result, not fixed outcomes; the
 * extraction facts below are literals.
 */
const LETTERS = resolve("test/fixtures/letters");
const FORMATS = resolve("test/fixtures/formats");
const options = { ocr: true, maxBytes: 50 * 1024 * 1024 };

const letterIds = readdirSync(LETTERS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const SUFFIXES = [".pdf", "-columns.pdf", "-scan.pdf", ".docx", ".doc", ".eml", "-attached.eml", "-attached.msg", ".html", "-html.eml", "-wdtk.eml", "-tnef.eml", ".odt", ".rtf"];
/**
 * Pictures of the letter (render-fixtures --formats png,tiff,jpeg), committed for
 * some letters only to keep the fixtures small: a one-page greyscale PNG, a
 * two-page black-and-white TIFF, an .eml and an .msg carrying a JPEG and a logo, and a
 * PNG of a page fed in 3° crooked (render-fixtures --skew 3).
 */
const IMAGE_SUFFIXES = ["-scan.png", "-scan-skew3.png", "-scan.tif", "-jpeg-attached.eml", "-jpeg-attached.msg"];

function analyse(dir: string, file: string): Promise<Letter> {
  return processFile({ path: join(dir, file), file }, options);
}

function answerKey(letter: Letter): string[] {
  return letter.answers.map((a) => `${a.label} ${a.outcome} [${[...a.grounds].sort().join(";")}]`);
}

describe.each(letterIds)("renderings of %s", (id) => {
  it.each(SUFFIXES)(`%s gives the same questions, outcomes and grounds as ${id}.txt`, async (suffix) => {
    const text = await analyse(LETTERS, `${id}.txt`);
    const rendered = await analyse(FORMATS, `${id}${suffix}`);
    expect(rendered.status).toBe("ok");
    expect(text.answers.length).toBeGreaterThan(0);
    expect(answerKey(rendered)).toEqual(answerKey(text));
  }, 120_000);
});

const picturesOf = (id: string): string[] => IMAGE_SUFFIXES.filter((suffix) => existsSync(join(FORMATS, `${id}${suffix}`)));

describe.each(letterIds.filter((id) => picturesOf(id).length > 0))("pictures of %s", (id) => {
  for (const suffix of picturesOf(id)) {
    it(`${suffix} gives the same questions, outcomes and grounds as ${id}.txt`, async () => {
      const text = await analyse(LETTERS, `${id}.txt`);
      const rendered = await analyse(FORMATS, `${id}${suffix}`);
      expect(rendered.status).toBe("ok");
      expect(rendered.ocrPages).toBeGreaterThan(0);
      expect(answerKey(rendered)).toEqual(answerKey(text));
    }, 120_000);
  }
});

it("commits picture renderings of at least two letters in each picture format", () => {
  for (const suffix of IMAGE_SUFFIXES) expect(letterIds.filter((id) => picturesOf(id).includes(suffix)).length, suffix).toBeGreaterThanOrEqual(suffix === "-scan.png" ? 2 : 1);
});

describe("extraction facts of the renderings", () => {
  it("reads the text PDF as two pages with page starts, footnote markers and running lines gone", async () => {
    const letter = await analyse(FORMATS, "harbourside-council-numbered.pdf");
    expect(letter.format).toBe("pdf");
    expect(letter.pageStarts).toHaveLength(2);
    expect(letter.pageStarts[0]).toBe(0);
    expect(letter.ocrPages).toBe(0);
    // Superscript markers were drawn after "Act 2000", "information", "Commissioner".
    expect(letter.text).toContain("Freedom of Information Act 2000 - request for information");
    expect(letter.text).toContain("complain to the Information Commissioner under section 50");
    // Real numbers survive.
    expect(letter.text).toContain("£4,450");
    expect(letter.text).toContain("exempt from disclosure under section 31(1)(a) of the Freedom of Information Act, because");
    expect(letter.text).not.toMatch(/Page \d of \d/);
    // The running header is drawn last on each page but read where it sits, at the top: page 1 keeps it with
    // the letterhead (a first page's top is where the authority is named), page 2 loses it; the signature stays.
    expect(letter.text.split("Freedom of Information response")).toHaveLength(2);
    expect(letter.text.startsWith("Harbourside Borough Council - Freedom of Information response\n\nHarbourside Borough Council\nInformation Governance Team\nCivic Centre")).toBe(true);
    expect(letter.text.trim().endsWith("Harbourside Borough Council")).toBe(true);
    // The second page starts with the text that was on it.
    expect(letter.text.slice(letter.pageStarts[1]!)).toMatch(/^If you are dissatisfied with the handling of your request/);
  });

  it("keeps question order in a two-column PDF", async () => {
    const letter = await analyse(FORMATS, "marlow-vale-nhs-you-asked-columns.pdf");
    const positions = ["How many cyber attacks", "What is the name and salary", "every email sent by the IT department", "value of the Trust's contract"].map((p) =>
      letter.text.replace(/\s+/g, " ").indexOf(p),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("OCRs every page of a scanned PDF and says so", async () => {
    const letter = await analyse(FORMATS, "kinloch-council-foisa-scan.pdf");
    expect(letter.ocrPages).toBe(2);
    expect(letter.pageStarts).toHaveLength(2);
    expect(letter.text).toContain("Seven Council laptops were reported lost or stolen in 2020");
    expect(letter.messages.some((m) => m.code === "FOISCOPE_OCR" && m.text.startsWith("No text layer on pages 1–2; ran OCR"))).toBe(true);
  }, 120_000);

  it("OCRs a scan hidden under a text layer of unmapped glyphs", async () => {
    const letter = await analyse(FORMATS, "garbage-layer.pdf");
    expect(letter.ocrPages).toBe(2);
    expect(letter.text).toContain("Which anti-virus and firewall products does the Council use?");
    expect(letter.text).not.toContain("Kduerxuvlgh");
    expect(letter.messages.some((m) => m.code === "FOISCOPE_OCR" && m.text.startsWith("Unreadable text layer (unmapped glyphs) on pages 1–2; ran OCR"))).toBe(true);
  }, 120_000);

  it("OCRs a PNG as one page and says so", async () => {
    const letter = await analyse(FORMATS, "kinloch-council-foisa-scan.png");
    expect(letter.format).toBe("png");
    expect(letter.ocrPages).toBe(1);
    expect(letter.pageStarts).toEqual([0]);
    expect(letter.text).toContain("Seven Council laptops were reported lost or stolen in 2020");
    expect(letter.messages.map((m) => `${m.code}: ${m.text}`)).toContainEqual(expect.stringMatching(/^FOISCOPE_OCR: PNG image; ran OCR \((system|tesseract\.js)\)$/));
  }, 120_000);

  it("straightens a page scanned 3° crooked before OCR, and says so", async () => {
    const letter = await analyse(FORMATS, "marlow-vale-nhs-you-asked-scan-skew3.png");
    expect(letter.ocrPages).toBe(1);
    expect(letter.messages.map((m) => `${m.code}: ${m.text}`)).toContainEqual(expect.stringMatching(/^FOISCOPE_OCR: PNG image; ran OCR \((system|tesseract\.js)\), straightening it \(tilted 3°\)$/));
    expect(letter.text).toContain("The name of the post holder is withheld under section 40(2) of the Act");
  }, 120_000);

  it("OCRs each page of a multi-page TIFF and keeps the pages", async () => {
    const letter = await analyse(FORMATS, "harbourside-council-numbered-scan.tif");
    expect(letter.format).toBe("tiff");
    expect(letter.ocrPages).toBe(2);
    expect(letter.pageStarts).toHaveLength(2);
    expect(letter.text.slice(letter.pageStarts[1]!)).toMatch(/^If you are dissatisfied with the handling of your request/);
    expect(letter.messages.some((m) => m.code === "FOISCOPE_OCR" && m.text.startsWith("TIFF image of 2 pages; ran OCR"))).toBe(true);
  }, 120_000);

  it("reads a letter emailed as a JPEG and skips the signature logo beside it", async () => {
    const letter = await analyse(FORMATS, "kinloch-council-foisa-jpeg-attached.eml");
    expect(letter.format).toBe("eml");
    expect(letter.ocrPages).toBe(1);
    expect(letter.text).not.toContain("Please find attached");
    expect(letter.text).toContain("Request 4: A copy of the Council's Information Security Policy.");
    const texts = letter.messages.map((m) => `${m.code}: ${m.text}`);
    expect(texts).toContain("FOISCOPE_ATTACHMENT_SKIPPED: Attachment image001.png not read: a 160×48 picture is too small to be a scanned page (a logo or signature)");
    expect(texts).toContain("FOISCOPE_ATTACHMENT_IS_LETTER: Email body only points to the attachment; read kinloch-council-foisa-scan.jpg as the letter");
  }, 120_000);

  it("reads a letter sent as a JPEG in an Outlook message, skipping the logo", async () => {
    const letter = await analyse(FORMATS, "northmere-police-blanket-s12-jpeg-attached.msg");
    expect(letter.format).toBe("msg");
    expect(letter.ocrPages).toBe(1);
    expect(letter.text).not.toContain("Please see the attached letter");
    expect(letter.meta.authority).toBe("Northmere Constabulary");
    expect(letter.messages.map((m) => m.code)).toEqual(["FOISCOPE_OCR", "FOISCOPE_ATTACHMENT_SKIPPED", "FOISCOPE_ATTACHMENT_IS_LETTER"]);
  }, 120_000);

  it("leaves a picture out with a warning when OCR is off", async () => {
    const letter = await processFile({ path: join(FORMATS, "kinloch-council-foisa-scan.png"), file: "kinloch-council-foisa-scan.png" }, { ...options, ocr: false });
    expect(letter.status).toBe("ok");
    expect(letter.format).toBe("png");
    expect(letter.ocrPages).toBe(0);
    expect(letter.messages.find((m) => m.code === "FOISCOPE_OCR_SKIPPED")?.text).toBe("PNG image; OCR is off (--no-ocr), so it was left out");
  });

  it("skips OCR with a warning when OCR is off", async () => {
    const letter = await processFile({ path: join(FORMATS, "kinloch-council-foisa-scan.pdf"), file: "kinloch-council-foisa-scan.pdf" }, { ...options, ocr: false });
    expect(letter.status).toBe("ok");
    expect(letter.ocrPages).toBe(0);
    expect(letter.text.trim()).toBe("");
    const warning = letter.messages.find((m) => m.code === "FOISCOPE_OCR_SKIPPED");
    expect(warning?.severity).toBe("warning");
    expect(warning?.text).toBe("No text layer on pages 1–2; OCR is off (--no-ocr), so they were left out");
  });

  it("reads the DOCX without the superscript footnote markers", async () => {
    const letter = await analyse(FORMATS, "northmere-police-blanket-s12.docx");
    expect(letter.format).toBe("docx");
    expect(letter.text).toContain("Freedom of Information Act 2000 provides");
    expect(letter.text).toContain("exceed the appropriate limit, which");
    expect(letter.text).toContain("£450 or 18 hours");
  });

  it("reads a Word 97–2003 .doc: the body without its page header, footnote digits off, a paragraph a line", async () => {
    const letter = await analyse(FORMATS, "kinloch-council-foisa.doc");
    expect(letter.format).toBe("doc");
    expect(letter.status).toBe("ok");
    expect(letter.messages).toEqual([]);
    expect(letter.text.startsWith("Kinloch Council\nCorporate Information Unit\nHigh Street, Kinloch KL2 9AB\nOur ref: KC-FOI-21-0931\n")).toBe(true);
    expect(letter.text).not.toContain("Kinloch Council - Freedom of Information");
    expect(letter.text).toContain("\nRequest 2: The number of data breaches the Council reported to the Information Commissioner in 2020.\n");
    expect(letter.text).toContain("so it does not hold this information. Under section 17");
    expect(letter.meta.reference).toBe("KC-FOI-21-0931");
  });

  it("takes the attachment as the letter when the email body only points to it", async () => {
    const letter = await analyse(FORMATS, "marlow-vale-nhs-you-asked-attached.eml");
    expect(letter.format).toBe("eml");
    expect(letter.pageStarts).toHaveLength(2);
    expect(letter.text).not.toContain("Please find attached");
    expect(letter.text.startsWith("Marlow Vale NHS Foundation Trust")).toBe(true);
    expect(letter.meta.authority).toBe("Marlow Vale NHS Foundation Trust");
    expect(letter.meta.date).toBe("2022-09-07");
    expect(letter.meta.title).toBe("Freedom of Information request MVT/FOI/22/1187 - response");
    expect(letter.messages.some((m) => m.code === "FOISCOPE_ATTACHMENT_IS_LETTER")).toBe(true);
  });

  it("reads an Outlook message and its DOCX attachment as the letter", async () => {
    const letter = await analyse(FORMATS, "northmere-police-blanket-s12-attached.msg");
    expect(letter.format).toBe("msg");
    expect(letter.text.startsWith("Northmere Constabulary")).toBe(true);
    expect(letter.text).not.toContain("Please see the attached letter");
    expect(letter.meta.title).toBe("Freedom of Information request NC/FOI/1024/24 - response");
    expect(letter.meta.date).toBe("2024-01-30");
    expect(letter.meta.authority).toBe("Northmere Constabulary");
  });

  it("takes a plain email's body as the letter, with its metadata", async () => {
    const letter = await analyse(FORMATS, "kinloch-council-foisa.eml");
    expect(letter.format).toBe("eml");
    expect(letter.pageStarts).toEqual([0]);
    expect(letter.text).toContain("Request 3: The cost of any ransom paid by the Council in 2020.");
    expect(letter.meta.authority).toBe("Kinloch Council");
    expect(letter.meta.date).toBe("2021-06-22");
  });
});

describe("broken files become error rows", () => {
  it("a password-protected PDF", async () => {
    const letter = await analyse(FORMATS, "encrypted.pdf");
    expect(letter.status).toBe("error");
    expect(letter.format).toBe("pdf");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_PDF_ENCRYPTED");
    expect(letter.messages[0]?.text).toMatch(/^PDF is password-protected/);
  });

  it("a truncated PDF", async () => {
    const letter = await analyse(FORMATS, "truncated.pdf");
    expect(letter.status).toBe("error");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_PDF_CORRUPT");
  });
});
