import { simpleParser } from "mailparser";
import { FoiscopeError } from "../core/errors.js";
import { composeMail, isoDate } from "./email-compose.js";
import { bodyFromBrokenMultipart } from "./email-raw.js";
import { isEmail } from "./sniff.js";
import type { Extracted, ExtractContext, ExtractInput, Extractor } from "./types.js";

/** An .eml message through mailparser (3.9.31: the newest that installs here; see stack.md). */
async function extractEml(input: ExtractInput, context: ExtractContext): Promise<Extracted> {
  let parsed;
  try {
    parsed = await simpleParser(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), {
      skipImageLinks: true,
      skipTextLinks: true,
      skipTextToHtml: true,
    });
  } catch (error) {
    throw new FoiscopeError("FOISCOPE_EMAIL_CORRUPT", `Email could not be parsed (${error instanceof Error ? error.message : String(error)}): ${input.name}`);
  }
  const from = parsed.from?.value[0];
  const attachments = parsed.attachments
    // Inline pictures (logos, signatures) are not letters.
    .filter((a) => !(a.contentDisposition === "inline" && a.contentType.startsWith("image/")))
    .map((a, i) => ({ name: a.filename || `attachment-${i + 1}`, bytes: new Uint8Array(a.content) }));
  // No text and no parts: perhaps a multipart whose boundary is wrong; keep its body, with a warning.
  const recovered = !parsed.text?.trim() && attachments.length === 0 ? bodyFromBrokenMultipart(input.bytes) : null;
  const extracted = await composeMail(
    {
      format: "eml",
      subject: parsed.subject ?? "",
      body: recovered?.body ?? parsed.text ?? "",
      fromName: from?.name ?? "",
      fromAddress: from?.address ?? "",
      date: isoDate(parsed.date),
      attachments,
    },
    context,
  );
  if (recovered) extracted.messages.unshift(recovered.message);
  return extracted;
}

export const emailExtractor: Extractor = {
  format: "eml",
  extensions: ["eml"],
  sniff: (bytes) => isEmail(bytes),
  extract: extractEml,
};
