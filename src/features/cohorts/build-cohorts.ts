import type { CohortActivity } from './cohort-activity-sql.ts';

/** One cohort, ready for JSON: arrays are indexed by months after acquisition, null where not yet seen. */
export interface Cohort {
  label: string;
  /** Acquisition month, `YYYY-MM`. */
  month: string;
  /** The category or channel the cohort is split by; null when split by month only. */
  group: string | null;
  size: number;
  /** Share of the cohort with a sale in month k. */
  retention: (number | null)[];
  /** Net revenue in month k divided by the cohort size. */
  revenue_per_customer: (number | null)[];
}

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * Turns activity rows into cohorts with retention and revenue-per-customer arrays for
 * k = 0..`months`. Months after `lastMonth` (the month of the last day counted) are null: not
 * zero, just not seen yet. Cohorts come by month, then group name.
 *
 * @example
 * buildCohorts([{ month: '2024-01', cohort_group: null, k: 0, customers: 2, revenue: 29 }], '2024-01', 1)
 * // => [{ label: '2024-01', month: '2024-01', group: null, size: 2, retention: [1, null], revenue_per_customer: [14.5, null] }]
 */
export function buildCohorts(
  activity: readonly CohortActivity[],
  lastMonth: string,
  months: number,
): Cohort[] {
  const cohorts = new Map<string, Cohort>();
  const sorted = [...activity].sort((a, b) => a.k - b.k);
  for (const row of sorted) {
    const key = `${row.month}\u0000${row.cohort_group ?? ''}`;
    let cohort = cohorts.get(key);
    if (cohort === undefined) {
      // Every member has a sale in their acquisition month, so the k = 0 row comes first and counts them all.
      const seen = monthNumber(lastMonth) - monthNumber(row.month);
      const blank = Array.from({ length: months + 1 }, (_, k) => (k <= seen ? 0 : null));
      cohort = {
        label: row.cohort_group === null ? row.month : `${row.month} · ${row.cohort_group}`,
        month: row.month,
        group: row.cohort_group,
        size: row.customers,
        retention: [...blank],
        revenue_per_customer: [...blank],
      };
      cohorts.set(key, cohort);
    }
    if (row.k > months || cohort.retention[row.k] === null || cohort.size === 0) continue;
    cohort.retention[row.k] = round(row.customers / cohort.size, 6);
    cohort.revenue_per_customer[row.k] = round(row.revenue / cohort.size, 4);
  }
  return [...cohorts.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || (a.group ?? '').localeCompare(b.group ?? ''),
  );
}
