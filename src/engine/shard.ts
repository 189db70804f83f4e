import { createHash } from "node:crypto";
import { FoiscopeError } from "../core/errors.js";

/** One slice of a corpus: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "K/N" → shard; "" → null (all files). */
export function parseShard(text: string): Shard | null {
  if (text.trim() === "") return null;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new FoiscopeError("FOISCOPE_BAD_SHARD", `Shard "${text}" is not K/N with 1 ≤ K ≤ N; write e.g. --shard 3/8`);
  }
  return { index, count };
}

/**
 * Stable assignment by a hash of the letter's name (its path relative to the folder
 * argument), so every machine puts a file in the same shard whatever order it lists
 * files in, and adding files never moves the others.
 */
export function shardOf(file: string, count: number): number {
  return (createHash("sha256").update(file).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(file: string, shard: Shard | null): boolean {
  return shard === null || shardOf(file, shard.count) === shard.index;
}
