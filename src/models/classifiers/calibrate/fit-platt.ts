import { sigmoid } from '../logistic/sigmoid.ts';
import type { Calibrator } from './calibrator.ts';

/**
 * Platt scaling on log-odds margins: p = σ(a·margin + b), fitted by Newton's method with Platt's
 * (1999) smoothed targets so a perfectly separated fold cannot drive a to infinity.
 *
 * @example
 * const calibrate = fitPlatt(margins, labels); calibrate.apply(0.3)
 */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): Calibrator {
  const n = margins.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i]!;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (n - positives + 2);
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-12;
    let h01 = 0;
    let h11 = 1e-12;
    for (let i = 0; i < n; i++) {
      const m = margins[i]!;
      const p = sigmoid(a * m + b);
      const t = labels[i] === 1 ? hi : lo;
      const w = p * (1 - p);
      g0 += (p - t) * m;
      g1 += p - t;
      h00 += w * m * m;
      h01 += w * m;
      h11 += w;
    }
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-300)) break;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { method: 'platt', apply: (m) => sigmoid(a * m + b) };
}
