import { closestName, PatronError } from '../../errors/index.ts';
import {
  type ClassifierReport,
  describeReason,
  type ModelKind,
  splitProtected,
  trainClassifier,
} from '../../models/classifiers/index.ts';
import { buildTable } from './build-table.ts';
import { parseTarget } from './parse-target.ts';
import { readCustomerTable } from './read-customer-table.ts';

export interface TrainTableOptions {
  file: string;
  target: string;
  id: string;
  model: ModelKind | 'auto';
  folds: number;
  seed: number;
  /** Protected columns to use on purpose. */
  includeProtected: readonly string[];
  classWeight?: 'balanced' | 'none';
  /** A date (YYYY-MM-DD) or number column: folds then train on earlier rows and test on later ones. */
  time?: string;
  /** Choose the threshold reaching this recall instead of the best F1. */
  targetRecall?: number;
  /** Score and explain every row (for --out); TreeSHAP up to 20,000 rows, path attribution above. */
  scoreRows?: boolean;
}

export interface TrainTableReport extends ClassifierReport {
  file: string;
  target: string;
  id: string;
  /** The columns the model was given. */
  inputs: string[];
  protected_excluded: { column: string; attribute: string }[];
  protected_included: { column: string; attribute: string }[];
  ignored: { column: string; reason: string }[];
}

export interface ScoredRow {
  id: string;
  score: number;
  reasons: string[];
}

/**
 * Trains and cross-validates a classifier on a customer CSV (one row per customer): the target
 * is 1/0 or yes/no, the id column and protected attributes (unless enabled) are not inputs.
 * Returns the report and, with `scoreRows`, every row's calibrated score and its top 3 reasons in words.
 *
 * @example
 * const { report } = await trainTable({ file: 'churn.csv', target: 'churned', id: 'customer_id', model: 'auto', folds: 5, seed: 1, includeProtected: [] });
 */
export async function trainTable(
  options: TrainTableOptions,
): Promise<{ report: TrainTableReport; scored: ScoredRow[] }> {
  const { file, target, id } = options;
  const raw = await readCustomerTable(file);
  for (const [flag, column] of [
    ['--target', target],
    ['--id', id],
    ...options.includeProtected.map((c) => ['--include-protected', c]),
    ...(options.time ? [['--time', options.time]] : []),
  ] as const) {
    if (raw.headers.includes(column)) continue;
    const near = closestName(column, raw.headers);
    throw new PatronError(
      'unknown_column',
      `${file} has no column "${column}" (given to ${flag}).${near ? ` Did you mean "${near}"?` : ''} Its columns are: ${raw.headers.join(', ')}.`,
      { file, column },
    );
  }
  if (raw.rows === 0) throw new PatronError('empty_table', `${file} has a header but no rows.`, { file });
  const ids = raw.cells[id]!;
  const seen = new Map<string, number>();
  ids.forEach((value, i) => {
    if (value === null)
      throw new PatronError(
        'missing_id',
        `${file} row ${i + 2}: ${id} is empty. Every customer needs an id.`,
        {
          file,
          row: i + 2,
          column: id,
        },
      );
    const first = seen.get(value);
    if (first !== undefined)
      throw new PatronError(
        'duplicate_id',
        `${file} rows ${first + 2} and ${i + 2} have the same ${id} "${value}". The table needs one row per customer.`,
        { file, row: i + 2, column: id },
      );
    seen.set(value, i);
  });
  const y = parseTarget(raw.cells[target]!, file, target);
  const times = options.time ? parseTimes(raw.cells[options.time]!, file, options.time) : undefined;
  const candidates = raw.headers.filter((h) => h !== target && h !== id && h !== options.time);
  const split = splitProtected(candidates, options.includeProtected);
  const { table, ignored } = buildTable(raw.cells, split.used, raw.rows);
  const trained = withFile(file, () =>
    trainClassifier(table, y, {
      model: options.model,
      folds: options.folds,
      seed: options.seed,
      target,
      ...(options.classWeight ? { classWeight: options.classWeight } : {}),
      ...(times ? { times } : {}),
      ...(options.targetRecall === undefined ? {} : { targetRecall: options.targetRecall }),
    }),
  );
  const explanations = options.scoreRows
    ? trained.explain(table, undefined, 3, table.n <= 20_000 ? 'treeshap' : 'path')
    : [];
  const scored = explanations.map((e, i) => ({
    id: ids[i]!,
    score: e.score,
    reasons: e.reasons.map((r) => describeReason(r)),
  }));
  return {
    report: {
      file,
      target,
      id,
      inputs: table.columns.map((c) => c.name),
      protected_excluded: split.excluded,
      protected_included: split.included_on_purpose,
      ignored,
      ...trained.report,
    },
    scored,
  };
}

/** A time column as numbers: ISO dates become days since 1970, plain numbers stay as they are. */
function parseTimes(values: readonly (string | null)[], file: string, column: string): Float64Array {
  return Float64Array.from(values, (value, i) => {
    const number =
      value === null
        ? Number.NaN
        : /^[+-]?\d+(\.\d+)?$/.test(value)
          ? Number(value)
          : Date.parse(value) / 86_400_000;
    if (Number.isFinite(number)) return number;
    throw new PatronError(
      'invalid_time',
      `${file} row ${i + 2}: ${column} is ${value === null ? 'empty' : `"${value}"`}; --time needs a date (YYYY-MM-DD) or a number on every row.`,
      { file, row: i + 2, column },
    );
  });
}

/** Runs `work`, adding the file to a PatronError's message and location (the model knows only columns). */
function withFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof PatronError)) throw error;
    throw new PatronError(
      error.code,
      `${file}: ${error.message}`,
      { ...error.location, file },
      error.details,
    );
  }
}
