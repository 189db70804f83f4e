import { describe, expect, it } from "vitest";
import { cleanOcrText } from "../../src/extract/ocr.js";

describe("OCR text repaired as a reader would read it", () => {
  it("reads a bar standing for the pronoun I before a writer's verb, and leaves a table's bar alone", () => {
    expect(cleanOcrText("| write in response to your request.\nCost centre | total\nThank you. | can confirm we hold it.")).toBe(
      "I write in response to your request.\nCost centre | total\nThank you. I can confirm we hold it.",
    );
  });
});
