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
