import { describe, expect, it } from "vitest";
import { citationTable } from "./citation-table.js";
import { groundsApplied } from "../../src/cite/grounds.js";
import { parseCitationLists } from "../../src/cite/parse.js";
import { findCitations, letterRegime } from "../../src/cite/cite.js";
import { emptyMeta } from "../../src/core/types.js";

describe("citation table: every real-world form gives its canonical grounds", () => {
  it("has at least 60 rows", () => {
    expect(citationTable.length).toBeGreaterThanOrEqual(60);
  });
  for (const row of citationTable) {
    it(`${row.regime}: ${row.text}`, () => {
      expect([...groundsApplied(row.text, row.regime)].sort()).toEqual([...row.expected].sort());
    });
  }
});

describe("citation grammar", () => {
  const provisions = (s: string): string[] => parseCitationLists(s).flatMap((l) => l.provisions.map((p) => p.provision));
  it("lists share the last level: 31(1)(a) and (b)", () => {
    expect(provisions("sections 31(1)(a) and (b)")).toEqual(["31(1)(a)", "31(1)(b)"]);
  });
  it("same-kind brackets are siblings: 31(1)(a)(b) and 31(1)(3)", () => {
    expect(provisions("section 31(1)(a)(b)")).toEqual(["31(1)(a)", "31(1)(b)"]);
    expect(provisions("sections 31(1)(3)")).toEqual(["31(1)", "31(3)"]);
  });
  it("a bare letter after a bracket: section 31(1) a (prevention of crime)", () => {
    expect(provisions("section 31(1) a (prevention of crime)")).toEqual(["31(1)(a)"]);
  });
  it("a list one item a line under a heading: 31(1)(a) - name, then 24(1) - name", () => {
    expect(provisions("Exemptions\n31(1)(a) - prevention or detection of crime\n24(1) - national security\n")).toEqual(["31(1)(a)", "24(1)"]);
    expect(provisions("Exemptions applied:\n• 43(2) (commercial interests)\n• 40(2) – personal data\n")).toEqual(["43(2)", "40(2)"]);
    expect(provisions("Exemption: section 43(2)\n40(2): names of junior staff")).toEqual(["43(2)", "40(2)"]);
  });
  it("a numbered question on the next line does not continue a list", () => {
    expect(provisions("This is exempt under section 43(2).\n2(a) How many contracts were let?\n3(b) – who holds them?")).toEqual(["43(2)"]);
    expect(provisions("We rely on section 31(1)(a) – law enforcement\n2(b) How many firewalls are there?")).toEqual(["31(1)(a)"]);
  });
  it("does not read hours or years as sections", () => {
    expect(provisions("section 12 and 18 hours of work")).toEqual(["12"]);
    expect(provisions("the Council's 2 systems")).toEqual([]);
  });
  it("ignores sections of other Acts", () => {
    expect(findCitations("as defined in section 79 of the Environmental Protection Act 1990", "FOIA")).toEqual([]);
  });
  it("marks procedural provisions as mentioned, not applied", () => {
    const c = findCitations("Section 17 of the Act requires us to issue a refusal notice; section 1(1)(a) gives the right.", "FOIA");
    expect(c.map((x) => [x.ground, x.applied])).toEqual([
      ["FOIA s17", false],
      ["FOIA s1(1)(a)", false],
    ]);
  });
  it("marks neither-confirm-nor-deny provisions", () => {
    const c = findCitations("exempt under section 31(3)", "FOIA");
    expect(c[0]).toMatchObject({ ground: "FOIA s31(3)", applied: true, ncnd: true });
  });
});

describe("letter regime", () => {
  it("Scottish sector gives FOISA", () => {
    expect(letterRegime("Under the Freedom of Information Act can I ask", { ...emptyMeta(), sector: "scotland" })).toBe("FOISA");
  });
  it("a request handled under the EIR gives EIR", () => {
    expect(letterRegime("Your request has been handled under the Environmental Information Regulations 2004.", emptyMeta())).toBe("EIR");
  });
  it("defaults to FOIA", () => {
    expect(letterRegime("Thank you for your request.", emptyMeta())).toBe("FOIA");
  });
});

describe("act names", () => {
  it("a misspelt Freedom of Information Act is still the FOIA", () => {
    expect(groundsApplied("I am exempting this information pursuant to Section 31 and Section 43 of the Freedom of Informaton Act 2000 (the Act).", "FOIA")).toEqual(["FOIA s31", "FOIA s43"]);
  });
});

describe("names in brackets inside a list", () => {
  it("sections 24(2) (national security) and 31(3) (law enforcement)", () => {
    expect(groundsApplied("The force neither confirms nor denies by virtue of sections 24(2) (national security) and 31(3) (law enforcement).", "FOIA")).toEqual(["FOIA s24(2)", "FOIA s31(3)"]);
  });
  it("a long gloss in brackets does not end the list (FOISA)", () => {
    const text = "The board regards the audit findings as exempt under sections 30(c) (substantial prejudice to the effective running of the board's own business) and 35(1)(a) (the prevention or detection of crime) of FOISA.";
    expect(groundsApplied(text, "FOISA")).toEqual(["FOISA s30(c)", "FOISA s35(1)(a)"]);
  });
  it("a gloss with a slash between items", () => {
    const text = "We rely on sections 38(1)(a) (health/safety of individuals) and 40(2) (third-party personal data) to withhold the rota.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s38(1)(a)", "FOIA s40(2)"]);
  });
});

describe("the subsection a neither-confirm-nor-deny provision refers to", () => {
  it("'prejudice any of the matters in section 31(1)' describes, section 31(3) applies", () => {
    const text = "We can neither confirm nor deny that we hold this. Section 31(3) of the Act lifts the duty to confirm or deny where confirming would prejudice any of the matters\nin section 31(1), in this case the prevention of crime.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s31(3)"]);
  });
  it("'the purposes set out in section 24(1)' for national security", () => {
    const text = "Section 24(2) removes the duty to confirm or deny where exemption from it is required for the purposes set out in section 24(1). The ministry will neither confirm nor deny holding such records.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s24(2)"]);
  });
  it("the prejudice section still applies when it is the refusal's own ground", () => {
    const text = "The logs are withheld under section 31(1)(a) because releasing them would prejudice the prevention of crime.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s31(1)(a)"]);
  });
});

describe("an exemption engaged but released on the public interest", () => {
  it("section 43 found to apply, the balance lying in favour of release: no ground", () => {
    const text = "We consider that section 43(2) is engaged because the rates are commercially sensitive. Having weighed the factors, the public interest lies\nin favour of disclosure, so the schedule is attached.";
    expect(groundsApplied(text, "FOIA")).toEqual([]);
  });
  it("the balance lying in favour of keeping the exemption: still a ground", () => {
    const text = "We consider that section 43(2) is engaged. We have considered whether the public interest in disclosing the rates outweighs the public interest in withholding them, and it does not.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s43(2)"]);
  });
});

describe("weighing whether the public interest favours release is no release", () => {
  it("'considered whether the public interest favours disclosure' then kept back: still a ground", () => {
    const text = "The supplier list is exempt under section 31(1)(a). We have considered whether the public interest favours disclosure and have concluded that protecting our systems outweighs it.";
    expect(groundsApplied(text, "FOIA")).toEqual(["FOIA s31(1)(a)"]);
  });
});
