/**
 * answers.jsonl lines are made with the letter's fields serialised once per letter
 * (answerLines); each line must be exactly JSON.stringify of the record it stands for,
 * whatever the letter holds: several answers, unknown metadata, no layout, odd characters.
 */
import { describe, expect, it } from "vitest";
import { answerLines, answerRecord } from "../../src/report/columns.js";
import type { Letter } from "../../src/core/types.js";
import { fixtureLetters, makeLetter } from "./fixtures.js";

const byRecord = (letter: Letter): string[] => letter.answers.map((a) => JSON.stringify(answerRecord(letter, a)));

describe("answerLines", () => {
  it("gives the bytes of each answer's full record, in order", () => {
    const letters = fixtureLetters();
    expect(letters.some((l) => l.answers.length > 1)).toBe(true);
    for (const letter of letters) expect(answerLines(letter)).toEqual(byRecord(letter));
  });

  it("keeps the record's key order: the letter's fields first, then the answer's", () => {
    const [letter] = fixtureLetters();
    const line = JSON.parse(answerLines(letter!)[0]!) as Record<string, unknown>;
    expect(Object.keys(line).slice(0, 10)).toEqual(["file", "letter_id", "authority", "sector", "regime", "date", "reference", "display_status", "letter_outcome", "question"]);
  });

  it("writes nothing for a letter without answers", () => {
    const letter = makeLetter("empty.txt", {}, "Dear Sir,\nThank you for your request.\n", []);
    expect(answerLines(letter)).toEqual([]);
  });

  it("matches when metadata is missing, a layout is absent or values need escaping", () => {
    const text = `Q1. Is the "blue" route's cost held?\nWe do not hold it \u2028 at all.\nQ2. And the red?\nIt is £40\\m.`;
    const letter = makeLetter("odd \"name\".txt", { authority: "Ward & Vale \u00e9", reference: "" }, text, [
      { label: "1", outcome: "not_held", asked: 'Is the "blue" route', evidence: ["We do not hold it"] },
      { label: "2", outcome: "disclosed", evidence: ["It is £40"] },
    ]);
    // Unknown fields: undefined values are left out of the JSON, as JSON.stringify leaves them out of a record.
    (letter.meta as unknown as Record<string, unknown>).displayStatus = undefined;
    delete (letter as { layout?: unknown }).layout;
    expect(answerLines(letter)).toEqual(byRecord(letter));
    for (const line of answerLines(letter)) expect(() => JSON.parse(line)).not.toThrow();
  });
});
