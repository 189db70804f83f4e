import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/segment.js";

/** "See 2.1 above – …": an answer that opens by pointing at another numbered answer takes that answer (labels.md). */
describe("a pointer to another answer, with words after it", () => {
  it("is a cross-reference to the answer it names", () => {
    const text = "Dear Council,\n1.1 How many bins were replaced in 2024?\n1.2 What did they cost?\n1.3 Which supplier made them?\nYours faithfully,\nB Asker\n\nDear B Asker\n\nOur response is set out below.\n\n1.1 The number replaced is exempt under section 43(2).\n\n1.2 See 1.1 above – the cost would reveal the number.\n\n1.3 Greenbin Ltd.\n\nRegards";
    const seg = segment(text);
    const q = seg.questions.find((x) => x.label === "1.2");
    expect(q?.answerVia).toBe("cross_reference");
    expect(q?.refersTo).toBe("1.1");
  });
});
