import { describe, expect, it } from "vitest";
import { readAuthority } from "../../src/metadata/authority.js";
import { Gazetteer, gazetteer, placeOf } from "../../src/metadata/gazetteer.js";
import { letterMetadata } from "../../src/metadata/index.js";
import { isReferral } from "../../src/metadata/referral.js";
import { zoneLines } from "../../src/metadata/zones.js";

// Fixtures written for these tests, modelled on how authorities write; no real letter's wording.

describe("the writer among competing bodies", () => {
  it("a body the writer says 'does not hold' beats a department named in the question", () => {
    const text = [
      "Incidents of online fraud",
      "How many cases did your force pass to the Home Office under its crime codes in 2021?",
      "Having searched our systems, the information you asked for is not held by Cleveland Police.",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Cleveland Police", sector: "police" });
  });
  it("a restated request names another body; the answer names the writer as subject", () => {
    const text = [
      "Request for information 2291",
      "You asked for the following:",
      "Copies of letters sent by Transport Scotland to the bus operators in 2022.",
      "Our response",
      "We give notice (FOISA, s17): the Scottish Government holds none of what you asked for.",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Scottish Government");
  });
  it("a name on a letterhead line beats the same words inside a sentence of the first lines", () => {
    const text = ["Northumbria Police", "Freedom of Information Unit", "", "Dear Ms Adeyemi,", "Your question about the Home Office grant was passed to us."].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Northumbria Police", source: "letterhead+gazetteer" });
  });
  it("a letterhead that breaks a trust's name over two lines", () => {
    const text = ["Liverpool Heart and Chest", "Hospital NHS Foundation Trust", "Thomas Drive", "", "Dear Mr Tan,", "Please find our answers below."].join("\n");
    expect(readAuthority(text)?.name).toBe("Liverpool Heart and Chest Hospital NHS Foundation Trust");
  });
  it("an abbreviation the letter defines stands for its body afterwards", () => {
    const text = [
      "Dear requester,",
      "The Act requires Tyne and Wear Fire and Rescue Service (TWFRS), when refusing a request, to say so.",
      "It is the decision of TWFRS that the request is vexatious.",
      "TWFRS will not respond to further requests on this subject.",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Tyne and Wear Fire and Rescue Service", sector: "fire" });
  });
  it("a council named only by its place, in a letter that calls itself 'the Council'", () => {
    const text = "Dear Mr Byrne,\nYou asked about the bins collected in Sefton last year.\nThe Council does not record collections by street.\nThe Council holds the totals only.";
    expect(readAuthority(text)?.name).toBe("Sefton Metropolitan Borough Council");
  });
  it("a place alone, with nothing saying what kind of body wrote, names no one", () => {
    expect(readAuthority("Dear Mr Byrne,\nYou asked about the bins collected in Sefton last year.\nWe hold the totals only.")).toBeNull();
  });
  it("a wrapped e-mail disclaimer: the name at a line's end, its verb on the next", () => {
    const text = "Thank you for your e-mail.\nThis mailbox is watched on weekdays only.\nPlease check attachments for viruses before opening them. Wirral Council\nwill not accept liability for any damage they cause.";
    expect(readAuthority(text)?.name).toBe("Wirral Borough Council");
  });
  it("a WhatDoTheyKnow address placeholder is the body's own address", () => {
    const text = "Dear Ms Cole,\nWe will reply within 20 working days.\nKind Regards\nInformation Team\nE-mail : [Leeds City Council request email]";
    expect(readAuthority(text)?.name).toBe("Leeds City Council");
  });
  it("a body named in a web address's path is not named", () => {
    const text = "Dear Sir,\nThe code is published at\nhttps://example.org/guidance/records-code-for-health-and-social-care-2016\nWe hold nothing further.";
    expect(readAuthority(text)).toBeNull();
  });
  it("a lower-case phrase that spells a body's short name is prose", () => {
    expect(readAuthority("Dear Sir,\nOur health and social care services are listed below.\nhealth and social care staff numbers are attached.")).toBeNull();
  });
  it("'With regards to your request' is not a sign-off", () => {
    const zones = zoneLines("Dear Sir,\nWith regards to your request of 3 May, we can confirm the following.\nNo data is held.");
    expect(zones.some((z) => z.zone === "signOff")).toBe(false);
  });
  it("under the Scottish Act an English council named in passing loses to the Scottish writer", () => {
    const text = [
      "Response under the Freedom of Information (Scotland) Act 2002",
      "We compared our figures with those Kent County Council publishes.",
      "Fife Council does not hold a breakdown by ward.",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Fife Council");
  });
});

describe("domains and the gazetteer", () => {
  it("an e-mail or web domain a register gives, and one read from a body's name", () => {
    const g = gazetteer();
    expect(g.byEmailDomain("foi.gov.scot")?.name).toBe("Scottish Government");
    expect(g.byEmailDomain("www.nationalarchives.gov.uk")?.name).toBe("The National Archives");
    expect(g.byEmailDomain("digital.nhs.uk")?.name).toBe("NHS Digital");
    expect(g.byEmailDomain("wirral.gov.uk")?.name).toBe("Wirral Borough Council");
    expect(g.byEmailDomain("gov.uk")).toBeUndefined();
    expect(g.byEmailDomain("example.com")).toBeUndefined();
  });
  it("a trust writes from its place or its initials", () => {
    const g = new Gazetteer([
      { name: "Westmere Valley Hospitals NHS Foundation Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
      { name: "Northdale NHS Foundation Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
    ]);
    expect(g.byEmailDomain("wvh.nhs.uk")?.name).toBe("Westmere Valley Hospitals NHS Foundation Trust");
    expect(g.byEmailDomain("northdaleft.nhs.uk")?.name).toBe("Northdale NHS Foundation Trust");
  });
  it("a letter with only an e-mail address in the sign-off", () => {
    const text = "Dear Mr Pike,\nPlease see the attached table.\nYours sincerely\nDisclosure Team\nfoi@nationalarchives.gov.uk";
    expect(letterMetadata(text, {}, "text")).toMatchObject({ authority: "The National Archives", sector: "central" });
  });
  it("the place a body is named after", () => {
    expect(placeOf("Sefton Metropolitan Borough Council")).toBe("sefton");
    expect(placeOf("West Yorkshire Fire and Rescue Service")).toBe("west yorkshire");
    expect(placeOf("Bolton NHS Foundation Trust")).toBe("bolton");
  });
  it("NHS trusts from the ODS register are in the gazetteer, former ones with the day they ended", () => {
    const g = gazetteer();
    expect(g.lookup("Wye Valley NHS Trust")).toMatchObject({ sector: "nhs", nation: "england", source: "ods" });
    expect(g.lookup("Heatherwood and Wexham Park Hospitals NHS Foundation Trust")?.ended).toBe("2014-09-30");
  });
});

describe("names that are not the writer's", () => {
  it("a board footer ('Chair: … Chief Executive: …') is people, not a body; the address's place and 'the Trust' name the trust", () => {
    const text = "Dear Ms Reed,\nThe Trust does not hold this information.\nYours sincerely\nInformation Governance Manager\nChair: Anne Smith   Chief Executive: Robert Jones\nTrust Headquarters, Minerva Road, Bolton BL4 0JR";
    expect(readAuthority(text)).toMatchObject({ name: "Bolton NHS Foundation Trust", sector: "nhs" });
  });
  it("an address line's town and 'the Council' name the council", () => {
    expect(readAuthority("Civic Centre, Oldham, OL1 1UT\nDear Ms Roe,\nThe Council does not hold this.")?.name).toBe("Oldham Metropolitan Borough Council");
  });
  it("a department the letter talks about loses to the council whose address signs it", () => {
    const text = "Dear Mr Shah,\nThe Department for Transport has advised councils on this.\nThe Council does not hold the data you asked for.\nYours sincerely\nFOI Officer\nfoi@wirral.gov.uk";
    expect(readAuthority(text)?.name).toBe("Wirral Borough Council");
  });
});

describe("the page a letter was published on", () => {
  // A disclosure log's page carries no letterhead: the site that published it is the writer.
  const logEntry = ["Request 4471: software licences", "", "How many licences do you hold for office software?", "", "Response: 1,240."].join("\n");
  it("reads the publisher from the page address when the text names nobody", () => {
    expect(readAuthority(logEntry)).toBeNull();
    expect(readAuthority(logEntry, "", "https://www.hastings.gov.uk/foi/log/4471")).toMatchObject({ name: "Hastings Borough Council", source: "source_url+gazetteer" });
    expect(readAuthority(logEntry, "", "https://foi.met.police.uk/disclosure/2023/4471")?.name).toBe("Metropolitan Police Service");
    expect(readAuthority(logEntry, "", "nationalarchives.gov.uk/about/foi/4471")?.name).toBe("The National Archives");
  });
  it("a body's own site outside gov.uk and nhs.uk, named by its distinctive words", () => {
    const g = new Gazetteer([
      { name: "Westmere and St Anne's Hospitals NHS Foundation Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
      { name: "Northdale City Council", sector: "council", nation: "england", aliases: [], source: "test" },
      { name: "University of Northdale", sector: "university", nation: "england", aliases: [], source: "test" },
    ]);
    expect(g.bySiteName("www.westmerestannes.info")?.name).toBe("Westmere and St Anne's Hospitals NHS Foundation Trust");
    // Two bodies share the words "Northdale": the site names neither.
    expect(g.bySiteName("northdale.org.uk")).toBeUndefined();
    expect(g.bySiteName("www.example.com")).toBeUndefined();
  });
  it("a host that publishes for others, or that the gazetteer does not know, names nobody", () => {
    expect(readAuthority(logEntry, "", "https://www.whatdotheyknow.com/request/software_licences")).toBeNull();
    expect(readAuthority(logEntry, "", "https://www.gov.uk/government/publications/foi-4471")).toBeNull();
    expect(readAuthority(logEntry, "", "https://example.org/foi")).toBeNull();
    expect(readAuthority(logEntry, "", "not an address at all")).toBeNull();
  });
  it("a letterhead naming the writer outweighs a page address of another body that re-published it", () => {
    const text = ["Northumbria Police", "Freedom of Information Unit", "", "Dear Ms Adeyemi,", "The force holds 12 licences. Northumbria Police publishes its log monthly."].join("\n");
    expect(readAuthority(text, "", "https://www.hastings.gov.uk/foi/copies")?.name).toBe("Northumbria Police");
  });
  it("front matter with only a source address fills the authority and says where it came from", () => {
    const meta = letterMetadata(logEntry, { source: "https://www.moray.gov.uk/foi/4471.html" }, "front_matter");
    expect(meta.authority).toBe("The Moray Council");
    expect(meta.metadataSource).toBe("authority=source_url+gazetteer;sector=gazetteer");
  });
});

describe("a body the letter sends the requester to", () => {
  // Fixtures written for these tests: a "not held" answer that names the body holding the information.
  it("'you may wish to contact X' counts against X, the council's own address wins", () => {
    const text = [
      "Dear Mr Okafor,",
      "The Council does not hold information about hospital parking charges.",
      "This information is held by Leeds Teaching Hospitals NHS Trust. You may wish to contact Leeds Teaching Hospitals NHS Trust directly.",
      "Yours sincerely",
      "Information Governance Team",
      "foi@leeds.gov.uk",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Leeds City Council");
  });
  it("a request transferred to another body, and 'X may hold this'", () => {
    const transferred = ["Dear Sir,", "We have forwarded your request to the Home Office, which will respond to you directly.", "Kind regards", "Department for Transport"].join("\n");
    expect(readAuthority(transferred)?.name).toBe("Department for Transport");
    const mayHold = ["Dear Ms Ali,", "Speed cameras are the responsibility of West Yorkshire Police.", "West Yorkshire Police may hold this information.", "The Council holds none."].join("\n");
    expect(readAuthority(mayHold)).toBeNull();
  });
  it("the writer's own 'held by X', 'X may or may not hold' and 'X will respond within 20 days' stay the writer's", () => {
    expect(readAuthority("Dear Sir,\nI can confirm that the information you asked for is held by Durham Constabulary.")?.name).toBe("Durham Constabulary");
    expect(isReferral("Dear Sir, ", " may or may not hold information of the kind you describe.")).toBe(false);
    expect(isReferral("you may wish to redirect your request to the ", " at its disclosure unit.")).toBe(true);
    expect(isReferral("Thank you for your request. ", " will respond within 20 working days.")).toBe(false);
  });
});

describe("integrated care boards (England, from July 2022)", () => {
  // Fixtures written for these tests: how boards name themselves in their letters.
  it("the official name, 'NHS <area> ICB', and the brand 'NHS <area>' under a signature resolve to the board", () => {
    expect(readAuthority("NHS Kent and Medway Integrated Care Board\nDear Requester,\nThe ICB does not hold this information.")?.name).toBe("NHS Kent and Medway Integrated Care Board");
    expect(readAuthority("Dear Requester,\nNHS South Yorkshire ICB does not hold information about this.")).toMatchObject({ name: "NHS South Yorkshire Integrated Care Board", sector: "nhs" });
    expect(readAuthority("Dear Requester,\nThe Board does not hold this.\nYours sincerely\nCorporate Governance Team\nNHS Cheshire and Merseyside")?.name).toBe("NHS Cheshire and Merseyside Integrated Care Board");
  });
  it("a board writes from <area>.icb.nhs.uk or its initials", () => {
    const g = gazetteer();
    expect(g.byEmailDomain("kentandmedway.icb.nhs.uk")?.name).toBe("NHS Kent and Medway Integrated Care Board");
    expect(g.byEmailDomain("nenc.icb.nhs.uk")?.name).toBe("NHS North East and North Cumbria Integrated Care Board");
    expect(g.byEmailDomain("nowhere.icb.nhs.uk")).toBeUndefined();
  });
  it("a board the gazetteer lacks is still read as an NHS body", () => {
    expect(readAuthority("Northdale and Westmere ICB\nDear Sir,\nThe ICB holds no such contracts.")).toMatchObject({ name: "Northdale and Westmere Integrated Care Board", sector: "nhs" });
  });
});

describe("domains that are not the body's name", () => {
  it("a trust's initials without a 'University' after its first word, only where no trust claims the domain more firmly", () => {
    const g = new Gazetteer([
      { name: "Northdale Partnership University NHS Foundation Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
      { name: "University Hospitals Westmere NHS Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
      { name: "Northdale Healthcare NHS Foundation Trust", sector: "nhs", nation: "england", aliases: [], source: "test" },
    ]);
    // "Northdale Healthcare" and "Northdale Partnership (University)" both read "nh…"/"np…": npft is one trust's, nhft is the healthcare trust's alone.
    expect(g.byEmailDomain("npft.nhs.uk")?.name).toBe("Northdale Partnership University NHS Foundation Trust");
    expect(g.byEmailDomain("foi.npft.nhs.uk")?.name).toBe("Northdale Partnership University NHS Foundation Trust");
    expect(g.byEmailDomain("uhw.nhs.uk")?.name).toBe("University Hospitals Westmere NHS Trust");
    expect(g.byEmailDomain("hwft.nhs.uk")).toBeUndefined();
  });
  it("a label that names a kind of NHS body names no one body", () => {
    expect(gazetteer().byEmailDomain("northdale.pct.nhs.uk")).toBeUndefined();
  });
  it("universities' short domains and a trust's former domain, from the hand-kept list", () => {
    const g = gazetteer();
    expect(g.byEmailDomain("shef.ac.uk")?.name).toBe("University of Sheffield");
    expect(g.byEmailDomain("lboro.ac.uk")?.name).toBe("Loughborough University");
    expect(g.byEmailDomain("bfwh.nhs.uk")?.name).toBe("Blackpool Teaching Hospitals NHS Foundation Trust");
    expect(letterMetadata("Dear Mr Hill,\nThe Trust holds the figures below.\nRegards\nfoi@hpft.nhs.uk", {}, "text").authority).toBe("Hertfordshire Partnership University NHS Foundation Trust");
  });
});

describe("bodies the gazetteer lacks", () => {
  // Fixtures written for these tests: small and new bodies whose letterhead is the only full name.
  it("the letter's own word for itself ('the Town Council's') is not a name that beats its letterhead", () => {
    const text = "Eastbury Town Council\nThe Old Market Hall, Eastbury\nDear Ms Lowe,\nThe Town Council's accounts are audited each year.\nThe Town Council does not hold the list you asked for.";
    expect(readAuthority(text)).toMatchObject({ name: "Eastbury Town Council", sector: "council" });
  });
  it("a name that runs on past a body the gazetteer knows ('… Health and Social Care Trust') is its own body", () => {
    const text = "Carrowmore Health and Social Care Trust\nInformation Governance Department\nDear Sir,\nThe Trust does not hold this information.";
    expect(readAuthority(text)).toMatchObject({ name: "Carrowmore Health and Social Care Trust", sector: "nhs" });
  });
});

describe("names that start with their kind, and self-words that need the kind in the name", () => {
  it("'University of <place>' and 'Department for <subject>' on a letterhead line, cut before the team", () => {
    expect(readAuthority("University of Harrowden\nRecords and Compliance Office\nDear Dr Vale,\nThe University holds the list below.")).toMatchObject({ name: "University of Harrowden", sector: "university" });
    expect(readAuthority("Department for Coastal Affairs Information Rights Team\nDear Sir,\nThe Department does not hold this.")?.name).toBe("Department for Coastal Affairs");
  });
  it("'the Trust' does not make a national body named once the writer", () => {
    const text = "FOI 881 - incidents\nThe Trust reported two incidents to NHS England in 2023.\nThe Trust holds no further records.";
    expect(readAuthority(text)).toBeNull();
  });
});

describe("a name a PDF wrapped over two lines of running text", () => {
  it("is read across the break, as its sentence uses it", () => {
    const text = [
      "Dear Ms Obi,",
      "Request for Information (Freedom of Information Act 2000)",
      "Thank you for sending your questions about agency nurses last month as a request to the Royal Infirmary of Westmere and Northdale",
      "NHS Trust (the Trust). We have now searched the payroll system, and the Trust holds the figures set out here.",
    ].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Royal Infirmary of Westmere and Northdale NHS Trust", sector: "nhs" });
  });
  it("a sentence that ends at the break joins nothing", () => {
    const zones = "Dear Sir,\nWe asked Westmere.\nCouncil officers searched the records again and found nothing more.";
    expect(readAuthority(zones)).toBeNull();
  });
});
