import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlExtractor } from "../../src/extract/html.js";
import { detectFormat, extract } from "../../src/extract/registry.js";
import type { Extracted } from "../../src/extract/types.js";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));
const run = (name: string): Promise<Extracted> => extract({ bytes: fixture(name), name });

describe("plain HTML letter", () => {
  it("keeps the numbered questions and answers on their own lines", async () => {
    const r = await run("plain-letter.html");
    expect(r.format).toBe("html");
    const lines = r.text.split("\n");
    expect(lines).toContain("1. How many cyber security incidents did the Council record in 2024?");
    expect(lines).toContain("3. The Council does not hold this information. Training is bought as part of a wider learning contract and is not costed separately.");
    expect(lines).toContain("2024 | 14");
    expect(r.text).toContain("Dear Mr Okafor,");
  });

  it("strips scripts, styles, cookie banner, navigation, footer and hidden text", async () => {
    const r = await run("plain-letter.html");
    for (const chrome of ["tracking code", "font-family", "Accept cookies", "Bins and recycling", "Accessibility statement", "Internal note"]) {
      expect(r.text).not.toContain(chrome);
    }
  });

  it("keeps a letter's own blocks whose class names only look like site furniture", async () => {
    const r = await extract({ bytes: new TextEncoder().encode('<html><body><nav class="menu">Home</nav><div class="social-care-answer"><p>1. The Council employs 212 social workers.</p></div><div class="related-questions"><p>2. None.</p></div></body></html>'), name: "x.html" });
    expect(r.text).toBe("1. The Council employs 212 social workers.\n\n2. None.");
  });

  it("without <main>, drops the page's own header and footer but keeps an article's", async () => {
    const html = '<html><body><header><a href="/">Home</a> Search this site</header><div><article><header><p>Our ref: FOI/77</p></header><p>1. Yes.</p><footer><p>Information Team</p></footer></article></div><footer><p>Site map | Accessibility</p></footer></body></html>';
    const r = await extract({ bytes: new TextEncoder().encode(html), name: "x.html" });
    expect(r.text).toBe("Our ref: FOI/77\n\n1. Yes.\n\nInformation Team");
  });

  it("carries title, authority and date from the page's meta tags", async () => {
    const r = await run("plain-letter.html");
    expect(r.meta).toMatchObject({ title: "Freedom of Information response FOI-2025-0412", authority: "Kestrel Vale District Council", date: "2025-03-14" });
  });
});

describe("WhatDoTheyKnow 'HTML version of an attachment' page", () => {
  it("drops the site's prefix box, keeps the document, and starts page 2 at its anchor", async () => {
    const r = await run("wdtk-attachment.html");
    expect(r.text.startsWith("Harbourside Fire and Rescue Service\n")).toBe(true);
    expect(r.text).not.toContain("HTML version of an attachment");
    expect(r.text).not.toContain("Download original attachment");
    expect(r.pageStarts).toHaveLength(2);
    expect(r.text.slice(r.pageStarts[1]).startsWith("The Service neither confirms nor denies")).toBe(true);
    expect(r.text.split("\n")).toContain("2. Which antivirus product does the Service use?");
  });

  it("takes the request's title from the prefix link", async () => {
    const r = await run("wdtk-attachment.html");
    expect(r.meta.title).toBe("Ransomware payments by Harbourside Fire and Rescue Service");
  });
});

describe("WhatDoTheyKnow request page", () => {
  it("gives the request, a blank line, then the authority's answer, and nothing of the site", async () => {
    const r = await run("wdtk-request.html");
    expect(r.status).toBeUndefined();
    expect(r.text.startsWith("Dear Northmoor Borough Council,\n\nPlease provide the following information:\n\n1. How many phishing")).toBe(true);
    expect(r.text).toContain("A. Requester\n\nDear A. Requester,\n\nPlease find below the Council's response");
    expect(r.text.split("\n")).toContain("3. The name of the supplier is withheld under section 31(1)(a) of the Freedom of Information Act 2000, because naming it would be likely to prejudice the prevention of crime.");
    for (const chrome of [
      "Make a request", "Browse requests", "Report this request", "Download a zip file", "Requests like this", "Eastfield Council",
      "Tweet this request", "Donate Now", "left an annotation", "Other councils answered", "show quoted sections", "Link to this",
      "volunteers", "A site to help anyone", "NREUM", "has been logged", "phishing figures.xlsx",
    ]) {
      expect(r.text).not.toContain(chrome);
    }
  });

  it("names the public body, the title, the answer's date and the requester-set status", async () => {
    const r = await run("wdtk-request.html");
    expect(r.meta).toMatchObject({
      authority: "Northmoor Borough Council",
      title: "Phishing simulation results",
      date: "2025-01-30",
      displayStatus: "Partially successful",
      source: "https://www.whatdotheyknow.com/request/phishing_simulation_results_12",
    });
  });

  it("says which message it chose and that an attachment is missing", async () => {
    const r = await run("wdtk-request.html");
    const codes = r.messages.map((m) => m.code);
    expect(codes).toEqual(["FOISCOPE_THREAD_REQUEST", "FOISCOPE_THREAD_RESPONSE", "FOISCOPE_ATTACHMENT_MISSING"]);
    const chosen = r.messages.find((m) => m.code === "FOISCOPE_THREAD_RESPONSE")!;
    expect(chosen.text).toContain("message 3 of 3");
    expect(r.text.slice(chosen.span!.start).startsWith("Dear A. Requester,")).toBe(true);
    const request = r.messages.find((m) => m.code === "FOISCOPE_THREAD_REQUEST")!;
    expect(r.text.slice(request.span!.start, request.span!.end).startsWith("Dear Northmoor Borough Council,")).toBe(true);
    expect(r.text.slice(request.span!.start, request.span!.end).endsWith("A. Requester")).toBe(true);
    expect(chosen.span!.end).toBe(r.text.length);
  });

  it("is a no_response row when the page has only an acknowledgement", async () => {
    const html = new TextDecoder().decode(fixture("wdtk-request.html")).replace(/<div class="incoming correspondence normal js-collapsable" id="incoming-5003">[\s\S]*?<div class="donate-cta">/, '<div class="donate-cta">');
    const r = await extract({ bytes: new TextEncoder().encode(html), name: "page.html" });
    expect(r.status).toBe("no_response");
    expect(r.messages.map((m) => m.code)).toEqual(["FOISCOPE_NO_RESPONSE"]);
  });
});

describe("older WhatDoTheyKnow request pages", () => {
  it("read the message date from the header text when there is no <time> element", async () => {
    const html = `<html><head><title>Door entry systems - a Freedom of Information request to Ferncliffe Council - WhatDoTheyKnow</title></head><body>
      <div class="correspondence" id="outgoing-1"><p class="event_details">Sent on 3 March 2014</p><div class="correspondence_text"><p>Dear Ferncliffe Council,</p><p>Which company maintains the door entry systems in your tower blocks?</p><p>Yours faithfully,<br>L. Grant</p></div></div>
      <div class="correspondence" id="incoming-2"><p class="event_details">Received on 28th March 2014</p><div class="correspondence_text"><p>Dear L. Grant,</p><p>Please find our response below. The systems are maintained by the Council's own building services team.</p></div></div>
      </body></html>`;
    const r = await extract({ bytes: new TextEncoder().encode(html), name: "old-page.html" });
    expect(r.meta).toMatchObject({ date: "2014-03-28", authority: "Ferncliffe Council", title: "Door entry systems" });
    expect(r.text).toBe("Dear Ferncliffe Council,\n\nWhich company maintains the door entry systems in your tower blocks?\n\nYours faithfully,\nL. Grant\n\nDear L. Grant,\n\nPlease find our response below. The systems are maintained by the Council's own building services team.");
  });
});

describe("HTML detection by content", () => {
  it("reads an HTML page saved with a .txt name, or no extension, as HTML", () => {
    expect(detectFormat(fixture("plain-letter.html"), "letter.txt")?.format).toBe("html");
    expect(detectFormat(fixture("wdtk-request.html"), "download")?.format).toBe("html");
  });
  it("declares the usual extensions", () => {
    expect(htmlExtractor.extensions).toEqual(["html", "htm", "xhtml", "shtml"]);
  });
});
