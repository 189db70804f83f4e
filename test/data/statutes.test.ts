import { describe, expect, it } from "vitest";
import { statutes } from "../../src/cite/statutes.js";
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
      const form = /^\d{1,3}[A-Z]?(?:\(\w{1,4}\))*$/;
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
