import { type Sql, type Store, sql } from '../../store/index.ts';

/** How a column writes numbers: `1,234.56` (decimal point) or `1.234,56` (decimal comma). */
export type NumberStyle = 'point' | 'comma';

// A number with optional sign, parentheses, currency symbol or code, spaces and separators.
const NUMBER_SHAPE =
  "^'?[-+]?\\(?\\s*[-+]?\\s*([$£€¥]|[A-Z]{3})?\\s*[-+]?\\s*[0-9][0-9.,\\s']*\\s*([$£€¥]|[A-Z]{3})?\\s*\\)?-?$";

/**
 * A column uses a decimal comma when some value has a comma followed by one or two digits
 * at its end (`9,5`, `1.234,56`) and none has a point followed by one or two digits.
 */
export async function inferNumberStyle(store: Store, table: string, raw: Sql): Promise<NumberStyle> {
  const row = await store.one<{ comma: bigint; point: bigint }>(sql`SELECT
      count(*) FILTER (WHERE regexp_matches(v, ',[0-9]{1,2}\\)?\\s*[^0-9]*$')) AS comma,
      count(*) FILTER (WHERE regexp_matches(v, '\\.[0-9]{1,2}\\)?\\s*[^0-9]*$')) AS point
    FROM (SELECT DISTINCT trim(${raw}) AS v FROM ${sql.ident(table)} WHERE ${raw} IS NOT NULL)`);
  return Number(row?.comma ?? 0) > 0 && Number(row?.point ?? 0) === 0 ? 'comma' : 'point';
}

/**
 * Parses money and quantities as DECIMAL(18,4): a fast cast for plain numbers, else the slow
 * path that accepts currency symbols, thousands separators, `(9.00)` and trailing-minus negatives.
 */
export function numberExpr(raw: Sql, style: NumberStyle): Sql {
  // A leading apostrophe is a spreadsheet formula escape ('-5.00), not part of the number.
  const text = sql`ltrim(trim(${raw}), '''')`;
  const digits =
    style === 'point'
      ? sql`regexp_replace(${text}, '[^0-9.]', '', 'g')`
      : sql`replace(regexp_replace(${text}, '[^0-9,]', '', 'g'), ',', '.')`;
  const negative = sql`(${text} LIKE '(%)' OR ${text} LIKE '-%' OR ${text} LIKE '%-' OR regexp_matches(${text}, '^[^0-9]*-'))`;
  const fast = style === 'point' ? sql`TRY_CAST(${text} AS DECIMAL(18,4))` : sql`NULL::DECIMAL(18,4)`;
  return sql`coalesce(${fast}, CASE WHEN regexp_full_match(${text}, ${NUMBER_SHAPE})
      THEN TRY_CAST(${digits} AS DECIMAL(18,4)) * CASE WHEN ${negative} THEN -1 ELSE 1 END END)`;
}
