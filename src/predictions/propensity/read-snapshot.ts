import type { Table } from '../../models/classifiers/index.ts';
import type { Store } from '../../store/index.ts';
import { PROPENSITY_FEATURES } from './propensity-features.ts';
import { snapshotFeaturesSql } from './snapshot-features-sql.ts';

export interface Snapshot {
  day: string;
  customerIds: bigint[];
  table: Table;
  labels: Float64Array;
}

/** The propensity features (and labels) of every customer with a sale before `day` (or a hashed share of them). */
export async function readSnapshot(
  store: Store,
  day: string,
  horizonDays: number,
  sampleShare = 1,
): Promise<Snapshot> {
  const columns = await store.columns(snapshotFeaturesSql(day, horizonDays, sampleShare));
  const ids = (columns.customer_id ?? []).map((v) => BigInt(v as number | bigint));
  const toNumbers = (values: unknown[] | undefined) =>
    Float64Array.from(values ?? [], (v) => (v === null || v === undefined ? Number.NaN : Number(v)));
  return {
    day,
    customerIds: ids,
    table: {
      n: ids.length,
      columns: PROPENSITY_FEATURES.map((name) => ({
        name,
        kind: 'numeric' as const,
        values: toNumbers(columns[name]),
      })),
    },
    labels: toNumbers(columns.label),
  };
}
