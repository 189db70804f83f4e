import type { Signal } from "../rule.js";
import { notAnAnswer } from "../not-an-answer.js";
import { families, type Family } from "./families.js";
import { readField } from "./template.js";
import { readWords } from "./words.js";

/** What the meaning reader found in a sentence: the winning reading, as the hits of rules are. */
export interface Cue {
  id: string;
  signal: Signal;
  weight: number;
}

/** Below this, no family speaks for the sentence. */
const THRESHOLD = 0.5;

/**
 * Read a sentence that no phrase rule recognised: a form field, else the cue family that scores
 * best. Framing, thanks, review rights, contact details and notices are no answer (no cue).
 *
 * Two readings compete where a refusal and a not-held statement meet: "we are unable to provide
 * this, because we do not hold it" is not held (the soft refusal is explained), but "we hold no
 * more than the attached, and the rest is withheld" is a refusal (a withholding word, scored
 * 0.7, beats the explanation).
 */
export function readMeaning(sentence: string): Cue[] {
  const field = readField(sentence);
  if (field) return field.signals.map((signal) => ({ id: field.id, signal, weight: field.weight }));
  const kind = notAnAnswer(sentence);
  // The request read back says nothing, but an authority's own question back ("Could you tell us
  // which year you mean?") is how it asks to clarify.
  if (kind && kind !== "request") return [];
  const words = readWords(sentence);
  // Read back, "please specify" is the requester's; the authority asking says "we" or "us".
  if (kind && !words.some((w) => /^(?:we|us|our|i|me)$/.test(w.text))) return [];
  const scored = families.filter((f) => !kind || f.signal === "clarification").map((f) => ({ family: f, score: f.read(words) }));
  const score = (id: string): number => scored.find((s) => s.family.id === id)?.score ?? 0;
  let best: { family: Family; score: number } | undefined;
  for (const s of scored) if (s.score >= THRESHOLD && (!best || s.score > best.score)) best = s;
  if (!best) return [];
  if (best.family.id === "meaning/refused" && best.score < 0.7 && score("meaning/not-held") >= 0.6) best = scored.find((s) => s.family.id === "meaning/not-held")!;
  if (best.family.id !== "meaning/refused" && score("meaning/refused") >= 0.7) best = scored.find((s) => s.family.id === "meaning/refused")!;
  return [{ id: best.family.id, signal: best.family.signal, weight: best.score }];
}
