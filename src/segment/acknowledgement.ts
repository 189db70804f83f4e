import type { Line } from "./lines.js";
import { DEAR_PERSON } from "./cues.js";
import { notAnAnswer } from "../classify/not-an-answer.js";

/**
 * A request thread whose first reply only acknowledges it ("We received your request on 3 May; you
 * can expect a reply by 31 May"), with the reply itself in a later message. The response starts at
 * that later message's greeting: the acknowledgement answers nothing, and taking it as the reply
 * leaves the real answers (and the grounds they apply) past its sign-off, unread.
 *
 * Read only when the first reply's lines up to its sign-off are all handling, greeting, framing or
 * contact lines, and a later greeting to the requester follows with content of its own.
 */
export function pastAcknowledgement(lines: readonly Line[], responseLine: number): number {
  if (responseLine < 0) return responseLine;
  let i = responseLine + 1;
  const body: string[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.header === "closing" || DEAR_PERSON.test(l.trimmed)) break;
    if (!l.blank) body.push(l.trimmed);
  }
  if (body.length === 0 || body.length > 12 || i >= lines.length) return responseLine;
  // Hard-wrapped sentences read whole: every one must be a handling, greeting, framing or contact line.
  const said = body.join(" ").split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (!said.every((s) => ACKNOWLEDGING.has(notAnAnswer(s) ?? "") || ACK_LINE.test(s))) return responseLine;
  // The next greeting to the requester after the acknowledgement's sign-off, with a reply under it.
  for (let j = i + 1; j < lines.length; j++) {
    if (DEAR_PERSON.test(lines[j]!.trimmed)) return lines.slice(j + 1).some((l) => !l.blank) ? j : responseLine;
  }
  return responseLine;
}

const ACKNOWLEDGING = new Set(["handling", "greeting", "contact", "framing"]);

/** Sentences of an acknowledgement: receipt, the reference, the date a reply is due, a clarification offered. */
// redos-ok: word alternatives; the anchored parts start once, at the start of the sentence, and no two runs of one class meet
const ACK_LINE = /\b(?:acknowledge|receipt|received|currently (?:considering|dealing)|expect (?:a|our|the) (?:response|reply)|at the latest|due date|working days|should we require clarification|be in touch|reference|quoting|any future communications|FOI ?\/? ?\d+)\b|^\s*(?:(?:FOI|Freedom of Information)\s*)?(?:request|ref(?:erence)?)\b[^\n]*\d|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s*$|^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\.?$|^\d{4}(?: at the latest)?\.?$/;
