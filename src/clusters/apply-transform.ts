import type { Points } from '../models/kmeans/index.ts';
import type { FeatureTable } from './feature-table.ts';
import { type MatrixTransform, NO_ANSWER, OTHER_LEVEL } from './matrix-transform.ts';

/**
 * Prepares a feature table with a learnt transform: the matrix the model sees. Used at fit time
 * and for new customers, so both are prepared identically. Missing numbers take the fill value.
 *
 * @example
 * const points = applyTransform(transform, table); // points.d === transform.width
 */
export function applyTransform(transform: MatrixTransform, table: FeatureTable): Points {
  const n = table.ids.length;
  const d = transform.width;
  const data = new Float64Array(n * d);
  let offset = 0;
  transform.columns.forEach((column, j) => {
    if (column.kind === 'numeric') {
      const numbers = table.numeric[j];
      for (let i = 0; i < n; i++) {
        const raw = numbers ? (numbers[i] as number) : Number.NaN;
        let v = Number.isFinite(raw)
          ? column.log
            ? Math.log1p(Math.max(raw, 0))
            : raw
          : (column.fill ?? Number.NaN);
        v = Math.min(Math.max(v, column.lower), column.upper);
        data[i * d + offset] = (v - column.mean) / column.sd;
      }
      offset += 1;
      return;
    }
    const values = table.text[j];
    const index = new Map(column.levels.map((level, l) => [level, l]));
    const other = index.get(OTHER_LEVEL);
    for (let i = 0; i < n; i++) {
      const level = index.get(values?.[i] ?? NO_ANSWER) ?? other;
      for (let l = 0; l < column.levels.length; l++)
        data[i * d + offset + l] = ((level === l ? 1 : 0) - (column.shares[l] as number)) * column.weight;
    }
    offset += column.levels.length;
  });
  return { data, n, d };
}
