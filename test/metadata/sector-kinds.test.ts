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
