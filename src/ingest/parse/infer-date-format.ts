import { PatronError } from '../../errors/index.ts';
import { type Sql, type Store, sql } from '../../store/index.ts';
import { dateExpr } from './date-expr.ts';
import { type DateFamily, DMY, FAMILIES, familyFromOption, MDY } from './date-formats.ts';

export interface DateInference {
  family: DateFamily;
  /** Distinct non-empty values and how many of them the family reads. */
  distinct: number;
  parsed: number;
}

/**
 * Chooses how to read one date column from all of its distinct values. A column that reads
 * equally well as day/month and month/day is ambiguous: that is an error, never a guess.
 */
export async function inferDateFormat(
  store: Store,
  table: string,
  raw: Sql,
  column: string,
  file: string,
  override?: string,
): Promise<DateInference> {
  const candidates = override ? [familyFromOption(override)] : FAMILIES;
  const counts = sql.join(
    candidates.map((f, i) => sql`count(${dateExpr(sql.trusted('v'), f)}) AS ${sql.ident(`f${i}`)}`),
  );
  const row = await store.one<Record<string, bigint | number>>(
    sql`SELECT count(*) AS n, ${counts} FROM (SELECT DISTINCT ${raw} AS v FROM ${sql.ident(table)} WHERE nullif(trim(${raw}), '') IS NOT NULL)`,
  );
  const distinct = Number(row?.n ?? 0);
  const scored = candidates.map((family, i) => ({ family, distinct, parsed: Number(row?.[`f${i}`] ?? 0) }));
  if (distinct === 0) return scored[0] as DateInference;
  const best = [...scored].sort((a, b) => b.parsed - a.parsed)[0] as DateInference;
  const tied = scored.filter((s) => s.parsed === best.parsed).map((s) => s.family);
  if (!override && best.parsed > 0 && tied.includes(MDY) && tied.includes(DMY)) {
    throw new PatronError(
      'ambiguous_date',
      `${file}: the dates in column '${column}' read equally well as day/month/year and month/day/year (no day above 12 in ${distinct} distinct values). Say which with --date-format DMY or --date-format MDY.`,
      { file, column },
    );
  }
  if (best.parsed === 0) {
    const sample = await store.one<{ v: string }>(
      sql`SELECT ${raw} AS v FROM ${sql.ident(table)} WHERE nullif(trim(${raw}), '') IS NOT NULL LIMIT 1`,
    );
    throw new PatronError(
      'unreadable_dates',
      `${file}: no value in column '${column}' reads as a date (for example '${sample?.v}'). Give the pattern with --date-format, e.g. --date-format '%d.%m.%Y %H:%M'.`,
      { file, column },
    );
  }
  return best;
}
