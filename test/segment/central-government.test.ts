import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { repairExtractedText } from "../../src/extract/text-repair.js";

/**
 * How central government departments, agencies, regulators and universities lay out their replies
 * (blind set 3, y5): quoted lettered requests answered by number, "Question (2)" headings answering out
 * of order, paragraphs that open by naming the questions they answer, short titles closed by a colon,
 * an annex table extracted one cell a line, bare page numbers from a PDF. Fixtures invented here:
 * a lighthouse board, a seed bank, a canal trust, a coastguard agency, a sports council, a library.
 */
const origin = { file: "t.txt", path: "t.txt" };
const read = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+" : ""}`);

describe("quoted lettered request answered by number", () => {
  const letter = `Dear Mr Pell,

Thank you for your request. You asked:

"(a) How many lighthouses did the Board inspect in 2024?
(b) How many keepers' cottages does the Board let?
(c) Please send a copy of the lantern maintenance schedule."

We have dealt with your request under the Freedom of Information Act 2000. Our answers follow.

1. We inspected 41 lighthouses in 2024.

2. The Board does not let cottages and holds no such information.

3. The schedule is published on our website, so it is reasonably accessible to you and exempt under section 21.

Yours sincerely,
Information Team
`;
  it("pairs each letter with the number in its place and keeps the letters", () => {
    expect(read(letter)).toEqual(["a:disclosed", "b:not_held", "c:exempt"]);
  });
});

describe("answers under 'Question (n)' headings, out of order", () => {
  const letter = `Dear Dr Amis,
You asked for:
(1) the number of seed samples the bank received in 2025;
(2) the names of the bank's overseas partners.
Question (2)
Our overseas partners are the national gene banks of Peru and Kenya.
Question (1)
The bank received 3,112 samples in 2025.
Yours sincerely,
Seed Bank Secretariat
`;
  it("reads the bracketed number as the heading's label", () => {
    expect(read(letter)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});

describe("paragraphs that open by naming their questions", () => {
  const letter = `Dear Ms Roe,
Thank you for your email asking:
"1. How many boats were licensed on the canal in 2025
2. How many of these were residential moorings
3. The number of staff in the licensing team"
I am treating your email as a request under the Freedom of Information Act 2000.
In respect of questions 1 and 2, the figures are published in our annual boating report, available on our website, and are exempt under section 21 as reasonably accessible.
Turning to question 3, the Trust does not hold a figure for the licensing team, as licensing staff are recorded within the wider customer services team.
Yours sincerely,
Canal Trust
`;
  it("gives each paragraph to the questions it names", () => {
    expect(read(letter)).toEqual(["1:exempt", "2:exempt", "3:not_held"]);
  });
});

describe("short titles closed by a colon", () => {
  const letter = `Request

1. How many vessels did the agency inspect in 2025?
2. Has the agency suffered a ransomware attack this year?
3. Did the agency report any incident to the National Cyber Security Centre?
4. What is the agency's training budget?

Response

Inspections:
1,204 vessels were inspected in 2025.

Ransomware:
The agency can neither confirm nor deny whether it holds this information, under sections 24(2) and 31(3) of the Act.

NCSC:
Our answer under "Ransomware" applies here too.

Budget:
The training budget for 2025-26 is £310,000.
`;
  it("pairs each title with its ask, an acronym by its place, and follows a pointer to a title", () => {
    expect(read(letter)).toEqual(["1:disclosed", "2:exempt", "3:exempt", "4:disclosed"]);
  });
});

describe("an annex table extracted one cell a line", () => {
  const letter = `Dear Mr Stile,
Our answer to each part of your request is in the table at Annex A.
Yours sincerely,
Sports Council
Annex A
Request
Information held?
Response
Exemption
1. Grants paid to
clubs in 2025
Yes
£1,420,000 in total.
None
2. Names of the
officers who
assessed the grants
Yes, in part
The panel was chaired
by the Director of
Sport (Ann Ferrie).
The names of junior
officers are withheld.
Section 40(2)
3. Hourly rates paid
to consultants
No
We pay consultants a
fixed fee per project,
so no hourly rates
are held.
N/A
`;
  it("reads the rows, leaving the held and exemption marks out of the replies", () => {
    expect(read(letter)).toEqual(["1:disclosed", "2:exempt+", "3:not_held"]);
  });
});

describe("bare page numbers a PDF extraction left at the margin", () => {
  const body = Array.from({ length: 24 }, (_, i) => `Line ${i + 1} of the letter goes on about the library's opening hours.`);
  const text = ["Dear Ms Hale,", ...body, "2", ...body, "Yours sincerely,", "3"].join("\n");
  it("drops numbers counting the pages a page's worth of lines apart", () => {
    const out = repairExtractedText(text).split("\n");
    expect(out).not.toContain("2");
    expect(out).not.toContain("3");
  });
  it("keeps figures standing alone a few lines apart", () => {
    const figures = ["Dear Ms Hale,", ...body, "Question 1", "2", "Question 2", "3"].join("\n");
    expect(repairExtractedText(figures).split("\n")).toContain("2");
  });
});

describe("a restated imperative ask between answers", () => {
  const letter = `Dear Mr Birch,

Thank you for your request, which we have handled under the Environmental Information Regulations.

How many permits did the Agency issue for the river works in 2025?

We issued four permits in 2025.

Please send me copies of the permits.

The permits are enclosed.

Yours sincerely,
Permitting Team
`;
  it("reads the requester's 'Please send me' as an ask of its own", () => {
    expect(read(letter)).toEqual(["1:disclosed", "2:disclosed"]);
  });
});
