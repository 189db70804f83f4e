import { join } from "node:path";
import { mergeStores } from "../../engine/merge.js";
import { lockOutput } from "../../engine/lock.js";
import { buildReports } from "../../report/build.js";
import { formatSummary } from "./analyze.js";
import { existsSync } from "node:fs";
import { checkList, checkNumber, UsageError, type Command, type Io } from "../command.js";

interface Args {
  stores: string[];
  out: string;
  db: string;
  bom: boolean;
  "min-n": number;
  reports: string;
}

export const mergeCommand: Command<Args> = {
  command: "merge <stores..>",
  describe: "Combine the result stores of shard runs (analyze --shard K/N) and write the reports of the whole corpus",
  builder: (y) =>
    y
      .positional("stores", { type: "string", array: true, demandOption: true, describe: "foiscope.sqlite files of the shards" })
      .option("out", { alias: "o", type: "string", default: "reports", describe: "Output folder" })
      .option("db", { type: "string", default: "", describe: "Merged store path (default: <out>/foiscope.sqlite)" })
      .option("bom", { type: "boolean", default: false, describe: "Write a UTF-8 BOM in CSV files (for Excel)" })
      .option("min-n", { type: "number", default: 10, describe: "Questions under which an authority is flagged small_n" })
      .option("reports", { type: "string", default: "csv,html,jsonl", describe: "Report kinds to write" })
      .example("$0 merge part-*/foiscope.sqlite --out reports", "Reports over every shard"),
  run: async (args, io: Io) => {
    const reports = checkList("reports", args.reports, ["csv", "html", "jsonl"]);
    const minN = checkNumber("min-n", args["min-n"], 0);
    const missing = args.stores.filter((s) => !existsSync(s));
    if (missing.length) throw new UsageError(`No such result store: ${missing.join(", ")}; nothing was merged`);
    // One writer per output folder, as for analyze.
    const unlock = lockOutput(args.out);
    try {
      return await mergeInto(args, io, reports, minN);
    } finally {
      unlock();
    }
  },
};

async function mergeInto(args: Args, io: Io, reports: string[], minN: number): Promise<number> {
  const result = await mergeStores(args.stores, args.db || join(args.out, "foiscope.sqlite"), args.out, { bom: args.bom });
  // The same aggregate reports as analyze writes after a run over the whole corpus.
  await buildReports(args.out, { bom: args.bom, minN, reports });
  if (result.duplicates.length) {
    io.stderr.write(`foiscope: ${result.duplicates.length} letter(s) were in more than one store (kept the last): ${result.duplicates.slice(0, 5).join(", ")}${result.duplicates.length > 5 ? ", …" : ""}\n`);
  }
  if (result.versions.length > 1) {
    io.stderr.write(`foiscope: the stores were made by ${result.versions.length} pipeline versions (${result.versions.join(", ")}); re-run the older shards for consistent results\n`);
  }
  io.stdout.write(`${formatSummary(result.summary)}\nmerged ${args.stores.length} store(s) into ${args.db || join(args.out, "foiscope.sqlite")}; wrote ${args.out}/answers.csv, letters.csv, answers.jsonl\n`);
  return 0;
}
