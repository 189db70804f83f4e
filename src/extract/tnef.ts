import { FoiscopeError } from "../core/errors.js";

/**
 * TNEF ("winmail.dat", application/ms-tnef): how Outlook and Exchange wrap a
 * message's attachments (and its rich-text body) for another mail system. An
 * authority's reply sent that way arrives as one opaque winmail.dat with the
 * letter inside it. The npm reader (node-tnef) pulls in a logger and a CLI
 * argument parser and reads files from disk; the part foiscope needs — the
 * attachment records and the plain body — is a flat list of records, read here.
 *
 * Layout ([MS-OXTNEF]): signature 0x223E9F78, a 2-byte key, then attributes:
 * level (1 = message, 2 = attachment), id (low 16 bits; high 16 bits the type),
 * length, data, 2-byte checksum. attAttachRendData starts an attachment;
 * attAttachTitle is its short name, attAttachData its bytes, attAttachment its
 * MAPI properties (the long file name is PR_ATTACH_LONG_FILENAME there).
 */

export const TNEF_SIGNATURE = 0x223e9f78;

const ATT_BODY = 0x800c;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_MAPI_PROPS = 0x9003;
const ATT_ATTACHMENT = 0x9005;

const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_DATA = 0x3701;
const PR_BODY = 0x1000;

export interface TnefAttachment {
  name: string;
  bytes: Uint8Array;
}

export interface Tnef {
  body: string;
  attachments: TnefAttachment[];
}

export function isTnef(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true) === TNEF_SIGNATURE;
}

function damaged(name: string, why: string): FoiscopeError {
  return new FoiscopeError("FOISCOPE_TNEF_CORRUPT", `Outlook attachment wrapper (TNEF) is damaged (${why}): ${name}`);
}

const latin1 = new TextDecoder("latin1");
const utf16 = new TextDecoder("utf-16le");
const cString = (b: Uint8Array, decoder: TextDecoder): string => decoder.decode(b).replace(/(?<!\0)\0+$/, "").replace(/\0.*$/s, "");

interface MapiValue {
  id: number;
  type: number;
  data: Uint8Array;
}

/** MAPI properties of an attAttachment / attMAPIProps record: only the string and binary values are kept. */
export function readMapiProps(bytes: Uint8Array, name: string): MapiValue[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: MapiValue[] = [];
  let p = 0;
  const need = (n: number): void => {
    if (p + n > bytes.length) throw damaged(name, "a property list runs past its record");
  };
  need(4);
  const count = view.getUint32(p, true);
  p += 4;
  for (let k = 0; k < count && p < bytes.length; k++) {
    need(4);
    const type = view.getUint16(p, true);
    const id = view.getUint16(p + 2, true);
    p += 4;
    if (id >= 0x8000) {
      // A named property: a GUID, then a number or a UTF-16 name.
      need(20);
      const kind = view.getUint32(p + 16, true);
      p += 20;
      if (kind === 0) p += 4;
      else {
        need(4);
        const length = view.getUint32(p, true);
        p += 4 + length + ((4 - (length % 4)) % 4);
      }
    }
    const base = type & 0x0fff;
    const multi = (type & 0x1000) !== 0;
    const variable = base === 0x1e || base === 0x1f || base === 0x102 || base === 0x0d;
    let values = 1;
    if (multi || variable) {
      need(4);
      values = view.getUint32(p, true);
      p += 4;
    }
    if (values > 100_000) throw damaged(name, "a property claims too many values");
    for (let v = 0; v < values; v++) {
      if (variable) {
        need(4);
        const length = view.getUint32(p, true);
        p += 4;
        need(length);
        out.push({ id, type: base, data: bytes.subarray(p, p + length) });
        p += length + ((4 - (length % 4)) % 4);
      } else {
        const size = base === 0x02 || base === 0x0b || base === 0x03 || base === 0x04 || base === 0x0a ? 4 : base === 0x48 ? 16 : 8;
        need(size);
        p += size;
      }
    }
  }
  return out;
}

function stringValue(v: MapiValue): string {
  return v.type === 0x1f ? cString(v.data, utf16) : cString(v.data, latin1);
}

/** The attachments (named as Outlook showed them) and the plain body of a winmail.dat. */
export function readTnef(bytes: Uint8Array, name: string): Tnef {
  if (!isTnef(bytes)) throw damaged(name, "no TNEF signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const attachments: { title: string; longName: string; data: Uint8Array | null }[] = [];
  let body = "";
  let p = 6;
  while (p < bytes.length) {
    if (p + 9 > bytes.length) throw damaged(name, "a record header is cut short");
    const level = bytes[p]!;
    const id = view.getUint32(p + 1, true) & 0xffff;
    const length = view.getUint32(p + 5, true);
    const start = p + 9;
    if (start + length + 2 > bytes.length) throw damaged(name, "a record runs past the end of the file");
    const data = bytes.subarray(start, start + length);
    p = start + length + 2; // the checksum is not needed to read the data
    const current = attachments[attachments.length - 1];
    if (level === 2 && id === ATT_ATTACH_REND_DATA) attachments.push({ title: "", longName: "", data: null });
    else if (level === 2 && current && id === ATT_ATTACH_TITLE) current.title = cString(data, latin1);
    else if (level === 2 && current && id === ATT_ATTACH_DATA) current.data = data;
    else if (level === 2 && current && id === ATT_ATTACHMENT) {
      for (const v of readMapiProps(data, name)) {
        if (v.id === PR_ATTACH_LONG_FILENAME || (v.id === PR_ATTACH_FILENAME && !current.longName)) current.longName = stringValue(v);
        if (v.id === PR_ATTACH_DATA && !current.data && v.type === 0x102) current.data = v.data;
      }
    } else if (level === 1 && id === ATT_BODY) body = cString(data, latin1);
    else if (level === 1 && id === ATT_MAPI_PROPS && !body) {
      const plain = readMapiProps(data, name).find((v) => v.id === PR_BODY);
      if (plain) body = stringValue(plain);
    }
  }
  return {
    body,
    attachments: attachments
      .filter((a) => a.data && a.data.length > 0)
      .map((a, i) => ({ name: a.longName || a.title || `tnef-attachment-${i + 1}`, bytes: a.data! })),
  };
}
