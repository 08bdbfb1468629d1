import type { Store } from '../../store/index.ts';
import { FIELDS, type Field } from '../mapping/fields.ts';
import type { ResolvedMapping } from '../mapping/resolve-mapping.ts';
import { buildLookup } from '../normalise/lookup-table.ts';
import { normaliseCountry } from '../normalise/normalise-country.ts';
import { normaliseCurrency } from '../normalise/normalise-currency.ts';
import { normalisePhone } from '../normalise/normalise-phone.ts';
import { type ColumnPlan, rawFieldSql } from './field-exprs.ts';
import { inferDateFormat } from './infer-date-format.ts';
import { inferNumberStyle } from './number-expr.ts';

export interface PlanOptions {
  dateFormat?: string;
  /** A vendor's documented day order, to settle columns that fit both orders. */
  dateOrder?: 'MDY' | 'DMY';
  phoneCountry: string;
}

/** Learns, per mapped column, how to read it: date family, number style, normalised lookups. */
export async function planColumns(
  store: Store,
  table: string,
  mapping: ResolvedMapping,
  headers: readonly string[],
  file: string,
  options: PlanOptions,
): Promise<ColumnPlan> {
  const plan: ColumnPlan = { raw: {}, dates: {}, numbers: {}, lookups: {} };
  for (const [field, columns] of Object.entries(mapping.fields) as [Field, number[]][]) {
    const raw = rawFieldSql(columns);
    plan.raw[field] = raw;
    const header = columns.map((i) => headers[i]).join('+');
    const type = FIELDS[field].type;
    if (type === 'date') {
      plan.dates[field] = (
        await inferDateFormat(store, table, raw, header, file, options.dateFormat, options.dateOrder)
      ).family;
    } else if (type === 'money' || type === 'number') {
      plan.numbers[field] = await inferNumberStyle(store, table, raw);
    } else if (type === 'phone' || type === 'country' || type === 'currency') {
      const name = `${table}_lk_${field}`;
      const normalise =
        type === 'phone'
          ? (v: string) => normalisePhone(v, options.phoneCountry)
          : type === 'country'
            ? normaliseCountry
            : normaliseCurrency;
      await buildLookup(store, table, raw, name, normalise);
      plan.lookups[field] = name;
    }
  }
  return plan;
}
