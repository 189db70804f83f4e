/**
 * Writes one slice (a range of file names) of the outputs into its own folder, from
 * the store opened read-only. The main thread joins the slices in order. Runs in a
 * worker thread from dist/.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createOutputWriters } from "../report/writers.js";
import { ResultStore } from "./store.js";

export interface OutputSlice {
  db: string;
  dir: string;
  bom: boolean;
  from: string | null;
  to: string | null;
}

const slice = workerData as OutputSlice;
const store = new ResultStore(slice.db, { readonly: true });
try {
  const sink = createOutputWriters(slice.dir, { bom: slice.bom });
  for (const letter of store.letters(slice.from, slice.to)) await sink.write(letter);
  await sink.close();
} finally {
  store.close();
}
parentPort?.postMessage("done");
