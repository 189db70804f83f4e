import { describe, expect, it } from "vitest";
import { composeThread, selectMessages, type ThreadMessage } from "../../src/extract/thread-messages.js";
import { inRequestOrder } from "../../src/extract/thread-order.js";

/**
 * How authorities lay out a reply inside a thread, written for these tests in the project's own
 * words: answers typed under the quoted request, an answer sent in two parts, answers given in
 * another order than asked, and a final answer that recounts its own handling.
 */

const out = (date: string, text: string): ThreadMessage => ({ direction: "outgoing", date, text });
const inc = (date: string, text: string): ThreadMessage => ({ direction: "incoming", date, text });

const REQUEST = out(
  "2025-01-06",
  "Dear Eastmoor District Council,\n\nPlease tell me:\n\n(a) How many parking fines did the council issue in 2024?\n\n(b) How much income did those fines raise?\n\n(c) Which company runs the council's parking enforcement?\n\nYours faithfully,\nP Asker",
);

describe("answers typed under the quoted request", () => {
  const reply = inc(
    "2025-01-30",
    "Dear P Asker\n\nOur answers are given under each of your questions below.\n\n-----Original Message-----\nFrom: P Asker\nSent: 06 January 2025 10:00\nTo: FOI\nSubject: Parking fines\n\n(a) How many parking fines did the council issue in 2024?\n\n18,240 fines were issued.\n\n(b) How much income did those fines raise?\n\nThe fines raised £402,000 in total.\n\n(c) Which company runs the council's parking enforcement?\n\nThe enforcement contract is held by a private operator whose name is withheld under section 43(2).\n\nRegards\nParking Team",
  );
  it("keeps the quote when new lines sit under the requester's own lines", () => {
    const s = selectMessages([REQUEST, reply]);
    expect(s.cleaned[1]!.text).toContain("18,240 fines were issued.");
    expect(s.cleaned[1]!.text).not.toContain("Sent: 06 January");
  });
  it("still cuts a plain quote of the request under a reply written above it", () => {
    const plain = inc(
      "2025-01-30",
      "Dear P Asker\n\n(a) 18,240. (b) £402,000. (c) Withheld under section 43(2).\n\n-----Original Message-----\nFrom: P Asker\nSent: 06 January 2025 10:00\n\n(a) How many parking fines did the council issue in 2024?\n\n(b) How much income did those fines raise?\n\n(c) Which company runs the council's parking enforcement?",
    );
    const s = selectMessages([REQUEST, plain]);
    expect(s.cleaned[1]!.text).not.toContain("How much income");
  });
});

describe("a final answer that recounts its handling", () => {
  it("is an answer, not an acknowledgement, though it mentions receipt of the request", () => {
    const s = selectMessages([
      REQUEST,
      inc("2025-01-07", "Dear P Asker\n\nYour request will now be considered under the Act. You will receive a response within the statutory time of 20 working days.\n\nFOI Unit"),
      inc("2025-01-30", "Dear P Asker\n\nOn receipt of your email, the parking service searched its records.\n\n(a) 18,240\n(b) £402,000\n(c) The operator's name is withheld under section 43(2).\n\nFOI Unit"),
    ]);
    expect(s.kinds[1]).toBe("acknowledgement");
    expect(s.responseIndex).toBe(2);
  });
});

describe("an answer sent in two parts", () => {
  const first = inc("2025-01-30", "Dear P Asker\n\nWe are able to answer parts (a) and (c) now; we are still collating the information for part (b) and will send this to you separately.\n\n(a) 18,240\n\n(c) The operator's name is withheld under section 43(2).\n\nKind regards\nFOI Unit");
  const second = inc("2025-02-12", "Dear P Asker\n\nPart (b) of your request\n\n(b) The fines raised £402,000.\n\nIf you are unhappy with this response you may ask for an internal review.\n\nKind regards\nFOI Unit");
  it("reads the later part as the letter, completing the first, in the request's order", () => {
    const s = selectMessages([REQUEST, first, out("2025-02-05", "Dear council, when can I expect part (b)?"), second]);
    expect(s.responseIndex).toBe(3);
    expect(s.completes).toBe(1);
    const c = composeThread([REQUEST, first, out("2025-02-05", "Dear council, when can I expect part (b)?"), second], "test");
    const reply = c.text.slice(c.responseStart);
    expect(reply.indexOf("(a) 18,240")).toBeLessThan(reply.indexOf("(b) The fines"));
    expect(reply.indexOf("(b) The fines")).toBeLessThan(reply.indexOf("(c) The operator"));
    // The first part's sign-off no longer stands between the answers.
    expect(reply.indexOf("Kind regards")).toBeGreaterThan(reply.indexOf("(c) The operator"));
  });
});

describe("answers given in another order than asked", () => {
  it("are put back in the request's order, each with the lines under it", () => {
    const text = inRequestOrder("1. Fines?\n2. Income?\n3. Operator?\n4. Appeals?", ["Dear P\n\nAnswered as found.\n\n3. Withheld.\nUnder s43(2).\n\n1. 18,240\n\n4. 312 appeals.\n\n2. £402,000\n\nIf you are unhappy, ask for a review."]);
    expect(text).not.toBeNull();
    const order = ["1. 18,240", "2. £402,000", "3. Withheld.\nUnder s43(2).", "4. 312", "If you are unhappy"].map((x) => text!.indexOf(x));
    expect(order.every((at, k) => at >= 0 && (k === 0 || at > order[k - 1]!))).toBe(true);
  });
  it("leaves a reply in the request's order, or one with labels the request does not use, as written", () => {
    expect(inRequestOrder("1. A?\n2. B?\n3. C?", ["1. x\n\n2. y\n\n3. z"])).toBeNull();
    expect(inRequestOrder("a) A?\nb) B?\nc) C?", ["3. x\n\n1. y\n\n2. z"])).toBeNull();
  });
});

describe("a question the requester adds before the answer", () => {
  const bullets = out("2025-03-01", "Dear Westvale Fire Authority,\n\nPlease send me:\n\n• The number of false alarms attended in 2024\n• The cost of the new control room\n\nYours faithfully,\nR Asker");
  const answer = inc("2025-03-25", "Dear R Asker\n\nThe number of false alarms attended in 2024\n1,202.\n\nThe cost of the new control room\n£3.1m.\n\nWhether the Authority has a drone unit\nYes, since 2022.\n\nRegards");
  it("joins the request as its next item, in the request's list style", () => {
    const added = out("2025-03-02", "Dear Westvale Fire Authority,\n\nSorry, I forgot one. Could you also tell me whether the Authority has a drone unit?\n\nYours faithfully,\nR Asker");
    const c = composeThread([bullets, added, answer], "test");
    expect(c.text).toContain("• The cost of the new control room\n• Whether the Authority has a drone unit?");
    expect(c.text.indexOf("drone unit?")).toBeLessThan(c.text.indexOf("Yours faithfully"));
  });
  it("is not taken from a chaser", () => {
    const chaser = out("2025-03-20", "Dear Westvale Fire Authority,\n\nThe deadline has passed. Could you also tell me when I can expect a reply?\n\nR Asker");
    const c = composeThread([bullets, chaser, answer], "test");
    expect(c.text).not.toContain("when I can expect");
  });
});

describe("unnumbered asks answered one per number or title", () => {
  it("take the reply's numbers when it numbers exactly as many answers as the request has ask lines", () => {
    const req = out("2025-04-01", "Dear Northmarsh Health Board,\n\nPlease provide the following\n\nThe number of ambulances on the fleet\nThe average age of those ambulances\nThe name of the maintenance contractor\n\nRegards\nA Asker");
    const c = composeThread([req, inc("2025-04-20", "Dear A Asker\n\n1. Ambulances – 48.\n\n2. Average age – 5.2 years.\n\n3. Contractor – withheld under section 33(1)(b).\n\nRegards")], "test");
    expect(c.text).toContain("1. The number of ambulances on the fleet\n2. The average age");
  });
  it("number ask paragraphs and the reply's titled answers alike", () => {
    const req = out("2025-04-01", "Dear Ministry,\n\nI would like to know how many staff passes were lost in 2024.\n\nPlease also tell me how many of those were cancelled within a day.\n\nYours faithfully,\nA Asker");
    const c = composeThread([req, inc("2025-04-20", "Dear A Asker\n\nLost passes:\n312 passes were lost.\n\nCancellations:\nAll 312 were cancelled within a day.\n\nRegards")], "test");
    expect(c.text).toContain("1. I would like to know");
    expect(c.text).toContain("2. Please also tell me");
    expect(c.text).toContain("2. Cancellations:");
  });
  it("leave a request alone when the counts differ", () => {
    const req = out("2025-04-01", "Dear Board,\n\nPlease provide the following\n\nThe number of ambulances\nTheir average age\n\nRegards");
    const c = composeThread([req, inc("2025-04-20", "Dear A\n\n1. 48.\n2. 5.2 years.\n3. Not held.\n\nRegards")], "test");
    expect(c.text).not.toContain("1. The number");
  });
});

describe("a reply pasted from its PDF", () => {
  it("loses its page footers", () => {
    const s = selectMessages([REQUEST, inc("2025-01-30", "Dear P Asker\n\n(a) 18,240 fines.\n\n                Page 1 of 2\n\n(b) £402,000.\n\n- 2 -\n\nRegards")]);
    expect(s.cleaned[1]!.text).not.toMatch(/Page 1 of 2|- 2 -/);
  });
});
