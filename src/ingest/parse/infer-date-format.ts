import { PatronError } from '../../errors/index.ts';
import { type Sql, type Store, sql } from '../../store/index.ts';
import { dateExpr } from './date-expr.ts';
import { type DateFamily, DMY, FAMILIES, familyFromOption, ISO, MDY } from './date-formats.ts';

export interface DateInference {
  family: DateFamily;
  /** Distinct non-empty values and how many of them the family reads (-1 when not counted). */
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
  tieBreak?: 'MDY' | 'DMY',
): Promise<DateInference> {
  const values = `${table}_dates`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${sql.ident(values)} AS
    SELECT DISTINCT ${raw} AS v FROM ${sql.ident(table)} WHERE nullif(trim(${raw}), '') IS NOT NULL`);
  try {
    if (!override && (await allIsoTimestamps(store, values)))
      return { family: ISO, distinct: -1, parsed: -1 };
    const distinct = Number(
      (await store.one<{ n: bigint }>(sql`SELECT count(*) AS n FROM ${sql.ident(values)}`))?.n ?? 0,
    );
    const candidates = override ? [familyFromOption(override)] : FAMILIES;
    const scored: DateInference[] = [];
    for (const family of candidates) {
      const row = await store.one<{ n: bigint }>(
        sql`SELECT count(${dateExpr(sql.trusted('v'), family)}) AS n FROM ${sql.ident(values)}`,
      );
      scored.push({ family, distinct, parsed: Number(row?.n ?? 0) });
      // A complete reading settles it, unless day/month order still has to be ruled out.
      if (distinct > 0 && Number(row?.n) === distinct && family !== MDY) break;
    }
    const best = [...scored].sort((a, b) => b.parsed - a.parsed)[0] as DateInference;
    if (distinct === 0) return best;
    const tied = scored.filter((s) => s.parsed === best.parsed).map((s) => s.family);
    if (best.parsed > 0 && tied.includes(MDY) && tied.includes(DMY)) {
      if (tieBreak) {
        const family = tieBreak === 'MDY' ? MDY : DMY;
        return {
          family: {
            ...family,
            label: `${family.label}; the values fit both orders, so the vendor's documented order was used`,
          },
          distinct,
          parsed: best.parsed,
        };
      }
      throw new PatronError(
        'ambiguous_date',
        `${file}: the dates in column '${column}' read equally well as day/month/year and month/day/year (no day above 12 in ${distinct} distinct values). Say which with --date-format DMY or --date-format MDY.`,
        { file, column },
      );
    }
    if (best.parsed === 0) {
      const sample = await store.one<{ v: string }>(sql`SELECT v FROM ${sql.ident(values)} LIMIT 1`);
      throw new PatronError(
        'unreadable_dates',
        `${file}: no value in column '${column}' reads as a date (for example '${sample?.v}'). Give the pattern with --date-format, e.g. --date-format '%d.%m.%Y %H:%M'.`,
        { file, column },
      );
    }
    return best;
  } finally {
    await store.run(sql`DROP TABLE IF EXISTS ${sql.ident(values)}`);
  }
}

/** The common case, checked first and cheaply: every distinct value is an ISO timestamp DuckDB casts directly. */
async function allIsoTimestamps(store: Store, values: string): Promise<boolean> {
  const row = await store.one<{ bad: bigint; n: bigint }>(sql`SELECT count(*) AS n,
    count(*) FILTER (WHERE substr(trim(v), 5, 1) NOT IN ('-', '/') OR TRY_CAST(trim(v) AS TIMESTAMP) IS NULL) AS bad
    FROM ${sql.ident(values)}`);
  return Number(row?.n ?? 0) > 0 && Number(row?.bad ?? 1) === 0;
}
