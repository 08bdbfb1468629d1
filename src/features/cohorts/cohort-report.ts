import { z } from 'zod';
import { PatronError } from '../../errors/index.ts';
import { type Store, sql } from '../../store/index.ts';
import { resolveAsOf } from '../default-as-of.ts';
import { buildCohorts, type Cohort } from './build-cohorts.ts';
import { type CohortActivity, cohortActivitySql } from './cohort-activity-sql.ts';
import { CohortOptions, type CohortSplit } from './cohort-options.ts';

export interface CohortReport {
  as_of: string | null;
  by: CohortSplit;
  /** Arrays run over months 0..months after acquisition. */
  months: number;
  cohorts: Cohort[];
}

/**
 * Customers grouped by acquisition month (optionally split by first category or channel), with a
 * retention matrix and a revenue-per-customer matrix over the months after acquisition.
 *
 * @example
 * const r = await cohortReport(store, { by: 'channel', months: 6 });
 * // r.cohorts[0]: { label: '2024-11 · online', size: 96, retention: [1, 0.31, …], revenue_per_customer: [18.2, 4.1, …] }
 */
export async function cohortReport(store: Store, options: CohortOptions = {}): Promise<CohortReport> {
  const checked = CohortOptions.safeParse(options);
  if (!checked.success) {
    const issues = z.prettifyError(checked.error);
    throw new PatronError('invalid_cohort_options', `The cohort report cannot be made: ${issues}`);
  }
  const { by, months } = checked.data;
  const features = await store.one<{ d: string | null }>(
    sql`SELECT strftime(max(as_of), '%Y-%m-%d') AS d FROM customer_features`,
  );
  const asOf = checked.data.asOf ?? features?.d ?? (await resolveAsOf(store));
  if (asOf === null) return { as_of: null, by, months, cohorts: [] };
  // The month of the last day counted: later months are not seen yet.
  const lastMonth = new Date(Date.parse(`${asOf}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
  const activity = await store.all<CohortActivity>(cohortActivitySql(asOf, by, months));
  return { as_of: asOf, by, months, cohorts: buildCohorts(activity, lastMonth, months) };
}
