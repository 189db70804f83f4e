import { describe, expect, it } from "vitest";
import { outcomes, read } from "./read-letter.js";

/**
 * Ordinary reply letters in house styles other than "question, then Response:", as NHS bodies and
 * councils send them. Fixtures written for these tests, in the shapes such replies take.
 */

describe("a web-form request flattened onto one line with hierarchical numbers, answered by the same numbers", () => {
  it("runs the inline items on from one section into the next (1.2 → 2.1 → 3.1)", () => {
    const text = [
      "Information request 55501",
      "",
      "Received: 3 June 2025 Service: Parks Details: 1.1 How many parks does the council manage 1.2 How many have a cafe 2.1 Total spent on park maintenance in 2024/25 2.2 Names of the three largest grounds contractors 3.1 Copies of all inspection reports for 2024 Format: Email",
      "",
      "Response",
      "",
      "Dear Mr Ashdown,",
      "",
      "We have dealt with your request under the Freedom of Information Act 2000.",
      "",
      "1.1 41 parks.",
      "1.2 Six of them.",
      "2.1 Spending on maintenance came to £2.3 million in the year.",
      "2.2 The largest contractors were Greenway Ltd, Oakfield Services and Parkcare Ltd.",
      "3.1 Inspection reports are filed with each site's records and gathering them would take well",
      "over the appropriate limit, so we rely on section 12 of the Act for this part.",
      "",
      "If you are unhappy you may ask for an internal review.",
      "",
      "Yours sincerely,",
      "Information Team",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1"]);
    expect(r.answers[2]).toBe("Spending on maintenance came to £2.3 million in the year.");
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:disclosed", "2.2:disclosed", "3.1:exempt"]);
  });
});

describe("items numbered under section titles, each a field label ending in a colon with its answer on the next line", () => {
  it("ends each item at its colon so the line below answers it", () => {
    const text = [
      "Dear Requester",
      "",
      "Thank you for your request. Our reply follows the numbering you used.",
      "",
      "1. Beds",
      "1.1 General and acute beds open at 31 March 2025:",
      "512",
      "1.2 Beds closed for refurbishment:",
      "None",
      "",
      "2. Staffing",
      "2.1 Number of bank porters employed in 2024:",
      "Fewer than five; the figure is withheld under section 40(2) as it could identify them.",
      "2.2 Cost of the porter bank in 2024:",
      "The Trust does not hold a separate figure for this.",
      "",
      "Yours sincerely",
      "Information Governance",
    ].join("\n");
    const r = read(text);
    expect(r.labels).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(r.asked[0]).toBe("General and acute beds open at 31 March 2025:");
    expect(r.answers[0]).toBe("512");
    expect(outcomes(text)).toEqual(["1.1:disclosed", "1.2:disclosed", "2.1:exempt", "2.2:not_held"]);
  });
});
