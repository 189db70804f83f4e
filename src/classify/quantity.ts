/**
 * A count or an amount stated as a fact: "1,312 permits were issued", "At 1 April, 412 homes were empty",
 * "Offers made: 2023 entry 402; 2024 entry 388". Authorities often give the part of a question they can
 * answer as such a figure in plain words, then say the rest is not held ("We do not hold the breakdown by
 * length of time"): the figure is a part given (labels.md: part given and part not held is disclosed,
 * partial). The phrase rules read figures after a verb or before a few known nouns; this reads any number
 * that is none of the numbers a letter carries for other reasons: years, dates, periods, provisions,
 * references, page numbers, the cost limit and its hours.
 */

// redos-ok: a number run, then fixed alternations; each is tried from a word boundary, bounded by the token's own characters
const NUMBER = /(?<![\w/.,-])£?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![\w/-])|(?<![\w/.,£-])\d+(?:\.\d+)?%?(?![\w/-]|[.,]\d)/g;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Words before a number that make it a label, not a count. */
// redos-ok: fixed words at the end of a bounded slice
const LABEL_BEFORE = /\b(?:section|sections|s|regulation|reg|regs|article|schedule|page|pages|para|paragraph|question|questions|q|part|parts|item|items|annex|appendix|tab|ref|reference|no|number|foi|eir|line|note|point|table|figure|chapter|version|v|phase|stage|ward|room|level|grade|band|tier|year|years|step|option|unit|floor|block|route|bus|junction)\.?\s*$/i;
/** Words after a number that make it a time, a period or a limit, not a count. */
// redos-ok: fixed words at the start of a bounded slice
const UNIT_AFTER = /^\s*(?:hours?|hrs?|days?|working|minutes?|mins?|weeks?|months?|years?|calendar|am|pm|o'clock|st|nd|rd|th|\(|\/|-|–)/i;
/** A sentence about handling, time limits and the cost limit, where numbers are never the answer. */
// redos-ok: alternation of fixed words
const HANDLING = /\b(?:limit|hours|working days|per hour|received on|dated|within \d+|act \d{4}|\d{4} act|cost of compliance|estimate|internal review|information commissioner|telephone|tel|phone|fax|postcode)\b/i;

/** The sentence states at least one count or amount as a fact. */
export function statesQuantity(sentence: string): boolean {
  const flat = sentence.replace(/\s+/g, " ");
  if (HANDLING.test(flat) || /\b(?:if|would|could|might)\b/i.test(flat)) return false;
  for (const m of flat.matchAll(NUMBER)) {
    const token = m[0];
    const at = m.index ?? 0;
    const before = flat.slice(Math.max(0, at - 24), at);
    const afterText = flat.slice(at + token.length, at + token.length + 16);
    const digits = token.replace(/[£,%]/g, "");
    // A year, alone or in a range ("2023/24", "in 2022"), is when, not how many.
    if (!token.startsWith("£") && /^(?:19|20)\d\d$/.test(digits)) continue;
    if (LABEL_BEFORE.test(before) || UNIT_AFTER.test(afterText)) continue;
    // A day of a date: "1 April", "April 1".
    if (MONTH.test(afterText.trim()) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i.test(before)) continue;
    // A list number at the start ("3. …", "2) …").
    if (at <= 2 && /^[.)]/.test(afterText)) continue;
    return true;
  }
  return false;
}
