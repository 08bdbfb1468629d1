export interface CalibrationBin {
  from: number;
  to: number;
  customers: number;
  mean_predicted: number;
  observed_rate: number;
}

export interface Calibration {
  /** Expected calibration error: Σ (nᵦ / n) |mean predicted − observed rate| over the bins. */
  ece: number;
  bins: CalibrationBin[];
}

/**
 * Reliability table over `bins` equal-width probability bins (empty bins left out) and the
 * expected calibration error it implies.
 *
 * @example
 * calibrationTable([0.1, 0.9], [0, 1], 10).ece // => 0.1
 */
export function calibrationTable(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  bins = 10,
): Calibration {
  const count = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  const n = probabilities.length;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[b]!++;
    predicted[b]! += p;
    observed[b]! += labels[i]!;
  }
  let ece = 0;
  const table: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const c = count[b]!;
    if (c === 0) continue;
    const meanPredicted = predicted[b]! / c;
    const rate = observed[b]! / c;
    ece += (c / n) * Math.abs(meanPredicted - rate);
    table.push({
      from: b / bins,
      to: (b + 1) / bins,
      customers: c,
      mean_predicted: meanPredicted,
      observed_rate: rate,
    });
  }
  return { ece: n ? ece : Number.NaN, bins: table };
}
