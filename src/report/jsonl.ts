import { createReadStream, readSync } from "node:fs";
import { FoiscopeError } from "../core/errors.js";

export interface JsonlLine {
  /** 1-based line number, for messages. */
  number: number;
  /** Byte offset and length of the line (without its newline), to read it again with readJsonlAt. */
  offset: number;
  length: number;
  record: unknown;
}

/**
 * Streams a JSONL file record by record with the byte position of each line, so a caller can
 * keep only a slim copy of each record and fetch the full one again later (readline gives no
 * byte offsets, hence the hand-rolled split on "\n").
 */
export async function* readJsonlLines(path: string): AsyncGenerator<JsonlLine> {
  let pending: Buffer[] = [];
  let pendingStart = 0;
  let position = 0;
  let number = 0;
  const emit = (bytes: Buffer, offset: number): JsonlLine | null => {
    number++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    const text = bytes.subarray(0, end).toString("utf8");
    if (text.trim() === "") return null;
    try {
      return { number, offset, length: end, record: JSON.parse(text) };
    } catch {
      throw new FoiscopeError("FOISCOPE_BAD_RECORD", `${path} line ${number} is not JSON; rerun 'foiscope analyze' to rewrite it`);
    }
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
      const piece = chunk.subarray(from, i);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      const line = emit(bytes, pendingStart);
      if (line) yield line;
      pending = [];
      from = i + 1;
      pendingStart = position + from;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    position += chunk.length;
  }
  if (pending.length) {
    const line = emit(Buffer.concat(pending), pendingStart);
    if (line) yield line;
  }
}

/** Reads and parses the line at a known byte position of an open file. */
export function readJsonlAt(fd: number, offset: number, length: number): unknown {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, offset + read);
    if (n === 0) break;
    read += n;
  }
  return JSON.parse(buffer.subarray(0, read).toString("utf8"));
}
