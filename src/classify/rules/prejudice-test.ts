import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "prejudice-test",
  signal: "exempt",
  description: "The answer finds a certain or likely prejudice to an interest the Act protects (the harm test).",
  basis: "The prejudice test of FOIA ss26–31, 33, 36, 38, 43 (FOISA 'substantial prejudice'): the reasoning of a refusal.",
  weight: 0.7,
  pattern: /\bwould(?:,? or would be likely to,?| be likely to)?\s+(?:substantially\s+)?prejudice\b|\blikely to (?:substantially )?prejudice\b/i,
  veto: /\b(?:do not|don't|does not|did not) (?:consider|believe|think|accept)\b|\bwould not (?:be likely to )?prejudice\b|\bnot be likely to prejudice\b|\bif\b[^.]{0,40}\bwould\b|\bsection 17\b/i,
  examples: {
    match: ["Naming the backup product would be likely to prejudice the prevention of crime."],
    noMatch: ["I do not consider that a yes or no answer would be likely to prejudice the prevention of crime."],
  },
};
