import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/**
 * Families of answer wording, read by meaning rather than by phrase: each case is a letter written for the test,
 * in our own words, with the outcome labels.md gives it.
 */
const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "/partial" : ""}`);

describe("a nil said of information, or of people, is an answer (labels.md: a nil answer is disclosed)", () => {
  it("information as the subject of an incident that did not happen", () => {
    expect(read("1. Was any personal data lost in the two incidents?\n\nNo personal data was lost in either incident.")).toEqual(["1:disclosed"]);
    expect(read("1. Were any records taken in the break-in at the depot?\n\nNo customer records were stolen or copied during the break-in.")).toEqual(["1:disclosed"]);
  });
  it("'has been' is an auxiliary, not the authority having something", () => {
    expect(read("1. How many staff were dismissed for failing phishing tests?\n\nNo member of staff has been dismissed for that reason.")).toEqual(["1:disclosed"]);
    expect(read("1. How many officers were suspended over data misuse in 2023?\n\nNo officer has been suspended on those grounds in 2023.")).toEqual(["1:disclosed"]);
  });
  it("'nothing to report' uses report as a verb", () => {
    expect(read("1. What did the college spend on phishing simulations in 2023/24?\n\nThe simulations were run by our own staff, so there is no spend to report for that year.")).toEqual(["1:disclosed"]);
  });
  it("information itself absent stays not held", () => {
    expect(read("1. How many laptops were lost in 2023?\n\nNo records of lost laptops are kept.")).toEqual(["1:not_held"]);
  });
});

describe("an item declined as no request for recorded information is other (labels.md: not a request, no ground applied)", () => {
  it("the law's reach said as what it does not oblige", () => {
    expect(read("1. Why did the council choose this supplier over the others?\n\nThe Act gives access to information that is already recorded, and does not require an authority to answer questions or give explanations that are not already written down.\n\n2. How many bids were received?\n\nFour bids were received.")).toEqual(["1:other", "2:disclosed"]);
    expect(read("1. Does the board think its firewall is good enough?\n\nThe Regulations do not oblige the board to offer an opinion or create new information, so this part has not been answered.\n\n2. Who supplies the firewall?\n\nThe firewall is supplied by Norbridge Networks.")).toEqual(["1:other", "2:disclosed"]);
  });
  it("the item itself asks for an account", () => {
    expect(read("1. Explain why the depot closed early on 3 May.\n\nThis question asks the council to explain a decision. We have not treated it as a request for information.")).toEqual(["1:other"]);
  });
  it("a bare 'we cannot answer' after it is the item declined, not a refusal", () => {
    expect(read("1. Is the trust's security budget adequate?\n\nThis item asks for the trust's opinion rather than for recorded information, so it is not a valid request under the Act. We are not able to provide an answer.")).toEqual(["1:other"]);
    expect(read("1. Do you think the cyber team is large enough?\n\nThis part seeks a view rather than recorded information. We cannot provide a response to it.")).toEqual(["1:other"]);
  });
});

describe("a clarification asked inside an answer is other, whatever reason it gives (labels.md: clarification sought)", () => {
  it("'grateful if you could clarify', with the reason as a nil", () => {
    expect(read("1. What are the recovery targets for your key systems?\n\nWe would be grateful if you could clarify what you mean by key systems, as there is no single list of them.\n\n2. Do you test your backups?\n\nYes, every quarter.")).toEqual(["1:other", "2:disclosed"]);
    expect(read("1. How many devices are unsupported?\n\nIt would help if you could specify which kind of device you mean, as none of our records uses that term.\n\n2. How many servers do you run?\n\nWe run 48 servers.")).toEqual(["1:other", "2:disclosed"]);
    expect(read("1. How much was spent on the project?\n\nWe would appreciate it if you could confirm which project you mean; we have run two under that name.\n\n2. Who approved it?\n\nThe finance committee approved it in March.")).toEqual(["1:other", "2:disclosed"]);
  });
});

describe("a part given in plain words, then the rest not held, is disclosed in part (labels.md: part given and part not held)", () => {
  it("a count stated first", () => {
    expect(read("1. How many season tickets were sold in 2023, and how many to pensioners?\n\n2,406 season tickets were sold in 2023. The ticketing system does not ask for a buyer's age, so we do not hold the number sold to pensioners.")).toEqual(["1:disclosed/partial"]);
    expect(read("1. How many bridges did the council inspect, and how many failed?\n\nAt 31 March 2024, 87 bridges had been inspected. The outcome of each inspection is not recorded centrally.")).toEqual(["1:disclosed/partial"]);
    expect(read("1. How many applications and appeals were there in each year?\n\nApplications: 2022 total 1,120; 2023 total 1,304. Appeals are handled by the tribunal, so the council does not hold those figures.")).toEqual(["1:disclosed/partial"]);
  });
  it("a document sent, said as the authority's own act", () => {
    expect(read("1. Please give a breakdown of call-outs by district for 2021 to 2023.\n\nI have attached a workbook which splits call-outs by district for 2022 and 2023. The 2021 figures were lost in the move to the new system and are no longer held.")).toEqual(["1:disclosed/partial"]);
  });
  it("numbers that are no count leave the not-held whole", () => {
    expect(read("1. How many skips were collected in 2023?\n\nOn 3 May 2024 we searched the waste system under section 1 of the Act. We do not hold this information.")).toEqual(["1:not_held"]);
    expect(read("1. How many skips were collected in 2023?\n\nWe have checked records back to 2019/20. The council does not record skip collections.")).toEqual(["1:not_held"]);
  });
});

describe("statesQuantity: a count, not a year, date, provision, period or list number", () => {
  it("reads counts and amounts", async () => {
    const { statesQuantity } = await import("../../src/classify/quantity.js");
    expect(statesQuantity("1,312 permits were issued to carers in 2023/24.")).toBe(true);
    expect(statesQuantity("Offers made: 2023 entry 402; 2024 entry 388.")).toBe(true);
    expect(statesQuantity("At 1 April 2024, 412 homes were empty.")).toBe(true);
    expect(statesQuantity("Exempt under section 31 of the Act.")).toBe(false);
    expect(statesQuantity("We received your request on 4 June 2024.")).toBe(false);
    expect(statesQuantity("This would take over 18 hours, above the limit.")).toBe(false);
    expect(statesQuantity("Please see page 3 of the report.")).toBe(false);
  });
});

describe("'no separate …' before information kept is not held, however long the phrase (labels.md: 'no separate budget')", () => {
  it("the negated noun phrase as the subject of a passive keeping verb", () => {
    expect(read("1. What is your cyber security budget?\n\nSecurity is paid for from the general ICT budget, and no separate cyber security budget figure is held.")).toEqual(["1:not_held"]);
    expect(read("1. What did each ward's street lighting cost in 2023?\n\nNo breakdown of lighting costs by ward is currently kept.")).toEqual(["1:not_held"]);
  });
});
