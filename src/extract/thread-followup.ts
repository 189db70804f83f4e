import { flat } from "./thread-kinds.js";

/**
 * A requester who adds a question before the answer comes ("Apologies, I missed one: could you also
 * tell me whether …", "In addition to my request, please provide …"): the authority answers the
 * request and the addition together, so the addition's asks join the request as its next item, in
 * the request's own list style (the next bullet, number or letter), before its sign-off. A chaser
 * ("when can I expect a reply?"), an internal review request or a message after the answer adds nothing.
 */

// The message adds to the request.
const ADDS = /\b(?:also|additionally|in addition|as well|one more|another question|further question|missed (?:one|a question|out)|forgot|add (?:a|one|another|the following)|add to my request|supplementary)\b/;
// It chases, or asks for a review: no new ask.
const CHASES = /when (?:can|will|might|should) i expect|still (?:waiting|awaiting)|overdue|deadline|(?:has|have) (?:now )?passed|reminder|not (?:yet )?(?:had|received) (?:a|any) (?:response|reply)|internal review|chase/;
// A sentence that asks.
const ASKS = /\?|\b(?:could|can|would|will) you\b|\bplease (?:also )?(?:provide|tell|confirm|send|supply|list|state|give|advise|include|let me know)\b|\bi (?:would|should) (?:also )?like\b|\bi (?:also )?(?:request|want to know|wish to know)\b/;

/** The asking sentences a follow-up adds to the request, or "" when it adds none. */
export function addedAsks(body: string): string {
  const t = flat(body);
  if (!ADDS.test(t) || CHASES.test(t)) return "";
  const sentences = body.replace(/\s+/g, " ").split(/(?<=[.?!])\s+(?=[A-Z0-9"“(])/);
  return sentences.filter((s) => ASKS.test(flat(s))).map(withoutLead).join(" ").trim();
}

// The asking lead of a sentence ("Could you also tell me", "Please also provide"), which list items do not repeat.
// redos-ok: anchored; each group is a bounded alternation of fixed words
const LEAD = /^(?:(?:could|can|would|will) you (?:please )?(?:also )?(?:tell me|let me know|provide|confirm|send me|advise)|please (?:could you )?(?:also )?(?:tell me|let me know|provide|confirm|send me|advise)|i (?:would|should) (?:also )?like to know)\s+(?=\S)/i;

/** An asking sentence as a list item: without its lead when what follows reads on its own ("whether …", "the number of …"). */
function withoutLead(sentence: string): string {
  const rest = sentence.replace(LEAD, "");
  if (rest === sentence || rest.length < 12) return sentence;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// The last list item's marker: a bullet, a number or a letter, with what follows it.
// redos-ok: anchored at the line start; one bounded marker, then its punctuation
const ITEM = /^([ \t]*)(?:([•·*\-–])|(\(?)(\d{1,2}|[a-h])([.)]))[ \t]+\S/;

/** The request with an added ask as its next item, in its own list style, before its sign-off. */
export function withAddedAsk(request: string, ask: string): string {
  const lines = request.split("\n");
  // The sign-off: the request's closing line, else its end.
  let close = lines.findIndex((l, i) => i > 0 && /^\s*(?:Yours (?:faithfully|sincerely|truly)|Kind(?:est)? regards|Many thanks|Best (?:wishes|regards)|Regards|Thank you|Thanks)\b/i.test(l));
  if (close < 0) close = lines.length;
  let item = "";
  for (let i = close - 1; i >= 0; i--) {
    const m = ITEM.exec(lines[i]!);
    if (!m) continue;
    const label = m[4];
    if (m[2]) item = `${m[1]}${m[2]} `;
    else if (label) item = `${m[1]}${m[3]}${/\d/.test(label) ? Number(label) + 1 : String.fromCharCode(label.charCodeAt(0) + 1)}${m[5]} `;
    break;
  }
  // Directly under the list when it ends the request's body, else as a paragraph of its own.
  let at = close;
  while (at > 0 && lines[at - 1]!.trim() === "") at--;
  const lastIsItem = at > 0 && ITEM.test(lines[at - 1]!);
  const added = lastIsItem && item ? [`${item}${ask}`] : ["", ask];
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join("\n");
}
