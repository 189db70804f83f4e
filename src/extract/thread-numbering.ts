/**
 * A request written without numbers, answered by a reply that numbers or titles its answers one per
 * ask. The public write asks one a line with no bullet ("The number of …" / "Whether …") or one a
 * paragraph ("I would like to know … / Separately, please tell me … / Finally, could you …"); the
 * authority answers "1. …", "2. …" in the same order, or under short titles of its own ("Devices:",
 * "ICO reports:"). labels.md numbers unnumbered asks 1, 2, 3 in the order given, so when the reply
 * has exactly as many numbered (or titled) answers as the request has ask lines (or paragraphs), the
 * asks are written with those numbers, and titled answers carry them too: the list reader then pairs
 * them one to one. Any other count leaves the letter as written.
 */

// A numbered answer line: "1. …", "1) …", "(1) …".
// redos-ok: anchored; a bounded number, its punctuation, one space run
const NUMBERED = /^[ \t]*\(?(\d{1,2})[.)][ \t]+\S/;
// A short title alone on its line ending in a colon ("Devices:", "ICO reports:"), not a lead-in sentence.
// redos-ok: anchored; one bounded class run, then the colon
const TITLE = /^[ \t]*([A-Z][A-Za-z0-9 '&/()-]{1,40}):[ \t]*$/;
// Any marker at a line start: the request has its own labels then, and is left alone.
// redos-ok: anchored; bounded alternatives
const MARKED = /^[ \t]*(?:[•·*\-–]|\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|v)[.)])[ \t]+\S/i;
const LEAD = /:\s*$|\b(?:the following|please (?:provide|send|supply)|under the freedom of information)\b/i;

const blocks = (text: string): string[][] => text.split(/\n[ \t]*\n/).map((b) => b.split("\n").filter((l) => l.trim() !== "")).filter((b) => b.length > 0);

/** The reply's answers 1..N in order, each once, as line indexes; null when it numbers no such list. */
function numberedAnswers(lines: readonly string[]): number {
  let next = 1;
  for (const line of lines) {
    const m = NUMBERED.exec(line);
    if (!m) continue;
    if (Number(m[1]) === next) next++;
    else return 0;
  }
  return next - 1;
}

/** The request's ask lines (one block of short lines under a lead-in) or ask paragraphs, as line texts to number. */
function askUnits(body: string[]): { lines: string[]; mode: "line" | "paragraph" }[] {
  const out: { lines: string[]; mode: "line" | "paragraph" }[] = [];
  const text = body.join("\n");
  const bs = blocks(text);
  // One a line: a block of 2+ lines each a short phrase opening in a capital, after a lead-in block.
  for (let i = 1; i < bs.length; i++) {
    const b = bs[i]!;
    if (b.length >= 2 && LEAD.test(bs[i - 1]!.join(" ")) && b.every((l) => /^[A-Z]/.test(l.trim()) && l.trim().length <= 200 && !/[,;]$/.test(l.trim()))) out.push({ lines: b, mode: "line" });
  }
  // One a paragraph: every block of the body, each asking.
  if (bs.length >= 2 && bs.every((b) => /\?|\b(?:please|could you|can you|i would (?:also )?like|tell me|i (?:also )?(?:request|ask))\b/i.test(b.join(" ")))) out.push({ lines: bs.map((b) => b[0]!), mode: "paragraph" });
  return out;
}

/**
 * `request`: the requester's body (greeting and sign-off included); `reply`: the chosen answer.
 * Returns both rewritten with the shared numbering, or null when nothing applies.
 */
export function numberUnlabelledAsks(request: string, reply: string, body: string): { request: string; reply: string } | null {
  if (!body || body.split("\n").some((l) => MARKED.test(l))) return null;
  const replyLines = reply.split("\n");
  const numbered = numberedAnswers(replyLines);
  const titles = replyLines.map((l, i) => (TITLE.test(l) && replyLines[i + 1]?.trim() ? i : -1)).filter((i) => i >= 0);
  const count = numbered >= 2 ? numbered : titles.length >= 2 ? titles.length : 0;
  if (count < 2) return null;
  const units = askUnits(body.split("\n")).find((u) => u.lines.length === count);
  if (!units) return null;
  let out = request;
  units.lines.forEach((line, k) => {
    out = out.replace(line, `${k + 1}. ${line.trim()}`);
  });
  if (numbered >= 2) return { request: out, reply };
  const titled = [...replyLines];
  titles.forEach((at, k) => {
    titled[at] = `${k + 1}. ${titled[at]!.trim()}`;
  });
  return { request: out, reply: titled.join("\n") };
}
