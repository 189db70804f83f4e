import { inflateRawSync } from "node:zlib";
import { FoiscopeError } from "../core/errors.js";

/**
 * Zip-bomb guard for Office files, run before a ZIP is handed to a library
 * that inflates it in memory. First the central directory's declared sizes are
 * checked (cheap); then every deflated entry is inflated with a hard output cap
 * equal to its declared size, so an entry that lies about its size fails here,
 * not in the library.
 */
export interface ZipLimits {
  /** Sum of uncompressed sizes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio tolerated for an entry over 1 MB. */
  maxRatio: number;
}

export const defaultZipLimits: ZipLimits = { maxTotalBytes: 200 * 1024 * 1024, maxEntries: 5000, maxRatio: 200 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

function bomb(name: string, why: string): FoiscopeError {
  return new FoiscopeError("FOISCOPE_ZIP_BOMB", `${why}, so it was not unpacked (a zip bomb guard): ${name}`);
}

function corrupt(name: string, why: string): FoiscopeError {
  return new FoiscopeError("FOISCOPE_ZIP_CORRUPT", `Office file is damaged (${why}): ${name}`);
}

/** Entries from the central directory (no inflation). */
export function readZipDirectory(bytes: Uint8Array, name: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(name, "no ZIP end-of-directory record; the file may be truncated");
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw bomb(name, "ZIP64 archive with huge sizes or entry counts");
  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt(name, "ZIP central directory is cut short");
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws FOISCOPE_ZIP_BOMB / FOISCOPE_ZIP_CORRUPT unless every entry inflates within its declared, limited size. */
export function checkZip(bytes: Uint8Array, name: string, limits: ZipLimits = defaultZipLimits): ZipEntry[] {
  return unpackZip(bytes, name, () => false, limits).entries;
}

/** The zip-bomb guard of checkZip, keeping the inflated bytes of the entries `keep` names (an Office reader's parts). */
export function unpackZip(
  bytes: Uint8Array,
  name: string,
  keep: (entryName: string) => boolean,
  limits: ZipLimits = defaultZipLimits,
): { entries: ZipEntry[]; contents: Map<string, Uint8Array> } {
  const contents = new Map<string, Uint8Array>();
  const entries = readZipDirectory(bytes, name);
  if (entries.length > limits.maxEntries) throw bomb(name, `ZIP has ${entries.length} entries, over ${limits.maxEntries}`);
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) throw bomb(name, `entry ${e.name} uses ZIP64 sizes`);
    total += e.uncompressedSize;
    if (total > limits.maxTotalBytes) throw bomb(name, `ZIP unpacks to more than ${limits.maxTotalBytes} bytes`);
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw bomb(name, `entry ${e.name} expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}-fold`);
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method !== 8 && !(e.method === 0 && keep(e.name))) continue; // stored entries are their own size
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw corrupt(name, `entry ${e.name} has no local header`);
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    if (start + e.compressedSize > bytes.length) throw corrupt(name, `entry ${e.name} is cut short`);
    if (e.method === 0) {
      contents.set(e.name, bytes.subarray(start, start + e.compressedSize));
      continue;
    }
    try {
      // One byte of slack so that an exact-size entry passes and a larger one fails.
      const inflated = inflateRawSync(bytes.subarray(start, start + e.compressedSize), { maxOutputLength: e.uncompressedSize + 1 });
      if (keep(e.name)) contents.set(e.name, new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/maxOutputLength|buffer/i.test(message) || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw bomb(name, `entry ${e.name} inflates past its declared ${e.uncompressedSize} bytes`);
      }
      throw corrupt(name, `entry ${e.name} does not inflate: ${message}`);
    }
  }
  return { entries, contents };
}
