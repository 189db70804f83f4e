import type { Line } from "./lines.js";

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
  const parts = (l: Line): [number, number] => {
    const [a, b] = l.marker!.label.split(".");
    return [Number(a), Number(b ?? 0)];
  };
  const runs: Line[][] = [];
  let run: Line[] = [];
  const close = (): void => {
    if (run.length >= 2) runs.push(run);
    else for (const l of run) l.marker = null;
    run = [];
  };
  candidates.forEach((l, i) => {
    const [a, b] = parts(l);
    const last = run.at(-1);
    const [pa, pb] = last ? parts(last) : [0, 0];
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
