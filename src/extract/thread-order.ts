/**
 * Answers labelled with the request's own labels but given in another order: "we have answered your
 * questions in the order the information was located" (3, 1.1, 1.2, 2.1 …), or an answer sent in
 * parts (i and iv now, ii and iii a fortnight later). The reader pairs a list of answers with the
 * request's list when it runs in the same order, so the reply's labelled blocks are put back in the
 * request's order, each block whole (its label line and the lines under it). Only a reply whose
 * labelled blocks are all request labels, each once, is reordered; any other reply is left as written.
 */

// A label at a line start: "1.", "1)", "(1)", "1.2", "a)", "(b)", "iv.", "Q3" — then the text on the line.
// redos-ok: anchored at the line start; each alternative reads a bounded label, then one space run
const LABEL = /^[ \t]*(?:Q(?:uestion)?\s?)?\(?(\d{1,2}(?:\.\d{1,2})?|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)(?:[.)]|(?<=\d)(?=\s))[ \t]+\S/i;
// The reply's closing: its rights paragraph or sign-off, after the last answer.
const CLOSING = /^(?:if you|should you|you (?:have|may|can|are entitled)|under the terms|kind regards|yours|regards|best wishes|many thanks|thank you)\b/i;

const labelOf = (line: string): string | null => {
  const m = LABEL.exec(line);
  return m ? m[1]!.toLowerCase() : null;
};

/** The request's labels in order (numbers, hierarchical numbers, letters, romans), once each. */
export function requestLabels(request: string): string[] {
  const out: string[] = [];
  for (const line of request.split("\n")) {
    const l = labelOf(line);
    if (l && !out.includes(l)) out.push(l);
  }
  return out;
}

interface Blocks {
  head: string[];
  blocks: { label: string; lines: string[] }[];
  tail: string[];
}

/** One part of a reply split into its opening, its labelled blocks and its closing. */
function blocksOf(text: string, labels: ReadonlySet<string>): Blocks | null {
  const lines = text.split("\n");
  const head: string[] = [];
  const blocks: Blocks["blocks"] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const l = labelOf(lines[i]!);
    if (l && labels.has(l)) break;
    head.push(lines[i]!);
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const l = labelOf(line);
    if (l && labels.has(l)) {
      blocks.push({ label: l, lines: [line] });
      continue;
    }
    if (CLOSING.test(line.trim()) && lines[i - 1]?.trim() === "") break;
    blocks[blocks.length - 1]!.lines.push(line);
  }
  const tail = lines.slice(i);
  return blocks.length > 0 ? { head, blocks, tail } : null;
}

/**
 * The reply's parts (one, or an answer and the part that completes it) as one text, with their
 * labelled blocks in the request's order when every block carries a request label once and the
 * reply gives them in another order. Null when nothing is to be reordered.
 */
export function inRequestOrder(request: string, parts: readonly string[]): string | null {
  const order = requestLabels(request);
  if (order.length < 3) return null;
  const labels = new Set(order);
  const read = parts.map((p) => blocksOf(p, labels));
  if (read.some((r) => r === null)) return null;
  const all = read.flatMap((r) => r!.blocks);
  const seen = all.map((b) => b.label);
  if (all.length < 3 || new Set(seen).size !== seen.length) return null;
  const rank = (l: string): number => order.indexOf(l);
  const sorted = [...all].sort((a, b) => rank(a.label) - rank(b.label));
  if (sorted.every((b, k) => b === all[k])) return null;
  const trimEnd = (ls: string[]): string[] => {
    const out = [...ls];
    while (out.length && out[out.length - 1]!.trim() === "") out.pop();
    return out;
  };
  const heads = read.map((r) => trimEnd(r!.head).join("\n")).filter((h) => h.trim());
  const body = sorted.map((b) => trimEnd(b.lines).join("\n")).join("\n\n");
  const tail = trimEnd(read[read.length - 1]!.tail).join("\n");
  return [...heads, body, tail].filter((x) => x.trim()).join("\n\n");
}
