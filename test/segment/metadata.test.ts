import { describe, expect, it } from "vitest";
import { extractMetadata, parseDate } from "../../src/segment/metadata.js";

describe("metadata stated in the letter", () => {
  it("letterhead, reference and date", () => {
    const text = "Northdale Borough Council\nInformation Governance\n\nOur ref: FOI/2024/0188\n14 March 2024\n\nDear Ms Patel,\nThank you for your request dated 2 February 2024.";
    expect(extractMetadata(text)).toEqual({ authority: "Northdale Borough Council", reference: "FOI/2024/0188", date: "2024-03-14" });
  });
  it("authority from the sign-off when the letterhead is missing", () => {
    const text = "Dear Mr Lee,\nWe do not hold this information.\n\nYours sincerely,\n\nFOI Officer\nWestmere NHS Foundation Trust\n";
    expect(extractMetadata(text).authority).toBe("Westmere NHS Foundation Trust");
  });
  it("labelled dates and other forms", () => {
    expect(parseDate("Date: 03/07/2014")).toBe("2014-07-03");
    expect(parseDate("October 14, 2019")).toBe("2019-10-14");
    expect(parseDate("Response 16-04-2024")).toBe("2024-04-16");
    expect(parseDate("2025-11-18")).toBe("2025-11-18");
    expect(parseDate("no date here")).toBe("");
  });
});
