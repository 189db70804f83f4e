import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processBytes } from "../../src/engine/process.js";
import { detectFormat } from "../../src/extract/registry.js";
import { isEmail } from "../../src/extract/mail-sniff.js";
import { extractUuencoded } from "../../src/extract/uuencode.js";
import { isTnef, readTnef } from "../../src/extract/tnef.js";

const options = { ocr: false, maxBytes: 50 * 1024 * 1024 };
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FORMATS = "test/fixtures/formats";

describe("what starts an email", () => {
  it("takes any RFC 5322 header block, behind an mbox From line, with WhatDoTheyKnow's delivery fields", () => {
    const stored = "From foi@eastmoor.example.gov.uk Tue Mar 14 10:30:00 2023\nReturn-path: <foi@eastmoor.example.gov.uk>\nEnvelope-to: request-1@example.org\nDelivery-date: Tue, 14 Mar 2023 10:30:05 +0000\nFrom: FOI <foi@eastmoor.example.gov.uk>\nSubject: Your request\n\nDear Sir,";
    expect(isEmail(enc(stored))).toBe(true);
    expect(isEmail(enc("From: FOI <foi@x.example>\nX-Custom-Thing: 1\nSubject: Reply\n\nHello"))).toBe(true);
  });

  it("leaves a letter with front matter, a memo heading and a letterhead as letters", () => {
    expect(isEmail(enc("---\nauthority: Eastmoor Council\ndate: 2023-03-14\n---\nDear Sir,"))).toBe(false);
    expect(isEmail(enc("From: Information Governance\nTo: Mr Holt\nSubject: Your request\n\nDear Mr Holt,"))).toBe(false);
    expect(isEmail(enc("Our ref: FOI 123\nDate: 14 March 2023\nFrom: FOI Team\n\nDear Mr Holt,"))).toBe(false);
  });
});

describe("uuencoded files", () => {
  it("decodes a begin … end block and takes it out of the text", () => {
    // "Section 40 applies." uuencoded.
    const text = "Please find attached.\n\nbegin 644 reply.txt\n34V5C=&EO;B`T,\"!A<'!L:65S+@``\n`\nend\n\nRegards";
    const { text: rest, files } = extractUuencoded(text);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([["reply.txt", "Section 40 applies."]]);
    expect(rest).toBe("Please find attached.\n\n\nRegards");
  });

  it("leaves a 'begin' line without its 'end', or with lines that are not uuencoding, as text", () => {
    expect(extractUuencoded("begin 644 a.doc\nM2&5L\n").files).toEqual([]);
    expect(extractUuencoded("begin 644 a.doc\nthis is ~ not uuencoding\nend").files).toEqual([]);
  });

  it("reads WhatDoTheyKnow's stored copy as an email whose Word attachment is the letter, with no citations from its encoding", async () => {
    const bytes = new Uint8Array(readFileSync(`${FORMATS}/harbourside-council-numbered-wdtk.eml`));
    expect(detectFormat(bytes, "reply.txt")?.format).toBe("eml");
    const letter = await processBytes({ path: "/x/reply.txt", file: "reply.txt" }, bytes, options);
    expect(letter.format).toBe("eml");
    expect(letter.messages.map((m) => m.code)).toContain("FOISCOPE_UUENCODED");
    expect(letter.text).toContain("1. How many ransomware attacks did the Council experience in 2021 and 2022?");
    expect(letter.text).not.toMatch(/^M[!-`]{60}/m);
    expect(letter.answers.map((a) => a.label)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

/** A winmail.dat holding one file, written record by record as Outlook does. */
function tnef(name: string, data: Uint8Array): Uint8Array {
  const record = (level: number, id: number, body: Uint8Array): Buffer => {
    const head = Buffer.alloc(9);
    head[0] = level;
    head.writeUInt32LE(id >>> 0, 1);
    head.writeUInt32LE(body.length, 5);
    return Buffer.concat([head, body, Buffer.alloc(2)]);
  };
  const longName = Buffer.from(`${name}\0`, "utf16le");
  const props = Buffer.alloc(16);
  props.writeUInt32LE(1, 0);
  props.writeUInt16LE(0x1f, 4);
  props.writeUInt16LE(0x3707, 6);
  props.writeUInt32LE(1, 8);
  props.writeUInt32LE(longName.length, 12);
  const signature = Buffer.from([0x78, 0x9f, 0x3e, 0x22, 1, 0]);
  return new Uint8Array(Buffer.concat([
    signature,
    record(1, 0x0001800c, Buffer.from("Plain body text\0", "latin1")),
    record(2, 0x00069002, Buffer.alloc(14)),
    record(2, 0x00018010, Buffer.from("RESPON~1.DOC\0", "latin1")),
    record(2, 0x0006800f, Buffer.from(data)),
    record(2, 0x00069005, Buffer.concat([props, longName, Buffer.alloc((4 - (longName.length % 4)) % 4)])),
  ]));
}

describe("TNEF (winmail.dat)", () => {
  it("gives the files inside under their long names, and the plain body", () => {
    const bytes = tnef("Response to request 4471.docx", enc("PK fake"));
    expect(isTnef(bytes)).toBe(true);
    const read = readTnef(bytes, "winmail.dat");
    expect(read.body).toBe("Plain body text");
    expect(read.attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([["Response to request 4471.docx", "PK fake"]]);
  });

  it("calls a cut-short winmail.dat damaged", () => {
    const bytes = tnef("a.docx", enc("PK fake"));
    expect(() => readTnef(bytes.subarray(0, bytes.length - 20), "winmail.dat")).toThrowError(/TNEF\) is damaged/);
  });

  it("reads the Word letter inside an Outlook winmail.dat attachment", async () => {
    const letter = await processBytes({ path: "/x/m.eml", file: "m.eml" }, new Uint8Array(readFileSync(`${FORMATS}/kinloch-council-foisa-tnef.eml`)), options);
    expect(letter.messages.map((m) => m.code)).toEqual(expect.arrayContaining(["FOISCOPE_TNEF_UNWRAPPED", "FOISCOPE_ATTACHMENT_IS_LETTER"]));
    expect(letter.text).toContain("Request 4: A copy of the Council's Information Security Policy.");
  });
});

describe("damaged and unusual messages", () => {
  it("keeps the body from the raw part, with a warning, when the MIME boundary is wrong", async () => {
    const mail = 'From: FOI <foi@eastmoor.example.gov.uk>\r\nDate: Tue, 14 Mar 2023 10:30:00 +0000\r\nSubject: Your request\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="not-the-one"\r\n\r\n--==part_7731\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Mr Holt,\r\n\r\nThe Council does not hold the information you asked for.\r\n--==part_7731--\r\n';
    const letter = await processBytes({ path: "/x/m.eml", file: "m.eml" }, enc(mail), options);
    expect(letter.status).toBe("ok");
    expect(letter.messages.map((m) => m.code)).toContain("FOISCOPE_EMAIL_BOUNDARY");
    expect(letter.text).toBe("Dear Mr Holt,\n\nThe Council does not hold the information you asked for.");
  });

  it("undoes a raw part's transfer encoding and charset when the boundary is wrong, and reads its attached letter", async () => {
    const b64 = Buffer.from("Dear Ms Ray,\n\nThe fee would be £450, over the limit.", "utf8").toString("base64");
    const letter = Buffer.from("Dear Ms Ray,\n\n1. How many vans?\n\nThe Council does not hold this information.\n", "utf8").toString("base64");
    const mail = `From: FOI <foi@eastmoor.example.gov.uk>\r\nDate: Tue, 14 Mar 2023 10:30:00 +0000\r\nSubject: Your request\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="elsewhere"\r\n\r\nThis is a multi-part message in MIME format.\r\n--_b_1234567\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--_b_1234567\r\nContent-Type: text/plain; name="reply.txt"\r\nContent-Disposition: attachment; filename="reply.txt"\r\nContent-Transfer-Encoding: base64\r\n\r\n${letter}\r\n--_b_1234567--\r\n`;
    const read = await processBytes({ path: "/x/m.eml", file: "m.eml" }, enc(mail), options);
    expect(read.messages.map((m) => m.code)).toContain("FOISCOPE_EMAIL_BOUNDARY");
    expect(read.text).toBe("Dear Ms Ray,\n\nThe fee would be £450, over the limit.\n\n----- Attachment: reply.txt -----\n\nDear Ms Ray,\n\n1. How many vans?\n\nThe Council does not hold this information.\n");
  });

  it("renders an HTML-only email with its list numbers", async () => {
    const mail = 'From: FOI <foi@eastmoor.example.gov.uk>\r\nDate: Tue, 14 Mar 2023 10:30:00 +0000\r\nSubject: Your request\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Dear Mr Holt,</p><ol start="2"><li>How many vans?</li><li>What did they cost?</li></ol>';
    const letter = await processBytes({ path: "/x/m.eml", file: "m.eml" }, enc(mail), options);
    expect(letter.text).toBe("Dear Mr Holt,\n\n2. How many vans?\n3. What did they cost?");
  });
});
