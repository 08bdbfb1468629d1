import cliProgress from 'cli-progress';
import type { ImportStage } from '../ingest/index.ts';

// Share of the whole import each stage ends at (reading a file is most of the work).
const STAGE_END: Record<ImportStage, [number, number]> = {
  reading: [0, 55],
  parsing: [55, 75],
  matching: [75, 85],
  loading: [85, 100],
};

/**
 * A progress bar on an interactive terminal (stage, percent, rows, rows/s, ETA); nothing when
 * output is piped or JSON was asked for.
 */
export function importProgress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY)
    return { update: (_s: ImportStage, _f: number, _r?: number) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: '{stage} [{bar}] {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let rows = 0;
  bar.start(100, 0, { stage: 'reading '.padEnd(8), rows: '…', speed: '…' });
  return {
    update(stage: ImportStage, fraction: number, knownRows?: number) {
      if (knownRows !== undefined) rows = knownRows;
      const [from, to] = STAGE_END[stage];
      const done = from + (to - from) * Math.min(Math.max(fraction, 0), 1);
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const speed = rows > 0 ? Math.round(rows / seconds).toLocaleString('en-GB') : '…';
      bar.update(Math.round(done), {
        stage: stage.padEnd(8),
        rows: rows > 0 ? rows.toLocaleString('en-GB') : '…',
        speed,
      });
    },
    stop() {
      bar.stop();
    },
  };
}
