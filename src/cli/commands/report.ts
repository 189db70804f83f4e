import { existsSync } from "node:fs";
import { buildReports } from "../../report/build.js";
import { lockOutput } from "../../engine/lock.js";
import { checkList, checkNumber, type Command, type Io } from "../command.js";

interface Args {
  "run-dir": string;
  out: string | undefined;
  "min-n": number;
  bom: boolean;
  reports: string;
}

const KINDS = ["csv", "html", "jsonl"];

/** Rebuilds the aggregate reports of a previous run from its answers.jsonl, without re-extracting. */
export const reportCommand: Command<Args> = {
  command: "report <run-dir>",
  describe: "Rebuild outcomes, grounds, authorities, topics, sectors, years and review CSVs and report.html from a run's answers.jsonl",
  builder: (y) =>
    y
      .positional("run-dir", { type: "string", demandOption: true, describe: "Folder a previous 'foiscope analyze' wrote (holds answers.jsonl)" })
      .option("out", { alias: "o", type: "string", describe: "Output folder (default: the run folder)" })
      .option("min-n", { type: "number", default: 10, describe: "Questions under which an authority, topic, sector or year is flagged small_n" })
      .option("bom", { type: "boolean", default: false, describe: "Write a UTF-8 BOM in CSV files (for Excel)" })
      .option("reports", { type: "string", default: "csv,html,jsonl", describe: "Report kinds to write: csv, html, jsonl" })
      .example("$0 report reports", "Rebuild the reports in reports/ after changing --min-n")
      .example("$0 report run1 --out run1-excel --bom --reports csv", "Excel-friendly CSVs in another folder"),
  run: async (args, io: Io) => {
    const reports = checkList("reports", args.reports, KINDS);
    const minN = checkNumber("min-n", args["min-n"], 0);
    const out = args.out ?? args["run-dir"];
    // One writer per output folder, as for analyze (the lock's folder is made only once the run is known to be readable).
    const unlock = existsSync(out) ? lockOutput(out) : () => {};
    let written: string[];
    try {
      written = await buildReports(out, { bom: args.bom, minN, reports, from: args["run-dir"] });
    } finally {
      unlock();
    }
    io.stdout.write(`wrote ${out}/${written.join(", ")}\n`);
    return 0;
  },
};
