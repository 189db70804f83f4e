import { FoiscopeError } from "../core/errors.js";
import type { LetterMeta } from "../core/types.js";
import { decodeText, normaliseText } from "./decode.js";
import { extractHtmlText } from "./html.js";
import { composeThread, threadExtracted, type ThreadMessage } from "./thread-messages.js";
import type { Extractor } from "./types.js";

/**
 * WhatDoTheyKnow request threads as JSON: `{ title, display_status, law_used,
 * events: [{ type: "outgoing" | "incoming", created_at, content }] }` (the
 * shape of scraped WhatDoTheyKnow datasets). The letter is the requester's
 * questions followed by the authority's substantive answer (thread-messages.ts).
 */

const SOURCE = "extract/thread";

const HTML_BODY = /<(?:p|br|div|li|table)(?:\s[^<>]*)?\/?>/i;


/** Made once: a decode() without { stream: true } keeps no state between calls. */
const UTF8 = new TextDecoder("utf-8", { fatal: false });

function headText(bytes: Uint8Array, limit: number): string {
  return UTF8.decode(bytes.subarray(0, Math.min(bytes.length, limit)));
}

/** JSON object whose head names an `events` list and thread keys. Cheap: looks at the first 16 KB only. */
export function looksLikeThreadJson(bytes: Uint8Array): boolean {
  const head = headText(bytes, 16384).replace(/^\ufeff/, "");
  if (!/^\s*\{/.test(head)) return false;
  return /"events"\s*:\s*\[/.test(head) && /"(?:display_status|law_used|title)"\s*:/.test(head);
}

type RawEvent = Record<string, unknown>;

/** Direction of an event under the names thread datasets use (Alaveteli's event types included). */
const DIRECTIONS: Record<string, "outgoing" | "incoming"> = {
  outgoing: "outgoing", sent: "outgoing", followup_sent: "outgoing", resent: "outgoing", followup_resent: "outgoing", request: "outgoing",
  incoming: "incoming", response: "incoming", reply: "incoming",
};

const firstOf = (e: RawEvent, keys: string[]): unknown => {
  for (const k of keys) if (e[k] !== undefined && e[k] !== null) return e[k];
  return undefined;
};

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** `content` is a list of text parts in the scraped datasets; a plain string is accepted too. */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.filter((c): c is string => typeof c === "string").join("\n\n");
  return "";
}

/** Authority name, when the JSON carries one (several dataset shapes). */
function authorityOf(raw: Record<string, unknown>): string {
  for (const key of ["authority", "public_body_name", "public_body", "body"]) {
    const v = raw[key];
    if (typeof v === "string" && v.trim()) return v.trim();
    if (v && typeof v === "object" && typeof (v as Record<string, unknown>).name === "string") return String((v as Record<string, unknown>).name).trim();
  }
  return "";
}

export const threadExtractor: Extractor = {
  format: "wdtk-thread",
  extensions: [],
  sniff: (bytes) => looksLikeThreadJson(bytes),
  async extract(input) {
    const { text: decoded } = decodeText(input.bytes);
    let raw: unknown;
    try {
      raw = JSON.parse(decoded.replace(/^\ufeff/, ""));
    } catch (error) {
      throw new FoiscopeError("FOISCOPE_BAD_THREAD", `Thread JSON does not parse (${(error as Error).message}); expected a WhatDoTheyKnow thread with an "events" list`);
    }
    if (!raw || typeof raw !== "object" || !Array.isArray((raw as Record<string, unknown>).events)) {
      throw new FoiscopeError("FOISCOPE_BAD_THREAD", `Thread JSON has no "events" list; expected a WhatDoTheyKnow thread (title, display_status, law_used, events[])`);
    }
    const thread = raw as Record<string, unknown>;
    const events = (thread.events as unknown[]).filter((e): e is RawEvent => Boolean(e) && typeof e === "object");
    const messages: ThreadMessage[] = [];
    for (const e of events) {
      const direction = DIRECTIONS[str(firstOf(e, ["type", "event_type", "direction"])).toLowerCase()];
      if (!direction) continue;
      let text = contentText(firstOf(e, ["content", "body", "text", "message", "body_text"]));
      // Some scrapes keep the message as HTML: read it with the HTML renderer, keeping its paragraphs.
      if (HTML_BODY.test(text)) text = extractHtmlText(text).text;
      messages.push({ direction, date: str(firstOf(e, ["created_at", "date", "sent_at"])), text: normaliseText(text) });
    }
    // Events are listed in order in the datasets; sort by time anyway, stably, when every event has one.
    if (messages.every((m) => m.date)) {
      const order = messages.map((m, i) => ({ m, i, t: Date.parse(m.date) }));
      if (order.every((o) => !Number.isNaN(o.t))) {
        order.sort((a, b) => a.t - b.t || a.i - b.i);
        messages.splice(0, messages.length, ...order.map((o) => o.m));
      }
    }
    const composed = composeThread(messages, SOURCE);
    const meta: Partial<LetterMeta> = { ...composed.meta };
    const title = str(thread.title).trim();
    if (title) meta.title = title;
    const displayStatus = str(thread.display_status).trim();
    if (displayStatus) meta.displayStatus = displayStatus;
    const law = str(thread.law_used).trim();
    // Kept as WhatDoTheyKnow writes it ("foi", "eir"): "foi" is the requester's choice, and an
    // authority often answers under the EIR anyway, so it must not force FOIA on the letter.
    if (law) meta.lawUsed = law.toLowerCase();
    const authority = authorityOf(thread);
    if (authority) meta.authority = authority;
    const urlTitle = str(thread.url_title).trim();
    if (urlTitle) meta.source = `https://www.whatdotheyknow.com/request/${urlTitle}`;
    return threadExtracted("wdtk-thread", composed, meta);
  },
};
