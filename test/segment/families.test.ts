import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Layout families that generalise (issue 10 A): each fixture is written for these tests, in the
 * shape authorities use, never in a real letter's words. Each states the questions the letter must
 * give and, where it matters, their answers or outcomes.
 */

describe("bulleted questions, each with an answer cue under it", () => {
  it("bullets built alike are separate questions, and a bullet that opens with a condition is one too", () => {
    const text = [
      "Vehicle fleet",
      "",
      "For the vans your depot bought in 2021 please give me the following details about each of them.",
      "",
      "- The make of the van?",
      "Response: Eleven of one make and four of another.",
      "",
      "- The colour of the van?",
      "Response: All are white.",
      "",
      "- If any of the vans were bought second hand, and from which dealer",
      "Response: We do not hold a record of where the vans were bought.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual(["Eleven of one make and four of another.", "All are white.", "We do not hold a record of where the vans were bought."]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed", "3:not_held"]);
  });

  it("under a 'Trust response' heading the first bullet with its own cue is still a question", () => {
    const text = [
      "Dear Mr Reyes,",
      "",
      "Please find below our reply to your request about desk booking.",
      "",
      "Trust response",
      "",
      "- How many desks can staff book each day?",
      "Response: 420 desks.",
      "",
      "- Which product runs the booking system?",
      "Response: A hosted product bought through a national framework.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers).toEqual(["420 desks.", "A hosted product bought through a national framework."]);
  });

  it("noun-phrase bullets (documents named, no ask words) with a cue each are questions", () => {
    const text = [
      "Published request 5521 - planning documents",
      "",
      "- Parking Strategy - the current plan for car parks across the district",
      "Response: The strategy is attached.",
      "",
      "- Enforcement Staff Rota - a chart of who patrols which zone",
      "Response: We do not hold a rota of this kind.",
      "",
      "- Signage Budget - the sums set aside for new road signs",
      "Response: This is published on our website under section 21.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:exempt"]);
  });

  it("the last item of a list completing a lead, right above the response, is not a question of its own", () => {
    const text = [
      "Request",
      "",
      "Please send all letters your planning team sent in May that mention any of these streets:",
      "",
      "  • Quarry Lane",
      "  • Mill Row",
      "  • Fenwick Road",
      "",
      "Our response",
      "",
      "We hold no letters that mention these streets.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
  });
});

describe("Question | Response tables", () => {
  it("a table under a page heading that starts the response, below request paragraphs, is read row by row, not as one blanket reply", () => {
    const text = [
      "Outcome",
      "Partly successful",
      "Request & response",
      "I am looking into how councils buy street lighting and would be glad of some figures about these contracts:",
      "1. Lamp column maintenance – the upkeep of columns and brackets across the borough",
      "2. Energy supply for lighting – the power bought to run the lamps at night",
      "I only need the buying side and nothing that could put the network at risk.",
      "For each contract could you tell me:",
      "Question | Response",
      "Who holds this contract at present? | 1) A regional lighting firm 2) A national energy company",
      "How much is paid under each contract each year? | This is withheld under section 43(2) of the Act.",
      "When does each contract end? | 1) March 2027 2) October 2026",
    ].join("\n");
    const r = read(text);
    expect(r.layout).toBe("table");
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:disclosed"]);
  });
});

describe("numbered questions on a web page with each answer on the next line", () => {
  const long = "If any of these were noted on the file as a reason for the placement: (a) a damp or cold home, (b) missed school for a long time, (c) an adult at home with no fixed income, or (d) a pet that was not cared for.";
  it("a question ending in a full stop, with no response cue, stops where the next paragraph starts", () => {
    const text = [
      "Placements in foster care, first quarter",
      "",
      "1. The number of placements made in the quarter?",
      "Forty-one placements were made.",
      "",
      `2. ${long}`,
      "Our case system does not record reasons in a form we can search, so we cannot say how often each was noted.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.asked[1]).toBe(long);
    expect(r.answers[1]).toBe("Our case system does not record reasons in a form we can search, so we cannot say how often each was noted.");
  });

  it("a form's 'Yes/No' after the question mark ends the question; the paragraph below answers", () => {
    const text = [
      "Request FOI-2210 about river monitoring, received in March and answered in April",
      "1. Do you employ an officer whose only duty is the monitoring of river quality in the district? Yes/No",
      "2. Do you publish the readings of your river sensors each month on your own website? Yes/No",
      "The Act gives access to recorded information; it does not oblige us to answer general questions.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.asked[1]).toBe("Do you publish the readings of your river sensors each month on your own website? Yes/No");
    expect(r.answers[1]).toBe("The Act gives access to recorded information; it does not oblige us to answer general questions.");
  });

  it("the answers under the first items count even where a later answer reads as the response opening", () => {
    const text = [
      "Request 3307 - fleet documents",
      "",
      "1) Fleet Strategy - the plan for replacing the council's vans, gritters and refuse lorries over the next five years, with its current aims and the targets it sets for each depot.",
      "The strategy attached is being revised this year.",
      "",
      "2) Workshop Staff Chart - a diagram of the workshop team, listing job titles only.",
      "Vehicle repairs are bought in from a contractor, so the council has no workshop team.",
      "",
      "3) Fuel Budget - the sums set for fuel in this year and the next.",
      "We do not set a separate fuel budget; fuel sits within the transport budget, which is published online.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers.slice(0, 2)).toEqual(["The strategy attached is being revised this year.", "Vehicle repairs are bought in from a contractor, so the council has no workshop team."]);
  });
});

describe("headings that are not questions, and numbered items that ask in no words", () => {
  it("the next number in the questions' style is a question even as a noun phrase; the answers' own '1)' lists are not", () => {
    const text = [
      "Published response 7781",
      "For each of your two cleaning contracts please tell me:",
      "1. Who holds the contract now?",
      "1) A facilities firm",
      "2) A social enterprise",
      "2. What is each contract worth a year?",
      "The values are withheld under section 43(2) of the Act.",
      "3. Cleaning products used (FOR CONTRACT 1 ONLY)",
      "Details of the products are exempt under section 31(1)(a).",
      "4. When does each contract end?",
      "1) June 2027",
      "2) May 2026",
      "5. The named manager for each of th",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4", "5"]);
    expect(r.asked[2]).toBe("Cleaning products used (FOR CONTRACT 1 ONLY)");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:exempt", "3:exempt", "4:disclosed", "5:other"]);
  });
});

describe("sub-items answered separately, together, or partly together", () => {
  it("a reply list that repeats the letter ('4. No' / 'a. Not applicable') makes the sub-item a question; the parent keeps its own answer", () => {
    const text = [
      "Request 5540",
      "",
      "1. Which product do you use to log complaints?",
      "",
      "2. Have you moved to a new product since 2020?",
      "",
      "a. If so, what did you use before?",
      "",
      "Response 3 March",
      "",
      "1. Complaints are logged in our customer records system.",
      "",
      "2. No",
      "",
      "a. Not applicable",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "2a"]);
    expect(r.answers).toEqual(["Complaints are logged in our customer records system.", "No", "Not applicable"]);
  });

  it("letters answered together, then a letter asked inside the reply with its own answer: each letter is a question, the lead is not", () => {
    const text = [
      "Published reply 2290",
      "",
      "Q1) How many vehicles in your fleet are electric?",
      "",
      "Forty-two of our vehicles are electric.",
      "",
      "Q2) What did you spend in 2023 on:",
      "a) tyres",
      "b) wheel alignment",
      "",
      "We spent £58,300 on tyres; alignment is done by the tyre supplier and is in that sum.",
      "",
      "c) windscreens",
      "",
      "We do not hold this; windscreens are covered by the fleet insurer.",
      "",
      "Q3) How many vehicles are leased?",
      "",
      "Twelve vehicles are leased.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2a", "2b", "2c", "3"]);
    expect(outcomes(text)).toEqual(["1:disclosed", "2a:disclosed", "2b:disclosed", "2c:not_held", "3:disclosed"]);
  });

  it("letters all answered by one text after them, with no letter in the reply, stay with their parent", () => {
    const text = [
      "Published reply 2291",
      "",
      "Q1) What did you spend in 2023 on:",
      "a) tyres",
      "b) wheel alignment",
      "",
      "We spent £58,300 on both together.",
      "",
      "Q2) How many vehicles are leased?",
      "",
      "Twelve vehicles are leased.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1", "2"]);
  });
});

describe("a request quoted in the reply, its numbered items holding lists of their own", () => {
  it("'… you requested the following' then '‘1) …' with bullets under each item: two questions, the bullets complete them", () => {
    const text = [
      "Dear Ms Okafor",
      "Information request",
      "Thank you for your email of 2 May, in which you requested the following",
      "‘1) Records of the pumping stations on the eastern drainage network,",
      "giving at least these fields:",
      "    - station name",
      "    - grid reference",
      "    - pump count",
      "2) Records of the flow gauges on the same network, usually kept in the",
      "asset register, giving at least these fields:",
      "    - gauge name",
      "    - grid reference.’",
      "",
      "I have handled your request under the Environmental Information Regulations.",
      "We hold this information but withhold it under regulation 12(5)(a), as its release would harm public safety.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt"]);
  });
});

describe("a request lead with the requester's framing under it", () => {
  it("'I would like to know the following about …' then a paragraph on how the answers will be used is no question; the bulleted asks are", () => {
    const text = [
      "Published request 8812",
      "Where you can, I would like to know the following about printing contracts held by hospital trusts.",
      "Your answers will be combined with those of other trusts and will help a study of how printing is bought across the sector.",
      "- Who decides which printers the Trust buys?",
      "Purchases are made by the procurement team.",
      "- Has the Trust bought new printers this year?",
      "Yes",
      "- What did the Trust spend on printing last year?",
      "£214,000",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.asked[0]).toBe("Who decides which printers the Trust buys?");
    expect(r.answers).toEqual(["Purchases are made by the procurement team.", "Yes", "£214,000"]);
  });
});

describe("a list inside one ask", () => {
  it("bullets written as embedded clauses ('• What the lease covers') name the fields of one requested register: one question", () => {
    const text = [
      "Register of leases",
      "Dear Estates Office,",
      "I would like a copy of your current register of property leases. I believe such a register sets out, among other things:",
      "• What the lease covers",
      "• Who the tenant is",
      "• The annual rent",
      "• When each lease ends",
      "Yours faithfully,",
      "P. Lind",
      "Dear P. Lind,",
      "We do not keep a register of leases, so we do not hold the information you asked for.",
    ].join("\n");
    expect(read(text).labels).toEqual(["1"]);
    expect(outcomes(text)).toEqual(["1:not_held"]);
  });
});

describe("a restated list whose numbers carry letters ('2. 2b. 2c.') answered as a whole", () => {
  it("'2b.' that asks, with no lettered line under '2.' to answer, is a sibling request item, and the blanket reply covers all", () => {
    const text = [
      "Dear Mr Quill,",
      "You asked us these questions about school crossing patrols:",
      "1. The length of road each patrol covers in every district.",
      "2. The number of patrol officers employed by each district.",
      "2b. The total number of patrol officers employed in the north.",
      "2c. The total number of patrol officers employed in the south.",
      "3. The number of patrol sites closed by each district.",
      "3b. The total number of patrol sites closed in the north.",
      "We do not hold the information you asked for above.",
      "",
      "Yours sincerely,",
      "Records Team",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "2b", "2c", "3", "3b"]);
    expect(r.asked[2]).toBe("The total number of patrol officers employed in the north.");
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held", "2b:not_held", "2c:not_held", "3:not_held", "3b:not_held"]);
  });
});

describe("a log of request blocks and replies with no blank lines", () => {
  it("each 'In the month … please give a split of:' block is a question; one ask a line is one question a line", () => {
    const text = [
      "Request number 4410",
      "During March 2024 please give a split of:",
      "- Total paid to outside firms for night porters",
      "Please give a further split for night porters by:",
      "- Paid per ward",
      "- Paid per firm",
      "Under Section 21 of the Freedom of Information Act this request is exempt because the figures are on our website under Monthly Payments",
      "During March 2024 please give a split of:",
      "- Total paid to the in-house pool for night porters",
      "Please give a further split for night porters by:",
      "- Paid per ward",
      "Please confirm the budget set for night porters in March 2024.",
      "Please confirm which firm supplies most of the night porters.",
      "Please send the figures in an electronic format.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3", "4"]);
    expect(r.asked[1]!.startsWith("During March 2024 please give a split of:")).toBe(true);
    expect(r.asked[2]).toBe("Please confirm the budget set for night porters in March 2024.");
    expect(r.asked[3]!.startsWith("Please confirm which firm supplies most of the night porters.")).toBe(true);
    expect(outcomes(text)).toEqual(["1:exempt", "2:exempt", "3:exempt", "4:exempt"]);
  });
});

describe("the request quoted inside the reply, with lists written without markers", () => {
  it("a lead asking across unmarked lists ('Wards:' / 'Years:') is one question, the ask after the lists another, both answered by the reply", () => {
    const text = [
      "Dear Ms Fenn",
      "Freedom of Information request",
      "I write about your request received by the Trust on 2 March, as detailed below:",
      "Could you tell me the cost of temporary cleaners for the following wards during the following years:",
      "Wards:",
      "Maternity",
      "Outpatients",
      "Children's ward",
      "Years:",
      "2019 (whole year)",
      "2020 (whole year)",
      "2021 (first half)",
      "Please describe any contract in place with cleaning firms for the wards above and when it ends.”",
      "The Trust has dealt with your request under its usual procedures.",
      "Please find attached a spreadsheet with the costs and the contract details.",
      "Yours sincerely",
      "Records Office",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.asked[0]!.endsWith("2021 (first half)")).toBe(true);
    expect(r.asked[1]!.startsWith("Please describe any contract")).toBe(true);
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("a question that appears only in the reply", () => {
  it("'With regard to your question about X, we …' after the restated questions' answers is a question of its own", () => {
    const text = [
      "Information requested",
      "",
      "You asked for the number of parking fines issued on each street in 2023.",
      "",
      "Response",
      "",
      "The figures are set out in the attached table.",
      "",
      "With regard to your question about whether any fines were cancelled on appeal during the same year, we can confirm that 212 fines were cancelled.",
      "",
      "Yours sincerely,",
      "Parking Services",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.asked[1]).toBe("With regard to your question about whether any fines were cancelled on appeal during the same year,");
    expect(r.answers[1]).toBe("we can confirm that 212 fines were cancelled.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("questions numbered inside one paragraph, the reply's numbering stopping short", () => {
  it("the last question, with no numbered answer, takes the paragraph after the last numbered answer", () => {
    const text = [
      "Please answer these. 1. How many bus shelters does the council maintain? 2. How many were repaired last year? 3. How long does a repair take on average?",
      "1. The council maintains 140 shelters.",
      "2. We do not record repairs by shelter, so this information is not held.",
      "Repair times are not logged by our contractor and we hold no record of them.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toBe("We do not record repairs by shelter, so this information is not held.");
    expect(r.answers[2]).toBe("Repair times are not logged by our contractor and we hold no record of them.");
    expect(outcomes(text)).toEqual(["1:disclosed", "2:not_held", "3:not_held"]);
  });
});

describe("web-form numbering damaged in export", () => {
  it("stray numbers and numbered wrapped lines read as two requests numbered 1 and 2", () => {
    const text = [
      "Request or Question",
      "Under the Freedom of Information Act I ask for the following:1. 2. ",
      "3. I would like you to tell me which street lights the council counts as",
      "4.  needing urgent repair. If you have a written policy on this, please send me a copy.",
      "5. ",
      "2. ",
      "3. ",
      "4. For urgent street light faults, please give me the target number of days",
      "5.  within which the council aims to fix them.",
      "6. ",
      "Response",
      "The street lights were transferred to the regional roads authority in 2015, so the council does not hold this information.",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.asked[0]!.startsWith("I would like you to tell me which street lights")).toBe(true);
    expect(r.asked[1]!.startsWith("For urgent street light faults")).toBe(true);
    expect(outcomes(text)).toEqual(["1:not_held", "2:not_held"]);
  });
});
