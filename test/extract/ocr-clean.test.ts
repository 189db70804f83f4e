import { describe, expect, it } from "vitest";
import { cleanOcrText } from "../../src/extract/ocr.js";

describe("OCR text repaired as a reader would read it", () => {
  it("reads a bar standing for the pronoun I before a writer's verb, and leaves a table's bar alone", () => {
    expect(cleanOcrText("| write in response to your request.\nCost centre | total\nThank you. | can confirm we hold it.")).toBe(
      "I write in response to your request.\nCost centre | total\nThank you. I can confirm we hold it.",
    );
  });

  it("repairs a list label whose stop a speck doubled or whose space was lost, and leaves decimals alone", () => {
    expect(cleanOcrText("1..Vehicles leased\n2.Vehicles owned\n3. Drivers employed\n1.5 million miles were driven.")).toBe(
      "1. Vehicles leased\n2. Vehicles owned\n3. Drivers employed\n1.5 million miles were driven.",
    );
  });
});
