import { describe, expect, it } from "vitest";
import { hasTree, realProvision, statutes } from "../../src/cite/statutes.js";
import { expandLabels, pathGroups } from "../../src/cite/tree.js";
import { ACTS } from "../../src/core/types.js";

/** data/statutes.json is checked data: each failure says which entry to fix and how. */
describe("data/statutes.json", () => {
  it("describes exactly the four acts", () => {
    expect(Object.keys(statutes.acts).sort()).toEqual([...ACTS].sort());
  });
  for (const act of ACTS) {
    const info = statutes.acts[act];
    it(`${act}: aliases are lower case and unique across acts`, () => {
      for (const a of info.aliases) expect(a, `${act} alias "${a}" must be lower case`).toBe(a.toLowerCase());
      for (const other of ACTS) {
        if (other === act) continue;
        for (const a of info.aliases) expect(statutes.acts[other].aliases.includes(a), `alias "${a}" is listed under both ${act} and ${other}: keep it under one`).toBe(false);
      }
    });
    it(`${act}: a section is either a ground or mentioned, never both`, () => {
      for (const s of info.mentioned) expect(info.grounds[s], `${act} section ${s} is in both "grounds" and "mentioned": remove it from one`).toBeUndefined();
    });
    it(`${act}: provisions are written as section(sub)(para)`, () => {
      const form = /^(?:\d{1,3}[A-Z]?|Sch\d{1,2})(?:\(\w{1,4}\))*$/;
      for (const p of [...info.ncnd, ...info.not_held, ...(info.mentioned_provisions ?? []), ...Object.values(info.names)]) {
        expect(p, `${act}: "${p}" is not a provision like 31(1)(a)`).toMatch(form);
      }
    });
    it(`${act}: every name and NCND provision points at a known ground section`, () => {
      for (const [name, p] of Object.entries(info.names)) {
        const section = p.replace(/\(.*$/, "");
        expect(info.grounds[section], `${act} name "${name}" → ${p}: section ${section} is not in "grounds"`).toBeDefined();
        expect(name, `${act} name "${name}" must be lower case`).toBe(name.toLowerCase());
      }
      for (const p of info.ncnd) {
        const section = p.replace(/\(.*$/, "");
        expect(info.grounds[section], `${act} NCND provision ${p}: section ${section} is not in "grounds"`).toBeDefined();
      }
    });
  }
});

describe("data/statutes.json strong names", () => {
  it("every strong name is a name of some act", () => {
    for (const n of statutes.strong_names) {
      expect(ACTS.some((act) => statutes.acts[act].names[n] !== undefined), `strong name "${n}" is not under "names" of any act: add it there or drop it`).toBe(true);
    }
  });
});

describe("data/statutes.json provision trees", () => {
  const LABEL = /^(?:\d{1,2}[A-Z]?|[a-z]{1,2}|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x))$/;
  for (const act of ACTS) {
    const info = statutes.acts[act];
    it(`${act}: every ground section has a tree (add it under "tree", e.g. "31": ["(1)(a-i)", "(3)"])`, () => {
      for (const section of Object.keys(info.grounds)) expect(info.tree[section], `${act} ground section ${section} has no entry in "tree"`).toBeDefined();
    });
    it(`${act}: tree entries are bracketed parts with ranges like (a-i) or lists like (i,ii)`, () => {
      for (const [section, paths] of Object.entries(info.tree)) {
        const known = Boolean(info.grounds[section]) || info.mentioned.includes(section) || info.not_held.includes(section);
        expect(known, `${act} tree section ${section} is in none of "grounds", "mentioned", "not_held": add it to one, or drop the tree entry`).toBe(true);
        for (const path of paths) {
          let groups: string[][] = [];
          expect(() => (groups = pathGroups(path)), `${act} s${section} "${path}": write it as (1)(a-c) or (2)(a)(i,ii)`).not.toThrow();
          for (const label of groups.flat()) expect(label, `${act} s${section} "${path}": "${label}" is not a subsection (1, 3A), paragraph (a, aa) or sub-paragraph (i–x) label`).toMatch(LABEL);
        }
      }
    });
    it(`${act}: every listed provision exists in its tree exactly as written`, () => {
      const listed = [...info.ncnd, ...info.not_held, ...(info.mentioned_provisions ?? []), ...(info.procedural_provisions ?? []), ...Object.values(info.names)];
      for (const p of listed) {
        if (!hasTree(act, p.replace(/\(.*$/, ""))) continue;
        expect(realProvision(act, p), `${act} ${p} is not in the tree of section ${p.replace(/\(.*$/, "")}: fix the provision or add the missing level to "tree"`).toEqual({ provision: p, reading: "as-written" });
      }
    });
  }
  it("reads impossible citations as labels.md says", () => {
    expect(realProvision("FOIA", "31(a)")).toEqual({ provision: "31(1)(a)", reading: "supplied" });
    expect(realProvision("FOIA", "21(2a)")).toEqual({ provision: "21(2)(a)", reading: "supplied" });
    expect(realProvision("FOIA", "40(3a)")).toEqual({ provision: "40(3A)", reading: "supplied" });
    expect(realProvision("FOIA", "31(1A)")).toEqual({ provision: "31(1)", reading: "cut" });
    expect(realProvision("FOIA", "43(4)")).toEqual({ provision: "43", reading: "cut" });
    expect(realProvision("FOIA", "36(b)(ii)")).toEqual({ provision: "36(2)(b)(ii)", reading: "supplied" });
    expect(realProvision("FOISA", "35(1)(h)")).toEqual({ provision: "35(1)(h)", reading: "as-written" });
    expect(realProvision("EIR", "12(5)(h)")).toEqual({ provision: "12(5)", reading: "cut" });
    expect(realProvision("EISR", "10(4)(b)")).toEqual({ provision: "10(4)(b)", reading: "as-written" });
  });
  it("expands compact labels", () => {
    expect(expandLabels("a-d")).toEqual(["a", "b", "c", "d"]);
    expect(expandLabels("1-3")).toEqual(["1", "2", "3"]);
    expect(expandLabels("i,ii,iii")).toEqual(["i", "ii", "iii"]);
    expect(() => pathGroups("1)(a")).toThrow();
  });
});
