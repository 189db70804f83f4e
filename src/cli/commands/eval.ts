import { checkNumber, type Command, type Io } from "../command.js";

interface Args {
  gold: string;
  json: boolean;
  errors: boolean;
  "min-accuracy": number;
  only: string[];
  cv: number | undefined;
}

export const evalCommand: Command<Args> = {
  command: "eval <gold>",
  describe: "Measure accuracy against a folder of labelled letters (<id>.txt + <id>.json, see labels.md)",
  builder: (y) =>
    y
      .positional("gold", { type: "string", demandOption: true, describe: "Folder of <id>.txt and <id>.json pairs" })
      .option("json", { type: "boolean", default: false, describe: "Print the full report as JSON" })
      .option("errors", { type: "boolean", default: false, describe: "List every mismatch with its evidence" })
      .option("only", { type: "string", array: true, default: [] as string[], describe: "Score only letters whose id starts with this prefix (repeatable: --only p- --only l-)" })
      .option("cv", { type: "number", describe: "Also cross-validate a statistical reader against the rules, in this many folds by letter (default 5)" })
      .option("min-accuracy", { type: "number", default: 0, describe: "Exit 1 when question outcome accuracy is below this" })
      .example("$0 eval ../shared/gold/dev", "Accuracy table and confusion matrix")
      .example("$0 eval my-labels --errors", "Also list every mismatch (letter, question, expected, got, evidence)")
      .example("$0 eval corpus --json > eval.json", "Machine-readable report")
      .example("$0 eval ../shared/gold/dev --only p-", "Only the letters whose id starts with p-")
      .example("$0 eval ../shared/gold/dev --cv", "Rules against a model learned from the labels, 5 folds by letter"),
  run: async (args, io: Io) => {
    const floor = checkNumber("min-accuracy", args["min-accuracy"], 0, 1.01);
    // Loaded here, not with the CLI: the analysis pipeline and every extractor cost ~0.5 CPU-s to load,
    // which `analyze` (whose pipeline runs in the workers) would otherwise pay on the main thread too.
    const [{ evaluateFolder }, { formatReport }, { crossValidate, formatCv }] = await Promise.all([import("../../eval/run-eval.js"), import("../../eval/metrics.js"), import("../../eval/cv.js")]);
    const { report } = await evaluateFolder(args.gold, { only: args.only });
    // "--cv" alone gives no number (yargs leaves the key with an undefined value): five folds.
    const cv = "cv" in args ? await crossValidate(args.gold, { folds: args.cv !== undefined && Number.isFinite(args.cv) && args.cv >= 2 ? args.cv : 5, only: args.only }) : undefined;
    if (args.json) io.stdout.write(`${JSON.stringify(cv ? { ...report, crossValidation: cv } : report, null, 2)}
`);
    else io.stdout.write(`${formatReport(report, args.errors)}
${cv ? `
${formatCv(cv)}
` : ""}`);
    const failed = report.outcomeAccuracy < floor;
    if (failed) io.stderr.write(`foiscope: question outcome accuracy ${report.outcomeAccuracy.toFixed(3)} is under the floor ${floor}
`);
    return failed ? 1 : 0;
  },
};
