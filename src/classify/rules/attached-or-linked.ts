import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "attached-or-linked",
  signal: "disclosed",
  description: "The answer points to an attachment, enclosure, table or link that gives the information.",
  basis: "labels.md: \"Please see attached\" / \"enclosed\" / a link to the answer without a ground → disclosed.",
  weight: 0.8,
  // A bare "www." address is looked for once per run of non-spaces, from its first "www." (taken whole:
  // the lookahead and back-reference do not give it back): `www\.\S+\.\w+` tried from every "www." in
  // one long run re-scanned the rest of the run each time. It matches the same sentences.
  pattern: /\b(?:(?:please )?(?:find|see)\s+(?:the\s+)?(?:attached|enclosed|overleaf|table|spreadsheet|link)(?!\s+(?:exemption|explanation|notes?|information sheet|leaflet|guidance(?!\s+(?:documents?|manuals?|entitled|titled|called|named)\b)))|(?:is|are|has been|have been)\s+(?:attached|enclosed|provided below|set out below|shown below|listed below|included below|published)|(?:attached|enclosed) (?:is|are|please find)|(?:is|are|has been|have been)\s+(?:(?:provided|given|shown|set out|included|contained|listed|detailed)\s+)?in\s+(?:the\s+|our\s+)?(?:attached|enclosed|accompanying)\b|(?:the )?(?:information|table|data|figures|details|document|policy|list)\s+(?:you (?:have )?requested\s+)?(?:is|are)\s+(?:as follows|below|attached|enclosed|available)|\b(?:response|reply|answers?)\s+to your (?:request|questions?|enquiry)(?:\s+is)?\s+(?:set (?:out\s+)?)?(?:attached|enclosed)\b|has provided the table|(?:provided|shown|set out|listed|detailed|given) (?:in the table )?below|can be found (?:at|on|here|in|using|via|through|by following)|https?:\/\/\S+)|(?<!\S)(?=(\S*?\bwww\.))\1\S+\.\w/i,
  // The Act on legislation.gov.uk, the regulator's guidance and an authority's homepage or contact block and the regulator's guidance are references, not the information asked for.
  // "The reasons for not releasing it are set out below" introduces a refusal's explanation, not information.
  veto: /\breasons?\s+(?:for\s+(?:not|refus|withh)|why\s+(?:we|the\s+\w+)\s+(?:cannot|can't|can’t|could\s+not|are\s+unable|will\s+not|won't|won’t))|\b(?:copyright|re-?use|exemption explanation|explanatory|exempt|section 21|reasonably accessible|otherwise accessible|withh[eo]ld|rate this page|contact us|internal review|information commissioner|explanation|public interest test|harm test)\b|legislation\.gov\.uk|\bico\.org\.uk|\bthe (?:ico's |ico )?guidance is (?:here|available)|^\s*(?:https?:\/\/)?www\.[\w.-]+\/?\s*$|\be-?mail\s*:|\b(?:tel|telephone|phone)\s*:/i,
  examples: {
    match: ["Please find attached our response for part 1.", "The details you asked for are attached.", "The figures are set out below.", "Please find the Council’s response to your request attached:", "Please find our response to your request set out attached.", "See attached the inspection log for the lane.", "Find enclosed the minutes of both meetings.", "Please see the attached guidance documents entitled “Handling Void Properties” and “Key Returns”.", "The breakdown by ward is provided in the attached spreadsheet.", "The monthly totals are in the enclosed table.", "Figures for each year are given in our accompanying workbook, tab B."],
    noMatch: ["The information is exempt under section 21 as it is reasonably accessible at www.example.gov.uk.", "([1] http://www.legislation.gov.uk/ukpga/2000/36/section/14)", "The guidance is here: [1] https://ico.org.uk/for-organisations/guide", "www.northbury.gov.uk", "The reasons for not releasing the figures are given below.", "Please see the explanation and the public interest test set out below.", "The harm test is set out below.", "Please see the attached guidance on how to ask for a review.", "Town Hall, Market Street. www.northbury.gov.uk Email: foi@northbury.gov.uk"],
  },
};
