import type { Line } from "./lines.js";

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/**
 * Items numbered under numbered sections (labels.md: hierarchical numbers keep their dot):
 *
 *   "2. Training"                     a section heading: no question
 *   "2.1 Is training mandatory?"      question 2.1
 *   "2.2 What share completed it?"    question 2.2
 *   "3. Spend" / "3.1 …"              the next section, its items 3.1, 3.2 …
 *
 * lines.ts marks every line opening "N.M" as a candidate (style "h"). A candidate is an item only
 * when it runs in order with others: the next part of its section (1.1 → 1.2) or the first part of a
 * following section (1.3 → 2.1); a run starts at a first part ("N.1") and needs two items. Candidates
 * outside such a run ("1.5 million people …" opening a line) are no items, and do not break the run
 * they sit in: a reply under 2.1 that opens with a figure ("96.4 WTE") leaves 2.2 next in line. Each kept item is
 * numbered in its run (value 1, 2, 3 …) so that the run reads as one list, its label staying "2.1".
 * A section heading with only a title ("2. Training", "2) Training:") right above its first part
 * loses its number: it asks nothing, and its text must not take the item under it.
 */
export function readHierarchicalItems(lines: Line[]): void {
  if (!lines.some((l) => l.marker?.style === "h")) return;
  // A section with no parts is asked under its own number ("3. How many …" after 2.3): a plain number
  // one past the run's section, unless its first part follows ("3. Spend" over "3.1 …", a heading).
  const plain = (l: Line): boolean => l.marker?.kind === "number" && (l.marker.style === "." || l.marker.style === ")") && /^\d{1,2}$/.test(l.marker.label);
  const candidates = lines.filter((l) => l.marker?.style === "h" || plain(l));
  // "2.3" → section 2, part 3; "b2" → section 2, part 2; "a2ii" → section 1, part 2, its roman part 2.
  const parts = (l: Line): [number, number, number] => {
    const coded = /^([a-h])(\d{1,2})([ivx]*)$/.exec(l.marker!.label);
    if (coded) return [coded[1]!.charCodeAt(0) - 96, Number(coded[2]), coded[3] ? ROMANS.indexOf(coded[3]) + 1 : 0];
    const [a, b] = l.marker!.label.split(".");
    return [Number(a), Number(b ?? 0), 0];
  };
  const isCoded = (l: Line): boolean => /^[a-h]\d/.test(l.marker!.label);
  const runs: Line[][] = [];
  let run: Line[] = [];
  const close = (): void => {
    // Section codes make a run only when it passes into a second section (A1 … B1): "A1", "A2" alone
    // label a reply's answers under "Q1", "Q2".
    const sections = new Set(run.map((l) => parts(l)[0]));
    if (run.length >= 2 && (!run.some(isCoded) || sections.size >= 2)) runs.push(run);
    else for (const l of run) l.marker = null;
    run = [];
  };
  candidates.forEach((l, i) => {
    const [a, b, r] = parts(l);
    const last = run.at(-1);
    const [pa, pb, pr] = last ? parts(last) : [0, 0, 0];
    // Coded and dotted items do not mix in one run.
    if (last && isCoded(l) !== isCoded(last)) {
      if (b === 1) {
        close();
        run.push(l);
      } else l.marker = null;
      return;
    }
    // A part answered on its own ("A2 (i)", "A2 (ii)"): the next roman part of the same item, or the
    // item after the one before ("A1" → "A2 (i)"); the item after its last part goes on ("A2 (iii)" → "A3").
    if (last && isCoded(l) && ((a === pa && b === pb && r === pr + 1 && r > 0) || (a === pa && b === pb + 1 && r <= 1) || (b === 1 && r <= 1 && a === pa + 1))) {
      run.push(l);
      return;
    }
    if (plain(l)) {
      const next = candidates[i + 1];
      const heading = next !== undefined && !plain(next) && next.marker!.label === `${a}.1`;
      if (last && a === pa + 1 && !heading && asksAsItem(l)) run.push(l);
      return;
    }
    const follows = last !== undefined && ((a === pa && b === pb + 1) || (b === 1 && a > pa && a <= pa + 2));
    if (follows) run.push(l);
    else if (b === 1) {
      close();
      run.push(l);
    } else l.marker = null; // a figure opening a reply line ("96.4 WTE", "2.5 million"): the run goes on past it
  });
  close();
  for (const r of runs) {
    r.forEach((l, k) => {
      l.marker = { ...l.marker!, value: k + 1, style: "h" };
    });
    dropSectionHeadings(lines, r);
  }
}

function dropSectionHeadings(lines: Line[], run: Line[]): void {
  for (const first of run) {
    const [major, minor] = first.marker!.label.split(".");
    if (minor !== "1") continue;
    // The nearest marked line above the section's first part, with nothing but titles between.
    for (let i = first.index - 1; i >= 0; i--) {
      const l = lines[i]!;
      if (l.blank) continue;
      const m = l.marker;
      if (!m) {
        if (l.trimmed.length > 80 || /[.?]$/.test(l.trimmed)) break;
        continue;
      }
      if (m.kind === "number" && m.style !== "h" && m.label === major && sectionTitle(l.text.slice(m.contentStart - l.start))) l.marker = null;
      break;
    }
  }
}

/** A section's title ("Care homes", "Spend:"), or nothing: it names a topic and asks nothing. */
function sectionTitle(s: string): boolean {
  const t = s.trim();
  return t.length <= 80 && !/\?/.test(t) && !/\b(?:please|provide|tell|confirm|how|what|which|who|when|whether|could|can|would|i|my)\b/i.test(t);
}

/** A plain-numbered line that asks (not a bare title such as "3. Estates"). */
function asksAsItem(l: Line): boolean {
  return !sectionTitle(l.text.slice(l.marker!.contentStart - l.start));
}
