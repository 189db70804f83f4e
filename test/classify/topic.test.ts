import { describe, expect, it } from "vitest";
import { assignTopics, defaultTaxonomy, inScope, parseTaxonomy, requestScope, requestSubject, topicOf, withoutLetterhead } from "../../src/classify/topic.js";

describe("topic taxonomy (data/topics.json): every entry scored", () => {
  const topic = (q: string) => topicOf(defaultTaxonomy, q);
  it("gives each question the topic it names", () => {
    expect(topic("Did you pay the ransom demanded?")).toBe("ransomware");
    expect(topic("How many personal data breaches did you report to the ICO?")).toBe("breaches");
    expect(topic("Have you reported any cyber incidents to the NCSC?")).toBe("reporting");
    expect(topic("How many cyber-attacks were attempted on your network last year?")).toBe("attacks");
    expect(topic("What is your annual budget for cyber security?")).toBe("spend");
    expect(topic("How many people are employed to oversee cyber security?")).toBe("staff");
    expect(topic("Do staff complete cyber security awareness training?")).toBe("training");
    expect(topic("How often do you test your backups?")).toBe("recovery");
    expect(topic("Do you hold Cyber Essentials Plus certification?")).toBe("policy");
    expect(topic("Which antivirus software do you use?")).toBe("systems");
    expect(topic("Do you hold cyber insurance?")).toBe("insurance");
    expect(topic("When will it happen?")).toBeNull();
  });
  it("reports to the ICO are breaches (labels.md), reports to the NCSC, police or Action Fraud are reporting", () => {
    expect(topic("A description of each breach reported to the ICO, with the number of people affected.")).toBe("breaches");
    expect(topic("How many incidents did the council notify to the Information Commissioner's Office?")).toBe("breaches");
    expect(topic("Please list every incident reported to the National Cyber Security Centre.")).toBe("reporting");
    expect(topic("How many attacks were reported to Action Fraud?")).toBe("reporting");
  });
  it("a question whose verb is reporting asks about reporting, though it names the incidents reported", () => {
    expect(topic("How many security incidents did the board report to the NCSC during 2024?")).toBe("reporting");
    expect(topic("Has the authority reported any cyber incident in the past two years, and if so to whom?")).toBe("reporting");
    expect(topic("Did you report these attacks externally (for example to the police)?")).toBe("reporting");
    expect(topic("Did the college report the incident to the ICO?")).toBe("breaches");
    expect(topic("What did the incident report recommend?")).not.toBe("reporting");
  });
  it("the NHS data security toolkit is an assurance standard (policy); handsets are hardware (systems), whoever holds them", () => {
    expect(topic("What was the outcome of your most recent DSPT assessment?")).toBe("policy");
    expect(topic("Has the trust met the Data Security and Protection Toolkit standards this year?")).toBe("policy");
    expect(topic("How many handsets have been given to staff?")).toBe("systems");
    expect(topic("How many smartphones are currently issued to employees?")).toBe("systems");
    expect(topic("Does the hospital intend to replace its EPR before 2027?")).toBe("systems");
    expect(topic("When was your electronic health record last upgraded?")).toBe("systems");
  });
  it("papers and minutes of a board or committee that discussed cyber security are governance (policy)", () => {
    expect(topic("Please send the minutes of every meeting of the information governance committee at which cyber risk was discussed.")).toBe("policy");
    expect(topic("Copies of papers from the digital security board about cyber security in 2023.")).toBe("policy");
  });
  it("answers that name the subject: a ransom paid, an incident involving personal data, a team structure chart", () => {
    expect(topic("Nil. No ransom has ever been paid by the council.")).toBe("ransomware");
    expect(topic("£0 – we have not paid any ransoms.")).toBe("ransomware");
    expect(topic("Two of those incidents affected personal information of residents.")).toBe("breaches");
    expect(topic("The organisation chart of the digital security team is attached.")).toBe("staff");
  });
  it("a specific term outweighs a broad one: the ransom paid is ransomware, not spend", () => {
    expect(topic("Was a ransom paid, and what was its value?")).toBe("ransomware");
    expect(topic("What share of the phishing emails sent to staff were opened?")).toBe("attacks");
  });
  it("a question asking two things takes the topic of the first", () => {
    expect(topic("Who is your main contact for buying software, and which products do you license?")).toBe("staff");
    expect(topic("What did the firewall upgrade cost, and who supplied it?")).toBe("systems");
    expect(topic("How much did you spend on software licences last year?")).toBe("spend");
  });
  it("IT questions that are not about security take systems, spend or staff", () => {
    expect(topic("Which supplier provides your telephony system?")).toBe("systems");
    expect(topic("What is the annual cost of your case management system?")).toBe("spend");
    expect(topic("What is the job title of the officer responsible for IT procurement?")).toBe("staff");
  });
  it("a letter about neither IT nor cyber security is out of scope", () => {
    expect(inScope(defaultTaxonomy, "How many fly-tipping incidents were reported in 2022?")).toBe(false);
    expect(inScope(defaultTaxonomy, "Does the child spend too much time playing computer games?")).toBe(false);
    expect(inScope(defaultTaxonomy, "How many ransomware attacks did the council suffer?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Which laptops and network hardware do you buy?")).toBe(true);
    // A place name is not hacking; suppliers and contracts alone are not IT.
    expect(inScope(defaultTaxonomy, "How was council tax set for the new houses in Hackenthorpe?")).toBe(false);
    expect(inScope(defaultTaxonomy, "Which suppliers hold the school transport contracts?")).toBe(false);
  });
});

describe("topics of a letter's questions in context", () => {
  const none = { subject: "", scope: "", request: "" };
  it("a driver's use of a mobile phone is road enforcement, not the body's telephony", () => {
    expect(inScope(defaultTaxonomy, "Does the new camera on the ring road also catch mobile phone use at the wheel?")).toBe(false);
    expect(inScope(defaultTaxonomy, "How many fines were issued for drivers' mobile phone offences?")).toBe(false);
    expect(inScope(defaultTaxonomy, "How many mobile phones does the council issue to staff?")).toBe(true);
    expect(topicOf(defaultTaxonomy, "Which network provides the mobile phones used by your staff?")).toBe("systems");
  });
  it("a letter outside the domain gives every question the fallback", () => {
    const request = "How many complaints about noise did you receive? What did it cost to investigate them?";
    expect(assignTopics(defaultTaxonomy, [{ text: "How many complaints about noise did you receive?", answer: "" }, { text: "What did it cost to investigate them?", answer: "" }], { ...none, request })).toEqual(["other", "other"]);
  });
  it("a supplier questionnaire about an IT product named by its kind (email security) is in the domain", () => {
    const qs = [
      "Which company is your current email filtering provider?",
      "When does that contract end?",
      "What is the yearly cost of the contract?",
      "Did you buy it through a reseller? If yes, please say which.",
      "Please give the name and contact details of the manager responsible.",
    ];
    const request = `Secure email products.\n${qs.join("\n")}`;
    expect(inScope(defaultTaxonomy, request)).toBe(true);
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { ...none, subject: "Secure email products", request })).toEqual(["systems", "systems", "spend", "systems", "staff"]);
  });
  it("a follow-up that names nothing takes the topic of the question it follows", () => {
    const request = "Has the trust suffered a ransomware attack? If so, how long did it last?";
    expect(assignTopics(defaultTaxonomy, [{ text: "Has the trust suffered a ransomware attack?", answer: "" }, { text: "If so, how long did it last?", answer: "" }], { ...none, request })).toEqual(["ransomware", "ransomware"]);
  });
  it("a follow-up of an incident that names only a broad topic is about the incident; one that does not refer back keeps its own", () => {
    const request = "Ransomware attacks on the trust.";
    const asked = (texts: string[]) => assignTopics(defaultTaxonomy, texts.map((text) => ({ text, answer: "" })), { ...none, request });
    expect(asked(["Has the trust suffered a ransomware attack since 2020?", "What was the total cost of the incident?"])).toEqual(["ransomware", "ransomware"]);
    expect(asked(["Has the trust suffered a ransomware attack since 2020?", "If so, which systems were affected?"])).toEqual(["ransomware", "ransomware"]);
    expect(asked(["Has the trust suffered a ransomware attack since 2020?", "Which suppliers hold your support contracts?"])).toEqual(["ransomware", "systems"]);
  });
  it("a question about the body as a whole needs the domain in its own words", () => {
    const request = "Questions about the intranet platform.";
    const qs = ["Which intranet platform do you use?", "How many people are employed by your organisation in total?", "What is the overall budget of the trust this year?", "What is the overall budget for the intranet?"];
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { ...none, subject: "intranet platform", request })).toEqual(["systems", "other", "other", "spend"]);
  });
  it("a short question that names nothing borrows from its answer", () => {
    const request = "Questions about our IT systems and their suppliers.";
    expect(assignTopics(defaultTaxonomy, [{ text: "Renewal date?", answer: "The firewall support contract is renewed each April." }], { ...none, request })).toEqual(["systems"]);
  });
  it("a question in a list that names nothing takes its neighbour's topic, not the subject's", () => {
    const request = "Questions about the IT systems and equipment of the force.";
    const questions = [
      { text: "How many fax machines does the force still use?", answer: "" },
      { text: "What is the total number of pagers currently in use across the whole force?", answer: "" },
    ];
    expect(assignTopics(defaultTaxonomy, questions, { subject: "force IT equipment and spend", scope: "", request })).toEqual(["systems", "systems"]);
  });
  it("a first question that names nothing takes what the request's other questions are about as each was read, not the request's most frequent word", () => {
    const qs = [
      "How many requests under the Act reached the council in each quarter of last year?",
      "How many of them were answered late?",
      "How many staff does the council employ overall to answer such requests?",
      "Which software logs the requests?",
      "How many staff are employed by the council in total?",
    ];
    const request = qs.join("\n");
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: request, request })).toEqual(["other", "other", "other", "systems", "other"]);
    // A request about one named system: the questions that name nothing are about it.
    const named = ["Any briefing notes sent to officials about Northgate Watch.", "Any overviews of how Northgate Watch is used day to day by social workers.", "Any data visualisation outputs built on Northgate Watch."];
    expect(assignTopics(defaultTaxonomy, named.map((text) => ({ text, answer: "" })), { subject: "", scope: named.join("\n"), request: named.join("\n") })).toEqual(["systems", "systems", "systems"]);
  });
  it("spend and staff count only what lies in the domain: the question, the one before it or the subject says so", () => {
    const request = "Questions about the council's intranet platform and its costs.";
    const questions = [
      { text: "How many people work for the council in total, full and part time?", answer: "" },
      { text: "Which intranet product do you run at present?", answer: "" },
      { text: "What did the council pay for it in each of the last two years?", answer: "" },
    ];
    expect(assignTopics(defaultTaxonomy, questions, { subject: "", scope: "", request })).toEqual(["other", "systems", "spend"]);
    expect(assignTopics(defaultTaxonomy, [{ text: "How many people work in the team, full and part time?", answer: "" }], { subject: "IT staffing", scope: "", request })).toEqual(["staff"]);
  });
  it("training counts only where what is taught is in the domain, like spend and staff", () => {
    const qs = ["Which software logs your FOI requests?", "Do all staff complete training on spotting phishing emails?", "How many people does the trust employ overall?", "Have the FOI officers been trained in FOI law?"];
    const request = qs.join("\n");
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: request, request })).toEqual(["systems", "training", "other", "other"]);
  });
  it("a short question borrows from the subject before its answer, and never from a refusal's reasoning", () => {
    const request = "Cyber insurance held by the trust.";
    expect(assignTopics(defaultTaxonomy, [{ text: "The renewal date?", answer: "Exempt under section 31: disclosure would help attackers target our systems." }], { subject: "Cyber insurance renewal", scope: "", request })).toEqual(["insurance"]);
    expect(assignTopics(defaultTaxonomy, [{ text: "Renewal date?", answer: "Exempt under section 24, as releasing it would show attackers which firewall we run." }], { subject: "", scope: "Our servers and software.", request: "Our servers and software." })).toEqual(["systems"]);
  });
  it("IT that is not about security is in the domain: analytics, algorithms, telephony lines, intranets", () => {
    expect(inScope(defaultTaxonomy, "Does the council use any algorithm or predictive model to flag families for early help?")).toBe(true);
    expect(topicOf(defaultTaxonomy, "Who supplies your phone lines and calls?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Which intranet do you use?")).toBe("systems");
  });
  it("words narrowed to their topical sense: a cross-reference is not a referral, a plan to upgrade is not a policy, a buying framework is procurement, the ICO a party", () => {
    expect(topicOf(defaultTaxonomy, "Which suppliers are on the contract referred to in question 2?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Were any incidents referred to the police?")).toBe("reporting");
    expect(topicOf(defaultTaxonomy, "Do you have a plan or policy to replace the remaining unsupported servers?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Please send your policy on acceptable use of laptops.")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Which national frameworks do you buy network services through?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Does the trust follow a recognised security framework?")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Copies of any policy on how the council deals with the ICO about cyber incidents.")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Has the ICO issued a fine or reprimand after a data incident?")).toBe("breaches");
  });
  it("people named by their role or counted are staff, contractors included", () => {
    expect(topicOf(defaultTaxonomy, "How many contractors work in the security operations centre?")).toBe("staff");
    expect(topicOf(defaultTaxonomy, "The responsible procurement officer for each software contract.")).toBe("staff");
    expect(topicOf(defaultTaxonomy, "Names of your ICT account managers and any person(s) involved in licence renewals.")).toBe("staff");
  });
  it("a broad topic's word that only qualifies another's noun leaves the topic to that noun; a specific one keeps it", () => {
    expect(topicOf(defaultTaxonomy, "What is your yearly intranet budget?")).toBe("spend");
    expect(topicOf(defaultTaxonomy, "Please send the firewall policy.")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Which intranet platform do you use, and what is its budget?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many ransomware attacks were there?")).toBe("ransomware");
  });
  it("of two overlapping terms the one that reaches further right is the head of the compound; a system hit by an incident is the incident's", () => {
    expect(topicOf(defaultTaxonomy, "Is there a written cyber incident response plan?")).toBe("recovery");
    expect(topicOf(defaultTaxonomy, "Please send the results of the last phishing simulation.")).toBe("training");
    expect(topicOf(defaultTaxonomy, "Which backup solution does the council use against ransomware?")).toBe("recovery");
    expect(topicOf(defaultTaxonomy, "Has the county's network ever been hit by a ransomware attack?")).toBe("ransomware");
    expect(topicOf(defaultTaxonomy, "Was the patient records system affected by a cyber incident last year?")).toBe("attacks");
    expect(topicOf(defaultTaxonomy, "Were any servers taken offline after the attack, and which suppliers restored them?")).toBe("attacks");
    expect(topicOf(defaultTaxonomy, "Which servers run the payroll system?")).toBe("systems");
  });
  it("people counted as those who did a training activity, or as its denominator, are training, not staff", () => {
    expect(topicOf(defaultTaxonomy, "How many officers and staff finished the mandatory cyber awareness e-learning last year?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many employees completed the information security e-learning module in 2023?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many members of staff clicked the link in last month's phishing simulation?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many agency workers do you use, and what percentage of them have received data protection training?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many staff work in the cyber security team?")).toBe("staff");
  });
  it("incident response, recovery and ransomware in other words; blocked emails are attacks stopped; lost or stolen devices are breaches; named security roles are staff", () => {
    expect(topicOf(defaultTaxonomy, "Is there a procedure for responding to a cyber attack on the council's servers?")).toBe("recovery");
    expect(topicOf(defaultTaxonomy, "What did recovering from the incident cost in total?")).toBe("recovery");
    expect(topicOf(defaultTaxonomy, "Which servers were encrypted during the attack?")).toBe("ransomware");
    expect(topicOf(defaultTaxonomy, "Are staff laptops encrypted?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many emails were quarantined by the mail gateway each month?")).toBe("attacks");
    expect(topicOf(defaultTaxonomy, "Which websites are blocked on library computers?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many mobile phones did staff report stolen in 2023?")).toBe("breaches");
    expect(topicOf(defaultTaxonomy, "Who is the trust's Senior Information Risk Owner?")).toBe("staff");
    expect(inScope(defaultTaxonomy, "Does the council require two-factor authentication for remote working?")).toBe(true);
  });
  it("words in their other senses: the virus of a pandemic, a breach of contract or planning control", () => {
    expect(inScope(defaultTaxonomy, "How many care home residents died of the COVID-19 virus in 2020?")).toBe(false);
    expect(inScope(defaultTaxonomy, "How many residents tested positive after the virus outbreak at the home?")).toBe(false);
    expect(inScope(defaultTaxonomy, "Has a computer virus infected the council's network?")).toBe(true);
    expect(topicOf(defaultTaxonomy, "How many suppliers were found in breach of contract on the IT framework?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many breaches of personal data were reported?")).toBe("breaches");
  });
  it("the technology in place to stop a threat is a system, not the threat", () => {
    expect(topicOf(defaultTaxonomy, "Which tools are in place to block malicious attachments?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "What software is used to detect a ransomware infection?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many malicious attachments were blocked last year?")).toBe("attacks");
  });
  it("what a question sets aside, or gives as an illustration, counts for nothing or less", () => {
    expect(topicOf(defaultTaxonomy, "Excluding any ransom paid, what did the cyber incidents cost to put right?")).toBe("attacks");
    expect(topicOf(defaultTaxonomy, "Apart from the backups, which software licences do you hold?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "The number of complaints the IT helpdesk logged (for example virus warnings, broken laptops).")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "How many virus warnings did the IT helpdesk log?")).toBe("attacks");
  });
  it("a service's website, portal or directory asked for by its provider, or a 'digital solution', is IT; policy, like spend and staff, needs the domain", () => {
    const qs = [
      "Who is the provider of the council's Local Offer website and/or directory?",
      "When does the contract end?",
      "What is the contract value?",
      "What is the name and role of the officer responsible for the Local Offer website?",
    ];
    const request = qs.join("\n");
    expect(inScope(defaultTaxonomy, request)).toBe(true);
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: request, request })).toEqual(["systems", "systems", "spend", "staff"]);
    expect(inScope(defaultTaxonomy, "Has the council bought a digital solution for its youth hubs, and who supplies it?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Who is the provider of the day centre for older people?")).toBe(false);
    // A strategy for spending a grant, in a letter that also asks about a system, is not an IT policy.
    const hubs = ["Please send your strategy for spending the youth hubs grant.", "Has a digital solution been procured for the hubs?"];
    expect(assignTopics(defaultTaxonomy, hubs.map((text) => ({ text, answer: "" })), { subject: "Youth hubs strategy", scope: hubs.join("\n"), request: hubs.join("\n") })).toEqual(["other", "systems"]);
  });
  it("the form a dataset is asked in (a spreadsheet, the Open Government Licence, as on your website) does not make a data request IT", () => {
    const request = "Please send the full list of licensed street traders, with their pitch and trading hours, as a CSV or Microsoft Excel file under the Open Government Licence. You last put this list on your website in March; I would like the current dataset.";
    expect(inScope(defaultTaxonomy, request)).toBe(false);
    expect(topicOf(defaultTaxonomy, "Please provide it in Microsoft Excel format, as published on the council's website.")).toBeNull();
    expect(topicOf(defaultTaxonomy, "Which Microsoft licences does the council hold?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Who hosts the council's website?")).toBe("systems");
  });
  it("a system named by what it does, or asked for as 'which system do you use', is IT", () => {
    expect(inScope(defaultTaxonomy, "Which system does the council use to log pothole reports?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Please send the user guide of the force's dispatch system.")).toBe(true);
    expect(inScope(defaultTaxonomy, "Which roads does the council grit first?")).toBe(false);
    const qs = ["What software does your authority currently use to handle complaints?", "The yearly cost of this system.", "If yes, which system did you use before?"];
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: qs.join("\n"), request: qs.join("\n") })).toEqual(["systems", "spend", "systems"]);
  });
  it("a supplier questionnaire about software named by its function (a management platform, a survey tool) is IT", () => {
    expect(inScope(defaultTaxonomy, "Which Licensing/Permits Management solution(s) does your council currently use?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Does the council use a tool for surveys of residents?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Is the parking permits platform hosted or on-premise?")).toBe(true);
    expect(inScope(defaultTaxonomy, "How many residents took part in the parks survey?")).toBe(false);
    const qs = ["Which Licensing Management platform does your council currently use?", "When does its contract end?", "What is the contract value?", "Who is the budget holder for this contract?"];
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: qs.join("\n"), request: qs.join("\n") })).toEqual(["systems", "systems", "spend", "staff"]);
  });
  it("'IT' qualifying another topic's noun leaves the topic to that noun", () => {
    expect(topicOf(defaultTaxonomy, "A copy of the ICT strategy for the next three years.")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Is your IT run in-house or by a contractor?")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Who provides your IT?")).toBe("systems");
  });
  it("material that teaches about a system is about the system: 'educational' and 'staff' as modifiers name no topic", () => {
    expect(topicOf(defaultTaxonomy, "Any leaflets, slide decks or educational material about the case management system.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Please send any staff educational material concerning the new HR software.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Do you provide cyber security education to employees?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "We would like to know how you educate staff about suspicious links.")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many staff work in the information security team?")).toBe("staff");
  });
  it("analytics in its common wordings is IT: predictive analytic work, risk scores, predictor variables, data visualisation, integrated data", () => {
    expect(inScope(defaultTaxonomy, "Please send reports on the predictive analytic processes behind your housing risk scores.")).toBe(true);
    expect(inScope(defaultTaxonomy, "This concerns the integration of data held by adult care and health partners into one view.\nAny data visualisation outputs of that work.")).toBe(true);
    expect(inScope(defaultTaxonomy, "Is a purchased lifestyle dataset a predictor variable in the force's offender risk tool?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Please list the risk assessment forms used by health visitors.")).toBe(false);
    expect(topicOf(defaultTaxonomy, "Any data visualisation outputs produced by the scheme.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Was the postcode used as a predictor variable?")).toBe("systems");
  });
  it("a broad topic's word said in passing names nothing: the question reads its context", () => {
    const request = "About the integration of data behind the council's FamilyLens scheme.\nAny data visualisation outputs from FamilyLens.";
    const questions = [
      { text: "Any briefing notes sent to councillors, staff or others about the FamilyLens scheme.", answer: "" },
      { text: "Any data visualisation outputs from FamilyLens.", answer: "" },
    ];
    expect(assignTopics(defaultTaxonomy, questions, { subject: "", scope: request, request })).toEqual(["systems", "systems"]);
  });
  it("the letterhead names the office that answers, not the subject: its fields do not open the domain", () => {
    const opening = "Directorate: Digital Services and Technology\nTel: 0100 000 000\nOur ref: 2024/118\n\nYou asked how many bicycles were reported stolen from stations.";
    expect(inScope(defaultTaxonomy, opening)).toBe(true);
    expect(inScope(defaultTaxonomy, withoutLetterhead(opening))).toBe(false);
    expect(withoutLetterhead("Service: ICT\nSubject: firewall renewal")).toBe("\nSubject: firewall renewal");
  });
  it("a financial year is a period, not spend; a broad topic lent by an answer needs the domain", () => {
    expect(topicOf(defaultTaxonomy, "Thefts recorded in each financial year since 2019")).toBeNull();
    expect(topicOf(defaultTaxonomy, "How was the project financed?")).toBe("spend");
    const scope = "Booking software used by the parks service.";
    const questions = [{ text: "Broken down by year?", answer: "The parks team budget was £40,000 in each year." }];
    expect(assignTopics(defaultTaxonomy, questions, { subject: "", scope, request: scope })).toEqual(["systems"]);
  });
  it("questions with no words of their own leave the request to the letter's opening, less its letterhead", () => {
    const letter = "Team: Information Governance\nQuestion | Response\nWhich vendor hosts the patient portal software? | A regional supplier.";
    expect(requestScope("", ["", "  ", ""], letter)).toContain("Question | Response\nWhich vendor hosts the patient portal software? | A regional supplier.");
    expect(requestScope("", ["", "  ", ""], letter)).not.toContain("Information Governance");
    expect(requestScope("Portal", ["Which vendor?", ""], letter)).toBe("Portal\nWhich vendor?");
    const scope = requestScope("", ["", ""], letter);
    const topics = assignTopics(defaultTaxonomy, [{ text: "", answer: "Please see the attached." }, { text: "", answer: "" }], { subject: "", scope, request: scope });
    expect(topics).toEqual(["systems", "systems"]);
  });
  it("a letter whose questions have no words reads its opening less the refusal reasoning, with the subject it says back", () => {
    const letter = "Thank you for your email asking for details about our wide area network and its servers. Your request has been considered under the Act. Releasing this would help attackers plan a hack, so it is exempt under section 31.";
    const scope = requestScope("", [""], letter);
    expect(scope).toContain("our wide area network and its servers");
    expect(scope).not.toContain("attackers");
    expect(assignTopics(defaultTaxonomy, [{ text: "", answer: "" }], { subject: "", scope, request: scope })).toEqual(["systems"]);
  });
  it("an answer lends nothing from what it says about the cost of answering or the handling of the request", () => {
    const scope = "Which firewall products do you run?";
    const costly = [
      { text: "Which firewall products do you run?", answer: "Two, from one supplier." },
      { text: "", answer: "Finding this would take an estimated 30 hours of officer time, well over the cost limit." },
    ];
    expect(assignTopics(defaultTaxonomy, costly, { subject: "", scope, request: scope })).toEqual(["systems", "systems"]);
    const handled = [{ text: "", answer: "Your request has been reviewed by our policy team. The supplier of our email filtering is named below." }];
    expect(assignTopics(defaultTaxonomy, handled, { subject: "", scope: "", request: scope })).toEqual(["systems"]);
  });
  it("guidance or material given to staff, and what users are aware of, is training; safeguards, oversight and codes of conduct are policy", () => {
    expect(topicOf(defaultTaxonomy, "Copies of the instructions issued to frontline staff on using the triage software.")).toBe("training");
    expect(topicOf(defaultTaxonomy, "What guidance are officers given before they use the mobile data terminals?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "To what extent are practitioners made aware of how the tool ranks households?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "Is the council aware of any attack on its network?")).toBe("attacks");
    expect(topicOf(defaultTaxonomy, "What safeguards exist to stop the scoring model treating groups unfairly?")).toBe("policy");
    expect(topicOf(defaultTaxonomy, "Any code of practice or oversight arrangements governing the data warehouse.")).toBe("policy");
  });
  it("the subject is the title, else the words of the page address", () => {
    expect(requestSubject({ title: "Cyber attacks 2023", source: "https://example.org/foi/other-words" })).toBe("Cyber attacks 2023");
    expect(requestSubject({ title: "", source: "https://example.org/request/content_filtering_software_76" })).toBe("content filtering software");
    expect(requestSubject({ title: "", source: "https://example.org/disclosure-log/backup-policy-review/" })).toBe("backup policy review");
    expect(requestSubject({ title: "", source: "http://example.org/page_108531.html" })).toBe("");
    expect(requestSubject({ title: "", source: "not an address" })).toBe("");
  });
  it("a question missing from the letter takes the request's subject", () => {
    expect(assignTopics(defaultTaxonomy, [{ text: "", answer: "" }], { subject: "Cyber insurance cover", scope: "", request: "Cyber insurance cover" })).toEqual(["insurance"]);
  });
});

describe("the first ask decides between a named provider and what it provides", () => {
  it("asking which firm supplies a service is systems; the firm asked second yields to the first ask", () => {
    expect(topicOf(defaultTaxonomy, "Please tell me which firm runs your staff phishing simulations and what the contract is worth.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "The name of the company that looks after your backup service.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Please give the name and yearly cost of your web filtering product.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "Name the suppliers of the council's security monitoring services and the value of each contract.")).toBe("systems");
    expect(topicOf(defaultTaxonomy, "When did the council last have a penetration test done, and which firm did it?")).toBe("policy");
  });
  it("how many staff passed, failed or clicked in a course or simulated phishing exercise is training", () => {
    expect(topicOf(defaultTaxonomy, "What proportion of employees have completed the mandatory module this year?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "What share of users clicked the link in the last test email?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many staff were reprimanded for failing a phishing exercise?")).toBe("training");
    expect(topicOf(defaultTaxonomy, "How many staff finished the data protection / cyber e-learning module?")).toBe("training");
  });
  it("a fine or reprimand from the regulator for data protection is breaches; an attack on ransomware's terms is ransomware", () => {
    expect(topicOf(defaultTaxonomy, "Have you had any monetary penalty or reprimand from the Information Commissioner since 2021?")).toBe("breaches");
    expect(topicOf(defaultTaxonomy, "Which reprimands has the ICO given the council?")).toBe("breaches");
    expect(topicOf(defaultTaxonomy, "How many successful ransomware incidents did the college have?")).toBe("ransomware");
  });
  it("an audit under the NIS Regulations is policy, though the regulations name information systems", () => {
    expect(topicOf(defaultTaxonomy, "Has the board been inspected under the Network and Information Systems Regulations, and with what result?")).toBe("policy");
  });
  it("a request mostly about something else keeps its unnamed asks out of the one IT question's topic", () => {
    const qs = [
      "Number of applications received for the graduate nursing programme in each of the last two intakes",
      "Number of interview invitations sent out, with how many of them went to mature candidates",
      "The marking rubric the panel uses to rank candidates at the interview stage",
      "The applicant tracking software used and its yearly licence cost",
    ];
    const request = qs.join("\n");
    expect(assignTopics(defaultTaxonomy, qs.map((text) => ({ text, answer: "" })), { subject: "", scope: request, request })).toEqual(["other", "other", "other", "systems"]);
  });
  it("staff disciplined as a result of an incident belong to the incident", () => {
    const asked = (texts: string[]) => assignTopics(defaultTaxonomy, texts.map((text) => ({ text, answer: "" })), { subject: "", scope: "", request: "Data breaches" });
    expect(asked(["How many personal data breaches did you record in 2023?", "Were any employees dismissed as a result?"])).toEqual(["breaches", "breaches"]);
  });
});

describe("user taxonomies", () => {
  it("the earlier format (keywords per topic, no weights) still works, ties to the file's order", () => {
    const tax = parseTaxonomy({ topics: [{ topic: "roads", keywords: ["pothole", "road"] }, { topic: "money", keywords: ["cost", "budget"] }] });
    expect(topicOf(tax, "How many potholes were repaired?")).toBe("roads");
    expect(topicOf(tax, "What is the road repair budget?")).toBe("roads");
    expect(topicOf(tax, "What is the budget?")).toBe("money");
    expect(inScope(tax, "anything at all")).toBe(true);
  });
  it("a term that is not a regular expression is refused with a message naming it", () => {
    expect(() => parseTaxonomy({ topics: [{ topic: "x", strong: ["(unclosed"] }] }, "my-topics.json")).toThrow(/my-topics\.json x: the term "\(unclosed"/);
    expect(() => parseTaxonomy({ topics: [{ topic: "x", strong: ["ok"] }], gate_weak: ["[bad"] }, "my-topics.json")).toThrow(/my-topics\.json gate: the term "\[bad"/);
    expect(() => parseTaxonomy({ topics: [] } as never, "empty.json")).toThrow(/empty\.json: expected/);
  });
});

describe("topic terms searched only where their words occur", () => {
  it("still finds terms with alternatives, optional letters, kept case or no word at all", () => {
    const tax = parseTaxonomy({
      topics: [
        { topic: "money", strong: ["spend|cost"] },
        { topic: "training", strong: ["e-?learning"] },
        { topic: "ncsc", strong: ["=NCSC\\b"] },
        { topic: "pounds", strong: ["£\\d+"] },
        { topic: "incidents", strong: ["(?:incidents?|attacks?) reported"] },
      ],
    });
    expect(topicOf(tax, "What was the total COST?")).toBe("money");
    expect(topicOf(tax, "Which ELearning courses ran?")).toBe("training");
    expect(topicOf(tax, "Did you tell the NCSC?")).toBe("ncsc");
    expect(topicOf(tax, "Did you tell the ncsc?")).toBe(null);
    expect(topicOf(tax, "Was it over £500?")).toBe("pounds");
    expect(topicOf(tax, "How many Attacks Reported in 2022?")).toBe("incidents");
  });
});
