import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { processBytes } from "../../src/engine/process.js";
import { detectFormat } from "../../src/extract/registry.js";
import { isDocx, isEmail, isJpeg, isOutlookMessage, isPdf, isPng, isTiff, isWordDoc, oleKind } from "../../src/extract/sniff.js";
import { letterLikeShare } from "../../src/extract/doc.js";
import { deskewPage, encodePgm, findSkew, type GreyImage } from "../../src/extract/deskew.js";
import { imagePages, imageSize, MAX_IMAGE_PIXELS } from "../../src/extract/image.js";
import {
  isSuperscriptMarker,
  joinPages,
  layoutPage,
  removeGluedFootnoteDigits,
  removeRunningLines,
  textLayerUsable,
  type TextItem,
} from "../../src/extract/pdf-layout.js";
import { checkZip } from "../../src/extract/zip-guard.js";
import { authorityFromSender, composeMail, replyPart } from "../../src/extract/email-compose.js";
import type { ExtractContext } from "../../src/extract/types.js";
import { FoiscopeError } from "../../src/core/errors.js";
import { cleanOcrText } from "../../src/extract/ocr.js";
import { pageList } from "../../src/extract/pdf.js";

const FORMATS = "test/fixtures/formats";
const options = { ocr: false, maxBytes: 50 * 1024 * 1024 };
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${FORMATS}/${name}`));

describe("format detection by content, then extension", () => {
  it("reads a PDF named .txt and a PDF with no extension as PDF", async () => {
    const pdf = bytesOf("kinloch-council-foisa.pdf");
    expect(detectFormat(pdf, "letter.txt")?.format).toBe("pdf");
    expect(detectFormat(pdf, "letter")?.format).toBe("pdf");
    const letter = await processBytes({ path: "/x/letter.txt", file: "letter.txt" }, pdf, options);
    expect(letter.status).toBe("ok");
    expect(letter.format).toBe("pdf");
    expect(letter.text).toContain("Request 4: A copy of the Council's Information Security Policy.");
  });

  it("recognises DOCX, EML and MSG by their bytes whatever the name", () => {
    expect(detectFormat(bytesOf("kinloch-council-foisa.docx"), "response")?.format).toBe("docx");
    expect(detectFormat(bytesOf("kinloch-council-foisa.eml"), "response.txt")?.format).toBe("eml");
    expect(detectFormat(bytesOf("kinloch-council-foisa-attached.msg"), "response.bin")?.format).toBe("msg");
  });

  it("turns an unknown binary format into an error row, not a crash", async () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0, 0x2c, 0, 0]);
    const letter = await processBytes({ path: "/x/scan.gif", file: "scan.gif" }, gif, options);
    expect(letter.status).toBe("error");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_UNKNOWN_FORMAT");
  });

  it("makes a truncated PNG an error row that says so", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    const letter = await processBytes({ path: "/x/scan.png", file: "scan.png" }, png, { ...options, ocr: true });
    expect(letter.status).toBe("error");
    expect(letter.format).toBe("png");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_IMAGE_CORRUPT");
    expect(letter.messages[0]?.text).toBe("PNG image is damaged or truncated (no IHDR header): scan.png");
  });

  it("recognises PNG, JPEG and TIFF by their bytes whatever the name", () => {
    expect(detectFormat(bytesOf("kinloch-council-foisa-scan.png"), "scan.dat")?.format).toBe("png");
    expect(detectFormat(bytesOf("harbourside-council-numbered-scan.tif"), "scan")?.format).toBe("tiff");
    expect(isPng(bytesOf("kinloch-council-foisa-scan.png"))).toBe(true);
    expect(isTiff(bytesOf("harbourside-council-numbered-scan.tif"))).toBe(true);
    expect(isTiff(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe(true);
    expect(isJpeg(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(isJpeg(new Uint8Array([0xff, 0xd8, 0x00]))).toBe(false);
  });

  it("does not take a letter with front matter for an email", () => {
    const text = new TextEncoder().encode("---\nauthority: Kinloch Council\ndate: 2021-06-22\n---\nDear Mx Fraser,\n");
    expect(isEmail(text)).toBe(false);
    const mail = new TextEncoder().encode("From: FOI <foi@example.gov.uk>\r\nTo: a@b.org\r\nSubject: Your request\r\nDate: Tue, 22 Jun 2021 10:30:00 +0000\r\n\r\nHello");
    expect(isEmail(mail)).toBe(true);
  });

  it("sniffs magic bytes", () => {
    expect(isPdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
    expect(isPdf(new TextEncoder().encode("PDF-1.7\n"))).toBe(false);
    expect(isDocx(bytesOf("harbourside-council-numbered.docx"))).toBe(true);
    expect(isOutlookMessage(bytesOf("harbourside-council-numbered-attached.msg"))).toBe(true);
    expect(isOutlookMessage(bytesOf("harbourside-council-numbered.pdf"))).toBe(false);
  });
});

describe("footnote markers", () => {
  const body = { y: 700, size: 12 };
  const item = (str: string, y: number, size: number): TextItem => ({ str, x: 100, y, size, width: 5, hasEOL: false });

  it("drops a small raised digit after a word, keeps digits on the baseline", () => {
    expect(isSuperscriptMarker(item("3", 704, 8), body)).toBe(true);
    expect(isSuperscriptMarker(item("¹", 704, 8), body)).toBe(true);
    expect(isSuperscriptMarker(item("2021", 700, 12), body)).toBe(false);
    expect(isSuperscriptMarker(item("3", 700, 12), body)).toBe(false);
    expect(isSuperscriptMarker(item("3", 700, 8), body)).toBe(false);
    expect(isSuperscriptMarker(item("word", 704, 8), body)).toBe(false);
  });

  it("lays out a line without its marker", () => {
    const items: TextItem[] = [
      { str: "exceeds the appropriate limit", x: 72, y: 700, size: 12, width: 160, hasEOL: false },
      { str: "3", x: 232, y: 704, size: 8, width: 4, hasEOL: false },
      { str: " of £450 under s40(2) in 2021.", x: 236, y: 700, size: 12, width: 150, hasEOL: false },
    ];
    expect(layoutPage(items)).toBe("exceeds the appropriate limit of £450 under s40(2) in 2021.");
  });

  it("removes glued digits from text without positions, not real numbers", () => {
    expect(removeGluedFootnoteDigits("the appropriate limit3 of £450", true)).toBe("the appropriate limit of £450");
    expect(removeGluedFootnoteDigits("personal information¹ under s40(2)", false)).toBe("personal information under s40(2)");
    expect(removeGluedFootnoteDigits("the Commissioner2.", true)).toBe("the Commissioner.");
    const kept = "In 2021 we spent £450 under s40(2), Q3, A38, COVID19, NFIB90, section 12, year2 and Windows10.";
    expect(removeGluedFootnoteDigits(kept, true)).toBe(kept);
  });
});

describe("page text", () => {
  it("removes running headers and page numbers but keeps page 1's letterhead and the signature", () => {
    const pages = [
      "Kinloch Council\nHigh Street\nDear Mx Fraser,\nBody one.\nPage 1 of 3",
      "Kinloch Council\nHigh Street\nBody two.\nPage 2 of 3",
      "Kinloch Council\nHigh Street\nBody three.\nYours sincerely,\nKinloch Council\n- 3 -",
    ];
    expect(removeRunningLines(pages)).toEqual([
      "Kinloch Council\nHigh Street\nDear Mx Fraser,\nBody one.",
      "Body two.",
      "Body three.\nYours sincerely,\nKinloch Council",
    ]);
  });

  it("joins a sentence running over a page break with a space, a continuation with a line break, and pages with a blank line otherwise", () => {
    expect(joinPages(["The plan is published at", "our website.", "New page.", "Table 2", "(continued)"])).toEqual({
      text: "The plan is published at our website.\n\nNew page.\n\nTable 2\n(continued)",
      pageStarts: [0, 25, 39, 50, 58],
    });
  });

  it("reflows wrapped lines of a paragraph but not list items, table rows or short lines", () => {
    const line = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, size: 12, width, hasEOL: true });
    const text = layoutPage([
      line("Kinloch Council", 72, 760, 90),
      line("The Council holds this information but it is exempt from disclosure under", 72, 700, 450),
      line("section 31(1)(a) of the Act.", 72, 685, 150),
      line("1. How many laptops did the Council lose in the year", 72, 650, 450),
      line("2020?", 72, 635, 30),
      line("2. How many were stolen?", 72, 620, 140),
    ]);
    expect(text).toBe(
      "Kinloch Council\n\nThe Council holds this information but it is exempt from disclosure under section 31(1)(a) of the Act.\n\n1. How many laptops did the Council lose in the year 2020?\n2. How many were stolen?",
    );
  });

  it("keeps a request quoted back apart when its first label follows the opening quote (‘1) …)", () => {
    const line = (str: string, y: number, width: number): TextItem => ({ str, x: 72, y, size: 12, width, hasEOL: true });
    const text = layoutPage([
      line("Thank you for your email of 3rd May, in which you asked for the following items from", 700, 450),
      line("‘1) Copies of the gritting route maps used by the depot in the winter of", 685, 440),
      line("2022/23.", 670, 50),
      line("2) The number of gritters in service.’", 655, 210),
    ]);
    expect(text).toBe(
      "Thank you for your email of 3rd May, in which you asked for the following items from\n‘1) Copies of the gritting route maps used by the depot in the winter of 2022/23.\n2) The number of gritters in service.’",
    );
  });

  it("keeps lines apart where most of the page's lines are short: the block's edge is its long lines', not a percentile", () => {
    // 6 points a character; the body runs from x 72 to 522.
    const line = (str: string, y: number): TextItem => ({ str, x: 72, y, size: 12, width: 6 * str.length, hasEOL: true });
    const text = layoutPage([
      line("Thank you for your request for information about the grounds maintenance", 760),
      line("contracts of the Council, which we received on 3 March and have now considered", 745),
      line("in full under the Act.", 730),
      line("Information Governance Team, Floor Two", 700),
      line("Harbourside House, Quayside Road North", 685),
      line("Telephone enquiries line: 0100 000 0000", 670),
      line("Opening hours: Monday to Friday 9am-5pm", 655),
      line("Contracts held: grounds and open spaces", 640),
      line("Contracts ending: none before next April", 625),
    ]);
    expect(text).toBe(
      "Thank you for your request for information about the grounds maintenance contracts of the Council, which we received on 3 March and have now considered in full under the Act.\n\n" +
        "Information Governance Team, Floor Two\nHarbourside House, Quayside Road North\nTelephone enquiries line: 0100 000 0000\nOpening hours: Monday to Friday 9am-5pm\nContracts held: grounds and open spaces\nContracts ending: none before next April",
    );
  });

  it("keeps a heading set tight under a paragraph on its own line, even where it would not have fitted on the line before", () => {
    const line = (str: string, y: number): TextItem => ({ str, x: 72, y, size: 12, width: 6 * str.length, hasEOL: true });
    const text = layoutPage([
      line("Please tell me how many parking permits the Council issued to its own staff in", 760),
      line("each of the last three years, broken down by the car park they were issued for.", 745),
      line("Reason for decision", 730),
      line("The Council holds this information and it is given in the table attached to this", 715),
      line("letter, one row for each car park and year.", 700),
    ]);
    expect(text).toBe(
      "Please tell me how many parking permits the Council issued to its own staff in each of the last three years, broken down by the car park they were issued for.\n" +
        "Reason for decision\n" +
        "The Council holds this information and it is given in the table attached to this letter, one row for each car park and year.",
    );
  });

  it("does not break a paragraph where a page break falls before a capitalised name", () => {
    expect(joinPages(["We have passed your request to the Harbourside", "Ambulance Service, which holds these records.", "Yours sincerely", "Records Team"]).text).toBe(
      "We have passed your request to the Harbourside\nAmbulance Service, which holds these records.\n\nYours sincerely\nRecords Team",
    );
  });

  it("tells an image-only page or a garbage layer from a usable one", () => {
    expect(textLayerUsable("")).toBe(false);
    expect(textLayerUsable("  Page 3 \n")).toBe(false);
    expect(textLayerUsable("\ue001\ue002\ue003\ue004 \ue005\ue006\ue007\ue008\ue009 \ue00a\ue00b\ue00c\ue00d\ue00e\ue00f\ue010\ue011\ue012\ue013\ue014\ue015")).toBe(false);
    expect(textLayerUsable("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ !\"#$%&'()*+ abc")).toBe(false);
    const shifted = Array.from({ length: 50 }, (_, i) => ["Wkh", "frxqflo", "grhv", "qrw", "krog", "wklv", "lqirupdwlrq", "xqghu", "vhfwlrq"][i % 9]).join(" ");
    expect(textLayerUsable(shifted)).toBe(false);
    expect(textLayerUsable("The Council does not hold this information under section 17 of FOISA.")).toBe(true);
  });

  it("names pages in messages", () => {
    expect(pageList([3])).toBe("3");
    expect(pageList([1, 2, 3, 5])).toBe("1–3 and 5");
    expect(pageList([1, 4, 6, 7])).toBe("1, 4 and 6–7");
  });

  it("tidies OCR output", () => {
    expect(cleanOcrText("4, Does the Council hold\n|\n\n\n\nYes.\f")).toBe("4. Does the Council hold\n\nYes.");
    expect(cleanOcrText("ii, How many?\n*The number of staff.\n« The name of the product.")).toBe("ii. How many?\n• The number of staff.\n• The name of the product.");
    expect(cleanOcrText("so this information! is not held and the Commissioner? under section 50")).toBe("so this information is not held and the Commissioner under section 50");
    expect(cleanOcrText("excluded by $.24(2) since J anuary 2016, costing $ 5")).toBe("excluded by S.24(2) since January 2016, costing $ 5");
    expect(cleanOcrText("Request 4; A copy of the policy.\n\nQuestion 2b, How many?")).toBe("Request 4: A copy of the policy.\n\nQuestion 2b: How many?");
    expect(cleanOcrText("does not hold this information?. Under section 17, Why? It is not held.")).toBe("does not hold this information. Under section 17, Why? It is not held.");
    expect(cleanOcrText("“You asked: How many attacks?\n\n“Our reply” was sent.")).toBe("You asked: How many attacks?\n\n“Our reply” was sent.");
  });

  it("joins the lines of an OCR paragraph but not list items or short lines", () => {
    const page = [
      "Kinloch Council",
      "",
      "The Council does not hold this information, as device replacement is funded from",
      "the general IT capital budget and is not broken down by reason.",
      "",
      "1. How many laptops were lost or stolen in 2020 across all of the departments of",
      "the Council?",
      "2. How many were encrypted?",
    ].join("\n");
    expect(cleanOcrText(page)).toBe(
      [
        "Kinloch Council",
        "",
        "The Council does not hold this information, as device replacement is funded from the general IT capital budget and is not broken down by reason.",
        "",
        "1. How many laptops were lost or stolen in 2020 across all of the departments of the Council?",
        "2. How many were encrypted?",
      ].join("\n"),
    );
  });

  it("joins a number wrapped to a line's start mid-sentence, a speck read as its full stop, instead of starting a list item", () => {
    const page = [
      "Names of junior staff have been removed from the minutes, as they are exempt under regulations",
      "12(3) and 13 of the Regulations, which protect the personal data of members of staff and",
      "13. of third parties named in the papers that the committee considered at that meeting.",
      "2. How many meetings were held?",
    ].join("\n");
    expect(cleanOcrText(page)).toBe(
      "Names of junior staff have been removed from the minutes, as they are exempt under regulations 12(3) and 13 of the Regulations, which protect the personal data of members of staff and 13 of third parties named in the papers that the committee considered at that meeting.\n2. How many meetings were held?",
    );
  });

  it("joins a provision broken after a bracket", () => {
    expect(cleanOcrText("we are withholding it under reg. 12(5)\n(e) of the EIR.")).toBe("we are withholding it under reg. 12(5)(e) of the EIR.");
    const line = (str: string, y: number): TextItem => ({ str, x: 72, y, size: 12, width: 100, hasEOL: true });
    expect(layoutPage([line("exempt under section 31(1)", 700), line("(a) and (b) of the Act.", 685)])).toBe("exempt under section 31(1)(a) and (b) of the Act.");
  });

  it("drops a footnote mark read into an Act's year", () => {
    expect(removeGluedFootnoteDigits("the Freedom of Information Act 20002, as", true)).toBe("the Freedom of Information Act 2000, as");
  });
});

/** A one-entry ZIP with the given declared sizes, built by hand. */
function zipOf(name: string, content: Uint8Array, declaredSize = content.length): Uint8Array {
  const data = deflateRawSync(content);
  const nameBytes = new TextEncoder().encode(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = 30 + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

describe("zip-bomb guard", () => {
  it("passes an honest small archive", () => {
    expect(checkZip(zipOf("word/document.xml", new TextEncoder().encode("<w:document/>")), "a.docx").map((e) => e.name)).toEqual(["word/document.xml"]);
  });

  it("refuses an entry declared to expand thousands of times", () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    expect(() => checkZip(zipOf("word/document.xml", zeros), "bomb.docx")).toThrowError(/expands \d+-fold/);
  });

  it("refuses an entry that inflates past the size it declares", () => {
    const zeros = new Uint8Array(100_000);
    try {
      checkZip(zipOf("word/document.xml", zeros, 1000), "liar.docx");
      expect.unreachable();
    } catch (error) {
      expect((error as { code: string }).code).toBe("FOISCOPE_ZIP_BOMB");
    }
  });

  it("makes a DOCX-named bomb an error row", async () => {
    const bomb = zipOf("word/document.xml", new Uint8Array(5 * 1024 * 1024));
    const letter = await processBytes({ path: "/x/bomb.docx", file: "bomb.docx" }, bomb, options);
    expect(letter.status).toBe("error");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_ZIP_BOMB");
  });
});

describe("email text", () => {
  it("keeps the reply and drops the quoted thread", () => {
    const body = "Dear Ms Khan,\n\nPlease find attached our response.\n\nFOI Team\n\n-----Original Message-----\nFrom: Ms Khan\nSent: 1 May\n\n1. How many laptops?";
    expect(replyPart(body)).toBe("Dear Ms Khan,\n\nPlease find attached our response.\n\nFOI Team");
    expect(replyPart("Thanks.\n\nOn 1 May 2024, Ms Khan <k@example.org> wrote:\n> 1. How many?")).toBe("Thanks.");
    // Questions quoted inline, each answered under it, are the letter's questions: kept without their ">".
    expect(replyPart("Answers below.\n> 1. How many vans?\nWe hold 12.\n> 2. What did they cost?\nThat is exempt.")).toBe("Answers below.\n1. How many vans?\nWe hold 12.\n2. What did they cost?\nThat is exempt.");
  });

  it("keeps a writer's two blank lines between parts of a request, as a text letter does, and squeezes wider gaps", () => {
    expect(replyPart("How many vans do you lease?\n\nWhat do they cost?\n\n\nDo you own any buses?\n\n\n\n\nOur response to part 1 follows.")).toBe(
      "How many vans do you lease?\n\nWhat do they cost?\n\n\nDo you own any buses?\n\n\nOur response to part 1 follows.",
    );
  });

  it("tells the authority from a sender's display name when it names one", () => {
    expect(authorityFromSender("FOI Team - Harbourside Borough Council")).toBe("Harbourside Borough Council");
    expect(authorityFromSender("Northmere Constabulary Freedom of Information Unit")).toBe("Northmere Constabulary");
    expect(authorityFromSender("Information Governance (Marlow Vale NHS Foundation Trust)")).toBe("Marlow Vale NHS Foundation Trust");
    expect(authorityFromSender("Priya Lennox")).toBe("");
    expect(authorityFromSender("FOI Team")).toBe("");
  });

  it("joins a substantive body and its attachments with separators, keeping the attachment's pages", async () => {
    const context: ExtractContext = {
      depth: 0,
      options,
      extractNested: async (input) => {
        if (input.name === "data.xlsx") throw new FoiscopeError("FOISCOPE_UNKNOWN_FORMAT", "Unrecognised format");
        return { format: "pdf", text: "Annex A page one\n\nAnnex A page two", pageStarts: [0, 18], ocrPages: 1, meta: {}, messages: [] };
      },
    };
    const body = "Dear Mr Doyle,\n\n1. How many laptops were lost in 2020?\n\nTwelve laptops were lost in 2020; the list of models is in Annex A, and the costs are not held by the Force because they are met by the supplier.\n\nYours sincerely,\nFOI Unit";
    const extracted = await composeMail(
      {
        format: "eml",
        subject: "FOI 1024/24",
        body,
        fromName: "Freedom of Information Unit, Northmere Constabulary",
        fromAddress: "foi@northmere.example",
        date: "2024-01-30",
        attachments: [
          { name: "annex-a.pdf", bytes: new Uint8Array([1]) },
          { name: "data.xlsx", bytes: new Uint8Array([2]) },
        ],
      },
      context,
    );
    const separator = "\n\n----- Attachment: annex-a.pdf -----\n\n";
    expect(extracted.text).toBe(`${body}${separator}Annex A page one\n\nAnnex A page two`);
    expect(extracted.pageStarts).toEqual([0, body.length + separator.length, body.length + separator.length + 18]);
    expect(extracted.ocrPages).toBe(1);
    expect(extracted.meta).toEqual({ title: "FOI 1024/24", date: "2024-01-30", authority: "Northmere Constabulary" });
    expect(extracted.messages.map((m) => m.code)).toEqual(["FOISCOPE_ATTACHMENT_SKIPPED"]);
  });
});

/** A JPEG header: SOI, an APP0 segment, then a baseline frame header of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 1, 0, 150, 0, 150, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

/** A big-endian TIFF of `sizes.length` pages (directories only, no pixels), the first a thumbnail when asked. */
function tiffHeader(sizes: Array<[number, number]>, thumbnailFirst = false): Uint8Array {
  const bytes = new Uint8Array(8 + sizes.length * (2 + 3 * 12 + 4));
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x4d, 0x00, 0x2a]);
  view.setUint32(4, 8);
  sizes.forEach(([width, height], n) => {
    const at = 8 + n * 42;
    view.setUint16(at, 3);
    [[254, 4, thumbnailFirst && n === 0 ? 1 : 0], [256, 3, width], [257, 4, height]].forEach(([tag, type, value], k) => {
      const entry = at + 2 + 12 * k;
      view.setUint16(entry, tag!);
      view.setUint16(entry + 2, type!);
      view.setUint32(entry + 4, 1);
      if (type === 3) view.setUint16(entry + 8, value!);
      else view.setUint32(entry + 8, value!);
    });
    view.setUint32(at + 2 + 36, n + 1 < sizes.length ? 8 + (n + 1) * 42 : 0);
  });
  return bytes;
}

/** An OLE2 compound file whose one directory sector holds the root entry and a stream of the given name. */
function oleWith(stream: string): Uint8Array {
  const bytes = new Uint8Array(3 * 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint32(0x30, 1, true); // directory at sector 1, file offset 1024
  const name = (at: number, text: string): void => [...text].forEach((c, i) => view.setUint16(at + 2 * i, c.charCodeAt(0), true));
  name(1024, "Root Entry");
  name(1024 + 128, stream);
  return bytes;
}

describe("Word 97–2003 documents and other OLE2 files", () => {
  it("tells a .doc from an Outlook message by its stream names", () => {
    expect(isWordDoc(bytesOf("kinloch-council-foisa.doc"))).toBe(true);
    expect(isOutlookMessage(bytesOf("kinloch-council-foisa.doc"))).toBe(false);
    expect(isWordDoc(bytesOf("kinloch-council-foisa-attached.msg"))).toBe(false);
    expect(detectFormat(bytesOf("kinloch-council-foisa.doc"), "response.msg")?.format).toBe("doc");
    expect(detectFormat(bytesOf("kinloch-council-foisa-attached.msg"), "response.doc")?.format).toBe("msg");
    expect(oleKind(oleWith("WordDocument"))).toBe("doc");
    // A stream name as part of a longer one does not count.
    expect(oleKind(oleWith("WordDocumentBackup"))).toBe("ole");
    expect(oleKind(oleWith("Workbook"))).toBe("xls");
    expect(oleKind(oleWith("PowerPoint Document"))).toBe("ppt");
  });

  it("names an Excel workbook in its error row instead of calling it unrecognised", async () => {
    const letter = await processBytes({ path: "/x/figures.xls", file: "figures.xls" }, oleWith("Workbook"), options);
    expect(letter.status).toBe("error");
    expect(letter.format).toBe("ole");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_UNSUPPORTED_FORMAT");
    expect(letter.messages[0]?.text).toBe("figures.xls is an Excel 97–2003 workbook (.xls), which foiscope does not read; save the letter as PDF, DOCX or text");
  });

  it("makes a damaged .doc an error row", async () => {
    const letter = await processBytes({ path: "/x/broken.doc", file: "broken.doc" }, oleWith("WordDocument"), options);
    expect(letter.status).toBe("error");
    expect(letter.format).toBe("doc");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_DOC_CORRUPT");
    expect(letter.messages[0]?.text).toMatch(/^Word 97–2003 document could not be read \(.+\): broken\.doc$/);
    const truncated = await processBytes({ path: "/x/cut.doc", file: "cut.doc" }, bytesOf("kinloch-council-foisa.doc").subarray(0, 4000), options);
    expect(truncated.status).toBe("error");
    expect(truncated.messages[0]?.code).toMatch(/^FOISCOPE_DOC_(CORRUPT|UNREADABLE)$/);
  });

  it("tells letter text from ciphertext read as characters", () => {
    expect(letterLikeShare("Dear Ms Adeyemi,\n\n1. How many laptops? 340 (£4,450).")).toBe(1);
    expect(letterLikeShare("\u4e00\u9fa5\uac00\u0f00\u1200 ab \u3042\u30a2\u0e01\u05d0\u0627")).toBeLessThan(0.5);
  });
});

/** A page of ruled "text": 30 lines of dashes (words) 12 px high, tilted by `degrees` (positive: down to the right). */
function ruledPage(degrees: number, width = 1000, height = 1400): GreyImage {
  const pixels = new Uint8Array(width * height).fill(235);
  const slope = Math.tan((degrees * Math.PI) / 180);
  for (let line = 0; line < 30; line++) {
    const top = 120 + line * 38;
    for (let x = 100; x < 900; x++) {
      if (x % 60 > 48) continue; // the gap between words
      const y0 = Math.round(top + (x - width / 2) * slope);
      for (let y = y0; y < y0 + 12; y++) if (y >= 0 && y < height) pixels[y * width + x] = 30;
    }
  }
  return { width, height, pixels };
}

describe("straightening a crooked page", () => {
  it("finds the tilt of a page to a tenth of a degree, either way", () => {
    for (const degrees of [0, 0.5, 1.2, -2, 3, -4.5]) expect(Math.abs(findSkew(ruledPage(degrees)) - degrees), `${degrees}°`).toBeLessThan(0.1);
  });

  it("finds no tilt on a blank page or a page of noise", () => {
    expect(findSkew({ width: 500, height: 700, pixels: new Uint8Array(500 * 700).fill(240) })).toBe(0);
    let seed = 7;
    const noise = Uint8Array.from({ length: 500 * 700 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 100 < 3 ? 20 : 240));
    expect(findSkew({ width: 500, height: 700, pixels: noise })).toBe(0);
  });

  it("turns a tilted page back and hands the engine a PGM; leaves a straight page and a TIFF as they were", async () => {
    const straight = bytesOf("kinloch-council-foisa-scan.png");
    expect(await deskewPage(straight)).toEqual({ image: straight, angle: 0 });
    const tiff = bytesOf("harbourside-council-numbered-scan.tif");
    expect((await deskewPage(tiff)).image).toBe(tiff);
    const tilted = await deskewPage(bytesOf("marlow-vale-nhs-you-asked-scan-skew3.png"));
    expect(tilted.angle).toBeCloseTo(3, 1);
    expect(new TextDecoder().decode(tilted.image.subarray(0, 2))).toBe("P5");
    expect([...encodePgm({ width: 2, height: 1, pixels: new Uint8Array([0, 255]) })]).toEqual([...new TextEncoder().encode("P5\n2 1\n255\n"), 0, 255]);
  });
});

describe("picture headers", () => {
  it("reads the size of a PNG, a JPEG and each page of a TIFF", () => {
    expect(imageSize(bytesOf("kinloch-council-foisa-scan.png"))).toEqual({ kind: "png", width: 1241, height: 1754 });
    expect(imageSize(jpegHeader(1654, 2339))).toEqual({ kind: "jpeg", width: 1654, height: 2339 });
    const pages = imagePages("tiff", tiffHeader([[1700, 2200], [1700, 2300]]), "fax.tif");
    expect(pages.map((p) => [p.width, p.height])).toEqual([[1700, 2200], [1700, 2300]]);
  });

  it("hands each TIFF page over as a one-page TIFF: the header points at its directory, which ends the chain", () => {
    const tiff = tiffHeader([[1700, 2200], [1700, 2300], [1700, 2400]]);
    const second = imagePages("tiff", tiff, "fax.tif")[1]!.bytes();
    const view = new DataView(second.buffer, second.byteOffset);
    expect(view.getUint32(4)).toBe(50);
    expect(view.getUint32(50 + 2 + 36)).toBe(0);
    // The file itself is untouched.
    expect(new DataView(tiff.buffer).getUint32(4)).toBe(8);
    expect(imagePages("tiff", second, "page.tif").map((p) => p.height)).toEqual([2300]);
  });

  it("skips a thumbnail page of a TIFF", () => {
    expect(imagePages("tiff", tiffHeader([[170, 220], [1700, 2200]], true), "scan.tif").map((p) => p.width)).toEqual([1700]);
  });

  it("refuses pictures too large to be a page, before any OCR", async () => {
    expect(MAX_IMAGE_PIXELS).toBe(64 * 1024 * 1024);
    const letter = await processBytes({ path: "/x/huge.jpg", file: "huge.jpg" }, jpegHeader(30000, 30000), { ...options, ocr: true });
    expect(letter.status).toBe("error");
    expect(letter.format).toBe("jpeg");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_IMAGE_TOO_LARGE");
    expect(letter.messages[0]?.text).toBe("Image is 30000×30000 pixels (900 megapixels), over the 64-megapixel limit for one page; scale it down to about 300 dpi: huge.jpg");
  });

  it("refuses a TIFF whose page directories loop or run past the end", () => {
    const looped = tiffHeader([[1700, 2200], [1700, 2200]]);
    new DataView(looped.buffer).setUint32(8 + 42 + 2 + 36, 8);
    expect(() => imagePages("tiff", looped, "loop.tif")).toThrow("TIFF image is damaged or truncated (its page directories loop): loop.tif");
    expect(() => imagePages("tiff", tiffHeader([[1700, 2200]]).subarray(0, 30), "cut.tif")).toThrow(/cut off/);
    expect(() => imagePages("jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), "empty.jpg")).toThrow("JPEG image is damaged or truncated (no frame header): empty.jpg");
  });

  it("skips a picture attached to an email when it is too small to be a page", async () => {
    const logo = new Uint8Array(readFileSync(`${FORMATS}/kinloch-council-foisa-scan.png`)).slice(0, 33);
    new DataView(logo.buffer).setUint32(16, 200);
    new DataView(logo.buffer).setUint32(20, 60);
    const nested: string[] = [];
    const context: ExtractContext = {
      depth: 0,
      options,
      extractNested: async (input) => {
        nested.push(input.name);
        return { format: "text", text: "", pageStarts: [0], ocrPages: 0, meta: {}, messages: [] };
      },
    };
    const extracted = await composeMail({ format: "msg", subject: "FOI", body: "Dear Ms Abara,\n\nNo information is held.\n\nFOI Team", fromName: "", fromAddress: "", date: "", attachments: [{ name: "image001.png", bytes: logo }] }, context);
    expect(nested).toEqual([]);
    expect(extracted.messages.map((m) => m.text)).toEqual(["Attachment image001.png not read: a 200×60 picture is too small to be a scanned page (a logo or signature)"]);
  });
});
