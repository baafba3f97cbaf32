/**
 * The build's progress bar on stderr, with rate and ETA (cli-progress). Quiet when stderr is not
 * a terminal or under CI, so logs and pipes get only the summary line.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** `count` more articles done (default 1). */
  tick(count?: number): void;
  stop(): void;
}

export function progressBar(total: number, what: string): Progress {
  if (!process.stderr.isTTY || process.env.CI) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${what} [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted}`,
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const start = performance.now();
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick(count = 1) {
      const seconds = (performance.now() - start) / 1000;
      bar.increment(count, { rate: ((bar.getProgress() * total) / Math.max(seconds, 0.001)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
