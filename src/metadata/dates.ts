import { writtenDates, type FoundDate } from "./date-forms.js";

/** A day, month and year all written out ("13th October 2025", "03/07/2014", "2025-11-18"), as YYYY-MM-DD. */
function certainDates(line: string): FoundDate[] {
  return writtenDates(line);
}

/** The first date in any common UK form, as YYYY-MM-DD; "" when none. */
export function parseDate(s: string): string {
  return certainDates(joinOrdinals(s))[0]?.iso ?? "";
}

/**
 * Ordinals that PDF layout put on a line of their own (a superscript "th" between "27"
 * and "April 2021") joined back: "27\nth\nApril 2021" → "27th April 2021". Each piece
 * is bounded, so the pattern is linear on any text.
 */
export function joinOrdinals(text: string): string {
  return text.replace(/\b(\d{1,2})(st|nd|rd|th)(?=[A-Z][a-z])/g, "$1$2 ").replace(/\b(\d{1,2})[ \t]{0,3}\n[ \t]{0,3}(st|nd|rd|th)\b[ \t]{0,3}\n?[ \t]{0,3}(?=(?:of[ \t]{1,3})?[A-Z][a-z]{2})/g, "$1$2 ");
}

/** Words that make a date on the line the letter's own (a "Date:" label, a reply, a sign-off date). */
const OWN_LABEL = /^(?:date(?:d)?(?:\s+of\s+(?:response|decision|letter|reply|issue))?|response\s+date|date\s+(?:sent|of\s+response|issued)|sent|issued|response|reply|published|publication\s+date)\s*[:\-–]?\s*/i;
const OWN_WORD = /\b(?:reply|response\s+(?:sent|issued|date)|date\s+of\s+(?:response|reply|letter)|date\s+(?:responded|replied|sent|issued))\b/i;
/** "the Minister's reply of …", "your reply of …": someone else's reply, a date the letter quotes. */
const OTHERS_REPLY = /(?:['\u2019]s|\byour)\s+reply\b/i;
/** "Date of request:", "Date received:": the label of a date the letter quotes. */
const QUOTED_LABEL = /\bdate\s+(?:of\s+(?:request|receipt)|received|requested)\b|\b(?:request|received)\s+date\b/i;
/** Words that make it a date the letter quotes: when the request came, what it asked about, a deadline. */
const QUOTED = /\b(?:by|within|no\s+later\s+than|received|receipt|as\s+(?:at|of)|request(?:ed)?\b[^.\n]{0,24}?\b(?:dated|of|on|made)|your\s+(?:e-?mail|letter|request|correspondence)|dated|deadline|due|submitted|asked|wrote|between|from|until|since|before|after|period|to\s+date)\b/i;
/** "you should receive a reply by …", "we aim to respond within …": a deadline the letter promises, not its own date. */
// "… will be in touch with a further update on …": what the writer will do is a date to come.
// redos-ok: tested only on the words before a date on one line of at most 200 characters (promisedBefore), so the lazy 80-character gap after each "we will" costs at most 200 × 80 steps
const PROMISED = /\b(?:(?:reply|respon(?:d|se))\s+(?:to\s+you\s+)?(?:by|within|no\s+later\s+than|on\s+or\s+before|before)|(?:we|i)\s+(?:will|shall|expect\s+to|aim\s+to|hope\s+to)\b[^.\n]{0,80}?\b(?:on|by|before))\s*(?:the\s+)?$/i;
/** A promise just before a date, read on the line's last 120 characters before it (lines are at most 200). */
const promisedBefore = (before: string): boolean => PROMISED.test(before.slice(-120));
/** A sentence runs on into the next line when its line ends without a stop. */
const RUNS_ON = /[^.:;!?)\]]$/;
const REFERENCE = /\b(?:ref(?:erence)?|our\s+ref|request\s+(?:number|no))\b/i;
const SIGN_OFF = /^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|regards)\b/i;

export interface DateReading {
  date: string;
  /** "date_line" (labelled or alone on a line), "letterhead", "sign_off". */
  source: string;
}

/**
 * The letter's own date: every full date in its first lines and under its sign-off,
 * scored by where it stands and what the line says about it. A date alone on a line or
 * after "Date:" near the top is the letter's; one after "received", "your email of" or
 * inside the quoted request is not. None scoring enough: "" (the letter states none).
 */
export function readLetterDate(text: string): DateReading | null {
  const lines = joinOrdinals(text.slice(0, 40_000)).split("\n").map((l) => l.trim());
  const filled = lines.filter((l) => l.length > 0);
  const signAt = filled.findIndex((l) => SIGN_OFF.test(l));
  let best: { score: number; date: string; source: string; at: number } | null = null;
  // The first line of the text is the reply's own e-mail header ("From: …" / "Sent: …"): its date is the reply's.
  const ownHeader = /^from\s*:/i.test(filled[0] ?? "");
  filled.forEach((line, at) => {
    // A line of a message quoted under the reply ("> Sent: 13 February 2026") is the earlier message's.
    if (line.startsWith(">")) return;
    const top = at < 30;
    const signing = signAt >= 0 && at > signAt && at <= signAt + 12;
    const labelled = at < 80 && OWN_LABEL.test(line);
    if (!top && !signing && !labelled) return;
    if (line.length > 200) return;
    let prevEnd = 0;
    for (const d of certainDates(line)) {
      // What stands before this date since the one before it ("Date received: 2/9/25  Date responded: 29/9/25").
      const before = line.slice(prevEnd, d.index);
      prevEnd = d.index + d.length;
      const rest = (before + line.slice(d.index + d.length)).replace(/[\s,.:;()\-–]+/g, "");
      let score = top ? 2 : signing ? 1.5 : 0.5;
      const own = OWN_WORD.test(before) && !OTHERS_REPLY.test(before) && !promisedBefore(before);
      // A date opening a line that continues the sentence above it ("…request received on the\n24th April") reads with its words.
      const carried = d.index === 0 || before.trim() === "" ? (at > 0 && RUNS_ON.test(filled[at - 1]!) && filled[at - 1]!.length > 25 ? filled[at - 1]!.slice(-60) + " " : "") : "";
      if (OWN_LABEL.test(before) || own) score += 3;
      if (rest.length <= 3 || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(rest)) score += 2;
      if (REFERENCE.test(before)) score += 1;
      // The second date of a range ("between 1 April and 31 May 2024") is quoted as the first is.
      const quotedBefore = carried + (/^[\s,]*(?:and|to|until|till|through|-|–)[\s]*$/i.test(before) ? line.slice(0, d.index) : before);
      if ((QUOTED.test(quotedBefore) && !own) || QUOTED_LABEL.test(before) || promisedBefore(before)) score -= 4;
      // "Sent: 03 July 2018 11:08" under a "From:" line is the header of a quoted message, unless that header opens the text.
      const fromAt = filled.slice(Math.max(0, at - 3), at).findIndex((l) => /^from\s*:/i.test(l));
      if (/^(?:sent|date)\s*:/i.test(line) && fromAt >= 0 && !(ownHeader && Math.max(0, at - 3) + fromAt === 0)) score -= 5;
      if (score >= 2 && (!best || score > best.score)) {
        best = { score, date: d.iso, source: signing && !top ? "sign_off" : labelled || rest.length <= 3 ? "date_line" : "letterhead", at };
      }
    }
  });
  const found = best as { date: string; source: string } | null;
  return found ? { date: found.date, source: found.source } : null;
}
