import { describe, expect, it } from "vitest";
import { readAuthority, sectorOfName } from "../../src/metadata/authority.js";

// Names written for these tests: bodies outside the gazetteer named by the word that says their kind.

describe("the sector of a body the gazetteer lacks, by its kind word", () => {
  it.each([
    ["Dunmore Hills National Park Authority", "other"],
    ["Eastport Harbour Authority", "other"],
    ["Westvale Passenger Transport Executive", "other"],
    ["Fenland Transport", "other"],
    ["Office of the Waterworks Regulator", "central"],
    ["Gambling Standards Regulator", "other"],
    ["Museum of Northern Farming", "other"],
    ["Northshire Museums", "other"],
    ["Kelmscot Art Gallery", "other"],
    ["National Library of Caledonia", "other"],
    ["Lowland Canals", "other"],
    ["Inland Waterways of Mercia", "other"],
    ["Housing Ombudsman for Anglia", "other"],
    ["Schools Inspectorate Cymru", "other"],
    ["Crop Inspection Agency", "central"],
    ["Bishop's Ford Town Council", "council"],
    ["Little Hamble Parish Council", "council"],
  ])("%s is %s", (name, sector) => {
    expect(sectorOfName(name)).toBe(sector);
  });
  it("keeps the main sectors before the fallback words", () => {
    expect(sectorOfName("Westvale Fire Authority")).toBe("fire");
    expect(sectorOfName("Westvale Combined Authority")).toBe("council");
    expect(sectorOfName("Northmoor Health Board")).toBe("nhs");
    expect(sectorOfName("Anne Smith Chief Clerk")).toBe("");
  });
  it("a regulator or single-purpose authority on the letterhead is read with a sector", () => {
    const text = ["Dunmore Hills National Park Authority", "Park Offices, Mill Lane", "", "Dear Mr Hale,", "The Authority holds the planning files you asked about."].join("\n");
    expect(readAuthority(text)).toMatchObject({ name: "Dunmore Hills National Park Authority", sector: "other" });
  });
});

// Letters written for these tests (issue 11).
describe("a sign-off run into one line, and primary care bodies", () => {
  it("'Regards, name, role, body, address.' names the body as a signature would", () => {
    const text = "Re your request of 4 May.\n1. Yes.\n2. No.\nRegards, P. Hart, Office Manager, Fenwick Vale Primary Care Alliance.";
    expect(readAuthority(text)?.name).toBe("Fenwick Vale Primary Care Alliance");
    expect(readAuthority(text)?.sector).toBe("nhs");
  });
  it("a council in the gazetteer signed off on one line with its address", () => {
    const text = "Hello, about FOI 2231 on parking permits.\nIs it held? It is not.\nYours faithfully, Corporate Support Team, Wealden District Council, Vicarage Lane, Hailsham BN27 9ZZ.";
    expect(readAuthority(text)?.name).toBe("Wealden District Council");
  });
  it("a sentence that opens with 'Regards' is not split", () => {
    expect(readAuthority("Dear Sir\nRegards, as we said before, the information about the depot, its vans and their routes is not held by us at all.\nThanks")).toBeNull();
  });
  it.each([["GP Federation of Eastwold", "nhs"], ["Harrow Primary Care Network", "nhs"]])("%s is %s", (name, sector) => {
    expect(sectorOfName(name)).toBe(sector);
  });
  it("an executive agency the gazetteer holds is central government", () => {
    expect(readAuthority("Crown Commercial Service\n9th Floor\nDear Ms Pell\nWe hold the figures.")?.sector).toBe("central");
  });
});

// A letterhead written for this test: the name on the left broken over two lines, the address on the right.
describe("a letterhead in two columns (issue 11)", () => {
  it("the name broken over the left column's lines reads as one", () => {
    const text = [
      "Department for Culture,                                   2nd Floor",
      "Media & Sport                                             Example House",
      "                                                          London SW1A 9ZZ",
      "",
      "Dear Mr Quill",
      "The Department holds no such list.",
    ].join("\n");
    expect(readAuthority(text)?.name).toBe("Department for Culture, Media and Sport");
  });
  it("one line with a wide gap is no letterhead in columns", () => {
    expect(readAuthority("Fenwick Borough Council          Town Hall\nDear Sir\nThe Council holds it.")?.name).toMatch(/Fenwick/);
  });
});
