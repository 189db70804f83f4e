import MsgReaderModule from "@kenjiuno/msgreader";
import { FoiscopeError } from "../core/errors.js";
import { composeMail, isoDate } from "./email-compose.js";
import { isOutlookMessage } from "./sniff.js";
import type { Extracted, ExtractContext, ExtractInput, Extractor } from "./types.js";

// The package is CommonJS with `exports.default`; under NodeNext the default import is the exports object.
type MsgReaderClass = typeof MsgReaderModule.default;
const MsgReader: MsgReaderClass = (MsgReaderModule as unknown as { default?: MsgReaderClass }).default ?? (MsgReaderModule as unknown as MsgReaderClass);

function parseDate(value: string | undefined): string {
  return value ? isoDate(new Date(value)) : "";
}

/**
 * The HTML without its script and style blocks (from `<script` or `<style` to the next closing tag of
 * either), in one pass: `<(?:script|style)[\s\S]*?<\/(?:script|style)>` rescanned the rest of the
 * page from every unclosed opening tag. An opening tag never closed keeps the rest, as that regex did.
 */
function withoutScripts(html: string): string {
  const open = /<(?:script|style)/gi;
  const close = /<\/(?:script|style)>/gi;
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    close.lastIndex = m.index;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(from, m.index);
    from = open.lastIndex = end.index + end[0].length;
  }
  return out + html.slice(from);
}

/** HTML body to text, for messages that carry only an HTML body. */
function htmlToPlain(html: string): string {
  return withoutScripts(html)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(?:p|div|h[1-6]|li|tr)>/gi, "\n\n")
    .replace(/<[^<>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e] ?? "");
}

/** An Outlook .msg (OLE2 compound file) through @kenjiuno/msgreader. */
async function extractMsg(input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  let reader: InstanceType<MsgReaderClass>;
  let data: ReturnType<InstanceType<MsgReaderClass>["getFileData"]>;
  try {
    const copy = input.bytes.slice();
    reader = new MsgReader(copy.buffer);
    data = reader.getFileData();
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_EMAIL_CORRUPT", `Outlook message could not be read (${error instanceof Error ? error.message : String(error)}): ${input.name}`);
  }
  if (data.error) throw new FoiscopeError("FOISCOPE_EMAIL_CORRUPT", `Outlook message could not be read (${data.error}): ${input.name}`);
  const attachments: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const [i, attachment] of (data.attachments ?? []).entries()) {
    if (attachment.innerMsgContent) continue; // embedded messages: the outer reply is the response
    try {
      const file = reader.getAttachment(attachment);
      attachments.push({ name: file.fileName || attachment.fileName || `attachment-${i + 1}`, bytes: file.content });
    } catch {
      // An unreadable attachment is reported by its absence; the body is still analysed.
    }
  }
  const body = data.body ?? (data.bodyHtml ? htmlToPlain(data.bodyHtml) : "");
  return composeMail(
    {
      format: "msg",
      subject: data.subject ?? "",
      body,
      fromName: data.senderName ?? "",
      fromAddress: data.senderEmail ?? "",
      date: parseDate(data.messageDeliveryTime ?? data.clientSubmitTime ?? data.creationTime),
      attachments,
    },
    context,
  );
}

export const msgExtractor: Extractor = {
  format: "msg",
  extensions: ["msg"],
  sniff: (bytes) => isOutlookMessage(bytes),
  extract: extractMsg,
};
