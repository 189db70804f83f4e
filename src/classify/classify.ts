import type { Answer, Letter } from "../core/types.js";
import type { Segmentation } from "../segment/types.js";

export function classifyLetter(letter: Letter, segmentation: Segmentation): Answer[] {
  return segmentation.questions.map((q) => ({
    ...q,
    questionText: "",
    outcome: "other",
    grounds: [],
    partial: false,
    ncnd: false,
    pit: false,
    topic: "other",
    confidence: 0,
    rule: "placeholder",
    evidence: [],
    conflicts: [],
  }));
}
