import { describe, expect, it } from "vitest";
import { readAuthority } from "../../src/metadata/authority.js";
import { zoneLines } from "../../src/metadata/zones.js";

// Fixtures written for these tests: invented bodies and wording, modelled on how authorities
// name themselves (issue 11: the authority of letters nobody has seen). No real letter's words.

const rights = [
  "If you are unhappy with this reply you may ask for an internal review within 40 working days.",
  "You may then complain to the Information Commissioner.",
];

describe("a letterhead whose name is split over two lines of capitals", () => {
  it("a museum's two-word name, one word a line, named again in the footer", () => {
    const text = [
      "HALBERTON",
      "GALLERIES",
      "Quayside Road",
      "Halberton HB2 4QT",
      "",
      "12 May 2025",
      "Dear Mr Oduya",
      "You asked how many visitors came in 2024. The answer is 41,200.",
      "The figure was reported to the Department for Culture, Media and Sport in our annual return.",
      ...rights,
      "Yours sincerely",
      "Priya Nandra",
      "Records Manager",
      "Halberton Galleries is a registered charity and a public body.",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Halberton Galleries", sector: "other" });
  });
  it("a trust's name broken before its kind words, in capitals", () => {
    const text = [
      "WESTMARSH AND DELLBY",
      "HOSPITALS NHS TRUST",
      "Trust Headquarters, Mill Lane",
      "",
      "Dear Ms Farr",
      "The Trust does not hold a list of the agency nurses by ward.",
      "Yours sincerely",
      "Information Governance Team",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Westmarsh and Dellby Hospitals NHS Trust", sector: "nhs" });
  });
  it("a university in capitals on one line", () => {
    const text = ["CARRICK BAY UNIVERSITY", "Records Office", "", "Dear Mr Lowe", "The University holds no such register.", "Yours sincerely"].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Carrick Bay University", sector: "university" });
  });
});

describe("a name with no word for its kind", () => {
  it("'NHS <place>' at the head, named again in the rights paragraph", () => {
    const text = [
      "NHS Glenaird",
      "Board Offices",
      "Station Brae",
      "",
      "Our ref: GA/FOI/88",
      "Dear Dr Keir",
      "Freedom of Information (Scotland) Act 2002",
      "Your request was received by NHS Glenaird on 3 March.",
      "The Board does not hold the figures you asked for; we give notice under section 17.",
      "If you are unhappy, write to the Board Secretary, NHS Glenaird, Station Brae.",
      "Yours sincerely",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "NHS Glenaird", sector: "nhs" });
  });
  it("a trust that goes by a short name, read from its sign-off and its words for itself", () => {
    const text = [
      "Freedom of Information request 2291",
      "Dear Mrs Abbot",
      "Thank you for your request about parking charges.",
      "The Trust charges staff £3 a day. The Trust does not keep figures by ward.",
      "Yours sincerely",
      "Dan Ames",
      "on behalf of Larkmoor Health",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Larkmoor Health", sector: "nhs" });
  });
  it("a canal body with a letterhead and its name in the answers, against a force named in the question", () => {
    const text = [
      "Highland Waterways",
      "Lock House",
      "4 Basin Street",
      "",
      "Dear Sir",
      "Request under the Freedom of Information (Scotland) Act 2002",
      "You asked: 'Has Police Scotland told you of any attack on your systems?'",
      "Highland Waterways has received no such notice. We note that Police Scotland publishes advice.",
      "Highland Waterways holds cyber insurance.",
      "Yours sincerely",
      "Governance Officer",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Highland Waterways");
  });
  it("a bare place name as the letterhead of a letter that calls itself 'the Council'", () => {
    const text = [
      "Eastmere",
      "Civic Offices, Tower Road",
      "",
      "Dear Ms Shah",
      "The Council holds records of fly-tipping since 2019. The Council's figures are attached.",
      "Yours sincerely",
      "Information Officer",
      "Eastmere",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Eastmere", sector: "council" });
  });
  it("a letterhead line that is a team or an address, not a body, names no one", () => {
    const text = ["Information Governance", "Fenwick House", "", "Dear Mr Hale", "We hold no such list.", "Yours sincerely", "Fenwick House"].join("\n");
    expect(readAuthority(text)).toBeNull();
  });
});

describe("a town or parish council inside a county", () => {
  it("the parish council that signs an e-mail, not the county of its address", () => {
    const text = [
      "From: Parish Clerk <clerk@examplevillage-pc.org.uk>",
      "Subject: Re: playground inspections",
      "",
      "Hello,",
      "The council inspects the playground weekly; the reports for 2024 are attached.",
      "The council does not hold the contractor's own notes.",
      // Enough lines that the signature stands past the first lines (the letterhead's) of the message.
      ...Array.from({ length: 14 }, (_, i) => `Report ${i + 1}: no defects were found at the inspection.`),
      "",
      "Best wishes,",
      "",
      "Mary Tolland",
      "Clerk to the Council",
      "Upper Brinley Parish Council",
      "The Pavilion, Church Lane, Upper Brinley, Shropshire",
      "",
      "On Tue, 4 Mar 2025 at 09:10, someone wrote:",
      "> Please send the playground inspection reports for 2024.",
      // The quoted request runs on, so the signature is neither in the first lines nor in the last.
      ...Array.from({ length: 10 }, (_, i) => `> Question ${i + 1}: please list the repairs made in ${2015 + i}.`),
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Upper Brinley Parish Council", sector: "council" });
  });
  it("a town council on its letterhead beats the county its address names", () => {
    const text = [
      "Hollowell Town Council",
      "Town Hall, Market Place, Hollowell, Lincolnshire LN9 9ZZ",
      "",
      "Dear Mr Cray",
      "The Council does not own any public toilets. The County Council maintains the bus shelters.",
      "Yours faithfully",
      "Town Clerk",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Hollowell Town Council");
  });
});

describe("an e-mail signature block", () => {
  it("'Thanks,' and 'Best wishes' close a message as 'Yours sincerely' does", () => {
    for (const close of ["Thanks,", "Best wishes", "Warm regards,", "Many thanks"]) {
      const zones = zoneLines(["Hi Sam,", "The answer is attached.", close, "Jo Bright", "Information Officer"].join("\n"));
      expect(zones.find((z) => z.text === "Jo Bright")?.zone).toBe("signOff");
    }
  });
  it("'Thanks for your email' is not a sign-off", () => {
    const zones = zoneLines(["Hi Sam,", "Thanks for your email.", "The answer is attached."].join("\n"));
    expect(zones.some((z) => z.zone === "signOff")).toBe(false);
  });
  it("the body under the signature is the writer", () => {
    const text = [
      "Hi Sam,",
      "Sorry for the delay. We hold 14 contracts, listed below. The list of suppliers is also on the Home Office portal.",
      "Thanks,",
      "Lee Arden",
      "FOI Officer | Dunmore Harbour Board",
      "t: 01234 000000",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Dunmore Harbour Board");
  });
});

describe("a name only in the footer", () => {
  it("a transport executive named on the last line only", () => {
    const text = [
      "Our ref: FOI-55",
      "Dear Ms Penn",
      "We do not hold the timetable data you asked for; it is held by the bus operators.",
      ...rights,
      "Yours sincerely",
      "Customer Relations",
      "Southvale Passenger Transport Executive, 1 Depot Street, Southvale",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Southvale Passenger Transport Executive");
  });
});

describe("Welsh bilingual headings", () => {
  it("Welsh name then English name on one line: the English name", () => {
    const text = ["Bwrdd Iechyd Prifysgol Glan Hafren / Glan Hafren University Health Board", "", "Dear Mr Price", "The Health Board does not hold this information.", "Yours sincerely"].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Glan Hafren University Health Board", sector: "nhs" });
  });
  it("Welsh and English names on two lines, Welsh first", () => {
    const text = ["Cyngor Bro Morlan", "Morlan Vale Council", "Swyddfeydd y Cyngor / Council Offices", "", "Annwyl / Dear Ms Evans", "The Council holds no such record.", "Yn gywir / Yours sincerely"].join("\n");
    expect(readAuthority(text)?.name).toBe("Morlan Vale Council");
  });
  it("a Welsh council the gazetteer knows, under a bilingual heading", () => {
    const text = ["Cyngor Sir Ceredigion | Ceredigion County Council", "Canolfan Rheidol, Aberystwyth", "", "Dear Mr Rees", "The Council does not hold the data.", "Yours sincerely"].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Ceredigion County Council", sector: "council" });
  });
});

describe("a trading name printed beside the body's full name", () => {
  it("the short name takes the kind of the full name beside it", () => {
    const text = [
      "LINKWAY",
      "Linkway House, Quay Road, Portbury",
      "",
      "Dear Mr Hart",
      "Linkway does not hold passenger counts by stop. The counts by route are attached.",
      ...rights,
      "Linkway \u2013 Westshire Passenger Transport Executive",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Linkway", sector: "other" });
  });
});

describe("an office inside a body", () => {
  it("a letterhead in capitals naming the head's office is not the body", () => {
    const text = ["OFFICE OF THE VICE-CHANCELLOR", "", "Dear Ms Obi", "We do not hold the minutes you asked for.", "Yours sincerely", "Planning Officer"].join("\n");
    expect(readAuthority(text)).toBeNull();
  });
});

describe("a protective marking above the letterhead", () => {
  it("'OFFICIAL' printed at the top and the foot is not the writer", () => {
    const text = ["OFFICIAL", "", "Dear Mr Tse", "We hold no record of the meeting you describe.", "Yours sincerely", "Correspondence Unit", "OFFICIAL"].join("\n");
    expect(readAuthority(text)).toBeNull();
  });
});
