/**
 * The file piscina loads in each worker thread. Piscina first tries require() on
 * its worker file; on Node 20.19+ that loads an ES module graph synchronously, and
 * when part of that graph is then also import()ed, Node can fail with "Unexpected
 * status of a module that is imported again after being required" (seen under
 * vitest, intermittently). This CommonJS shim is what require() finds; the ES
 * module worker is only ever loaded by import(), once per thread.
 */
type Task = import("./worker.js").WorkerTask;
type Result = import("./record.js").StoredLetter;

let handler: Promise<(task: Task) => Promise<Result>> | null = null;

module.exports = async function analyzeInWorker(task: Task): Promise<Result> {
  handler ??= import("./worker.js").then((m) => m.default);
  return (await handler)(task);
};
