/**
 * The parts of a letter where its writer names itself: the letterhead (the first lines),
 * the sign-off (the lines under "Yours sincerely"), the footer (the last lines), the
 * paragraphs about the requester's rights (internal review, the Information Commissioner,
 * complaints: they name the writer's own address and the regulator) and the body.
 */
export type Zone = "head" | "signOff" | "foot" | "rights" | "body";

export interface ZoneLine {
  text: string;
  zone: Zone;
  /** The line restates the requester's request (under "You asked for the following:" until "Our response"). */
  quoted?: boolean;
}

const SIGN_OFF = /^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|many\s+thanks|regards|with\s+regards|yn\s+gywir|cofion)\b/i;
/** The closings of an e-mail, that open other sentences too ("Thanks for your email"): only as a line of their own. */
const SIGN_OFF_LINE = /^(?:thanks|thank\s+you|best\s+wishes|best|warm(?:est)?\s+regards|all\s+the\s+best|with\s+(?:best|kind|many)\s+(?:wishes|thanks|regards)|cheers)\s?[,.!]?$/i;
const RIGHTS = /\b(?:information commissioner|ico\.org|wycliffe house|internal review|complain|complaint|appeal|dissatisfied|unhappy with)\b/i;

/** A sign-off is a short line of its own ("Yours sincerely,"), not "With regards to your request…". */
const SIGN_OFF_LENGTH = 40;
/** A line that introduces the request the letter restates, and one that starts the answer. */
const REQUEST_INTRO =
  /^(?:request|your request|information requested|the request|requested information|you asked|details of request)\s*(?::\s*)?$|\b(?:you (?:have )?asked(?: for| us)?|requesting the following|requested the following|request(?:ed)? for the following|following (?:information|documents?|questions?)|as follows)\b[^.]{0,80}[:\-\u2013]\s*$/i;
const INTRO_END = /[:\-\u2013]\s*$/;
const RESPONSE_START = /^(?:our |my |the )?(?:response|reply|answer|decision|outcome)s?\b|^(?:we|i) (?:can|have|do|hold|are|am|will|would)\b/i;
/** A restated request runs this many lines at most. */
const QUOTED = 30;

/** Letters are read this far: the zones of a 300-page bundle are in its first pages and its last lines. */
const MAX_BODY = 40_000;
/** Lines of letterhead at most, lines of sign-off, lines of footer. */
const HEAD = 15;
const SIGN = 11;
const FOOT = 8;

/** A gap this wide between two runs of text on a line parts two columns of a letterhead. */
const COLUMN_GAP = /\S {6,}(?=\S)/;
/** The two columns of a line parted by a wide gap (its first), or null. */
function cells(line: string): [string, string] | null {
  const m = COLUMN_GAP.exec(line);
  return m ? [line.slice(0, m.index + 1), line.slice(m.index + m[0].length)] : null;
}
/** How far into a letter a letterhead in two columns runs. */
const HEAD_LINES = 20;

/**
 * A letterhead in two columns (the body's name on the left, its address on the right, side by
 * side: "Department for Culture,      London SW1A 2BQ" / "Media & Sport"): its left column's
 * lines, then its right column's, so a name broken over the left column's lines reads as one.
 * Only where two lines or more of the first ones are so parted; other text: as it is.
 */
function columnsApart(raw: string[]): string[] {
  const head = raw.slice(0, HEAD_LINES);
  const parted = head.map((l) => (l.length <= 300 ? cells(l.trim()) : null));
  if (parted.filter(Boolean).length < 2) return raw;
  // The block ends at the first line of running text (a greeting, a sentence).
  const end = head.findIndex((l) => /^\s*dear\b/i.test(l) || l.trim().length > 90);
  const stop = end >= 0 ? end : head.length;
  const left: string[] = [];
  const right: string[] = [];
  for (let i = 0; i < stop; i++) {
    const m = parted[i];
    const line = head[i]!;
    if (m) {
      left.push(m[0]);
      right.push(m[1]);
    } else if (/^ {20,}\S/.test(line)) right.push(line.trim());
    else left.push(line);
  }
  return [...left, ...right, ...raw.slice(stop)];
}

/**
 * A sign-off run into one line with the writer's name, role and body ("Regards, A. Lee, Office
 * Manager, Westvale Council, Town Hall, Westvale WV1 2AB."): its parts, as the lines a letter
 * would print them on. Any other line: itself.
 */
function signOffParts(line: string): string[] {
  if (line.length <= SIGN_OFF_LENGTH || line.length > 300) return [line];
  const m = SIGN_OFF.exec(line);
  if (!m || !/^\s*,/.test(line.slice(m[0].length))) return [line];
  const parts = line
    .slice(m[0].length)
    .split(",")
    .map((p) => p.trim().replace(/\.$/, ""))
    .filter(Boolean);
  // Parts of a sentence are long; the parts of a signature are short.
  if (parts.length < 2 || parts.some((p) => p.length > 70)) return [line];
  return [m[0], ...parts];
}

/** Every non-empty line of the letter's first 40,000 characters (and of its last 3,000 when longer), with its zone. */
export function zoneLines(text: string): ZoneLine[] {
  const filled = columnsApart(text.slice(0, MAX_BODY).split("\n"))
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .flatMap(signOffParts);
  const tail = text.length > MAX_BODY ? text.slice(-3000).split("\n").map((l) => l.trim()).filter(Boolean) : [];
  const all = [...filled, ...tail];
  const signOff = (l: string): boolean => l.length <= SIGN_OFF_LENGTH && (SIGN_OFF.test(l) || SIGN_OFF_LINE.test(l));
  const signAt = filled.findIndex(signOff);
  // A long letter (or one padded with blank pages) signs off in its last lines, past the part read from the top.
  const tailSign = signAt < 0 && tail.length > 0 ? tail.findIndex(signOff) : -1;
  const sign = signAt >= 0 ? signAt : tailSign >= 0 ? filled.length + tailSign : -1;
  // The letterhead is above the sign-off, however short the letter.
  const headEnd = sign >= 0 ? Math.min(HEAD, sign) : HEAD;
  let quotedUntil = -1;
  return all.map((l, i): ZoneLine => {
    if (RIGHTS.test(l)) return { text: l, zone: "rights" };
    if (sign >= 0 && i > sign && i <= sign + SIGN) return { text: l, zone: "signOff" };
    if (RESPONSE_START.test(l)) quotedUntil = -1;
    const quoted = i <= quotedUntil;
    // An introduction ends with ":" or a dash, or is a short heading: only those lines are tried.
    if ((l.length <= 40 || INTRO_END.test(l)) && REQUEST_INTRO.test(l)) quotedUntil = i + QUOTED;
    const zone: Zone = i < headEnd ? "head" : i >= all.length - FOOT ? "foot" : "body";
    return quoted ? { text: l, zone, quoted } : { text: l, zone };
  });
}
