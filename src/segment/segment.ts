import type { Segmentation } from "./types.js";

/** Placeholder: the whole letter as one question (replaced by the real segmenter). */
export function segment(text: string): Segmentation {
  return {
    questions: [{ label: "1", questionSpan: null, answerSpan: { start: 0, end: text.length }, answerVia: "whole_letter" }],
    responseStart: 0,
    explanations: [],
    closingStart: text.length,
    layout: "single",
    messages: [],
  };
}
