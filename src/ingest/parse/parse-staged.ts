import { type Sql, type Store, sql } from '../../store/index.ts';
import { FIELD_NAMES, FIELDS, type Field, type RecordKind } from '../mapping/fields.ts';
import type { ResolvedMapping } from '../mapping/resolve-mapping.ts';
import type { Preset } from '../presets/preset.ts';
import { type RuleContext, rowRules } from '../validate/row-rules.ts';
import { type ColumnPlan, parsedFieldSql } from './field-exprs.ts';

export interface ParseInput {
  rawTable: string;
  table: string;
  headers: readonly string[];
  mapping: ResolvedMapping;
  plan: ColumnPlan;
  preset: Preset | undefined;
  source: string;
  defaultCurrency: string | undefined;
}

/** The fields a staged row of this kind carries (unmapped ones are NULL). */
export function fieldsOf(kind: RecordKind): Field[] {
  return FIELD_NAMES.filter((f) => (FIELDS[f].kinds as readonly string[]).includes(kind));
}

// Line-level identity of a record, used to recognise it again in a later or overlapping export.
const FINGERPRINT_FIELDS: Record<RecordKind, readonly Field[]> = {
  orders: [
    'order_id',
    'order_date',
    'customer_id',
    'email',
    'sku',
    'product_name',
    'quantity',
    'unit_price',
    'line_amount',
    'line_discount',
  ],
  customers: FIELD_NAMES.filter((f) => (FIELDS[f].kinds as readonly string[]).includes('customers')),
  events: ['customer_id', 'email', 'event_type', 'occurred_at'],
  feedback: ['customer_id', 'email', 'order_id', 'created_at', 'rating', 'body'],
};

/**
 * Builds the typed staging table: every canonical field parsed and normalised, the first rule a
 * row breaks (if any), warning flags for cleared optional values, and the row's fingerprint.
 */
export async function parseStaged(store: Store, input: ParseInput): Promise<void> {
  const { mapping, plan, headers } = input;
  const kind = mapping.kind;
  const fields = fieldsOf(kind);
  const parsed = fields.map((f) => {
    const value =
      f === 'currency' && input.defaultCurrency
        ? sql`coalesce(${parsedFieldSql(f, plan)}, ${input.defaultCurrency})`
        : parsedFieldSql(f, plan);
    return sql`${value} AS ${sql.ident(f)}`;
  });
  const joins = Object.entries(plan.lookups).map(
    ([field, name]) =>
      sql`LEFT JOIN ${sql.ident(name)} ON ${sql.ident(name)}.raw = ${plan.raw[field as Field] as Sql}`,
  );
  const ctx: RuleContext = {
    kind,
    raw: (f) => plan.raw[f],
    parsed: (f) => sql.ident(f),
    header: (f) => (mapping.fields[f] ?? []).map((i) => headers[i]).join('+') || f,
    column: (name) => {
      const i = headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
      return i < 0 ? undefined : sql.ident(`c${i + 1}`);
    },
    dateLabel: (f) => plan.dates[f]?.label ?? 'date',
  };
  const rules = rowRules(ctx, input.preset?.filters ?? []);
  const pick = (part: (r: (typeof rules)[number]) => Sql) =>
    rules.length
      ? sql`CASE ${sql.join(
          rules.map((r) => sql`WHEN ${r.when} THEN ${part(r)}`),
          ' ',
        )} END`
      : sql`NULL`;
  const warn = (f: Field) =>
    plan.raw[f]
      ? sql`(nullif(trim(${plan.raw[f] as Sql}), '') IS NOT NULL AND ${sql.ident(f)} IS NULL)`
      : sql`false`;
  const allRaw = sql.join(headers.map((_, i) => sql.ident(`c${i + 1}`)));
  const extra = mapping.unmapped.length
    ? sql`json_object(${sql.join(mapping.unmapped.map((i) => sql`${headers[i] ?? ''}, ${sql.ident(`c${i + 1}`)}`))})`
    : sql`NULL::JSON`;
  const lineValue =
    kind === 'orders'
      ? sql`coalesce(line_amount, quantity * unit_price - coalesce(line_discount, 0), order_total)`
      : sql`NULL::DECIMAL(18,4)`;
  const fpFields = FINGERPRINT_FIELDS[kind].map((f) => sql`coalesce(CAST(${sql.ident(f)} AS VARCHAR), '')`);
  const fingerprint = sql`md5_number(concat_ws(chr(31), ${input.source}, ${kind}, ${sql.join(fpFields)}, coalesce(CAST(extra AS VARCHAR), '')))`;
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${sql.ident(input.table)} AS
    SELECT * EXCLUDE (${sql.join(headers.map((_, i) => sql.ident(`c${i + 1}`)))}),
      row_number() OVER (PARTITION BY fp ORDER BY row_no) AS occ,
      row_number() OVER (PARTITION BY raw_hash ORDER BY row_no) AS copy_no
    FROM (
      SELECT *,
        ${pick((r) => sql`${r.code}`)} AS problem_code,
        ${pick((r) => sql`${r.column}`)} AS problem_column,
        ${pick((r) => sql`CAST(${r.value} AS VARCHAR)`)} AS problem_value,
        ${pick((r) => r.reason)} AS problem_reason,
        ${warn('email')} AS bad_email, ${warn('phone')} AS bad_phone, ${warn('country')} AS bad_country,
        ${fingerprint} AS fp
      FROM (
        SELECT *, ${lineValue} AS line_value FROM (
        SELECT s.row_no, ${sql.join(parsed)}, ${extra} AS extra, hash(${allRaw}) AS raw_hash,
          ${sql.join(headers.map((_, i) => sql`s.${sql.ident(`c${i + 1}`)}`))}
        FROM ${sql.ident(input.rawTable)} s ${sql.join(joins, ' ')}
      ))
    )`);
}
