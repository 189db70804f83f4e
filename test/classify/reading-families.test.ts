import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.grounds.length ? `[${a.grounds.join(";")}]` : ""}`);

describe("a cost limit only foreseen beside a request to clarify applies no ground (labels.md: other)", () => {
  it("'we think it likely … would exceed', 'may well exceed' with a question back", () => {
    expect(read("1. Please send every email about the new firewall.\n\nThis is very wide, and as worded we think it likely that this part would exceed the cost limit. Please could you clarify which teams or which months you mean.\n\n2. Who supplies the firewall?\n\nThat is exempt under section 31(1)(a).")).toEqual(["1:other", "2:exempt[FOIA s31(1)(a)]"]);
    expect(read("1. How many laptops does the council own?\n\n1,240.\n\n2. Please send all reports about cyber risk since 2020.\n\nFinding them all may well exceed the appropriate limit. Could you please clarify which kinds of report you need?")).toEqual(["1:disclosed", "2:other"]);
  });
  it("a limit applied stays a refusal", () => {
    expect(read("1. Please send every email about the new firewall.\n\nWe estimate that finding and reading every email would exceed the appropriate limit, so this part is refused under section 12.")).toEqual(["1:exempt[FOIA s12]"]);
  });
});

describe("a service run by someone else, then no figures held (labels.md: held by our ICT partner, not by us, is not held)", () => {
  it("'provided as a managed service by our partner' gives nothing; the not-held statement decides", () => {
    expect(read("1. How many spam emails did your filters stop last year?\n\nOur mail filtering is provided as a managed service by the county's shared IT partnership. We do not hold statistics on stopped emails.")).toEqual(["1:not_held"]);
    expect(read("1. How many devices does your antivirus cover?\n\nThe antivirus is supplied by a regional consortium, which keeps the licence records. The college does not hold them.")).toEqual(["1:not_held"]);
  });
  it("a figure given beside the provider's name is still given", () => {
    expect(read("1. How many spam emails did your filters stop last year?\n\nOur mail filtering is provided by the county's IT partnership, which reports 48,200 emails stopped in 2024.")).toEqual(["1:disclosed"]);
  });
});

describe("figures listed as 'period - figure' lines are data given", () => {
  it("a year and a count joined by a dash or colon", () => {
    expect(read("1. How many phishing reports did staff make in each of the last three years?\n\nThe service desk logged:\n2021/22 - 41\n2022/23 - 57\n2023/24 - 66\n\n2. Do you run simulations?\n\nYes, twice a year.")).toEqual(["1:disclosed", "2:disclosed"]);
    expect(read("1. What did you spend on penetration testing each year?\n\nSpend was as follows.\n2022-23 – £8,400\n2023-24 – £9,150")).toEqual(["1:disclosed"]);
  });
});

describe("an amount that opens the answer, then a part not held (labels.md: disclosed, partial)", () => {
  it("'£N with …' is a figure given", () => {
    const withPartial = (text: string): string[] => analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}`);
    expect(withPartial("1. What did the council spend on agency IT staff in 2023/24?\n\n£412,600 with agencies on the regional framework. Staff hired through the shared service are paid within its overall charge, and we do not hold a separate figure for them.")).toEqual(["1:disclosed+partial"]);
    expect(withPartial("1. What did you spend on software licences last year?\n\n£96,300 in total.")).toEqual(["1:disclosed"]);
  });
});

describe("a public interest balance given by reference, and page-foot link notes", () => {
  const flags = (text: string): string[] =>
    analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}${a.pit ? "+pit" : ""}`);
  it("'the same conclusion on the public interest' states the balance for this question too", () => {
    expect(flags("1. Please list your unsupported servers.\n\nThis is withheld under section 31(1)(a). We accept there is a public interest in openness, but the public interest in preventing attacks outweighs it.\n\n2. Please send your latest penetration test report.\n\nThe report is withheld under section 31(1)(a), and we have reached the same conclusion on the public interest for the reasons above.")).toEqual(["1:exempt+pit", "2:exempt+pit"]);
  });
  it("a numbered link at the foot of a page is a source, not a part given", () => {
    expect(flags("1. Which of your systems are out of support?\n\nWe are withholding this under section 31(1)(a).\n\n4 https://www.example.gov.uk/cyber-annual-report/\nPage 1 of 2\n\n2. How many staff are in the security team?\n\nSeven.")).toEqual(["1:exempt", "2:disclosed"]);
  });
});

describe("a refusal scoped to one part after another part is answered (labels.md: exempt, partial)", () => {
  const flags = (text: string): string[] =>
    analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}${a.ncnd ? "+ncnd" : ""}`);
  it("a nil answer, then 'as regards …' neither confirm nor deny", () => {
    expect(flags("Dear Ms Lee\n\nYou asked whether the service has reported any cyber incident to the police or the NCSC since 2022.\n\nThe service has not made any report to the police about a cyber incident in that period.\n\nAs regards the NCSC, the service can neither confirm nor deny whether it holds information, by virtue of sections 24(2) and 31(3).\n\nYours sincerely")).toEqual(["1:exempt+partial+ncnd"]);
  });
  it("a figure, then 'in relation to' a part withheld", () => {
    expect(flags("1. How many laptops were lost in 2024, and what data was on them?\n\nEleven laptops were reported lost. In relation to the data held on them, that detail is exempt under section 31(1)(a).")).toEqual(["1:exempt+partial"]);
  });
  it("a scoped refusal with nothing answered before it stays a refusal in full", () => {
    expect(flags("1. Has the council reported any incident to the NCSC?\n\nIn relation to the NCSC, the council can neither confirm nor deny whether it holds information, under sections 24(2) and 31(3).")).toEqual(["1:exempt+ncnd"]);
  });
});

describe("a letter calling itself a refusal notice refuses no question by that sentence", () => {
  it("the closing 'this letter constitutes a refusal notice' leaves the answered question disclosed", () => {
    expect(read("1. Which firewall do you use?\n\nThat is exempt under section 31(1)(a).\n\n2. How many people work in IT?\n\nTwenty-two.\n\nThis letter constitutes the refusal notice required by section 17 for the part withheld.")).toEqual(["1:exempt[FOIA s31(1)(a)]", "2:disclosed"]);
  });
});
