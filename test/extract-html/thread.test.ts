import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { looksLikeThreadJson, threadExtractor } from "../../src/extract/thread.js";
import { classifyMessage, cleanEmailBody, composeThread, restatedShare, selectMessages } from "../../src/extract/thread-messages.js";
import { detectFormat, extract } from "../../src/extract/registry.js";
import type { Extracted } from "../../src/extract/types.js";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/threads/${name}`, import.meta.url));
const run = (name: string): Promise<Extracted> => extract({ bytes: fixture(name), name });
const chosen = (r: Extracted): string => r.messages.find((m) => m.code === "FOISCOPE_THREAD_RESPONSE")?.text ?? "";

describe("thread JSON detection", () => {
  it("is sniffed by content, before the text extractor, whatever the name", () => {
    expect(detectFormat(fixture("restated.json"), "restated.json")?.format).toBe("wdtk-thread");
    expect(detectFormat(fixture("restated.json"), "thread.txt")?.format).toBe("wdtk-thread");
    expect(detectFormat(fixture("restated.json"), "no-extension")?.format).toBe("wdtk-thread");
  });
  it("leaves other JSON alone", () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(looksLikeThreadJson(enc('{"id": "c-001", "regime": "FOIA", "questions": []}'))).toBe(false);
    expect(looksLikeThreadJson(enc('[{"events": []}]'))).toBe(false);
    expect(looksLikeThreadJson(enc('{"title": "x", "events": [ ]}'))).toBe(true);
  });
  it("reports a broken thread as an error with a code, not a crash", async () => {
    const bytes = new TextEncoder().encode('{"title": "x", "display_status": "Successful", "events": [ {"type": ');
    await expect(threadExtractor.extract({ bytes, name: "x.json" }, { depth: 0, options: { ocr: false, maxBytes: 1e9 }, extractNested: () => Promise.reject(new Error("none")) })).rejects.toMatchObject({ code: "FOISCOPE_BAD_THREAD" });
  });
});

describe("response selection", () => {
  it("puts the request first even when the answer restates it, and skips the acknowledgement", async () => {
    const r = await run("restated.json");
    expect(r.status).toBeUndefined();
    expect(r.text.startsWith("Dear Lowmere County Council,\nPlease tell me:\n1. How many cyber incidents")).toBe(true);
    expect(r.text).toContain("R. Patel\n\nDear R. Patel,\nThank you for your request");
    expect(r.messages.find((m) => m.code === "FOISCOPE_THREAD_REQUEST")!.text).toBe("The requester's request comes first (2025-02-03); the answer restates the questions");
    expect(r.text).toContain("Three incidents were reported to the National Cyber Security Centre in 2024.");
    expect(r.text).not.toContain("We must respond to you within 20 working days");
    expect(chosen(r)).toContain("message 3 of 3");
    // Quoted older mail, the link list and the disclaimer are cut off.
    expect(r.text).not.toContain("Sent: 04 February 2025");
    expect(r.text).not.toContain("Visible links");
    expect(r.text).not.toContain("non-public information");
    expect(r.text.trimEnd().endsWith("Lowmere County Council")).toBe(true);
  });

  it("puts the request first when the answer does not restate it, and skips auto-reply and holding replies", async () => {
    const r = await run("ack-then-answer.json");
    expect(r.text.startsWith("Dear Eastbrook Metropolitan Borough Council,\nI would like the following information:\n1. The total amount")).toBe(true);
    expect(r.text).toContain("J. Moreno\n\nDear J. Moreno,\nI am now able to provide our answer.");
    expect(r.text).not.toContain("Please use this email address for all replies");
    expect(r.text).not.toContain("not being monitored");
    expect(r.text).not.toContain("further update");
    expect(r.text).not.toContain("View as HTML");
    expect(chosen(r)).toBe("Chose message 5 of 5 (response of 2025-04-15) as the answer; skipped 1 auto-reply, 2 acknowledgement or holding replies");
    const request = r.messages.find((m) => m.code === "FOISCOPE_THREAD_REQUEST")!;
    expect(r.text.slice(request.span!.start, request.span!.end).endsWith("J. Moreno")).toBe(true);
    const missing = r.messages.find((m) => m.code === "FOISCOPE_ATTACHMENT_MISSING")!;
    expect(missing.text).toContain("FOI 25 0777 spend table.xlsx");
  });

  it("marks a thread with only an acknowledgement and a clarification request as no_response", async () => {
    const r = await run("no-response.json");
    expect(r.status).toBe("no_response");
    expect(r.messages.map((m) => m.code)).toEqual(["FOISCOPE_NO_RESPONSE"]);
    expect(r.messages[0]!.text).toContain("1 clarification request");
    expect(r.meta.date).toBeUndefined();
  });

  it("prefers the internal review's outcome over the original refusal", async () => {
    const r = await run("internal-review.json");
    expect(chosen(r)).toContain("internal review outcome of 2025-03-07");
    expect(r.text).toContain("I do not uphold the decision on the contract value.");
    expect(r.text).not.toContain("concluded that it favours withholding");
    expect(r.text).not.toContain("will be carried out");
    expect(r.text.startsWith("Dear Greyhaven Water Authority,\nPlease send me:\n1. The name of the supplier")).toBe(true);
  });
  it("does not let a cover note that only sends 'our internal review' as an attachment replace the answer it reviews", () => {
    const msgs = [
      { direction: "outgoing" as const, date: "2024-01-02", text: "Dear Council,\n1. How many parking permits did you issue in 2023?\n2. What did they earn?\nYours faithfully,\nA Person" },
      { direction: "incoming" as const, date: "2024-01-20", text: "Dear A Person,\nPlease find our response to your request set out below:\n1. 4,210 permits.\n2. The income is withheld under section 43(2).\nKind regards" },
      { direction: "outgoing" as const, date: "2024-02-01", text: "Dear Council,\nPlease pass this on to the person who conducts internal reviews.\nYours faithfully,\nA Person" },
      { direction: "incoming" as const, date: "2024-03-01", text: "Dear A Person\nPlease find our internal review attached.\nKind regards" },
    ];
    const s = selectMessages(msgs);
    expect(s.kinds[3]).toBe("review_outcome");
    expect(s.responseIndex).toBe(1);
  });
});

describe("other thread shapes", () => {
  it("accepts Alaveteli event names (sent / response) and body fields", async () => {
    const thread = {
      title: "Laptop losses",
      display_status: "Information not held",
      events: [
        { event_type: "sent", date: "2025-01-02T10:00:00Z", body: "Dear Ridgeway District Council,\nHow many laptops were lost in 2024?\nYours faithfully,\nM" },
        { event_type: "response", date: "2025-01-20T10:00:00Z", body: "Dear M,\nThe Council does not hold a record of lost laptops.\nInformation Team" },
      ],
    };
    const r = await extract({ bytes: new TextEncoder().encode(JSON.stringify(thread)), name: "laptops" });
    expect(r.format).toBe("wdtk-thread");
    expect(r.text).toBe("Dear Ridgeway District Council,\nHow many laptops were lost in 2024?\nYours faithfully,\nM\n\nDear M,\nThe Council does not hold a record of lost laptops.\nInformation Team");
    expect(r.meta).toMatchObject({ authority: "Ridgeway District Council", date: "2025-01-20", displayStatus: "Information not held" });
  });
});

describe("HTML message bodies", () => {
  it("renders a thread message kept as HTML with its paragraphs and list", async () => {
    const thread = {
      title: "Phishing tests",
      events: [
        { type: "outgoing", created_at: "2025-01-02", content: "<p>Dear Ridgeway District Council,</p><ol><li>How many phishing tests?</li><li>Who runs them?</li></ol><p>Yours faithfully,<br>M</p>" },
        { type: "incoming", created_at: "2025-01-20", content: "<p>Dear M,</p><p>Please find our response below.</p><ol><li>Four.</li><li>Our own IT team.</li></ol>" },
      ],
    };
    const r = await extract({ bytes: new TextEncoder().encode(JSON.stringify(thread)), name: "t.json" });
    expect(r.text).toBe("Dear Ridgeway District Council,\n\n1. How many phishing tests?\n2. Who runs them?\n\nYours faithfully,\nM\n\nDear M,\n\nPlease find our response below.\n\n1. Four.\n2. Our own IT team.");
  });
});

describe("thread metadata", () => {
  it("carries title, law_used, display_status, the answer's date and the authority named in the greeting", async () => {
    const r = await run("ack-then-answer.json");
    expect(r.format).toBe("wdtk-thread");
    expect(r.meta).toMatchObject({
      title: "Spending on penetration testing",
      displayStatus: "Partially successful",
      lawUsed: "foi",
      date: "2025-04-15",
      authority: "Eastbrook Metropolitan Borough Council",
      source: "https://www.whatdotheyknow.com/request/spending_on_penetration_testing",
    });
  });
  it("takes the authority from the JSON when it names one, and keeps law_used as written", async () => {
    const r = await run("internal-review.json");
    expect(r.meta).toMatchObject({ authority: "Greyhaven Water Authority", lawUsed: "eir", displayStatus: "Refused" });
  });
  it("keeps the first answer when a later reply only points the requester back to it", () => {
    const composed = composeThread(
      [
        { direction: "outgoing", date: "2025-01-01", text: "Dear Ridgeway District Council,\nPlease list every property given retail relief in 2024.\nYours faithfully,\nQ" },
        { direction: "incoming", date: "2025-01-20", text: "Dear Q,\nPlease find our response below.\nThe list is exempt under section 31(1)(a) because it would help fraudsters.\nInformation Team" },
        { direction: "outgoing", date: "2025-01-21", text: "Dear Council,\nWhich column shows the relief?\nQ" },
        { direction: "incoming", date: "2025-01-22", text: "Dear Q,\nAs explained in our initial response, the information you requested is exempt from disclosure.\nInformation Team" },
      ],
      "test",
    );
    // The chaser reply answers the follow-up question, not the request: the letter is the first answer alone.
    expect(composed.text).toContain("The list is exempt under section 31(1)(a)");
    expect(composed.text).not.toContain("As explained in our initial response");
    expect(composed.messages.find((m) => m.code === "FOISCOPE_THREAD_RESPONSE")!.text).toContain("Chose message 2 of 4");
  });

  it("does not take a person or a team in the greeting for the authority", () => {
    const composed = composeThread(
      [
        { direction: "outgoing", date: "2025-01-01", text: "Dear FOI team,\nHow many laptops were lost in 2024?\nYours faithfully,\nX" },
        { direction: "incoming", date: "2025-01-20", text: "Dear X,\nPlease find our response below.\nSeven laptops were reported lost in 2024.\nInformation Team" },
      ],
      "test",
    );
    expect(composed.meta.authority).toBeUndefined();
    expect(composed.meta.date).toBe("2025-01-20");
  });
});

describe("message parts", () => {
  it("classifies the kinds of authority message", () => {
    const kind = (text: string, request = ""): string => classifyMessage({ direction: "incoming", date: "", text }, text, request);
    expect(kind("Thank you for your request. This has been logged and we will respond within 20 working days.")).toBe("acknowledgement");
    expect(kind("I am out of the office until Monday with no access to email.")).toBe("auto_reply");
    expect(kind("Before we can answer, could you please clarify which years you mean?")).toBe("clarification");
    expect(kind("Please find below our response to your request. 1. Yes.")).toBe("response");
    expect(kind("We do not hold this information.")).toBe("weak_response");
    expect(kind("Thank you for your recent request for an internal review. This has now been logged.")).toBe("review_acknowledgement");
    expect(kind("Internal review of request 123. I have carried out an internal review and uphold the decision.")).toBe("review_outcome");
    // An apology for lateness does not make an answer a holding reply, but alone it is one.
    expect(kind("We apologise for the delay in responding. Please see the response below: 1. Yes.")).toBe("response");
    expect(kind("We apologise for the delay. Despite extensive checks we do not hold the figures you asked for.")).toBe("weak_response");
    expect(kind("We apologise for missing the legal deadline for a response to your request. We are trying to resolve it.")).toBe("acknowledgement");
    expect(kind("Regulation 7(1) allows us to extend the time limit, and we are extending the deadline by 20 working days.")).toBe("acknowledgement");
    expect(kind("We are making a partial response today. We are extending the deadline for our final response by 20 working days.")).toBe("response");
    expect(kind("We apologise for the significant delay in responding. We have provided the answers to your questions below. 1. No.")).toBe("response");
    expect(kind("We sincerely apologise. We are writing to ask if you still want us to respond to this request.")).toBe("clarification");
    expect(kind("Thank you for your email, this has been sent on to the Combined Authority to provide a response.")).toBe("acknowledgement");
    // Reviews: an outcome in words, a progress note, and a reply that only mentions an earlier review.
    expect(kind("We are partially upholding your complaint as a result of your request for an internal review.")).toBe("review_outcome");
    expect(kind("I am writing to provide an update on your request for an internal review. This review is not yet complete.")).toBe("review_acknowledgement");
    expect(kind("We provided an internal review on 25 June. We have not counted officers in emails we hold for other requests.")).toBe("weak_response");
    // A reply that sends the answer as an attachment is the response, however late and apologetic.
    expect(kind("Our system shows your request as closed, but we cannot find the reply we sent. We apologise for the delay and are attaching the reply.")).toBe("response");
    expect(kind("We apologise for the delay. Attached is a copy of our response to your request.")).toBe("response");
    // A late review outcome that excuses its lateness with the usual deadline wording, then answers.
    expect(kind("Thank you for asking us to review how we handled your request. We aim to complete reviews within 20 working days, and apologise that this one took longer. A full review of the handling of your request has now been conducted. We can answer your questions as follows: 1. No such scheme has been used.")).toBe("review_outcome");
    expect(kind("Thank you for your request for an internal review. A review of the decision made in this case has been undertaken and the questions are answered below.")).toBe("review_outcome");
    expect(kind("Thank you for your request for an internal review. It has been logged, and a review of the decision will be carried out within 20 working days.")).toBe("review_acknowledgement");
    // A question quoted back from the request is not the authority asking for clarification.
    const request = "Can you confirm whether the Council has a cyber security policy?";
    expect(kind("Thank you for your request: Can you confirm whether the Council has a cyber security policy? Unfortunately we do not hold this information.", request)).toBe("weak_response");
  });

  it("cuts the attachment header, quoted mail and footers from a body", () => {
    const cleaned = cleanEmailBody("2 Attachments\nletter.pdf\n120K\nDownload\nView as HTML\ntable.xlsx\n9K\nDownload\nDear Sir,\nThe answer is yes.\nRegards\n-----Original Message-----\nFrom: someone\nOld text");
    expect(cleaned.attachments).toEqual(["letter.pdf", "table.xlsx"]);
    expect(cleaned.text).toBe("Dear Sir,\nThe answer is yes.\nRegards");
  });

  it("measures how much of the request the response repeats", () => {
    const request = "Dear Council,\nPlease tell me how many staff work in the information security team.\nYours faithfully,\nA";
    expect(restatedShare(request, "You asked: Please tell me how many staff work in the information security team. Answer: four.")).toBe(1);
    expect(restatedShare(request, "There are four members of staff.")).toBe(0);
  });
});
