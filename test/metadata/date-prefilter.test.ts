import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node";
import { mayHoldDate } from "../../src/metadata/dates.js";

/** Lines written for this test in the shapes letters print dates in, and lines that hold none. */
const DATED = [
  "Date: 13th October 2025",
  "14 March 2019",
  "Our ref: FOI-2231 03/07/2014",
  "Response sent 2025-11-18",
  "2025 11 18",
  "Tuesday, 4 February 2020",
  "November 5, 2021",
  "the twenty-first of June 2022",
  "Sent: 03 July 2018 11:08",
  "Dated 5-May-2023",
  "Oct. 5, 2020",
  "We will reply within 20 days of 2 May",
];
const UNDATED = [
  "Telephone 0114 273 4567",
  "Northdale Borough Council, Town Hall, S1 2HH",
  "Request reference: FOI 12345",
  "You may ask for an internal review within 40 working days.",
  "Section 40(2) applies and you may complain to the Commissioner.",
  "Please quote FOI/2231 in any reply.",
];

/** What certainDates keeps: a day, month and year chrono is certain of, in text holding a digit. */
const chronoReads = (line: string): boolean =>
  chrono.en.GB.parse(line).some(
    (r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year") && /\d/.test(r.text) && /[A-Za-z]|\d[/.-]\d/.test(r.text),
  );

describe("the lines chrono is asked to read", () => {
  it("every line with a full written date passes the filter", () => {
    for (const line of DATED) expect(mayHoldDate(line), line).toBe(true);
  });
  it("the filter never drops a line chrono reads a date on", () => {
    for (const line of [...DATED, ...UNDATED]) if (chronoReads(line)) expect(mayHoldDate(line), line).toBe(true);
  });
  it("letterhead and rights lines without a date are not read", () => {
    for (const line of UNDATED) expect(mayHoldDate(line), line).toBe(false);
  });
});
