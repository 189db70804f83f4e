/**
 * Letters whose line breaks were lost (family: "flattened letters"): text copied out of a PDF viewer or
 * a web form runs the request and its answers together, so the question numbers fall in the middle of
 * lines: "… as follows: 1. How many …? 2. Has the …? Our response: 1. Three. 2. No …", either on a few
 * very long lines or re-wrapped at a fixed width with no paragraph breaks.
 *
 * A paragraph (lines with no blank between them) of some length whose numbered markers make a run in
 * sequence (1. 2. 3., 1) 2) 3), Q1 Q2 Q3, 1a. 1b. 2.), each opening a sentence (after a sentence end
 * or a colon), is broken before each marker of the run, and before an answer cue ("Response:",
 * "Questions 2 to 4:") between them, so that segmentation sees one numbered item a line.
 *
 * Guards: a marker needs a sentence end or a colon before it and a capital after it, so figures
 * ("1.5 million", "s.31", "section 2. The", dates) are no markers; a run needs at least two of its
 * markers in mid-line (a letter already set out one item a line is left alone); a run of two needs a
 * question mark in the paragraph. Lines already short and set out are never touched.
 */

/** A paragraph shorter than this is left as written. */
const MIN_PARAGRAPH = 240;

// The marker: "1." "1)" "1a." "Q1" "Q1." "Q 1:" opening a sentence. The lookbehinds are bounded.
const MARKER = /(?<=(?:^|[.?!:;][ \t]{1,3}|[.?!:;]\n[ \t]{0,3}))(?:(Q) ?)?(\d{1,2})([a-z])?([.):]?)(?=(?:[ \t]{1,3}|\n)[A-Z\d£“"‘'(])/gm;
/** An answer cue that opens the answer block between two numbered items. */
const CUE = /(?<=[.?!][ \t]{1,3})(?:(?:Our|The|Council'?s?|Trust'?s?) )?(?:[Rr]esponse|[Aa]nswer|[Rr]eply|Questions? \d{1,2}(?:[a-z])? (?:to|and|-|–) \d{1,2}[a-z]?)(?: to (?:question|Q) ?\d{1,2})?:/g;

interface Marker {
  at: number;
  end: number;
  num: number;
  sub: string;
  q: boolean;
  midLine: boolean;
}

export function breakFlattenedRuns(text: string): string {
  if (!text || text.length < MIN_PARAGRAPH) return text;
  const out: string[] = [];
  let last = 0;
  // Paragraphs: stretches without a blank line.
  for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const para = m[0];
    if (para.trim().length < MIN_PARAGRAPH) continue;
    // One flattened line whose items are answered below, one numbered answer a line, is the web-form
    // layout that inline-numbered.ts reads (with the form's trailing fields): left to it.
    if (!para.includes("\n") && answeredBelow(text.slice(m.index + para.length))) continue;
    const fixed = breakParagraph(para);
    if (fixed === para) continue;
    out.push(text.slice(last, m.index), fixed);
    last = m.index + para.length;
  }
  if (!out.length) return text;
  out.push(text.slice(last));
  return out.join("");
}

function answeredBelow(rest: string): boolean {
  return /^[ \t]{0,8}(?:Q ?)?1[.):]?[ \t]/m.test(rest) && /^[ \t]{0,8}(?:Q ?)?2[.):]?[ \t]/m.test(rest);
}

function markersOf(para: string): Marker[] {
  const found: Marker[] = [];
  for (const m of para.matchAll(MARKER)) {
    const q = m[1] === "Q";
    const punct = m[4] ?? "";
    // A bare number opens an item only as "Q1"; "1" alone is a figure ("… 2024. 3 cases were …").
    if (!q && !punct) continue;
    if (!q && punct === ":") continue;
    const lineStart = para.lastIndexOf("\n", m.index - 1) + 1;
    const midLine = para.slice(lineStart, m.index).trim() !== "";
    found.push({ at: m.index, end: m.index + m[0].length, num: Number(m[2]), sub: m[3] ?? "", q, midLine });
  }
  return found;
}

/** The item after `a` in a run: the next letter of the same number, or the next number (plain or "a"). */
function follows(a: Marker, b: Marker): boolean {
  if (a.q !== b.q) return false;
  if (b.num === a.num) return a.sub !== "" && b.sub.charCodeAt(0) === a.sub.charCodeAt(0) + 1;
  return b.num === a.num + 1 && (b.sub === "" || b.sub === "a");
}

/** Runs in sequence, each starting at 1 (or 1a), taken greedily one after another (the asks, then the answers). */
function runsOf(found: Marker[]): Marker[][] {
  const runs: Marker[][] = [];
  let from = 0;
  while (from < found.length) {
    const i = found.findIndex((f, k) => k >= from && f.num === 1 && (f.sub === "" || f.sub === "a"));
    if (i < 0) break;
    const run = [found[i]!];
    let k = i + 1;
    for (; k < found.length; k++) {
      const f = found[k]!;
      if (f.num === 1 && (f.sub === "" || f.sub === "a") && run.length >= 2) break;
      if (follows(run[run.length - 1]!, f)) run.push(f);
    }
    runs.push(run);
    from = k;
  }
  return runs;
}

function breakParagraph(para: string): string {
  const runs = runsOf(markersOf(para)).filter((r) => r.length >= 2 && r.filter((f) => f.midLine).length >= 2 && (r.length >= 3 || para.includes("?")));
  if (!runs.length) return para;
  const cuts = new Set<number>();
  const joins = new Set<number>();
  for (const run of runs) {
    for (const f of run) {
      if (f.midLine) cuts.add(f.at);
      // "4.\nDoes the …": the marker goes on with its item's text.
      if (para[f.end] === "\n") joins.add(f.end);
    }
  }
  const first = Math.min(...runs.map((r) => r[0]!.at));
  for (const c of para.matchAll(CUE)) if (c.index > first) cuts.add(c.index);
  let s = "";
  for (let i = 0; i < para.length; i++) {
    if (cuts.has(i)) s = `${trimEndSpaces(s)}\n`;
    const ch = para[i]!;
    if (joins.has(i)) s += " ";
    else if (ch === "\n" && s.endsWith("\n")) continue;
    else s += ch;
  }
  return s;
}

function trimEndSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === " " || s[e - 1] === "\t")) e--;
  return s.slice(0, e);
}
