import type { Signal } from "../rule.js";
import { squeezeSpaces } from "../../core/spaces.js";

/**
 * Answers written as a form: "Information held: No", "Information provided: Yes (attached)",
 * "Exemptions applied: N/A" or "Exemption applied: section 43(2)". The field's name says what is
 * asserted, its value whether it is; a field that says no exemption applies says no refusal.
 */
export interface FieldReading {
  id: string;
  /** What the field asserts: nothing ("Exemptions applied: N/A"), or one or two signals. */
  signals: Signal[];
  weight: number;
}

// redos-ok: anchored at the start and bounded (a field name of at most 40 characters, a value of at most 120): a line costs at most 40 × 120 steps.
const FIELD = /^\s*(?:is (?:the )?)?([a-z][a-z ()/'’-]{2,40}?)\s*(?:\?|:|–|-)\s*(.{1,120})$/i;
const YES = /^\s*(?:yes|y|held|provided|attached|enclosed|in full|full(?:y)?|disclosed|released)\b/i;
const NO = /^\s*(?:no|n|none|not held|nil)\b/i;
const NOT_APPLICABLE = /^\s*(?:n\/?a|not applicable|none|no|nil|-+|–)\s*(?:\.\s*)?$/i;
const PART = /^\s*(?:part(?:ly|ial(?:ly)?)?|in part|some)\b/i;

export function readField(sentence: string): FieldReading | null {
  const m = FIELD.exec(squeezeSpaces(sentence));
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const value = m[2]!;
  if (/\bexempt|exception|withh[eo]ld|redact/.test(name)) {
    if (NOT_APPLICABLE.test(value)) return { id: "template/no-exemption", signals: [], weight: 0.8 };
    if (/\b(?:s(?:ection|\.)?\s*\d|reg(?:ulation|\.)?\s*\d|\d+\(\d)/i.test(value) || /\b(?:commercial|personal|security|crime|confiden|cost|vexatious|privilege)/i.test(value)) return { id: "template/exemption-applied", signals: ["exempt"], weight: 0.8 };
    return null;
  }
  if (/\b(?:information|data|it|records?)?\s*held\b|\bhold\b/.test(name)) {
    if (NO.test(value)) return { id: "template/not-held", signals: ["not_held"], weight: 0.85 };
    if (PART.test(value)) return { id: "template/held-in-part", signals: ["partial"], weight: 0.7 };
    return YES.test(value) ? { id: "template/held", signals: [], weight: 0.5 } : null;
  }
  if (/\b(?:provided|disclosed|released|supplied|given|sent)\b/.test(name)) {
    if (PART.test(value)) return { id: "template/given-in-part", signals: ["disclosed", "partial"], weight: 0.75 };
    if (YES.test(value)) return { id: "template/given", signals: ["disclosed"], weight: 0.8 };
    return null;
  }
  return null;
}
