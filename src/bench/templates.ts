/**
 * Letters written for the benchmark (not taken from any real corpus), in the
 * shapes FOI responses take: numbered questions with own answers, a blanket
 * refusal, not-held answers, a cost-limit refusal. Placeholders in braces are
 * filled per generated letter so every file has different bytes.
 */
export const BENCH_TEMPLATES: string[] = [
  `---
authority: {authority}
sector: council
---
Freedom of Information Request – Reference {ref}

Dear {requester},

Thank you for your request for information received on {date}, which we have dealt with under the Freedom of Information Act 2000.

You asked:
1. How many cyber attacks did the council record in each of the last three financial years?
2. How much did the council spend on cyber security software in {year}?
3. How many staff completed cyber security training in {year}?
4. Has the council paid a ransom following a ransomware attack?

Our response:
1. The council recorded {n1} incidents in 2021/22, {n2} in 2022/23 and {n3} in 2023/24.
2. The council spent £{money} on cyber security software in {year}.
3. {n4} members of staff completed the mandatory training module.
4. The council holds information about ransomware incidents. However, we consider that this information is exempt from disclosure under section 31(1)(a) of the Freedom of Information Act 2000, because releasing it would be likely to help those who commit crime and so harm its prevention. Weighing the public interest, we found the case for withholding stronger.

Should you wish to challenge this decision, write to us within 40 working days to ask for an internal review. If you remain dissatisfied you may complain to the Information Commissioner's Office (see ico.org.uk).

Yours sincerely,
Information Governance Team
{authority}
`,
  `---
authority: {authority}
sector: nhs
---
Our reference: {ref}
Date: {date}

Dear {requester}

Re: Request for information

I can confirm that {authority} holds some of the information you requested. Please find our response to each of your questions below.

Q1. Please provide the number of laptops reported lost or stolen in {year}.
A1. {n1} laptops were reported lost or stolen.

Q2. Please provide the total cost of replacing them.
A2. The Trust does not hold this information. Replacement costs are not recorded separately from general IT equipment purchases.

Q3. Please provide a copy of the Trust's information security policy.
A3. The policy is published on our website, so section 21 of the Act applies to it: you can already reach it.

Q4. How many data breaches were reported to the ICO in {year}?
A4. {n2} breaches were reported to the ICO.

Please remember to quote the reference number above in any future communications.

You may ask for an internal review if you disagree with this response. Please send any such request to us within two months of receiving this letter.

Yours sincerely

Freedom of Information Officer
`,
  `---
authority: {authority}
sector: police
---
FREEDOM OF INFORMATION REQUEST {ref}

Dear {requester},

I write in connection with your request for information dated {date} concerning cyber incidents.

1. The number of ransomware attacks against the force since {year}.
2. The names of any suppliers of security monitoring services.
3. The annual budget of the digital forensics unit.

{authority} will neither confirm nor deny holding any information for questions 1 and 2, relying on sections 24(2) and 31(3) of the Act. Confirming or denying whether information is held would reveal the force's capabilities to those intent on committing crime.

In relation to question 3, the budget for {year} was £{money}.

This letter is the refusal notice that section 17 of the Act asks for: it names the exemptions and why they apply.

Yours sincerely,
Disclosure Officer
`,
  `---
authority: {authority}
sector: education
---
Request reference: {ref}
{date}

Dear {requester},

We have handled what you asked for under the Freedom of Information Act 2000.

You asked for every email sent by the IT department mentioning phishing between 2015 and {year}, and for the number of phishing emails blocked each month over the same period.

We estimate that the cost of complying with your request would exceed the appropriate limit of £450 that the Fees Regulations of 2004 set. Locating, retrieving and extracting the information would require a manual search of approximately {n1} mailboxes, which we estimate would take more than {n2} hours. Section 12 of the Act therefore applies and we will not answer the request as it stands.

Under section 16 we are required to offer advice and assistance. You may wish to narrow your request to a single year, which we may be able to answer within the limit.

Yours sincerely,
Information Compliance Manager
`,
];

const AUTHORITIES = [
  "Northgate Borough Council", "Riverside NHS Foundation Trust", "Eastshire Constabulary", "University of Westmoor",
  "Hillford District Council", "Lakeside Metropolitan Borough Council", "Southvale Police", "Kingsbridge College",
];
const REQUESTERS = ["Ms Rowe", "Mr Okafor", "Dr Singh", "Requester", "Mrs Davies", "Mr Byrne"];

/** A deterministic pseudo-random generator (mulberry32): the same N gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Letter number `i` from a template, its placeholders filled from `i`. */
export function fillTemplate(template: string, i: number): string {
  const r = random(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const year = 2018 + Math.floor(r() * 7);
  const day = 1 + Math.floor(r() * 28);
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][Math.floor(r() * 12)];
  const values: Record<string, string> = {
    authority: pick(AUTHORITIES),
    requester: pick(REQUESTERS),
    ref: `FOI-${year}-${String(i).padStart(6, "0")}`,
    date: `${day} ${month} ${year}`,
    year: String(year),
    n1: String(Math.floor(r() * 400)),
    n2: String(Math.floor(r() * 90)),
    n3: String(Math.floor(r() * 50)),
    n4: String(Math.floor(r() * 3000)),
    money: (Math.floor(r() * 900_000) + 1000).toLocaleString("en-GB"),
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
