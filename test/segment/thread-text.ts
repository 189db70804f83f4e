import { segment } from "../../src/segment/segment.js";

/**
 * A request thread as the segmenter sees it: the request, a blank line, then the reply, whose
 * start is known (`from`). Shared by the layout tests that build a thread from lines.
 */
export const thread = (request: string[], reply: string[]): { text: string; from: number } => {
  const req = request.join("\n");
  return { text: `${req}\n\n${reply.join("\n")}`, from: req.length + 2 };
};

/** The layout chosen, the question labels and each answer (spaces squeezed), in order. */
export const readThread = (t: { text: string; from: number }): { layout: string; labels: string[]; answers: string[] } => {
  const s = segment(t.text, t.from);
  const cut = (sp: { start: number; end: number } | null): string => (sp ? t.text.slice(sp.start, sp.end) : "");
  return { layout: s.layout, labels: s.questions.map((q) => q.label), answers: s.questions.map((q) => cut(q.answerSpan).replace(/\s+/g, " ")) };
};
