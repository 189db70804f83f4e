/**
 * The parts of a letter where its writer names itself: the letterhead (the first lines),
 * the sign-off (the lines under "Yours sincerely"), the footer (the last lines) and the
 * body. Lines about the requester's rights (internal review, the Information
 * Commissioner, complaints) name other bodies and are left out of every zone.
 */
export interface Zones {
  head: string;
  signOff: string;
  foot: string;
  /** The body lines, without the rights paragraphs. */
  body: string;
}

const SIGN_OFF = /^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|many\s+thanks|regards|with\s+regards)\b/i;
const RIGHTS = /\b(?:information commissioner|ico\.org|wycliffe house|internal review|complain|complaint|appeal|dissatisfied|unhappy with)\b/i;

/** Letters are read this far: the zones of a 300-page bundle are in its first pages and its last lines. */
const MAX_BODY = 40_000;

export function letterZones(text: string): Zones {
  const lines = text.slice(0, MAX_BODY).split("\n");
  const filled = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l.length > 0 && !RIGHTS.test(x.l));
  const signAt = filled.findIndex((x) => SIGN_OFF.test(x.l));
  // The letterhead is above the sign-off, however short the letter.
  const head = filled.slice(0, signAt >= 0 ? Math.min(15, signAt) : 15).map((x) => x.l);
  const all = text.length > MAX_BODY ? text.slice(-3000).split("\n").map((l) => l.trim()).filter((l) => l && !RIGHTS.test(l)) : filled.map((x) => x.l);
  // A long letter (or one padded with blank pages) signs off in its last lines, past the part read from the top.
  const tailSign = signAt < 0 && text.length > MAX_BODY ? all.findIndex((l) => SIGN_OFF.test(l)) : -1;
  const signOff = signAt >= 0 ? filled.slice(signAt + 1, signAt + 12).map((x) => x.l) : tailSign >= 0 ? all.slice(tailSign + 1, tailSign + 12) : [];
  const foot = all.slice(-8);
  const body = filled.slice(head.length).filter((_, i) => signAt < 0 || i + head.length <= signAt || i + head.length > signAt + 11).map((x) => x.l);
  return { head: head.join("\n"), signOff: signOff.join("\n"), foot: foot.join("\n"), body: body.join("\n") };
}
