import { PatronError } from '../errors/index.ts';
import type { FeatureTable } from './feature-table.ts';
import { type ColumnTransform, type MatrixTransform, NO_ANSWER, OTHER_LEVEL } from './matrix-transform.ts';

export interface PrepareOptions {
  /** log1p inputs marked as skewed (money and counts). */
  log: boolean;
  /** Winsorising percentiles, e.g. [0.01, 0.99]; null to keep extremes. */
  winsor: [number, number] | null;
  /** Divide by the standard deviation after centring (z-scores). */
  scale: boolean;
  /** Missing numbers: fill with the median (store features) or refuse (a CSV "as given"). */
  missing: 'median' | 'refuse';
  /** Most frequent levels kept per categorical input; the rest are pooled. */
  maxLevels?: number;
}

/**
 * Learns how to turn a feature table into a numeric matrix: log1p, winsorising bounds, means and
 * standard deviations for numbers; levels, shares and a weight for categories (weighted one-hot).
 * Refuses NaN and infinite values with the row and feature when `missing` is 'refuse'.
 *
 * @example
 * const transform = fitTransform(table, { log: true, winsor: [0.01, 0.99], scale: true, missing: 'median' });
 */
export function fitTransform(table: FeatureTable, options: PrepareOptions): MatrixTransform {
  const n = table.ids.length;
  const columns: ColumnTransform[] = table.specs.map((spec, j) => {
    const numbers = table.numeric[j];
    if (spec.kind === 'numeric' && numbers) {
      const observed: number[] = [];
      for (let i = 0; i < n; i++) {
        const v = numbers[i] as number;
        if (Number.isFinite(v)) observed.push(spec.log && options.log ? Math.log1p(Math.max(v, 0)) : v);
        else if (options.missing === 'refuse' || !Number.isNaN(v)) {
          throw new PatronError(
            'invalid_value',
            `Row ${i + 1} (id ${table.ids[i]}), feature '${spec.name}' is ${Number.isNaN(v) ? 'missing or not a number' : v}; clustering needs a finite number in every cell. Fill or drop that row.`,
            { row: i + 1, column: spec.name },
          );
        }
      }
      observed.sort((a, b) => a - b);
      const fill = observed.length ? quantile(observed, 0.5) : 0;
      const [lower, upper] = options.winsor
        ? [quantile(observed, options.winsor[0]), quantile(observed, options.winsor[1])]
        : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
      let mean = 0;
      for (let i = 0; i < n; i++) mean += clampValue(i, numbers, spec.log && options.log, fill, lower, upper);
      mean /= Math.max(n, 1);
      let variance = 0;
      for (let i = 0; i < n; i++)
        variance += (clampValue(i, numbers, spec.log && options.log, fill, lower, upper) - mean) ** 2;
      const sd = Math.sqrt(variance / Math.max(n, 1));
      return {
        name: spec.name,
        kind: 'numeric',
        log: spec.log && options.log,
        lower,
        upper,
        mean: options.scale ? mean : 0,
        sd: options.scale && sd > 0 ? sd : 1,
        fill: options.missing === 'median' ? fill : null,
      };
    }
    const values = table.text[j] ?? [];
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v ?? NO_ANSWER, (counts.get(v ?? NO_ANSWER) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const keep = options.maxLevels ?? 20;
    const levels = ranked.slice(0, keep).map(([level]) => level);
    if (ranked.length > keep) levels.push(OTHER_LEVEL);
    const shares = levels.map((level) =>
      level === OTHER_LEVEL
        ? ranked.slice(keep).reduce((s, [, c]) => s + c, 0) / n
        : (counts.get(level) ?? 0) / n,
    );
    const spread = 1 - shares.reduce((s, p) => s + p * p, 0);
    return {
      name: spec.name,
      kind: 'categorical',
      levels,
      shares,
      weight: options.scale ? (spread > 1e-12 ? 1 / Math.sqrt(spread) : 0) : 1,
    };
  });
  const width = columns.reduce((w, c) => w + (c.kind === 'numeric' ? 1 : c.levels.length), 0);
  return { columns, width };
}

function clampValue(
  i: number,
  numbers: Float64Array,
  log: boolean,
  fill: number,
  lower: number,
  upper: number,
): number {
  const raw = numbers[i] as number;
  const v = Number.isFinite(raw) ? (log ? Math.log1p(Math.max(raw, 0)) : raw) : fill;
  return Math.min(Math.max(v, lower), upper);
}

/** Linear-interpolation quantile of sorted values (numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
