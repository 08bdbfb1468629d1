import { type Sql, type Store, sql } from '../../store/index.ts';
import type { ColumnPlan } from './field-exprs.ts';
import { inferDateFormat } from './infer-date-format.ts';

/**
 * Date columns whose sample looked ISO were parsed as ISO without a separate pass. If any value
 * then failed to parse, infer those columns from all their values; true means parse again.
 */
export async function confirmDates(
  store: Store,
  typed: Sql,
  rawTable: string,
  plan: ColumnPlan,
  header: (field: string) => string,
  file: string,
  dateOrder?: 'MDY' | 'DMY',
): Promise<boolean> {
  if (plan.tentative.length === 0) return false;
  const row = await store.one<{ n: bigint }>(
    sql`SELECT count(*) FILTER (WHERE date_miss) AS n FROM ${typed}`,
  );
  const tentative = plan.tentative;
  plan.tentative = [];
  if (Number(row?.n ?? 0) === 0) return false;
  for (const field of tentative) {
    const raw = plan.raw[field] as Sql;
    plan.dates[field] = (
      await inferDateFormat(store, rawTable, raw, header(field), file, undefined, dateOrder)
    ).family;
  }
  return true;
}
