import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";
import { readThread, thread } from "./thread-text.js";

/**
 * Layout families found by comparing request and reply counts on request threads
 * (scripts/wdtk-counts.mjs, docs/segmentation.md). Fixtures are written for these tests in the
 * shape requesters and authorities use, never in a real letter's words. A thread is read as the
 * request, a blank line, then the reply, whose start is known.
 */
const read = readThread;

const CLOSE = ["If you are unhappy with this response you may ask for an internal review.", "", "Yours sincerely,", "Records Team"];

describe("lettered parts restated in the reply, each answered", () => {
  it("numbered headings with lettered parts: every part is a question with the answer after its restatement", () => {
    const t = thread(
      [
        "Dear Borough Council,",
        "1. Parking permits",
        "a. How many resident permits were issued last year?",
        "b. What does a permit cost?",
        "2. Enforcement",
        "a. How many wardens do you employ?",
        "b. Who supplies the handheld devices used by wardens?",
        "Yours faithfully,",
        "Sam Requester",
      ],
      [
        "Dear Sam Requester,",
        "Please find our response below.",
        "1. Parking permits",
        "a. How many resident permits were issued last year? 4,310.",
        "b. What does a permit cost?",
        "£45 a year for the first vehicle.",
        "2. Enforcement",
        "a. How many wardens do you employ? Twenty-two full time.",
        "b. Who supplies the handheld devices used by",
        "wardens? This is withheld under section 43(2).",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.layout).toBe("restated-parts");
    expect(r.labels).toEqual(["1a", "1b", "2a", "2b"]);
    expect(r.answers).toEqual(["4,310.", "£45 a year for the first vehicle.", "Twenty-two full time.", "This is withheld under section 43(2)."]);
  });

  it("a numbered item beside one with parts stays a question, and a part run on after the last answer is found", () => {
    const t = thread(
      [
        "Dear Council,",
        "1) Please list the libraries you run.",
        "2) For each library listed above please tell me",
        "a) the weekly opening hours",
        "b) whether it closed for repairs in 2023",
        "Yours faithfully,",
        "Alex",
      ],
      [
        "Dear Alex,",
        "Our response is set out below.",
        "1. Please list the libraries you run.",
        "Central, Northgate and Riverside.",
        "2. For each library listed above please tell me",
        "a) the weekly opening hours Central 48 hours, the others 30 hours. b) whether it closed for repairs in 2023",
        "Riverside closed for six weeks.",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2a", "2b"]);
    expect(r.answers).toEqual(["Central, Northgate and Riverside.", "Central 48 hours, the others 30 hours.", "Riverside closed for six weeks."]);
  });

  it("parts written '1.A' and '1.B' are the questions 1a and 1b", () => {
    const t = thread(
      [
        "Dear Council,",
        "1.A Does the retention schedule mention the marking of legal advice?",
        "1.B Please send the guidance given to staff about that marking.",
        "Yours faithfully,",
        "Kim",
      ],
      [
        "Dear Kim,",
        "Thank you for your request.",
        "1.A Does the retention schedule mention the marking of legal advice?",
        "The schedule does not mention it.",
        "1.B Please send the guidance given to staff about that marking.",
        "The guidance is attached.",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1a", "1b"]);
    expect(r.answers).toEqual(["The schedule does not mention it.", "The guidance is attached."]);
  });

  it("parts that are options of one question, restated together with one answer, stay that one question", () => {
    const t = thread(
      [
        "Dear Council,",
        "1) How many notices did you issue in 2024?",
        "2) What share of them was issued because of:",
        "a) no reply from the family",
        "b) a report from a school",
        "c) a missed meeting",
        "3) How many went to court?",
        "Yours faithfully,",
        "Jo",
      ],
      [
        "Dear Jo,",
        "Please see our response below.",
        "1. How many notices did you issue in 2024?",
        "• 96",
        "2. What share of them was issued because of:",
        "a. no reply from the family",
        "b. a report from a school",
        "c. a missed meeting",
        "• We do not record the reason, so this information is not held.",
        "3. How many went to court?",
        "• 14",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers[1]).toBe("• We do not record the reason, so this information is not held.");
  });
});

describe("the requester's notes on handling the request are not asks", () => {
  it("a statutory reminder, an offer to clarify and an 'if exempt' instruction around one ask leave one question", () => {
    const t = thread(
      [
        "Dear Council,",
        "I am making a request for the following information under the Act. If any of it is exempt or over the cost limit, please send the remainder.",
        "The number of public benches the council maintained on 1 April 2024.",
        "Please let me know if you have any questions about this request.",
        "The Act requires that a response be sent within twenty working days of receipt.",
        "Yours faithfully,",
        "Robin",
      ],
      ["Dear Robin,", "Thank you for your request.", "The council maintained 1,870 benches on that date.", "", ...CLOSE],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1"]);
    expect(r.answers).toEqual(["Dear Robin, Thank you for your request. The council maintained 1,870 benches on that date."]);
  });

  it("two asks keep their own questions, and a follow-up that asks about the subject is still one", () => {
    const t = thread(
      [
        "Dear Council,",
        "Please tell me which company cleans the town hall.",
        "If so, please state when that contract ends.",
        "Please provide the requested information in the order listed above.",
        "If any of this information is already publicly available, please send me a link to it.",
        "Yours faithfully,",
        "Robin",
      ],
      ["Dear Robin,", "Please find our response below.", "1. Brightway Services Ltd.", "2. The contract ends in March 2026.", "", ...CLOSE],
    );
    const s = segment(t.text, t.from);
    expect(s.questions.map((q) => q.label)).toEqual(["1", "2"]);
    expect(s.questions.map((q) => (q.questionSpan ? t.text.slice(q.questionSpan.start, q.questionSpan.end) : ""))).toEqual([
      "Please tell me which company cleans the town hall.",
      "If so, please state when that contract ends.",
    ]);
  });
});

describe("a numbered request under a lead-in, answered by one reply", () => {
  it("long numbered asks with lettered parts under 'please provide me with:' are questions sharing the one reply", () => {
    const t = thread(
      [
        "Dear Council,",
        "Under the Act, please provide me with:",
        "1. A list of the bridges you inspected during the 2019 to 2021 survey programme, and for each one:",
        "A) the condition grade it was given",
        "B) the estimated cost of the repairs it needs",
        "2. A list of the bridges inspected so far during the current survey programme, and for each one:",
        "A) the condition grade it was given",
        "B) the estimated cost of the repairs it needs",
        "Yours faithfully,",
        "Lee",
      ],
      ["Dear Lee,", "Please find our response below.", "Both survey programmes are run by a national agency, which holds the results; the council does not hold them.", "", ...CLOSE],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2"]);
    expect(r.answers[0]).toBe(r.answers[1]);
    expect(r.answers[1]).toContain("the council does not hold them.");
  });

  it("numbered headings with the ask written under each are questions, not parts of the lead-in", () => {
    const t = thread(
      [
        "Dear Council,",
        "I would like to request the following information about talking signs at tram stops:",
        "1. Total number of stops:",
        "The number of tram stops in the council's area.",
        "2. Stops with talking signs:",
        "The number of stops with a talking sign fitted.",
        "3. Future plans:",
        "Any plans to fit more talking signs.",
        "Yours faithfully,",
        "Pat",
      ],
      ["Hello Pat,", "Thank you for your request. The trams are run by the transport authority, which will answer it: please contact them.", "", ...CLOSE],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2", "3"]);
  });

  it("short items completing one ask under a lead-in stay one question", () => {
    const t = thread(
      ["Dear Council,", "Please tell me how many vehicles of these kinds the council owns:", "1. Vans", "2. Gritters", "3. Sweepers", "Yours faithfully,", "Pat"],
      ["Hello Pat,", "Please find our response below.", "The council owns 40 vans, 12 gritters and 6 sweepers.", "", ...CLOSE],
    );
    expect(read(t).labels).toEqual(["1"]);
  });
});

describe("bulleted asks", () => {
  it("dashes glued to the ask, under short topic headings, are one list of questions", () => {
    const t = thread(
      [
        "Dear Council,",
        "Please send me the following figures for 2021 to 2024.",
        "Dog fouling:",
        "-The number of fixed penalty notices issued for dog fouling",
        "Littering:",
        "-The number of fixed penalty notices issued for littering",
        "-The total value of the littering penalties paid",
        "Yours faithfully,",
        "Max",
      ],
      ["Dear Max,", "Please find our response below.", "We issued 14 dog fouling notices and 1,102 littering notices; £98,400 was paid.", "", ...CLOSE],
    );
    expect(read(t).labels).toEqual(["1", "2", "3"]);
  });

  it("bulleted asks without question marks, answered by a numbered list in the reply, pair by order", () => {
    const t = thread(
      [
        "Dear Council,",
        "Please provide the following information:",
        "- How the council measures the use of its parks and its plans to raise it",
        "- The targets set for the parks charity in its current grant",
        "- How the council measures park use by ward",
        "Yours faithfully,",
        "Max",
      ],
      [
        "Dear Max,",
        "Please find our response below:",
        "1. Use is measured by an annual visitor survey; a plan to raise it is being drafted.",
        "2. The grant sets targets for volunteer hours and events held.",
        "3. The survey is not broken down by ward.",
        "",
        ...CLOSE,
      ],
    );
    const r = read(t);
    expect(r.labels).toEqual(["1", "2", "3"]);
    expect(r.answers).toEqual([
      "Use is measured by an annual visitor survey; a plan to raise it is being drafted.",
      "The grant sets targets for volunteer hours and events held.",
      "The survey is not broken down by ward.",
    ]);
  });
});
