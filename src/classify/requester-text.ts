import type { Span } from "../core/types.js";
import type { Line } from "../segment/lines.js";

/**
 * The requester's own words set out inside a reply under a label of their own, read as the request
 * and never as the answer. Two shapes, common in internal reviews and follow-up replies that restate
 * the exchange so far:
 *
 * - rows labelled by who speaks: "Request | …", "Request for clarification | …", "Your follow-up: …",
 *   each followed by a "Response | …" row (the row runs to the next labelled row or blank line);
 * - a passage under a heading that names the requester's case ("Request for review", "Your grounds
 *   for review", "Reasons given for your appeal"), running to the next response heading. Without a
 *   response heading after it the passage's end cannot be told, and nothing is set aside.
 */
const REQUESTER_ROW = /^(?:(?:your |the |original |follow[- ]up |further )?(?:request|clarification|query|enquiry)(?: for (?:clarity|clarification|review|further information))?(?: sought| requested| received)?|you asked|you requested|your follow[- ]up(?: question)?)\s*(?:\d{1,2}[a-z]?\s*)?[|:]\s*(?=\S)/i;
const ROW_LABEL = /^[A-Z][A-Za-z']*(?: [A-Za-z']+){0,5} ?\|/;
const REQUESTER_HEADING = /^(?:(?:your |the )?(?:request|application) for (?:an? |the )?(?:internal )?review|(?:your |the )?(?:grounds|reasons|arguments|points) (?:for|of|given for|in support of) (?:your |the |an? )?(?:request(?:ing)? (?:for )?(?:an? )?)?(?:internal )?(?:review|appeal|complaint)|your (?:complaint|appeal|review request)|(?:the )?requester'?s? (?:arguments|submissions?|grounds|case))\s*(?::\s*)?$/i;

export function requesterPassages(lines: readonly Line[], span: Span): Span[] {
  const out: Span[] = [];
  const inside = lines.filter((l) => l.start >= span.start && l.start < span.end);
  for (let i = 0; i < inside.length; i++) {
    const l = inside[i]!;
    if (REQUESTER_ROW.test(l.trimmed)) {
      let j = i;
      while (j + 1 < inside.length && !inside[j + 1]!.blank && !ROW_LABEL.test(inside[j + 1]!.trimmed) && !REQUESTER_ROW.test(inside[j + 1]!.trimmed)) j++;
      out.push({ start: l.start, end: Math.min(span.end, inside[j]!.end) });
      i = j;
      continue;
    }
    if (REQUESTER_HEADING.test(l.trimmed)) {
      const reply = inside.findIndex((m, k) => k > i && (m.header === "response" || m.header === "both"));
      if (reply < 0) continue;
      out.push({ start: l.start, end: inside[reply - 1]!.end });
      i = reply - 1;
    }
  }
  return out;
}

/**
 * The request read back inside a reply, re-flowed: a thread's reply that pastes the whole request
 * above its answer, its lines re-wrapped so that numbers fall mid-line ("your borough 2. The names
 * and addresses of the buildings 3. The name of their"). A reply line that is, word for word, a
 * stretch of the request set out before the reply is the requester's text, whatever its markers
 * made of it; runs of such lines are set aside. Short lines ("Yes.", "None held") are never taken:
 * only a line of four words or more can be told to be the request's.
 */
export function requestReadBack(text: string, responseStart: number, lines: readonly Line[], span: Span): Span[] {
  if (responseStart < 40 || span.start < responseStart) return [];
  const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  const request = norm(text.slice(0, responseStart));
  const out: Span[] = [];
  for (const l of lines) {
    if (l.end <= span.start || l.start >= span.end || l.blank) continue;
    // The answer may open mid-line, after a number the layout took for a marker.
    const from = Math.max(l.start, span.start);
    const end = Math.min(span.end, l.end);
    const said = norm(text.slice(from, end));
    if (!said || !request.includes(said)) continue;
    const last = out[out.length - 1];
    const joins = last !== undefined && text.slice(last.end, from).trim() === "";
    // A short line ("B", "4.") of the request only carries on a run a longer one began.
    if (said.split(" ").length < 4 && !joins) continue;
    if (joins) last!.end = end;
    else out.push({ start: from, end });
  }
  return out.filter((r) => norm(text.slice(r.start, r.end)).split(" ").length >= 4);
}
