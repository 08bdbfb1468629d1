import type { Store } from '../../store/index.ts';
import { FIELDS, type Field } from '../mapping/fields.ts';
import type { ResolvedMapping } from '../mapping/resolve-mapping.ts';
import { buildLookup } from '../normalise/lookup-table.ts';
import { normaliseCountry } from '../normalise/normalise-country.ts';
import { normaliseCurrency } from '../normalise/normalise-currency.ts';
import { normalisePhone } from '../normalise/normalise-phone.ts';
import { ISO } from './date-formats.ts';
import { type ColumnPlan, rawFieldSql } from './field-exprs.ts';
import { inferDateFormat } from './infer-date-format.ts';
import { inferNumberStyle } from './number-expr.ts';

export interface PlanOptions {
  dateFormat?: string;
  /** A vendor's documented day order, to settle columns that fit both orders. */
  dateOrder?: 'MDY' | 'DMY';
  /** The first rows as text, to spot ISO date columns without a pass over the whole file. */
  sampleRows?: readonly (readonly string[])[];
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
  const plan: ColumnPlan = { raw: {}, dates: {}, numbers: {}, lookups: {}, tentative: [] };
  for (const [field, columns] of Object.entries(mapping.fields) as [Field, number[]][]) {
    const raw = rawFieldSql(columns);
    plan.raw[field] = raw;
    const header = columns.map((i) => headers[i]).join('+');
    const type = FIELDS[field].type;
    if (type === 'date' && !options.dateFormat && sampleIsIso(options.sampleRows ?? [], columns)) {
      plan.dates[field] = ISO;
      plan.tentative.push(field);
    } else if (type === 'date') {
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

const ISO_START = /^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}/;

/** True when the sample has values in these columns and every one starts with an ISO date. */
function sampleIsIso(rows: readonly (readonly string[])[], columns: readonly number[]): boolean {
  if (columns.length !== 1) return false;
  const values = rows.map((r) => r[columns[0] as number] ?? '').filter((v) => v.trim() !== '');
  return values.length > 0 && values.every((v) => ISO_START.test(v));
}
