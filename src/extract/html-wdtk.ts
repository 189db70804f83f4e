import type { Document, Element } from "domhandler";
import type { LetterMeta } from "../core/types.js";
import { classesOf, elements, findAll, findFirst, hasClass, headOf, renderText, textOf, textPrefix } from "./html-render.js";
import { normaliseText } from "./decode.js";
import type { ThreadMessage } from "./thread-messages.js";

/**
 * WhatDoTheyKnow (Alaveteli) pages: request-thread pages (`/request/<slug>`),
 * whose correspondence becomes a thread like the JSON threads, and "HTML
 * version of an attachment" pages, whose converted document is the letter.
 * Everything else on those pages (navigation, sidebars, similar requests,
 * annotations, action menus, footers) is the site's chrome.
 */

/** Alaveteli's request states (CSS class suffixes) as WhatDoTheyKnow displays them. */
const STATUS_NAMES: Record<string, string> = {
  waiting_response: "Awaiting response",
  waiting_response_overdue: "Delayed",
  waiting_response_very_overdue: "Long overdue",
  waiting_classification: "Awaiting classification",
  waiting_clarification: "Waiting clarification",
  not_held: "Information not held",
  rejected: "Refused",
  successful: "Successful",
  partially_successful: "Partially successful",
  internal_review: "Awaiting internal review",
  gone_postal: "Handled by post",
  error_message: "Delivery error",
  requires_admin: "Reported for administrator attention",
  attention_requested: "Reported for administrator attention",
  user_withdrawn: "Withdrawn by the requester",
  vexatious: "Vexatious",
  not_foi: "Not a valid request",
};

const TITLE_SPLIT = / - an? (?:Freedom of Information|Environmental Information|FOI|EIR)[^-]*? request to /i;
// redos-ok: only ever run on the first 2,000 characters of a page's text (wdtkPageKind)
const ATTACHMENT_PREFIX = /This is an HTML version of an attachment to the (?:Freedom of Information|Environmental Information|FOI)[^']*request/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "17 June 2017" → "2017-06-17"; "" when the text holds no such date. */
export function dateInWords(text: string): string {
  const m = /\b(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i.exec(text);
  if (!m) return "";
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

export type WdtkPageKind = "request" | "attachment" | "";

function isCorrespondence(e: Element): boolean {
  if (e.name !== "div") return false;
  const c = classesOf(e);
  return c.includes("correspondence") && (c.includes("incoming") || c.includes("outgoing") || /^(?:incoming|outgoing)-\d+$/.test(e.attribs.id ?? ""));
}

export function wdtkPageKind(doc: Document): WdtkPageKind {
  // One pass over the page, stopping at the first sign of either kind.
  let body: Element | null = null;
  for (const e of elements(doc)) {
    if (hasClass(e, "view_html_prefix")) return "attachment";
    if (isCorrespondence(e)) return "request";
    if (!body && e.name === "body") body = e;
  }
  if (body && ATTACHMENT_PREFIX.test(textPrefix(body, 2000))) return "attachment";
  return "";
}

function metaContent(doc: Document, key: string): string {
  const m = findFirst(headOf(doc), (e) => e.name === "meta" && (e.attribs.property === key || e.attribs.name === key));
  return (m?.attribs.content ?? "").trim();
}

function pageTitle(doc: Document): string {
  const t = findFirst(headOf(doc), (e) => e.name === "title");
  return t ? textOf(t) : "";
}

/** Title and authority from `og:title` / `<title>`: "<title> - a Freedom of Information request to <body> - WhatDoTheyKnow". */
function titleParts(doc: Document): { title: string; authority: string } {
  const full = metaContent(doc, "og:title") || pageTitle(doc).replace(/(?<!\s)\s+-\s+WhatDoTheyKnow\s*$/i, "");
  const m = TITLE_SPLIT.exec(full);
  if (!m) return { title: full, authority: "" };
  return { title: full.slice(0, m.index).trim(), authority: full.slice(m.index + m[0].length).replace(/(?<!\s)\s+-\s+WhatDoTheyKnow\s*$/i, "").trim() };
}

function displayStatusOf(doc: Document): string {
  const status = findFirst(doc, (e) => e.attribs.id === "request_status" || hasClass(e, "request-status-message"));
  if (!status) return "";
  for (const c of classesOf(status)) {
    const m = /^request-status-message--(\w+)$/.exec(c);
    if (m) return STATUS_NAMES[m[1]!] ?? m[1]!.replace(/_/g, " ");
  }
  return "";
}

/** Parts of a message box that are not the message: attachment lists, "show quoted sections", action links. */
function messageChrome(e: Element): boolean {
  const c = classesOf(e);
  return c.includes("attachments") || c.includes("unfold_link") || c.includes("event_actions") || c.includes("correspondence__footer") || c.includes("js-delivery-log-ajax-error");
}

export interface WdtkRequestPage {
  messages: ThreadMessage[];
  meta: Partial<LetterMeta>;
}

/** The correspondence of a request page, in page order, and what the page says about the request. */
export function readRequestPage(doc: Document): WdtkRequestPage {
  const boxes = findAll(doc, isCorrespondence);
  const messages: ThreadMessage[] = boxes.map((box) => {
    const c = classesOf(box);
    const direction = c.includes("outgoing") || /^outgoing-/.test(box.attribs.id ?? "") ? "outgoing" : "incoming";
    const time = findFirst(box, (e) => e.name === "time" && Boolean(e.attribs.datetime));
    // Older pages have no <time>: the header then gives the date in words ("17 June 2017").
    const header = time ? null : findFirst(box, (e) => classesOf(e).some((c) => /header|event_details|date/.test(c)));
    const body = findFirst(box, (e) => hasClass(e, "correspondence_text"));
    const attachments = findAll(box, (e) => hasClass(e, "attachment__name")).map((e) => textOf(e)).filter(Boolean);
    const text = body ? normaliseText(renderText(body, { skip: messageChrome })) : "";
    return { direction, date: time?.attribs.datetime ?? (header ? dateInWords(textOf(header)) : ""), text, attachments };
  });
  const { title, authority } = titleParts(doc);
  const meta: Partial<LetterMeta> = {};
  const header = findFirst(doc, (e) => hasClass(e, "request-header"));
  const h1 = header ? findFirst(header, (e) => e.name === "h1") : null;
  meta.title = (h1 ? textOf(h1) : "") || title;
  const bodyLink = header ? findFirst(header, (e) => e.name === "a" && /^\/body\/(?!list\b)[^/?#]+/.test(e.attribs.href ?? "")) : null;
  meta.authority = authority || (bodyLink ? textOf(bodyLink) : "");
  const status = displayStatusOf(doc);
  if (status) meta.displayStatus = status;
  const url = metaContent(doc, "og:url");
  if (url) meta.source = url;
  return { messages, meta };
}

export interface WdtkAttachmentPage {
  /** Elements of the page that are WhatDoTheyKnow's, not the document's. */
  skip: (e: Element) => boolean;
  meta: Partial<LetterMeta>;
}

/** An "HTML version of an attachment" page: the prefix box is chrome; its link names the request. */
export function readAttachmentPage(doc: Document): WdtkAttachmentPage {
  const prefix = findFirst(doc, (e) => hasClass(e, "view_html_prefix"));
  const meta: Partial<LetterMeta> = {};
  if (prefix) {
    // The link to the request itself (not the download link, which goes through /response/…/attach/).
    const link = findFirst(prefix, (e) => e.name === "a" && /\/request\/[^/?#]+(?:[?#]|$)/.test(e.attribs.href ?? ""));
    if (link) meta.title = textOf(link);
  }
  return {
    skip: (e) => e === prefix || hasClass(e, "view_html_prefix") || hasClass(e, "view_html_logo") || hasClass(e, "view_html_download_link"),
    meta,
  };
}
