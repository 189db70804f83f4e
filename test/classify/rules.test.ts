import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preset } from "../../src/classify/preset.js";
import { ruleMatches } from "../../src/classify/rule.js";

const rulesDir = fileURLToPath(new URL("../../src/classify/rules/", import.meta.url));

describe("every rule is declared once, named after its file, with examples", () => {
  it("the preset holds every rule file and nothing else", () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
    expect(preset.map((r) => r.id).sort()).toEqual(files);
  });
  for (const rule of preset) {
    it(`${rule.id} declares what it detects, its basis, and positive and negative examples`, () => {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.basis.length).toBeGreaterThan(10);
      expect(rule.examples.match.length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      expect(rule.pattern.global).toBe(false);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.weight).toBeLessThanOrEqual(1);
    });
  }
});

describe("rule examples", () => {
  for (const rule of preset) {
    for (const sentence of rule.examples.match) {
      it(`${rule.id} matches: ${sentence}`, () => {
        expect(ruleMatches(rule, sentence)).not.toBeNull();
      });
    }
    for (const sentence of rule.examples.noMatch) {
      it(`${rule.id} does not match: ${sentence}`, () => {
        expect(ruleMatches(rule, sentence)).toBeNull();
      });
    }
  }
});
