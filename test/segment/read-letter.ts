import { analyzeText } from "../../src/engine/analyze.js";
import { segment } from "../../src/segment/segment.js";

/**
 * How the layout tests look at a letter: the layout chosen, the question labels, each question's
 * asked text and answer text, in order; and each question's outcome as "label:outcome". Shared by
 * the layout tests that build a letter from lines.
 */
const origin = { file: "t.txt", path: "t.txt" };

export const read = (text: string): { layout: string; labels: string[]; asked: string[]; answers: string[] } => {
  const s = segment(text);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), asked: s.questions.map((q) => cut(q.questionSpan)), answers: s.questions.map((q) => cut(q.answerSpan)) };
};

export const outcomes = (text: string): string[] => analyzeText(text, origin).answers.map((a) => `${a.label}:${a.outcome}`);
