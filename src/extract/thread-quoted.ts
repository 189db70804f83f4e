import { cleanEmailBody, type CleanedBody } from "./thread-clean.js";

/**
 * Answers typed into the quoted request. Many authorities reply by quoting the requester's email
 * ("-----Original Message-----", "From: … Sent: …", "On … wrote:") and typing each answer under the
 * question it answers, often with only "our answers are below / in blue" above the quote. Cutting
 * the quote as older mail would throw the answers away with it. The quote is kept when its lines
 * alternate between what earlier messages of the thread already said (the questions) and new text
 * (the answers): at least two earlier lines each followed by new lines, and enough new text to be
 * answers rather than a changed signature. A plain quote of the request below a reply (nothing new
 * inside it) is still cut.
 */

// The header of a quoted mail: its marker line and the From/Sent/To/Cc/Date/Subject lines under it.
const HEADER_LINE = /^(?:-{2,}\s*Original Message\s*-{2,}|(?:From|Sent|To|Cc|Date|Subject|Importance)\s*:.*|On .{5,160} wrote:)$/i;

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

/** Lines of the quote without its header block and the ">" quoting marks. */
function quotedLines(quoted: string): string[] {
  const lines = quoted.split("\n").map((l) => l.replace(/^[ \t]*(?:>[ \t]?)+/, "").trim());
  let i = 0;
  while (i < lines.length && i < 12 && (lines[i] === "" || HEADER_LINE.test(lines[i]!))) i++;
  return lines.slice(i);
}

/** True when the quote interleaves the requester's lines (the questions; `earlier` is what they sent before) with new ones (the answers typed under them). */
export function answersInQuote(quoted: string, earlier: readonly string[], said: readonly string[] = []): boolean {
  const known = earlier.map(norm).join(" \n ");
  const old = said.map(norm).join(" \n ");
  let knownLines = 0;
  let runsAfterKnown = 0;
  let newChars = 0;
  let last: "known" | "new" | null = null;
  for (const line of quotedLines(quoted)) {
    if (line === "") continue;
    // The quote's own quote (an older mail under it) or WhatDoTheyKnow's footer ends the part typed into.
    if (HEADER_LINE.test(line) || /^-{20,}$|^show quoted sections$/i.test(line)) break;
    const n = norm(line);
    // What the authority itself said before (its acknowledgement, quoted in turn) is neither question nor answer.
    if (n.length >= 20 && old.includes(n)) continue;
    // A line is the requester's own when their earlier messages hold it (however wrapped); a short line
    // ("Dear …", "Regards") proves nothing either way and only counts as new text when it is not theirs.
    const isKnown = n.length >= 20 && known.includes(n);
    if (!isKnown && n.length < 20 && known.includes(n)) continue;
    if (isKnown) {
      knownLines++;
      last = "known";
      continue;
    }
    newChars += n.length;
    if (last === "known") runsAfterKnown++;
    last = "new";
  }
  return knownLines >= 2 && runsAfterKnown >= 2 && newChars >= 60;
}

/** The reply with its quote restored (header lines dropped, the quote's own quotes and disclaimers cut again) when answers are typed into it. */
export function withAnswersInQuote(body: CleanedBody, earlier: readonly string[], said: readonly string[] = []): CleanedBody {
  if (!body.quoted || !answersInQuote(body.quoted, earlier, said)) return body;
  const inner = cleanEmailBody(quotedLines(body.quoted).join("\n"));
  return { text: `${body.text}\n\n${inner.text}`, attachments: [...body.attachments, ...inner.attachments] };
}
