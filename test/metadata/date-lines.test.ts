import { describe, expect, it } from "vitest";
import { readLetterDate } from "../../src/metadata/dates.js";

// Fixtures written for these tests: invented letters, the date forms authorities print.

describe("the date of a reply sent as an e-mail", () => {
  it("the header that opens the text is the reply's own", () => {
    const text = [
      "From: Records Team <records@example.gov.uk>",
      "Sent: 14 August 2025 09:30",
      "To: a.requester@example.com",
      "Subject: RE: your request",
      "",
      "Dear Ms Lane,",
      "Thank you for your email of 17 July. Our answers are below.",
      "",
      "From: A Requester",
      "Sent: 17 July 2025 20:02",
      "Please tell me how many bins were replaced.",
    ].join("\n");
    expect(readLetterDate(text)?.date).toBe("2025-08-14");
  });
  it("a quoted header under the reply's text still counts for nothing", () => {
    const text = ["Dear Ms Lane,", "Our answer is attached.", "Kind regards", "Records Team", "", "From: A Requester", "Sent: 17 July 2025 20:02", "Please send the list."].join("\n");
    expect(readLetterDate(text)).toBeNull();
  });
});

describe("two labelled dates", () => {
  it("'Date received' and 'Date responded' on one line: the response", () => {
    expect(readLetterDate("Ref: FOI 88\nDate received: 04/03/2025     Date responded: 28/03/2025\nDear Mr Cole")?.date).toBe("2025-03-28");
  });
  it("'Date of request' above 'Date of response': the response", () => {
    expect(readLetterDate("Date of request: 02/02/2025\nDate of response: 27/02/2025\nSubject: Street lights")?.date).toBe("2025-02-27");
  });
});

describe("someone else's reply", () => {
  it("'the Secretary's reply of …' in the answer is quoted; the date alone at the top is the letter's", () => {
    const text = ["Westgate Department", "9 October 2025", "Dear Dr Khan", "We hold the Secretary's reply of 3 March 2025, which is attached."].join("\n");
    expect(readLetterDate(text)?.date).toBe("2025-10-09");
  });
});

describe("a range of dates in the first lines", () => {
  it("the end of a range the request asked about is quoted as its start is", () => {
    expect(readLetterDate("Dear Mr Lowe\nPlease send the emails sent between 2 May 2024 and 9 May 2024 about parking.\nWe hold none.")).toBeNull();
  });
});

// Fixtures written for these tests: dates a letter quotes or promises, which are not its own.
describe("dates the letter quotes or promises (issue 11)", () => {
  it("the deadline in an acknowledgement quoted under the reply is not the reply's date", () => {
    const text = [
      "From: Records Team <records@example.gov.uk>",
      "Sent: 11 March 2026 10:05",
      "Subject: RE: FOI request - parks [PK-0912]",
      "Dear Mr Hale",
      "Our answers are below.",
      "Kind regards",
      "Records Team",
      "-----Original Message-----",
      "Thank you for your request. Your reference is PK-0912 and you should receive a reply by 13/03/2026.",
    ].join("\n");
    expect(readLetterDate(text)?.date).toBe("2026-03-11");
  });
  it("a promise of what the writer will do on a day", () => {
    expect(readLetterDate("Dear Ms Roy\nWe are sorry for the delay. We will send you a further update on 14/05/2026.\nYours sincerely")).toBeNull();
  });
  it("a date whose words stand at the end of the line above", () => {
    const text = "Dear Mr Finch\nI write about your request for information about park benches, which we received on the\n3rd February 2026. I note you asked for the following.";
    expect(readLetterDate(text)).toBeNull();
  });
  it("a figure given 'as at' a day is not the letter's date", () => {
    expect(readLetterDate("Re your request of 2 May.\n1. 41 staff as at 1 April 2026.\nRegards, Records")).toBeNull();
  });
  it("the header of the request quoted with '>' under the sign-off", () => {
    const text = ["Dear Ms Amos,", "Our answers follow.", "Kind regards", "Records Team", "> From: J Amos", "> Sent: 20 January 2026 19:40", "> Please tell me…"].join("\n");
    expect(readLetterDate(text)).toBeNull();
  });
});
