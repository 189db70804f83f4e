import { describe, expect, it } from "vitest";
import { letterMetadata, parseDate } from "../../src/metadata/index.js";
import { readAuthority } from "../../src/metadata/authority.js";
import { joinOrdinals, readLetterDate } from "../../src/metadata/dates.js";
import { readReference } from "../../src/metadata/reference.js";
import { Gazetteer, gazetteer } from "../../src/metadata/gazetteer.js";

describe("authority resolved against the gazetteer", () => {
  it("a letterhead naming a council gives its canonical name and sector", () => {
    const text = "SOUTHWARK COUNCIL\nFinance and Governance\n\nDear Sir or Madam,\nThe Council holds no such report.\n";
    const m = letterMetadata(text, {}, "text");
    expect(m.authority).toBe("London Borough of Southwark");
    expect(m.sector).toBe("council");
    expect(m.metadataSource).toContain("authority=letterhead+gazetteer");
  });
  it("a sign-off naming a police force; a body named in the request is not the writer", () => {
    const text = [
      "Dear Mr Okafor,",
      "You asked how many referrals the Home Office made to the force in 2019 and how the force shares data with the Home Office.",
      "The Constabulary does not hold this information.",
      "Yours sincerely,",
      "Disclosure Officer",
      "Gwent Police",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Gwent Police", sector: "police", source: "sign_off+gazetteer" });
  });
  it("a rights paragraph naming the Information Commissioner's Office does not make it the writer", () => {
    const text = "Dear Ms Reyes,\nWe hold no records of this kind.\nIf you are unhappy you may complain to the Information Commissioner's Office, Wycliffe House.\n";
    expect(readAuthority(text)).toBeNull();
  });
  it("the officer's e-mail domain names the council when the letter prints no name", () => {
    const text = "Information Governance Team\nrequests@kent.gov.uk\n\nDear Mr Hale,\nThank you for your request.\n";
    expect(readAuthority(text)?.name).toBe("Kent County Council");
  });
  it("a Scottish body is known to be Scottish; a name the gazetteer lacks is kept as written with a sector from its kind", () => {
    expect(gazetteer().lookup("NHS Lothian")?.nation).toBe("scotland");
    const text = "Westmere Valley Town Council\n\nDear Resident,\nThe Council does not hold this.\n";
    expect(readAuthority(text)).toMatchObject({ name: "Westmere Valley Town Council", sector: "council", source: "letterhead" });
  });
  it("a shortened NHS trust name and an abbreviation written in capitals resolve; the same letters in lower case do not", () => {
    expect(gazetteer().lookup("Salisbury Foundation Trust")?.name).toBe("Salisbury NHS Foundation Trust");
    const g = new Gazetteer([{ name: "Transport for London", sector: "other", nation: "england", aliases: ["TfL"], source: "test" }]);
    expect(g.find("A reply from TfL.").map((h) => h.body.name)).toEqual(["Transport for London"]);
    expect(g.find("tfl is a word here")).toEqual([]);
  });
  it("front matter is taken as stated and gets its sector from the gazetteer", () => {
    const m = letterMetadata("Dear Sir,\nNo information is held.", { authority: "Durham Constabulary" }, "front_matter");
    expect(m).toMatchObject({ authority: "Durham Constabulary", sector: "police", metadataSource: "authority=front_matter;sector=gazetteer" });
  });
});

describe("the letter's own date", () => {
  it("a date alone near the top, not the date the request was received", () => {
    const text = "Our ref: FOI/88/19\n\n4 June 2019\n\nDear Mr Grant,\nThank you for your request received on 2 May 2019.";
    expect(readLetterDate(text)).toEqual({ date: "2019-06-04", source: "date_line" });
  });
  it("a received date and a deadline alone give no date", () => {
    expect(readLetterDate("Request Number 4410\nDate received : 3 March 2020\nResponse deadline : 31 March 2020\nQuestion:\nHow many?")).toBeNull();
  });
  it("superscript ordinals split by PDF layout are joined", () => {
    expect(joinOrdinals("27\nth\nApril 2021")).toBe("27th April 2021");
    expect(readLetterDate("Westmere Council\n27\nth\nApril 2021\nDear Sir")?.date).toBe("2021-04-27");
  });
  it("numbers in a table are not a date; common UK forms are", () => {
    expect(readLetterDate("Year\n2009 4 2,425 2,945\n2010 10 1,593")).toBeNull();
    expect(parseDate("Date: 03/07/2014")).toBe("2014-07-03");
    expect(parseDate("October 14, 2019")).toBe("2019-10-14");
    expect(parseDate("2025-11-18")).toBe("2025-11-18");
    expect(parseDate("no date here")).toBe("");
  });
  it("the header of a quoted e-mail under the sign-off is not the letter's date", () => {
    const text = "Dear Ms Li,\nPlease see below.\nKind regards\nFOI Team\nFrom: Ms Li\nSent: 03 July 2018 11:08\nTo: FOI";
    expect(readLetterDate(text)).toBeNull();
  });
});

describe("the authority's reference", () => {
  it("'My reference' rather than 'Your reference'", () => {
    expect(readReference("Your reference: WDTK-5512-19\nMy Reference: FOI 2207/19\n")?.reference).toBe("FOI 2207/19");
  });
  it("stops before a date on the same line and keeps a reference in parts", () => {
    expect(readReference("Reference Number: FOI20190042XYZ 15 May 2019")?.reference).toBe("FOI20190042XYZ");
    expect(readReference("Reference: \tABC1234567 06 19\nResponse: 12 June 2019")?.reference).toBe("ABC1234567 06 19");
  });
  it("a code in capitals, a repeated label, a title line and 'please quote'", () => {
    expect(readReference("Request for Information - Reference Number: ABQ/XYZWV")?.reference).toBe("ABQ/XYZWV");
    expect(readReference("Ref: Ref: 7731")?.reference).toBe("7731");
    expect(readReference("FOI DOJ/2022-0101\n\nRequest\nHow many?")?.reference).toBe("DOJ/2022-0101");
    expect(readReference("Dear Sir\nNo data.\nPlease quote reference 5512093 in any reply.")?.reference).toBe("5512093");
    expect(readReference("Ref: N/A\nDear Sir")).toBeNull();
  });
});

describe("hostile text", () => {
  it("reads metadata from a long run of blank lines and spaces in linear time", () => {
    const text = `Dear Sir\n${" \n".repeat(50_000)}Yours sincerely${" ".repeat(50_000)}\n${"A ".repeat(40_000)}Council`;
    const m = letterMetadata(text, {}, "text");
    expect(typeof m.authority).toBe("string");
  });
});
