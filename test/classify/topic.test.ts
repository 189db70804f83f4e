import { describe, expect, it } from "vitest";
import { defaultTaxonomy, inScope, topicOf } from "../../src/classify/topic.js";

describe("topic taxonomy (data/topics.json)", () => {
  const topic = (q: string) => topicOf(defaultTaxonomy, q);
  it("picks the first matching topic in the taxonomy's order", () => {
    expect(topic("Did you pay the ransom demanded?")).toBe("ransomware");
    expect(topic("How many personal data breaches did you report to the ICO?")).toBe("breaches");
    expect(topic("Have you reported any cyber incidents to the NCSC?")).toBe("reporting");
    expect(topic("How much have these cyber-attacks cost the organisation?")).toBe("attacks");
    expect(topic("What is your annual budget for cyber security?")).toBe("spend");
    expect(topic("How many people are employed to oversee cyber security?")).toBe("staff");
    expect(topic("Do staff complete cyber security awareness training?")).toBe("training");
    expect(topic("How often do you test your backups?")).toBe("recovery");
    expect(topic("Do you hold Cyber Essentials Plus certification?")).toBe("policy");
    expect(topic("Which antivirus software do you use?")).toBe("systems");
    expect(topic("Do you hold cyber insurance?")).toBe("insurance");
    expect(topic("When will it happen?")).toBeNull();
  });
  it("a letter not about cyber security or IT is out of scope", () => {
    expect(inScope(defaultTaxonomy, "How many fly-tipping incidents were reported in 2022?")).toBe(false);
    expect(inScope(defaultTaxonomy, "Does the child spend too much time playing computer games?")).toBe(false);
    expect(inScope(defaultTaxonomy, "How many ransomware attacks did the council suffer?")).toBe(true);
    expect(inScope(defaultTaxonomy, "Which laptops and network hardware do you buy?")).toBe(true);
  });
});
