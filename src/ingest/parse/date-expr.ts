import { type Sql, sql } from '../../store/index.ts';
import type { DateFamily } from './date-formats.ts';

/**
 * The text a date is parsed from: trimmed, with a trailing UTC offset or zone name removed.
 * Times are kept as the wall-clock time the file states (the shop's local time).
 */
export function dateText(raw: Sql): Sql {
  // Only an offset that follows a time of day: '15-03-2024' keeps its '-2024'.
  return sql`regexp_replace(trim(${raw}), '(\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})$', '\\1')`;
}

/**
 * Parses text into a TIMESTAMP with one family's patterns; NULL when none fits.
 * ISO text takes DuckDB's fast cast first (it keeps the wall-clock time and drops any offset).
 */
export function dateExpr(raw: Sql, family: DateFamily): Sql {
  const patterns = sql`try_strptime(${dateText(raw)}, ${sql.list(family.patterns)})`;
  if (family.id !== 'ISO') return patterns;
  // ISO needs a four-digit year first: DuckDB's cast would also read '10/08/26' as the year 10.
  return sql`CASE WHEN substr(trim(${raw}), 5, 1) IN ('-', '/') THEN coalesce(TRY_CAST(trim(${raw}) AS TIMESTAMP), ${patterns}) END`;
}
