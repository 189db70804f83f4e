import { describe, expect, it } from "vitest";
import { readReference } from "../../src/metadata/reference.js";

// Fixtures written for these tests: invented references in the forms authorities print them.

describe("a reference led by code words before its number", () => {
  it("'Our ref: FOI 2031/0077' keeps the prefix and the long number", () => {
    expect(readReference("Northvale Council\nOur ref: FOI 2031/0077\nDear Ms Dunn")?.reference).toBe("FOI 2031/0077");
  });
  it("two code words in capitals, then the number", () => {
    expect(readReference("Ref: WVICB FOI 5521\n12 June 2025")?.reference).toBe("WVICB FOI 5521");
  });
  it("a word after the number ends it", () => {
    expect(readReference("Our ref: 44120 Please quote this")?.reference).toBe("44120");
  });
});

describe("a reference in a title line or a line of its own", () => {
  it("a title whose number is followed by the request's subject", () => {
    expect(readReference("Freedom of Information request 7310 – Grass cutting\nDear Mr Ali")?.reference).toBe("7310");
    expect(readReference("FOI 2031/0077 – Grass cutting\nDear Mr Ali")?.reference).toBe("FOI 2031/0077");
  });
  it("an e-mail subject line read as a title", () => {
    expect(readReference("From: Info Team\nSubject: RE: Your Freedom of Information request - WX-00412\nHello")?.reference).toBe("WX-00412");
    expect(readReference("From: Info Team\nSubject: Freedom of Information request FOIR5120\nHello")?.reference).toBe("FOIR5120");
  });
  it("the Act's year in a title is not the reference; the code after it is", () => {
    expect(readReference("Freedom of Information Act 2000 - Reply to request TX-FOI-0912\nDear Sir")?.reference).toBe("TX-FOI-0912");
    expect(readReference("Freedom of Information Act 2000 - Reply\nDear Sir")).toBeNull();
  });
  it("a line that is one code with the Act's letters in it", () => {
    expect(readReference("Westfield University\nWU-FOI-IR-0415\n3 May 2025\nDear Ms Roe")?.reference).toBe("WU-FOI-IR-0415");
  });
  it("a code in brackets on an e-mail's subject line", () => {
    expect(readReference("From: FOI Team\nSubject: RE: FOI request - vehicles [HBP/1201/25]\nHello,")?.reference).toBe("HBP/1201/25");
  });
  it("a line of capitals and hyphens without a number is not a reference", () => {
    expect(readReference("NORTH-WEST-FOI\nDear Sir\nWe hold nothing.")).toBeNull();
  });
});

// Fixtures written for these tests: references printed without a label, where a heading puts them.
describe("a code printed without a label (issue 11)", () => {
  it("opening a line before the date or the request's subject", () => {
    expect(readReference("Harrowdene Council\nHD-FOI-26-0331        2 March 2026\nDear Mr Pike")?.reference).toBe("HD-FOI-26-0331");
    expect(readReference("Fenmarsh Museum\nFOI/2291 Visitor numbers and ticket prices\nThe request")?.reference).toBe("FOI/2291");
    expect(readReference("Lowfield College\n2026/FOI/512   |   Answered 9 May 2026   |   Estates\nThe request")?.reference).toBe("2026/FOI/512");
  });
  it("closing a heading after a dash or a colon", () => {
    expect(readReference("Kestrel Police - Disclosure log\nSpeed cameras - 5521/26\nPublished 3 May 2026")?.reference).toBe("5521/26");
    expect(readReference("Greyling Trust\nYour request for information: 26/FOI/0442\nDear Ms Cole")?.reference).toBe("26/FOI/0442");
  });
  it("in brackets at the end of a heading or a subject line", () => {
    expect(readReference("Orchard Levels: land drainage consents (RFI 4410)\nThe request")?.reference).toBe("RFI 4410");
    expect(readReference("From: Records <r@example.org>\nSubject: RE: Freedom of Information request - parking [WBC 7730]\nHello")?.reference).toBe("WBC 7730");
    expect(readReference("Subject: RE: FOI request - grit bins [NFR ref 26/118]\nHello")?.reference).toBe("26/118");
  });
  it("after the greeting of a letter run into one line, without the Act's letters repeated", () => {
    expect(readReference("Dear Sir/Madam, FOI KDC-FOI-0931 - bin collections.\nWe hold nothing.")?.reference).toBe("KDC-FOI-0931");
  });
  it("a reply's own RE: before a title, and the Act's letters printed with the number", () => {
    expect(readReference("RE: Freedom of Information request - MVT-FOI-0087\nDear Sir")?.reference).toBe("MVT-FOI-0087");
    expect(readReference("Freedom of Information Request - FOI 5123\nDear Sir")?.reference).toBe("FOI 5123");
    expect(readReference("FOIR4471 - Fleet vehicles\nRequest")?.reference).toBe("FOIR4471");
    expect(readReference("FOI-KFRS-2026-041\nDear Sir")?.reference).toBe("FOI-KFRS-2026-041");
    expect(readReference("FOI 2026/077: Library opening hours\nRequest")?.reference).toBe("FOI 2026/077");
  });
  it("years, dates, postcodes, names with a number and wrapped case numbers are not references", () => {
    expect(readReference("Budget - 2025/26\nDear Sir")).toBeNull();
    expect(readReference("Town Hall\nPL4 8AA\nDear Sir")).toBeNull();
    expect(readReference("Dear Sir\nCOVID-19 has slowed our replies.\nWe hold nothing.")).toBeNull();
    expect(readReference("We wrote to the Commissioner (case\nIC-55123-Q7R2) regarding this request.")).toBeNull();
    expect(readReference("FOI-XX-25-0207      8 April 2025\nDear Sir")?.reference).toBe("FOI-XX-25-0207");
  });
});
