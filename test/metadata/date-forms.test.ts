import { describe, expect, it } from "vitest";
import { writtenDates } from "../../src/metadata/date-forms.js";
import { parseDate, readLetterDate } from "../../src/metadata/dates.js";

/** Lines written for this test in the shapes letters print dates in, with the date each holds. */
const DATED: [string, string][] = [
  ["Date: 13th October 2025", "2025-10-13"],
  ["14 March 2019", "2019-03-14"],
  ["Our ref: FOI-2231 03/07/2014", "2014-07-03"],
  ["Response sent 2025-11-18", "2025-11-18"],
  ["Tuesday, 4 February 2020", "2020-02-04"],
  ["November 5, 2021", "2021-11-05"],
  ["the twenty-first of June 2022", "2022-06-21"],
  ["Sent: 03 July 2018 11:08", "2018-07-03"],
  ["Dated 5-May-2023", "2023-05-05"],
  ["Oct. 5, 2020", "2020-10-05"],
  ["2nd Sept. 2019", "2019-09-02"],
  ["the 3rd of March, 2021", "2021-03-03"],
  ["Reply date 1.4.2019", "2019-04-01"],
  ["Issued 5 May 23", "2023-05-05"],
  ["12/25/2020", "2020-12-25"],
  ["Responded Wed 07 February 2024Please see below", "2024-02-07"],
];
/** Lines that hold no full date: no year, no day, a time span, a table of numbers, an impossible day. */
const UNDATED = [
  "Telephone 0114 273 4567",
  "Northdale Borough Council, Town Hall, S1 2HH",
  "Request reference: FOI 12345",
  "You may ask for an internal review within 40 working days.",
  "We will reply within 20 days of 2 May",
  "Please quote FOI/2231 in any reply.",
  "in the 2019/20 financial year",
  "spending in March 2021",
  "2025 11 18",
  "31/02/2020",
  "see paragraphs 1.2.3 and 4.5",
  "Date of birth 5/6/1975",
];

describe("the date forms letters write", () => {
  it("every shape of a full date is read, day first where numbers are ambiguous", () => {
    for (const [line, iso] of DATED) expect(writtenDates(line).map((d) => d.iso), line).toEqual([iso]);
  });
  it("lines without a day, month and year in 1990–2100 give none, and nothing is counted from today", () => {
    for (const line of UNDATED) expect(writtenDates(line), line).toEqual([]);
  });
  it("a range gives its earlier date, and a range whose start has no year gives none", () => {
    expect(writtenDates("1 April 2019 to 31 March 2020").map((d) => d.iso)).toEqual(["2019-04-01"]);
    expect(writtenDates("01.04.2019 - 31.03.2020")).toEqual([{ iso: "2019-04-01", index: 0, length: 23 }]);
    expect(writtenDates("1st to 3rd May 2021").map((d) => d.iso)).toEqual(["2021-05-01"]);
    expect(writtenDates("1 April - 3 May 2020")).toEqual([]);
  });
  it("two dates in a line are both found, with where they stand", () => {
    expect(writtenDates("12 October 2021, 13 October 2021")).toEqual([
      { iso: "2021-10-12", index: 0, length: 15 },
      { iso: "2021-10-13", index: 17, length: 15 },
    ]);
  });
  it("a weekday before and a time after belong to the date's text; 'on' before a day too", () => {
    expect(writtenDates("Thursday 3rd September 2020 at 10:30")).toEqual([{ iso: "2020-09-03", index: 0, length: 36 }]);
    expect(writtenDates("received on 9 June 2020.")).toEqual([{ iso: "2020-06-09", index: 9, length: 14 }]);
  });
  it("a time span in the top lines does not become the letter's date", () => {
    expect(readLetterDate("Northdale Council\nParking for 15 minutes costs £1.\nDear Sir")).toBeNull();
    expect(parseDate("We aim to reply within 20 days.")).toBe("");
  });
});
