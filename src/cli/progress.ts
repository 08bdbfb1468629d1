import cliProgress from 'cli-progress';
import type { ImportStage } from '../ingest/index.ts';

/**
 * A progress bar on an interactive terminal (stage, percent, MB/s, ETA); nothing when output
 * is piped or JSON was asked for.
 */
export function importProgress(enabled: boolean, fileBytes: number) {
  if (!enabled || !process.stderr.isTTY)
    return { update: (_s: ImportStage, _f: number) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: '{stage} [{bar}] {percentage}% | {speed} MB/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(100, 0, { stage: 'reading'.padEnd(8), speed: '0.0' });
  return {
    update(stage: ImportStage, fraction: number) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const done = stage === 'reading' ? fraction : 1;
      const overall =
        stage === 'reading'
          ? fraction * 60
          : stage === 'parsing'
            ? 70
            : stage === 'matching'
              ? 80
              : 90 + fraction * 10;
      bar.update(Math.round(overall), {
        stage: stage.padEnd(8),
        speed: ((done * fileBytes) / 1e6 / seconds).toFixed(1),
      });
    },
    stop() {
      bar.stop();
    },
  };
}
