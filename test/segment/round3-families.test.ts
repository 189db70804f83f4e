import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Blind set 2, round 3: segmentation families still missing or adding questions. Every fixture is
 * written for these tests in the shapes authorities use, not in any real or blind letter's words.
 */

const WEB_HEAD = ["Skip to content", "Northvale Water Board", "Home   About   News   Contact", "Home > Transparency > FOI > Published replies", "", "Reservoir safety inspections", "Reference: NWB-0412", "Published: 03/03/2025", ""];
const WEB_FOOT = ["", "Did this page help you?  Yes  No", "Cookies | Privacy | Accessibility"];

describe("a published email reply under a web page's header, the request quoted below it", () => {
  const reply = [
    "From: Information Requests",
    "Sent: 03 March 2025 11:20",
    "To: [requester]",
    "Subject: RE: reservoir inspections",
    "",
    "Dear [requester],",
    "",
    "Thank you for writing to us. Our replies follow in the order you asked.",
    "",
    "Fourteen reservoirs were inspected by a panel engineer in 2024.",
    "",
    "Two inspection reports recommended works in the interests of safety.",
    "",
    "The reports themselves are withheld under section 24(1) of the Act, as they describe the structures in detail.",
    "",
    "Regards",
    "Information Requests Team",
  ];
  const asks = ["How many reservoirs had a statutory inspection in 2024", "How many inspection reports recommended safety works", "Copies of the inspection reports"];

  it("under an Original Message line: the quote, not the reply's own header, holds the asks", () => {
    const text = [...WEB_HEAD, ...reply, "", "-----Original Message-----", "From: [requester]", "Sent: 10 February 2025 08:02", "To: Information Requests", "Subject: reservoir inspections", "", "Hello,", "", "Could you tell me:", "", ...asks, "", "Thanks", ...WEB_FOOT].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt"]);
  });

  it("under a second header block with no splitter line", () => {
    const text = [...WEB_HEAD, ...reply, "", "From: [requester]", "Sent: 10 February 2025 08:02", "To: Information Requests", "Subject: reservoir inspections", "", "Dear Sir or Madam,", "", "Please provide the following:", "", ...asks, "", "Many thanks", ...WEB_FOOT].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
  });

  it("a reply that signs off before its quote keeps the first opening (a chaser quoted, then the request)", () => {
    const text = [
      "Dear Mr Hale,",
      "",
      "Thank you for your request. In answer to your questions:",
      "",
      "1. We hold 38 grit bins.",
      "2. They are refilled twice each winter.",
      "",
      "Kind regards",
      "Roads Team",
      "",
      "-----Original Message-----",
      "From: B Hale",
      "Sent: 1 December 2024 09:00",
      "",
      "Please may I have a reply to my request below.",
      "",
      "-----Original Message-----",
      "From: B Hale",
      "Sent: 1 November 2024 09:00",
      "",
      "1. How many grit bins does the council maintain?",
      "2. How often are they refilled?",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2"]);
  });
});

describe("items numbered inside a hard-wrapped request paragraph", () => {
  const response = ["", "Our response", "", "Q1 and Q2", "The Service does not record the age of its pumps, so no figure is held for either question.", "", "Q3", "There are 22 appliances.", "", "Q4", "Spending on tyres was £31,200 in 2024.", "", "Yours sincerely", "Station Manager"];

  it("numbers in brackets running across wrapped lines, one opening a line", () => {
    const text = [
      "Dear Mr Orme,",
      "",
      "You asked us: \"Please can you tell me (1) the average age of the Service's fire",
      "pumps, (2) the age of the oldest pump in service, (3) how many appliances are",
      "kept on the run at each station overnight, and",
      "(4) what the Service spent on replacement tyres in 2024.\"",
      ...response,
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "3:disclosed", "4:disclosed"]);
  });

  it("numbers with full stops inside the wrapped paragraph", () => {
    const text = [
      "Dear Mr Orme,",
      "",
      "Your request was as follows. 1. What is the average age of the fire pumps",
      "in service? 2. What is the age of the oldest pump? 3. How many appliances are kept",
      "on the run overnight? 4. What did the Service spend on replacement tyres in 2024?",
      ...response,
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3", "4"]);
  });

  it("a marked list, each number opening its line, is not read as one paragraph", () => {
    const text = [
      "Dear Sir,",
      "",
      "I would like the number of incidents of each of these kinds in 2023",
      "1. Flooding of a basement",
      "2. Collapse of a wall",
      "3. Fire in a plant room",
      "",
      "Response",
      "",
      "We do not hold this information.",
    ].join("\n");
    expect(read(text).layout).not.toBe("inline-numbered");
  });
});

describe("request items written as finished sentences with the answer typed on the line under each", () => {
  it("hierarchical items under section titles, answers opening on a figure or a word", () => {
    const text = [
      "Dear Ms Vale,",
      "",
      "Your request has been considered under the Act. Our response follows in the order of your questions.",
      "",
      "1. LIBRARIES",
      "",
      "1.1 Number of library loans made in 2023/24.",
      "212,480 loans.",
      "1.2 The share of loans that were e-books.",
      "18.5% of all loans.",
      "",
      "2. STAFFING",
      "",
      "2.1 Number of librarians employed at 31 March 2024.",
      "46",
      "2.2 The names of the branch managers.",
      "Withheld. The names are personal data and are exempt under section 40(2).",
      "",
      "Yours sincerely",
      "Library Services",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(r.answers[0]).toBe("212,480 loans.");
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:disclosed", "2.2:exempt"]);
  });

  it("numbered items with an amount on the next line", () => {
    const text = [
      "Dear Ms Vale,",
      "",
      "In response to your request:",
      "",
      "1. The cost of the new signage in the town centre.",
      "£14,250 including installation.",
      "2. The number of signs replaced.",
      "38 signs were replaced.",
      "",
      "Yours sincerely",
      "Highways",
    ].join("\n");
    expect(read(text).answers).toEqual(["£14,250 including installation.", "38 signs were replaced."]);
  });
});

describe("the request only in an attachment, each answer a paragraph of the text", () => {
  const answers = [
    "Response",
    "",
    "We have answered as much of your request as we can.",
    "",
    "The Authority received 318 planning appeals in 2024.",
    "",
    "Of these, 127 were allowed and 191 dismissed.",
    "",
    "Our casework system does not record the appellant's agent, so we do not hold the number of appeals made through an agent.",
    "",
    "The decision letters are published on our website and are therefore exempt under section 21 of the Act.",
    "",
    "Our annual report sets out the wider picture each year.",
    "",
    "You may ask for an internal review of this response within 40 working days.",
  ];

  it("a disclosure-log page: 'The request is set out in the attached document'", () => {
    const text = ["Planning appeals", "Reference: PA-2291", "", "Request", "The request is set out in the attached document.", "", ...answers].join("\n");
    const r = read(text);
    expect(r.layout).toBe("attached-request");
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held", "4:exempt"]);
  });

  it("'Request: see attached' on one line", () => {
    const text = ["Planning appeals", "", "Request: see attached request.", "", ...answers].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3", "4"]);
  });

  it("a covering letter that sends the answers in the attachment too stays one question", () => {
    const text = [
      "Request",
      "",
      "Please answer the questions included in the attachment.",
      "",
      "Response",
      "",
      "The information you asked for is attached.",
      "",
      "Some details are withheld under section 31 of the Act, as they would help an attacker.",
      "",
      "As section 31 is a qualified exemption we have weighed the public interest, which favours withholding.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
  });
});

describe("a table written with bars ends at its last barred row", () => {
  it("a search box of wide gaps under the table is no row", () => {
    const text = [
      "Request and response",
      "| Question | Response |",
      "|---|---|",
      "| 1. How many bridges does the council inspect each year? | 64. |",
      "| 2. How many were found to need repair in 2024? | Nine. |",
      "| 3. What did repairs cost in 2024? | £212,000. |",
      "",
      "Back to the list",
      "Find a request:   [            ]   Go",
      "Contact us   Accessibility   Cookies",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3"]);
  });
});

describe("the reply heading its answers with the request's own numbers", () => {
  it("'Question 2' over a statement, then 'Questions 1 and 3' over a shared refusal", () => {
    const text = [
      "Request:",
      "1. How many attempted intrusions were logged in 2024?",
      "2. How many staff work in the security operations team?",
      "3. Which firewall product does the force use?",
      "",
      "Response:",
      "This letter is a refusal notice for part of your request.",
      "",
      "Question 2",
      "Eleven members of staff work in the team.",
      "",
      "Questions 1 and 3",
      "The force neither confirms nor denies that it holds this information, by virtue of section 24(2) and section 31(3).",
      "",
      "Harm",
      "Confirming the figures would help those planning attacks.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:disclosed", "3:exempt"]);
  });
});

describe("asks one a line, some without their question mark", () => {
  it("an interrogative line with no '?' above another ask is its own question", () => {
    const text = [
      "Dear Clerk,",
      "",
      "Could you tell me the following under the Act.",
      "",
      "How many burial plots are left in the cemetery?",
      "What is the fee for a plot for a resident",
      "What is the fee for a non-resident?",
      "The names of the contractors who dig the graves",
      "",
      "Thanks",
      "",
      "Response",
      "",
      "There are 140 plots left.",
      "",
      "A plot costs £780 for a resident.",
      "",
      "A non-resident pays double, £1,560.",
      "",
      "We use one contractor, Deepdale Groundworks Ltd.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3", "4"]);
  });

  it("a hard-wrapped ask going on in lower case stays one", () => {
    const text = [
      "Dear Clerk,",
      "",
      "How many burial plots are left in the cemetery and how many",
      "were sold in each of the last three years?",
      "",
      "Response",
      "",
      "There are 140 plots left; 31, 28 and 35 were sold.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
  });
});

describe("the request quoted word for word at the top of the reply, answered in order", () => {
  it("'Your request read:' then the asks, one a line, then paragraphs after 'Response'", () => {
    const text = [
      "Dear Mr Patel",
      "",
      "Thank you for your request, received on 2 May. Your request read:",
      "",
      "How many parking fines did the council issue in 2024?",
      "How many of these were cancelled on appeal?",
      "The names of the civil enforcement officers who issued the most fines.",
      "What is the hourly charge at the station car park?",
      "",
      "Response",
      "",
      "The council issued 18,220 penalty charge notices in 2024.",
      "",
      "Of these, 1,304 were cancelled after a challenge or appeal.",
      "",
      "The names of individual officers are their personal data and are exempt under section 40(2).",
      "",
      "The station car park charges £1.80 an hour.",
      "",
      "Yours sincerely",
      "Parking Services",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:exempt", "4:disclosed"]);
  });
});

describe("a question that appears only in the reply, reported after the last numbered answer", () => {
  const request = ["", "-----Original Message-----", "From: J. Moss", "Sent: 4 March 2025 08:10", "", "Please could you tell me:", "", "1. How many electric pool cars does the council own?", "2. How many charging points are at the depot?", "3. What did the charging points cost?", "", "Thanks", "J. Moss"];
  const reply = (later: string): string[] => [
    "Dear Ms Moss,",
    "",
    "Please see the council's response below.",
    "",
    "1 - The council owns 24 electric pool cars.",
    "",
    "2 - There are 12 charging points at the depot.",
    "",
    "3 - The points cost £61,500 including installation.",
    "",
    later,
    "",
    "If you are unhappy with this response you may ask for an internal review.",
    "",
    "Kind regards",
    "Fleet Services",
  ];

  it("'In your follow-up email you also asked whether …' is question 4", () => {
    const text = [...reply("In your follow-up email of 10 March you also asked whether the cars are leased. No - all 24 cars were bought outright."), ...request].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.answers[3]).toBe("No - all 24 cars were bought outright.");
  });

  it("'You further asked …' is question 4 too", () => {
    const text = [...reply("You further asked how often the chargers are serviced. They are serviced twice a year under the supplier's contract."), ...request].join("\n");
    expect(read(text).labels).toEqual(["1", "2", "3", "4"]);
  });
});

describe("a restated request item ending in a full stop, the answer on the next line", () => {
  it("'Please name …' over 'The Council holds this information but …' in a hard-wrapped letter", () => {
    const text = [
      "Dear Mr Frost",
      "",
      "Your questions are set out below, each followed by our response.",
      "",
      "How many laptops did the Council buy in 2024?",
      "The Council bought 160 laptops in 2024.",
      "Please name the company that supplies the Council's laptops and its",
      "maintenance contract.",
      "The Council holds this information but considers it exempt under section 43(2) of",
      "the Act, as the contract is being retendered.",
      "How many laptops were reported lost or stolen?",
      "Four laptops were reported lost and one stolen.",
      "",
      "Yours sincerely",
      "ICT Services",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed"]);
  });

  it("the authority's own 'please contact' sentence is no ask", () => {
    const text = [
      "Dear Mr Frost",
      "",
      "How many laptops did the Council buy in 2024?",
      "The Council bought 160 laptops in 2024.",
      "",
      "Please contact us if you need this in another format.",
      "",
      "Yours sincerely",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
  });
});
