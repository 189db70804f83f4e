import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { onlyDescribesTest } from "../../src/classify/rules/public-interest-test.js";

const pitOf = (text: string): boolean[] => analyzeText(text, { file: "t.txt", path: "t.txt" }).answers.map((a) => a.pit);

describe("a public interest test said to be needed is not a balance stated (labels.md: pit)", () => {
  it("the test required, described or made conditional states no balance", () => {
    expect(onlyDescribesTest("Because this is a qualified exemption, the Council must weigh the public interest before deciding.")).toBe(true);
    expect(onlyDescribesTest("Relying on this exemption is subject to an assessment of the public interest.")).toBe(true);
    expect(onlyDescribesTest("The Trust has to set out the harm in release and then carry out a public interest test.")).toBe(true);
    expect(onlyDescribesTest("If the public interest in release outweighs the interest in withholding, the exemption falls away and the data must be sent.")).toBe(true);
  });
  it("a balance found, or its results pointed to, is stated", () => {
    expect(onlyDescribesTest("Having weighed both sides, we consider that the public interest lies in withholding the figures.")).toBe(false);
    expect(onlyDescribesTest("The exemption is subject to the public interest test, and we have concluded that the balance favours withholding.")).toBe(false);
    expect(onlyDescribesTest("This is a qualified exemption, so we are required to carry out a public interest test.", " The outcome of the test is set out in the annex to this letter.")).toBe(false);
  });
  it("a letter cut off before its balance has no pit; one that gives it has", () => {
    const cut =
      "1. How many firewalls does the Board run?\n\nThis information is exempt under section 31(1)(a) of the Freedom of Information Act 2000, as release would help an attacker. Section 31 is a qualified exemption and we are required to conduct a public interest test when we apply it.";
    expect(pitOf(cut)).toEqual([false]);
    const full = `${cut} Openness about spending weighs for release, but we have concluded that the public interest lies in keeping the network secure.`;
    expect(pitOf(full)).toEqual([true]);
  });
  it("a test said not to have been carried out is no test", () => {
    const text =
      "1. Has the Service ever paid a ransom?\n\nThe Service neither confirms nor denies whether it holds this information, under section 31(3) of the Freedom of Information Act 2000. As this reply rests on the duty to confirm or deny, the Service has not carried out a public interest test here.";
    expect(pitOf(text)).toEqual([false]);
  });
  it("reasoning said to cover both exceptions counts for each question it covers", () => {
    const text =
      "1. Please send the enforcement file for the depot.\n\nThis is withheld under regulation 12(5)(b) of the Environmental Information Regulations 2004, as release would harm the course of justice.\n\n2. Please send every complaint about the depot since 2015.\n\nThis is refused under regulation 12(4)(b) of the Environmental Information Regulations 2004 as manifestly unreasonable. For both exceptions we have weighed the public interest, and it lies in withholding the information.";
    expect(pitOf(text)).toEqual([true, true]);
  });
});
