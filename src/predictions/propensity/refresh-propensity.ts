import { randomUUID } from 'node:crypto';
import { type ClassifierReport, describeReasons, trainClassifier } from '../../models/classifiers/index.ts';
import { SeededRandom } from '../../models/random/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { planSnapshots } from './plan-snapshots.ts';
import { PROPENSITY_FEATURES, phraseFeature } from './propensity-features.ts';
import { readSnapshot, type Snapshot } from './read-snapshot.ts';
import { writePropensityRun } from './write-propensity-run.ts';

export interface PropensityOptions {
  /** "Orders in the next N days" (default 90). */
  horizonDays?: number;
  /** Scoring date, YYYY-MM-DD: orders before it count (default: the day after the last order). */
  asOf?: string;
  seed?: number;
}

export interface PropensityRun {
  run_id: string;
  status: 'trained' | 'skipped';
  /** Why nothing was stored, when skipped. */
  reason: string | null;
  as_of: string | null;
  horizon_days: number;
  customers_scored: number;
  snapshots: { date: string; customers: number; ordered_in_horizon: number }[];
  /** Snapshot rows the model was trained on (a seeded sample past MAX_TRAINING_ROWS). */
  training_rows: number;
  /** Share of customers read per snapshot (1 unless the shop is large; chosen by a hash of the id). */
  training_sample_share: number;
  explanation_method: string | null;
  report: ClassifierReport | null;
}

/** Training snapshot rows kept (a seeded random sample above this), so a refresh stays quick. */
export const MAX_TRAINING_ROWS = 20_000;

/** Customers scored and explained at a time. */
const SCORE_CHUNK = 50_000;

/** Below this many customers with orders, a propensity model is not trained. */
export const MIN_PROPENSITY_CUSTOMERS = 50;

/**
 * Purchase propensity, "orders in the next N days": builds snapshots of every customer's
 * behaviour at past dates (asOf − N, asOf − 2N, …) labelled by whether they ordered in the N days
 * after, cross-validates logistic regression and GBDT on them (time-aware folds with 3+ snapshots),
 * keeps the better by AUC, and scores every customer at asOf with reasons in words. Stores the run
 * and the scores; with too little data it records why and stores no scores. Never throws for
 * small or one-sided data.
 *
 * @example
 * const run = await refreshPropensity(store, { horizonDays: 90 });
 */
export async function refreshPropensity(
  store: Store,
  options: PropensityOptions = {},
): Promise<PropensityRun> {
  const horizonDays = options.horizonDays ?? 90;
  const seed = options.seed ?? 1;
  const span = await store.one<{ first: string | null; next: string | null }>(sql`SELECT
      strftime(CAST(min(ordered_at) AS DATE), '%Y-%m-%d') AS first,
      strftime(CAST(max(ordered_at) AS DATE) + INTERVAL 1 DAY, '%Y-%m-%d') AS next
    FROM orders WHERE kind = 'sale' AND customer_id IS NOT NULL`);
  const asOf = options.asOf ?? span?.next ?? null;
  const run: PropensityRun = {
    run_id: `propensity-${randomUUID()}`,
    status: 'skipped',
    reason: null,
    as_of: asOf,
    horizon_days: horizonDays,
    customers_scored: 0,
    snapshots: [],
    training_rows: 0,
    training_sample_share: 1,
    explanation_method: null,
    report: null,
  };
  const inputs = {
    features: [...PROPENSITY_FEATURES],
    horizon_days: horizonDays,
    seed,
    protected_excluded: [],
  };
  const skip = async (reason: string) => {
    run.reason = reason;
    await writePropensityRun(
      store,
      { runId: run.run_id, model: 'none', asOf, inputs, report: run, horizonDays },
      [],
    );
    return run;
  };
  if (!asOf || !span?.first) return skip('There are no orders with a customer yet.');
  const current = await readSnapshot(store, asOf, horizonDays);
  if (current.table.n < MIN_PROPENSITY_CUSTOMERS)
    return skip(
      `Only ${current.table.n} customers have ordered before ${asOf}; propensity needs at least ${MIN_PROPENSITY_CUSTOMERS}.`,
    );
  const dates = planSnapshots(asOf, span.first, horizonDays);
  if (dates.length === 0)
    return skip(
      `The orders span less than ${horizonDays} days plus 30 days of history; there is no past ${horizonDays}-day window to learn from. A shorter horizon or more history would help.`,
    );
  // Large shops: read only a hashed share of customers per snapshot, about twice what training keeps.
  const share = Math.min(1, (2 * MAX_TRAINING_ROWS) / (current.table.n * dates.length));
  run.training_sample_share = share;
  const snapshots: Snapshot[] = [];
  for (const day of dates) snapshots.push(await readSnapshot(store, day, horizonDays, share));
  run.snapshots = snapshots.map((s) => ({
    date: s.day,
    customers: s.table.n,
    ordered_in_horizon: s.labels.reduce((a, b) => a + b, 0),
  }));
  const training = capRows(stackSnapshots(snapshots), MAX_TRAINING_ROWS, seed);
  const positives = training.labels.reduce((a, b) => a + b, 0);
  const negatives = training.labels.length - positives;
  if (Math.min(positives, negatives) < 5)
    return skip(
      `In the past windows ${positives} customer snapshots ordered within ${horizonDays} days and ${negatives} did not; at least 5 of each are needed.`,
    );
  const trained = trainClassifier(training.table, training.labels, {
    model: 'auto',
    seed,
    folds: snapshots.length >= 3 ? Math.min(5, snapshots.length - 1) : 5,
    ...(snapshots.length >= 3 ? { times: training.times } : {}),
    target: `ordered_within_${horizonDays}_days`,
    importanceRows: 1000,
    // Eleven behaviour features need no deep trees; smaller ones keep TreeSHAP about 5× cheaper.
    gbdt: { maxLeaves: 15, maxDepth: 5 },
  });
  const outcome = `order in the next ${horizonDays} days`;
  // Exact TreeSHAP costs O(leaves × depth²) per tree and row (about 10 µs here); past 20k customers,
  // the O(depth) path attribution keeps a refresh after each import quick.
  const method = current.table.n <= 20_000 ? 'treeshap' : 'path';
  // Scored and explained in chunks, written as they come, so a million customers fit in memory.
  function* scores() {
    for (let start = 0; start < current.table.n; start += SCORE_CHUNK) {
      const rows = Uint32Array.from(
        { length: Math.min(SCORE_CHUNK, current.table.n - start) },
        (_, k) => start + k,
      );
      const explanations = trained.explain(current.table, rows, 3, method);
      for (const [k, e] of explanations.entries()) {
        yield {
          customerId: current.customerIds[start + k]!,
          probability: e.score,
          explanation: {
            text: describeReasons(e.reasons, { outcome, phrase: phraseFeature }),
            reasons: e.reasons,
          },
        };
      }
    }
  }
  run.status = 'trained';
  run.customers_scored = current.table.n;
  run.report = trained.report;
  run.explanation_method = trained.report.model === 'logreg' ? 'coefficient × (value − mean)' : method;
  run.training_rows = training.labels.length;
  await writePropensityRun(
    store,
    { runId: run.run_id, model: trained.report.model, asOf, inputs, report: run, horizonDays },
    scores(),
  );
  return run;
}

/** All snapshots as one training table, with each row's snapshot day number for time-aware folds. */
function stackSnapshots(snapshots: readonly Snapshot[]) {
  const n = snapshots.reduce((a, s) => a + s.table.n, 0);
  const columns = PROPENSITY_FEATURES.map((name, c) => {
    const values = new Float64Array(n);
    let at = 0;
    for (const s of snapshots) {
      values.set(s.table.columns[c]!.values as Float64Array, at);
      at += s.table.n;
    }
    return { name, kind: 'numeric' as const, values };
  });
  const labels = new Float64Array(n);
  const times = new Float64Array(n);
  let at = 0;
  for (const s of snapshots) {
    labels.set(s.labels, at);
    times.fill(Date.parse(`${s.day}T00:00:00Z`) / 86_400_000, at, at + s.table.n);
    at += s.table.n;
  }
  return { table: { n, columns }, labels, times };
}

/** At most `limit` rows, a seeded random sample kept in order. */
function capRows(stacked: ReturnType<typeof stackSnapshots>, limit: number, seed: number) {
  const n = stacked.labels.length;
  if (n <= limit) return stacked;
  const random = new SeededRandom(seed, 505);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const keep = order.slice(0, limit).sort();
  const pick = (values: Float64Array) => Float64Array.from(keep, (i) => values[i]!);
  return {
    table: {
      n: limit,
      columns: stacked.table.columns.map((c) => ({ ...c, values: pick(c.values) })),
    },
    labels: pick(stacked.labels),
    times: pick(stacked.times),
  };
}
