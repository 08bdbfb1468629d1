import { type Sql, sql } from '../../store/index.ts';
import { FIELDS, type Field, type FieldType } from '../mapping/fields.ts';
import { emailExpr } from '../normalise/email-expr.ts';
import { dateExpr } from './date-expr.ts';
import type { DateFamily } from './date-formats.ts';
import { type NumberStyle, numberExpr } from './number-expr.ts';

/** Per-column facts learnt before parsing: date families, number styles, lookup tables. */
export interface ColumnPlan {
  raw: Partial<Record<Field, Sql>>;
  dates: Partial<Record<Field, DateFamily>>;
  numbers: Partial<Record<Field, NumberStyle>>;
  /** Lookup temp table name per field, for phones, countries and currencies. */
  lookups: Partial<Record<Field, string>>;
  /** Date fields read as ISO because the sample was ISO; confirmed after parsing (see confirm-dates). */
  tentative: Field[];
}

const SQL_TYPES: Record<FieldType, string> = {
  id: 'VARCHAR',
  text: 'VARCHAR',
  email: 'VARCHAR',
  phone: 'VARCHAR',
  country: 'VARCHAR',
  currency: 'VARCHAR',
  date: 'TIMESTAMP',
  money: 'DECIMAL(18,4)',
  number: 'DECIMAL(18,4)',
  boolean: 'BOOLEAN',
};

/** The text of a mapped field: one column, or several joined for a composite id. */
export function rawFieldSql(columns: readonly number[]): Sql {
  const parts = columns.map((i) => sql.ident(`c${i + 1}`));
  return parts.length === 1 ? (parts[0] as Sql) : sql`concat_ws('|', ${sql.join(parts)})`;
}

/** The typed, normalised value of one field, as an SQL expression over the staged row. */
export function parsedFieldSql(field: Field, plan: ColumnPlan): Sql {
  const raw = plan.raw[field];
  const type = FIELDS[field].type;
  if (!raw) return sql.trusted(`NULL::${SQL_TYPES[type]}`);
  switch (type) {
    case 'id':
      // Spreadsheet artefacts: a leading apostrophe ('9980311896380) and a float suffix (17850.0).
      return sql`CASE WHEN ${raw} LIKE '''%' OR ${raw} LIKE '%.0%'
        THEN nullif(regexp_replace(regexp_replace(trim(${raw}), '^''', ''), '^([0-9]+)\\.0+$', '\\1'), '')
        ELSE nullif(trim(${raw}), '') END`;
    case 'text':
      return sql`nullif(trim(CASE WHEN ${raw} LIKE '''%' THEN substr(${raw}, 2) ELSE ${raw} END), '')`;
    case 'email':
      return emailExpr(raw);
    case 'date':
      return dateExpr(raw, plan.dates[field] as DateFamily);
    case 'money':
    case 'number':
      return numberExpr(raw, plan.numbers[field] ?? 'point');
    case 'boolean':
      return sql`CASE WHEN lower(trim(${raw})) IN ('true','yes','y','1','t','subscribed','opted in','opt-in')
        THEN true WHEN lower(trim(${raw})) IN ('false','no','n','0','f','unsubscribed','opted out','opt-out') THEN false END`;
    case 'phone':
    case 'country':
    case 'currency':
      return sql`${sql.ident(plan.lookups[field] as string)}.value`;
    default: {
      const exhaustive: never = type;
      throw new Error(`unknown field type ${String(exhaustive)}`);
    }
  }
}
