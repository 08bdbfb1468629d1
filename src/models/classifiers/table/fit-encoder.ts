import type { DesignMatrix } from './design-matrix.ts';
import type { Table, TableColumn } from './table.ts';

/** How a model wants its inputs: `linear` one-hot encodes and standardises; `tree` keeps raw values. */
export type EncodingKind = 'linear' | 'tree';

export interface EncoderOptions {
  kind: EncodingKind;
  /** Levels seen fewer times than this in training are grouped as "(other)". */
  minLevelCount?: number;
}

export const OTHER_LEVEL = '(other)';
/** Most levels a categorical column keeps of its own; the rest join "(other)". */
export const MAX_LEVELS = 50;
export const MISSING_LEVEL = '(missing)';

type ColumnPlan =
  | { kind: 'numeric'; mean: number; sd: number; missingIndicator: boolean }
  | { kind: 'categorical'; levels: Map<string, number>; levelNames: string[] };

export interface Encoder {
  names: readonly string[];
  /** For each encoded column, the table column it came from. */
  sources: Int32Array;
  /** The training mean of each encoded column (the reference point for linear contributions). */
  means: Float64Array;
  transform(table: Table, rows?: ArrayLike<number>): DesignMatrix;
}

/**
 * Learns an encoding from the training rows only (so cross-validation never peeks at a held-out
 * fold). `linear`: numeric columns standardised, missing values set to the mean with a `_missing`
 * indicator; categoricals one-hot, with rare, unseen and beyond-the-50th levels grouped as
 * "(other)". `tree`: numeric columns kept (NaN routed by the tree), categoricals as ordinal codes
 * ordered by their training positive rate.
 *
 * @example
 * const encoder = fitEncoder(table, trainRows, y, { kind: 'linear' });
 * const x = encoder.transform(table, testRows);
 */
export function fitEncoder(
  table: Table,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  options: EncoderOptions,
): Encoder {
  const minCount = options.minLevelCount ?? Math.max(5, Math.ceil(rows.length * 0.005));
  const plans = table.columns.map((c) => planColumn(c, rows, y, options.kind, minCount));
  const names: string[] = [];
  const sources: number[] = [];
  plans.forEach((plan, c) => {
    const name = table.columns[c]!.name;
    if (plan.kind === 'numeric') {
      names.push(name);
      sources.push(c);
      if (plan.missingIndicator) {
        names.push(`${name}_missing`);
        sources.push(c);
      }
    } else if (options.kind === 'tree') {
      names.push(name);
      sources.push(c);
    } else {
      for (const level of plan.levelNames) {
        names.push(`${name}=${level}`);
        sources.push(c);
      }
    }
  });
  const sourceArray = Int32Array.from(sources);
  const transform = (t: Table, subset?: ArrayLike<number>): DesignMatrix => {
    const rowList = subset ?? { length: t.n };
    const n = rowList.length;
    const d = names.length;
    const data = new Float64Array(n * d);
    let offset = 0;
    plans.forEach((plan, c) => {
      const column = t.columns[c]!;
      const width = encodedWidth(plan, options.kind);
      for (let r = 0; r < n; r++) {
        const i = subset ? (subset[r] as number) : r;
        encodeValue(column, plan, options.kind, i, data, r * d + offset);
      }
      offset += width;
    });
    return { data, n, d, names, sources: sourceArray };
  };
  const trainMatrix = transform(table, rows);
  const means = new Float64Array(names.length);
  for (let j = 0; j < names.length; j++) {
    let sum = 0;
    let count = 0;
    for (let r = 0; r < trainMatrix.n; r++) {
      const v = trainMatrix.data[r * trainMatrix.d + j]!;
      if (!Number.isNaN(v)) [sum, count] = [sum + v, count + 1];
    }
    means[j] = count ? sum / count : 0;
  }
  return { names, sources: sourceArray, means, transform };
}

function encodedWidth(plan: ColumnPlan, kind: EncodingKind): number {
  if (plan.kind === 'numeric') return plan.missingIndicator ? 2 : 1;
  return kind === 'tree' ? 1 : plan.levelNames.length;
}

function planColumn(
  column: TableColumn,
  rows: ArrayLike<number>,
  y: ArrayLike<number>,
  kind: EncodingKind,
  minCount: number,
): ColumnPlan {
  if (column.kind === 'numeric') {
    let sum = 0;
    let sumSq = 0;
    let count = 0;
    for (let r = 0; r < rows.length; r++) {
      const v = column.values[rows[r] as number]!;
      if (Number.isNaN(v)) continue;
      sum += v;
      sumSq += v * v;
      count++;
    }
    const mean = count ? sum / count : 0;
    const variance = count ? Math.max(0, sumSq / count - mean * mean) : 0;
    // A constant column gets sd 1 so it encodes as zeros instead of dividing by zero.
    const sd = variance > 1e-24 ? Math.sqrt(variance) : 1;
    return { kind: 'numeric', mean, sd, missingIndicator: kind === 'linear' && count < rows.length };
  }
  const counts = new Map<string, { count: number; positives: number }>();
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r] as number;
    const level = column.values[i] ?? MISSING_LEVEL;
    const entry = counts.get(level) ?? { count: 0, positives: 0 };
    entry.count++;
    entry.positives += y[i] as number;
    counts.set(level, entry);
  }
  // At most MAX_LEVELS levels of their own (the most frequent), so one-hot width stays bounded.
  const frequent = new Set(
    [...counts]
      .filter(([level, s]) => s.count >= minCount || level === MISSING_LEVEL)
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_LEVELS)
      .map(([level]) => level),
  );
  const kept = [...counts].filter(([level]) => frequent.has(level));
  const other = [...counts].filter(([level]) => !frequent.has(level));
  const otherStats = other.reduce(
    (a, [, s]) => ({ count: a.count + s.count, positives: a.positives + s.positives }),
    {
      count: 0,
      positives: 0,
    },
  );
  const ranked: [string, { count: number; positives: number }][] = [...kept, [OTHER_LEVEL, otherStats]];
  // Trees split ordinal codes best when levels are ordered by their positive rate (smoothed).
  if (kind === 'tree') ranked.sort((a, b) => rate(a[1]) - rate(b[1]) || (a[0] < b[0] ? -1 : 1));
  else ranked.sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const levelNames = ranked.map(([level]) => level);
  return { kind: 'categorical', levelNames, levels: new Map(levelNames.map((l, k) => [l, k])) };
}

function rate(s: { count: number; positives: number }): number {
  return (s.positives + 0.5) / (s.count + 1);
}

function encodeValue(
  column: TableColumn,
  plan: ColumnPlan,
  kind: EncodingKind,
  i: number,
  out: Float64Array,
  at: number,
): void {
  if (plan.kind === 'numeric') {
    const v = (column.values as Float64Array)[i]!;
    if (kind === 'tree') out[at] = v;
    else {
      out[at] = Number.isNaN(v) ? 0 : (v - plan.mean) / plan.sd;
      if (plan.missingIndicator) out[at + 1] = Number.isNaN(v) ? 1 : 0;
    }
    return;
  }
  const raw = (column.values as readonly (string | null)[])[i] ?? MISSING_LEVEL;
  const code = plan.levels.get(raw) ?? plan.levels.get(OTHER_LEVEL)!;
  if (kind === 'tree') out[at] = code;
  else out[at + code] = 1;
}
