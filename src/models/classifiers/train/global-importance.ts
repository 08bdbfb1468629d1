import type { Table } from '../table/table.ts';
import type { ColumnContributions } from './fit-classifier.ts';

export interface FeatureImportance {
  feature: string;
  /** Mean |contribution| in log-odds over the rows explained (mean |SHAP| for trees). */
  importance: number;
  /** For numeric columns: whether higher values tend to raise or lower the score. */
  direction: 'higher raises' | 'higher lowers' | 'mixed' | null;
}

/**
 * Global importance from per-row contributions, largest first. The direction is the sign of the
 * correlation between a numeric column's values and its contributions.
 */
export function globalImportance(
  table: Table,
  contributions: ColumnContributions,
  rows: ArrayLike<number>,
): FeatureImportance[] {
  const { values, columns } = contributions;
  const n = rows.length;
  return table.columns
    .map((column, c) => {
      let total = 0;
      for (let r = 0; r < n; r++) total += Math.abs(values[r * columns + c]!);
      let direction: FeatureImportance['direction'] = null;
      if (column.kind === 'numeric') {
        const xs: number[] = [];
        const cs: number[] = [];
        for (let r = 0; r < n; r++) {
          const v = column.values[rows[r] as number]!;
          if (!Number.isNaN(v)) [xs.push(v), cs.push(values[r * columns + c]!)];
        }
        const rho = correlation(xs, cs);
        direction = rho > 0.3 ? 'higher raises' : rho < -0.3 ? 'higher lowers' : total > 0 ? 'mixed' : null;
      }
      return { feature: column.name, importance: n ? total / n : 0, direction };
    })
    .sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1));
}

function correlation(a: number[], b: number[]): number {
  const n = a.length;
  if (n < 2) return 0;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
