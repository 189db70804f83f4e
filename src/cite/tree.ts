/**
 * Provision trees: which subsections, paragraphs and sub-paragraphs each section of an act has,
 * written compactly in data/statutes.json ("31": ["(1)(a-i)", "(2)(a-j)", "(3)"]), and the reading
 * of a citation against them.
 *
 * labels.md: every ground is a provision that exists. A citation that names no real provision is
 * read as the one real provision it can only mean (a missing subsection supplied, "2a" split into
 * subsection and paragraph), and otherwise cut back to the deepest level that exists.
 */

export interface ProvisionNode {
  /** Children in the order the act gives them. */
  children: Map<string, ProvisionNode>;
}

const emptyNode = (): ProvisionNode => ({ children: new Map() });

/** "a-i" → a, b, …, i; "1-3" → 1, 2, 3; "i,ii,iii" → i, ii, iii; "aa,ab" as written. */
export function expandLabels(group: string): string[] {
  const out: string[] = [];
  for (const item of group.split(",").map((s) => s.trim())) {
    const range = /^([a-z]|\d{1,2})-([a-z]|\d{1,2})$/.exec(item);
    if (!range) {
      out.push(item);
      continue;
    }
    const [from, to] = [range[1]!, range[2]!];
    if (/^\d/.test(from) !== /^\d/.test(to)) throw new Error(`range "${item}" mixes numbers and letters`);
    if (/^\d/.test(from)) for (let n = Number(from); n <= Number(to); n++) out.push(String(n));
    else for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  }
  return out;
}

/** "(2)(a)(i,ii)" → [["2"], ["a"], ["i", "ii"]]; throws on anything else, saying why. */
export function pathGroups(path: string): string[][] {
  if (path === "") return [];
  if (!/^(?:\([0-9A-Za-z,\- ]+\))+$/.test(path)) throw new Error(`"${path}" is not a run of bracketed parts like (1)(a-c)`);
  return [...path.matchAll(/\(([^()]*)\)/g)].map((m) => expandLabels(m[1]!));
}

/** The tree of one section from its compact paths. */
export function buildSection(paths: readonly string[]): ProvisionNode {
  const root = emptyNode();
  for (const path of paths) {
    let frontier = [root];
    for (const labels of pathGroups(path)) {
      const next: ProvisionNode[] = [];
      for (const node of frontier) {
        for (const label of labels) {
          let child = node.children.get(label);
          if (!child) {
            child = emptyNode();
            node.children.set(label, child);
          }
          next.push(child);
        }
      }
      frontier = next;
    }
  }
  return root;
}

/**
 * The text before the bracket that opens the last line's bracketed parts: "31(1)(a)" → "31",
 * "FOIA s31(1)(a)" → "FOIA s31"; the text itself when it has none. What `replace(/\(.*$/, "")`
 * did, in one pass (that regex rescans the rest of the text from every "(").
 */
export function beforeBracket(text: string): string {
  const lineStart = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"), text.lastIndexOf("\u2028"), text.lastIndexOf("\u2029")) + 1;
  const open = text.indexOf("(", lineStart);
  return open < 0 ? text : text.slice(0, open);
}

/** "31(1)(a)" → { section: "31", parts: ["1", "a"] }. */
export function splitProvision(provision: string): { section: string; parts: string[] } {
  const section = beforeBracket(provision);
  const parts = [...provision.slice(section.length).matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!);
  return { section, parts };
}

export function renderProvision(section: string, parts: readonly string[]): string {
  return section + parts.map((p) => `(${p})`).join("");
}

/** True when every level of the provision exists under the section's tree. */
export function exists(section: ProvisionNode, parts: readonly string[]): boolean {
  let node = section;
  for (const p of parts) {
    const child = node.children.get(p);
    if (!child) return false;
    node = child;
  }
  return true;
}

export type Reading = "as-written" | "supplied" | "cut";

export interface ResolvedProvision {
  provision: string;
  reading: Reading;
}

/** Does the path below `node` hold `rest` exactly? */
function fits(node: ProvisionNode, rest: readonly string[]): boolean {
  return exists(node, rest);
}

/**
 * The real provision a citation means. Each level is tried as written; then, where the act
 * has none such:
 * - "2a" / "3a" written as one part: the inserted subsection "3A" if the act has it, else
 *   subsection 2 and paragraph (a) ("section 21(2a)" is 21(2)(a)). An upper-case letter
 *   ("31(1A)") marks an inserted subsection and is never split.
 * - a level skipped ("31(a)"): the first subsection, in the act's order, under which the rest of
 *   the citation exists. Acts state an exemption's grounds before the purposes or definitions
 *   that serve them, so the first fitting subsection is the one meant (31(1), not 31(2)).
 * - otherwise the citation is cut back to the deepest level that exists.
 */
export function resolveProvision(section: ProvisionNode, sectionLabel: string, parts: readonly string[]): ResolvedProvision {
  let node = section;
  const out: string[] = [];
  let reading: Reading = "as-written";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const rest = parts.slice(i + 1);
    const direct = node.children.get(p) ?? node.children.get(p.toLowerCase());
    if (direct) {
      out.push(node.children.has(p) ? p : p.toLowerCase());
      node = direct;
      continue;
    }
    const joined = /^(\d{1,2})([A-Za-z])$/.exec(p);
    if (joined) {
      const inserted = `${joined[1]}${joined[2]!.toUpperCase()}`;
      const insertedNode = node.children.get(inserted);
      if (insertedNode && fits(insertedNode, rest)) {
        out.push(inserted);
        node = insertedNode;
        reading = "supplied";
        continue;
      }
      const sub = node.children.get(joined[1]!);
      const para = joined[2]!;
      if (sub && para === para.toLowerCase() && sub.children.has(para) && fits(sub.children.get(para)!, rest)) {
        out.push(joined[1]!, para);
        node = sub.children.get(para)!;
        reading = "supplied";
        continue;
      }
      if (sub) {
        out.push(joined[1]!);
        return { provision: renderProvision(sectionLabel, out), reading: "cut" };
      }
    }
    const skipped = [...node.children.entries()].find(([, child]) => child.children.has(p) && fits(child.children.get(p)!, rest));
    if (skipped) {
      out.push(skipped[0], p);
      node = skipped[1].children.get(p)!;
      reading = "supplied";
      continue;
    }
    return { provision: renderProvision(sectionLabel, out), reading: "cut" };
  }
  return { provision: renderProvision(sectionLabel, out), reading };
}
