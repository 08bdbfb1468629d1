import { readFileSync } from 'node:fs';
import { sharedData } from './shared-data.ts';

/** CDNOW's published summary (weeks, calibration ends 1997-09-30), as parallel arrays. */
export function readCdnowSummary(): { x: number[]; tx: number[]; T: number[]; zbar: number[] } {
  const lines = readFileSync(sharedData('cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const rows = lines.map((l) => l.split(',').map(Number));
  return {
    x: rows.map((r) => r[1] as number),
    tx: rows.map((r) => r[2] as number),
    T: rows.map((r) => r[3] as number),
    zbar: rows.map((r) => r[4] as number),
  };
}
