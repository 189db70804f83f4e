import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "answered-elsewhere",
  signal: "clarification",
  description: "The item is not answered in this letter: it is being dealt with under another request, a review, or a later reply.",
  basis: "labels.md: other — the question is not answered at all (here: its answer is left to another request or a later reply).",
  weight: 0.8,
  pattern:
    /\b(?:(?:is|are) (?:currently |now |already )?being (?:considered|dealt with|handled|processed|answered|reviewed) (?:under|as part of|in|through|via) (?:your |a |the |our )?(?:separate|other|another|later|earlier|related|linked|ongoing)?\s?(?:foi |freedom of information |information |internal )?(?:request|review|case|complaint)|will be (?:provided|answered|addressed|dealt with|covered|sent) (?:to you )?(?:in|under|as part of|with) (?:a |our |your |the )?(?:separate|later|forthcoming|further|that|other|next) (?:response|request|reply|letter|review))\b/i,
  examples: {
    match: ["Your question about leases is being dealt with under your separate request, and the answer will follow there.", "The part about staffing will be answered in a separate response next month.", "This item is currently being considered under your internal review."],
    noMatch: ["Your request is being dealt with under the Freedom of Information Act.", "The information will be provided in the attached spreadsheet.", "We considered the request under the Environmental Information Regulations."],
  },
};
