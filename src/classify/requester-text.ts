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
