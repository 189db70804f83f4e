import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { FoiscopeError } from "../core/errors.js";
import { availableParallelism } from "node:os";
import { autoParts, writeOutputs, summaryFromStore } from "./outputs.js";
import { packageRoot } from "./version.js";
import type { RunSummary } from "./run.js";
import { CHILD_TABLES, LETTER_COLUMNS_SQL, ResultStore } from "./store.js";

export interface MergeResult {
  summary: RunSummary;
  letters: number;
  /** Files found in more than one source store (the later source wins). */
  duplicates: string[];
  /** Distinct pipeline versions among the merged letters (more than one: re-run some shards). */
  versions: string[];
}

/**
 * Combine the stores of shard runs into one, then write the outputs from it.
 * Letters are keyed by file name (relative to the folder argument), so the merged
 * store, and the reports written from it, are those of one run over the whole corpus.
 */
export async function mergeStores(sources: readonly string[], target: string, out: string, options: { bom: boolean }): Promise<MergeResult> {
  for (const s of sources) {
    if (!existsSync(s)) throw new FoiscopeError("FOISCOPE_NOT_FOUND", `No such result store: ${s}`);
    if (resolve(s) === resolve(target)) throw new FoiscopeError("FOISCOPE_MERGE_INTO_SOURCE", `The merged store ${target} is also a source; write it elsewhere with --db`);
  }
  const store = new ResultStore(target);
  const duplicates: string[] = [];
  try {
    // Start from nothing: the merged store holds exactly the sources' letters.
    store.removeLetters(store.files());
    for (const source of sources) {
      // Opening it first checks its layout and folds in any WAL a killed run left.
      new ResultStore(source).close();
      store.db.prepare("ATTACH DATABASE ? AS source").run(source);
      try {
        store.db.transaction(() => {
          const clash = store.db.prepare("SELECT file FROM source.letters WHERE file IN (SELECT file FROM main.letters) ORDER BY file").pluck().all() as string[];
          duplicates.push(...clash);
          for (const t of [...CHILD_TABLES, "letters"]) store.db.exec(`DELETE FROM main.${t} WHERE file IN (SELECT file FROM source.letters)`);
          const columns = LETTER_COLUMNS_SQL.join(", ");
          store.db.exec(`INSERT INTO main.letters (${columns}) SELECT ${columns} FROM source.letters`);
          for (const t of CHILD_TABLES) store.db.exec(`INSERT INTO main.${t} SELECT * FROM source.${t}`);
          store.db.exec("INSERT INTO main.meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
        })();
      } finally {
        store.db.prepare("DETACH DATABASE source").run();
      }
    }
    const parts = autoParts(0, availableParallelism(), store.count());
    await writeOutputs(store, out, { bom: options.bom, parts, dbPath: target, codeRoot: packageRoot() });
    const versions = store.db.prepare("SELECT DISTINCT pipeline_version FROM letters ORDER BY 1").pluck().all() as string[];
    return { summary: summaryFromStore(store), letters: store.count(), duplicates, versions };
  } finally {
    store.close();
  }
}
