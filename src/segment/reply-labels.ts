import { NUMBERED, type Context } from "./context.js";
import type { Unit } from "./roles.js";

/**
 * "Question 3" in the reply over a statement, where the request above numbers its own question 3: the
 * reply heads its answer with the question's number (as it heads "Questions 1, 2 and 4" over a shared
 * one), it does not restate a question. Police and council disclosure logs list the numbered request,
 * then answer "Question 3" / "Questions 1, 2 and 4" in the order that suits the refusal.
 */
export function answerLabelsByNumber(ctx: Context, out: Unit[]): void {
  const asked = new Set(out.filter((u) => !u.inResponse && u.role === "ask" && u.marker && NUMBERED.has(u.marker.kind)).map((u) => u.marker!.label.toLowerCase()));
  for (let i = 0; i + 1 < out.length; i++) {
    const u = out[i]!;
    const next = out[i + 1]!;
    if (u.role === "question-label" && u.inResponse && u.labelNumber && asked.has(u.labelNumber) && next.role === "text" && !/\?/.test(ctx.text.slice(next.span.start, next.span.end))) u.role = "answer-label";
  }
}
