/**
 * A thread message's body as the reader of the reply sees it: quoted earlier mail, link lists,
 * mail disclaimers and WhatDoTheyKnow's attachment header taken off (thread-messages.ts decides
 * what each cleaned message is).
 */

export interface CleanedBody {
  text: string;
  /** File names listed in an attachment header ("2 Attachments …") the body starts with. */
  attachments: string[];
  /** The quoted earlier mail cut off the end (from its marker on), when there was some. */
  quoted?: string;
}

// Where quoted earlier mail starts: everything after it repeats older messages.
const QUOTE_MARKERS: RegExp[] = [
  /^[ \t>]*-{2,}\s*Original Message\s*-{2,}/im,
  /^[ \t>]*From:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t>]*(?:Sent|Date):[^\n]*/im,
  // redos-ok: each line start reads at most 160 characters on, so the cost is linear (recheck counts the bound as polynomial): its attack ('On' and a carriage return, 256 K characters) takes 240 ms, 15 MB of 'On …' lines 0.8 s
  /^[ \t>]*On [^\n]{5,160} wrote:[ \t]*$/im,
  /^[ \t]*show quoted sections[ \t]*$/im,
  // WhatDoTheyKnow's footer under every outgoing message, also quoted in replies.
  /^[ \t>]*-{20,}[ \t]*\n[ \t>]*Please use this email address for all replies/im,
];

// The mail footer that lists link targets: never part of the answer.
const FOOTER_MARKERS: RegExp[] = [/^[ \t]*References[ \t]*\n[ \t]*Visible links/im];

// A legal disclaimer: "This email …" with, within the next few lines, the words disclaimers use.
// Checked in two steps (find the opening, then look at the 300 characters after it) so that a long
// line full of "This email" cannot make the regular expression backtrack over it again and again.
const DISCLAIMER_START = /\bThis (?:e-?mail|message)(?:,| and| is| may| contains| \(including)/gi;
const DISCLAIMER_WORDS = /non-public|confidential|intended (?:solely|only)|privileged|protectively marked/i;

function disclaimerStart(text: string): number {
  DISCLAIMER_START.lastIndex = 0;
  for (let m = DISCLAIMER_START.exec(text); m; m = DISCLAIMER_START.exec(text)) {
    if (DISCLAIMER_WORDS.test(text.slice(m.index, m.index + 300))) return m.index;
  }
  return -1;
}

const ATTACHMENT_HEADER = /^\s*(\d+) Attachments?[ \t]*\n/;
const SIZE_LINE = /^\d+(?:\.\d+)?\s?[KMG]B?$/i;

/** Strip quoted mail, link lists, disclaimers and WhatDoTheyKnow's attachment header. */
export function cleanEmailBody(raw: string): CleanedBody {
  let text = raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const attachments: string[] = [];
  const header = ATTACHMENT_HEADER.exec(text);
  if (header) {
    const lines = text.split("\n");
    let last = -1;
    // Each listed file takes up to four lines (name, size, "Download", "View as HTML"): a header of
    // a hundred files runs far past a fixed window, so the window follows the count it declares.
    const window = Math.min(lines.length, 20 + 5 * Math.min(Number(header[1]), 400));
    for (let i = 1; i < window; i++) {
      const line = lines[i]!.trim();
      if (/^(?:Download|View as HTML|Download View as HTML)$/i.test(line)) last = i;
      else if (/^Dear\b/i.test(line) || line.length > 120) break;
    }
    if (last > 0) {
      for (let i = 1; i < last; i++) {
        const line = lines[i]!.trim();
        if (SIZE_LINE.test(line) && i > 1) attachments.push(lines[i - 1]!.trim());
      }
      text = lines.slice(last + 1).join("\n");
    }
  }
  let cut = text.length;
  const starts = [...QUOTE_MARKERS, ...FOOTER_MARKERS].map((marker) => marker.exec(text)?.index ?? -1);
  starts.push(disclaimerStart(text));
  for (const at of starts) {
    // A marker at the very top would leave nothing: then it is not a quote of older mail.
    if (at >= 0 && at < cut && text.slice(0, at).trim().length >= 20) cut = at;
  }
  const quoted = cut < text.length ? text.slice(cut) : "";
  text = text.slice(0, cut);
  return { text: tidy(text), attachments, ...(quoted ? { quoted } : {}) };
}

/** A line without its trailing spaces and tabs, read back from the end once (a pattern for it was quadratic on long runs of tabs). */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  return line.slice(0, end);
}

// A page footer left by a letter pasted from its PDF ("Page 1 of 2", "- 2 -"), alone on its line.
const PAGE_FOOTER = /^[ \t]*(?:Page \d{1,3}(?: of \d{1,3})?|- ?\d{1,3} ?-)[ \t]*$/i;

/** Trim lines, drop page footers and runs of blank lines, trim the whole. */
function tidy(text: string): string {
  return text
    .split("\n")
    .filter((line) => !PAGE_FOOTER.test(line))
    .map(trimSpacesEnd)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
