import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";

/** Fixtures written for these tests in the shape such replies take, not in any real letter's words. */
const read = (text: string): string[] =>
  analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => `${a.label}:${a.outcome}${a.partial ? "+partial" : ""}${a.pit ? "+pit" : ""}${a.grounds.length ? `[${a.grounds.join(";")}]` : ""}`);

describe("a reply that takes more time names the exemption being weighed, not one applied (FOIA s10(3), EIR 7(1))", () => {
  it("an extension notice beside a part given withholds nothing", () => {
    const text = [
      "1. Please send me the advice the council received about the depot lease.",
      "",
      "We can send some of this now: the lease itself is attached.",
      "We are extending the deadline for the rest of our reply by 20 working days. The Act allows such an extension where an exemption is engaged, here section 42, so that the public interest test can be carried out.",
    ].join("\n");
    const [a] = read(text);
    expect(a).toMatch(/^1:disclosed/);
    expect(a).not.toMatch(/pit|s42/);
  });
  it("a variant: further time to consider the public interest for a named section", () => {
    const text = ["1. Please send me the tender scores for the bus contract.", "", "The scoring summary is enclosed. We need further time to consider the public interest test for the exemption at section 43(2) and will write again by 3 May."].join("\n");
    expect(read(text)[0]).toMatch(/^1:disclosed/);
  });
  it("a refusal that mentions an earlier extension still applies its exemption", () => {
    const text = ["1. Please send me the tender scores for the bus contract.", "", "We extended the time for our reply to weigh the public interest. The scores are exempt under section 43(2) and are withheld, as the public interest lies in maintaining the exemption."].join("\n");
    expect(read(text)[0]).toMatch(/^1:exempt.*s43\(2\)/);
  });
});

describe("not kept in the form asked, with what is held attached (labels.md: part given and part not held)", () => {
  it("an attachment in the same sentence as 'not recorded in the way you asked' is a part given", () => {
    expect(read("1. Please list every solar scheme since 2015 with its capacity and cost.\n\nPlease see the attached list of schemes we approved, as we do not record the information in the way you have asked.")).toEqual(["1:disclosed+partial"]);
    expect(read("1. Please give the number of parking permits by street.\n\nTotals by zone are attached, as we do not keep permit figures in that format.")).toEqual(["1:disclosed+partial"]);
  });
  it("without a document sent, the form not kept stays not held", () => {
    expect(read("1. Please give the number of parking permits by street.\n\nWe do not record the information in the way you have asked.")).toEqual(["1:not_held"]);
  });
});

describe("an internal review setting out the requester's grounds for review", () => {
  it("the requester's points, introduced or quoted, are no part given beside a refusal", () => {
    const text = [
      "1. Please send copies of all 200 applications to the community chest in 2014.",
      "",
      "I have reviewed the handling of your request. I am satisfied that section 14(1) was correctly applied and the request is refused as vexatious.",
      "Within your request for review you raised some concerns, as set out below and answered in turn:",
      "I have made a total of 31 requests since May 2013.",
      "The number of requests is one factor the council weighed, alongside their overlap.",
    ].join("\n");
    expect(read(text)).toEqual(["1:exempt[FOIA s14(1)]"]);
  });
});
