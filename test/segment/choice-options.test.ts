import { describe, expect, it } from "vitest";
import { readThread, thread } from "./thread-text.js";

/**
 * Questionnaire-style requests: a numbered item whose lead asks the authority to pick among
 * lettered options ("Please select one option:", "tick all that apply", "which of the following"),
 * restated in the reply with the chosen option marked. The options are not asks: the item is one
 * question (labels.md, a list inside one ask). Lettered lines under a lead that asks for something
 * for each line ("give a figure for each") stay questions of their own. Fixtures in our own words.
 */
const read = readThread;

const REQUEST = [
  "Dear District Council,",
  "1. How many bring sites do you run, and how many take garden waste from:",
  "Please give a figure for each:",
  "a) Households only",
  "b) Traders only",
  "2. Where is garden waste kept at your sites?",
  "Please select one option:",
  "a) In a covered bay",
  "b) In an open skip",
  "c) Mixed with general waste",
  "3. Which of the following best describes what happens to it?",
  "a) Composted on site",
  "b) Sent to a contractor",
  "c) Landfilled",
  "4. Do you charge for collecting garden waste from homes?",
  "Yours faithfully,",
  "Alex Asker",
];

const REPLY = [
  "Dear Alex Asker,",
  "Please find our response set out below:",
  "1. How many bring sites do you run, and how many take garden waste from:",
  "Please give a figure for each:",
  "a) Households only - all 4 sites",
  "b) Traders only - none of our sites",
  "2. Where is garden waste kept at your sites?",
  "Please select one option:",
  "a) In a covered bay",
  "b) In an open skip - every site uses open skips",
  "c) Mixed with general waste",
  "3. Which of the following best describes what happens to it?",
  "a) Composted on site",
  "b) Sent to a contractor - it goes to a licensed composting firm",
  "c) Landfilled",
  "4. Do you charge for collecting garden waste from homes?",
  "Yes, the charge is £40 a year.",
  "",
  "If you are unhappy with this response you may ask for an internal review.",
  "",
  "Yours sincerely,",
  "Information Team",
];

describe("answer options of a choice question", () => {
  it("options under a pick-one lead are one question; lines asked for each stay parts", () => {
    const r = read(thread(REQUEST, REPLY));
    expect(r.labels).toEqual(["1a", "1b", "2", "3", "4"]);
    expect(r.answers[2]).toContain("every site uses open skips");
    expect(r.answers[3]).toContain("licensed composting firm");
    expect(r.answers[3]).not.toContain("charge");
  });

  it("without a choice lead, lettered parts answered one by one stay questions of their own", () => {
    const plain = (lines: string[]): string[] => lines.filter((l) => !/select one option/i.test(l)).map((l) => l.replace("Which of the following best describes what happens to it?", "What happens to it?"));
    const r = read(thread(plain(REQUEST), plain(REPLY)));
    expect(r.labels).toEqual(["1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "4"]);
  });
});
