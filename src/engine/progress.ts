import cliProgress from "cli-progress";

export interface ProgressCounts {
  done: number;
  analysed: number;
  reused: number;
  errors: number;
}

/** Where the engine reports how far it has got. */
export interface ProgressSink {
  start(total: number): void;
  update(counts: ProgressCounts): void;
  stop(): void;
}

export const silentProgress: ProgressSink = { start() {}, update() {}, stop() {} };

/** A bar on stderr with rate and ETA; only ever used when stderr is a terminal. */
export function terminalProgress(stream: NodeJS.WritableStream = process.stderr): ProgressSink {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {eta_formatted} | analysed {analysed}, reused {reused}, errors {errors}",
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let began = 0;
  return {
    start(total) {
      began = Date.now();
      bar.start(total, 0, { rate: "0", analysed: 0, reused: 0, errors: 0 });
    },
    update(c) {
      const seconds = (Date.now() - began) / 1000;
      bar.update(c.done, { rate: seconds > 0 ? (c.done / seconds).toFixed(0) : "0", analysed: c.analysed, reused: c.reused, errors: c.errors });
    },
    stop() {
      bar.stop();
    },
  };
}
