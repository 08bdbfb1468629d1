import { type Sql, type Store, sql } from '../../store/index.ts';
import { FIELD_NAMES, FIELDS, type Field, type RecordKind } from '../mapping/fields.ts';
import type { ResolvedMapping } from '../mapping/resolve-mapping.ts';
import type { Preset } from '../presets/preset.ts';
import { type RuleContext, rowRules } from '../validate/row-rules.ts';
import { type ColumnPlan, parsedFieldSql } from './field-exprs.ts';

export interface ParseInput {
  rawTable: string;
  /** The row number of a raw row aliased `s` (see StagedFile.rowNo). */
  rowNo: Sql;
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
  const mapped = fields.filter((f) => plan.raw[f] || (f === 'currency' && input.defaultCurrency));
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
  const rules = rowRules(ruleContext(input), input.preset?.filters ?? []);
  // The first broken rule's position, evaluated once; its details are looked up only for those rows.
  const problemIndex = rules.length
    ? sql`CASE ${sql.join(
        rules.map((r, i) => sql`WHEN ${r.when} THEN ${i + 1}`),
        ' ',
      )} END`
    : sql`NULL::INTEGER`;
  const pick = (part: (r: (typeof rules)[number]) => Sql) =>
    rules.length
      ? sql`CASE problem_idx ${sql.join(
          rules.map((r, i) => sql`WHEN ${i + 1} THEN ${part(r)}`),
          ' ',
        )} END`
      : sql`NULL`;
  // A cleared optional value: parsed to NULL though the file had text (raw checked only then).
  const warn = (f: Field) =>
    plan.raw[f]
      ? sql`CASE WHEN ${sql.ident(f)} IS NULL THEN nullif(trim(${plan.raw[f] as Sql}), '') IS NOT NULL ELSE false END`
      : sql`false`;
  const dateMiss = plan.tentative.length ? sql`(${sql.join(plan.tentative.map(warn), ' OR ')})` : sql`false`;
  const allRaw = sql.join(headers.map((_, i) => sql.ident(`c${i + 1}`)));
  const extra = mapping.unmapped.length
    ? sql`json_object(${sql.join(mapping.unmapped.map((i) => sql`${headers[i] ?? ''}, ${sql.ident(`c${i + 1}`)}`))})`
    : sql`NULL::JSON`;
  const lineValue = kind === 'orders' ? lineValueSql(mapped) : sql`NULL::DECIMAL(18,4)`;
  const fpFields = FINGERPRINT_FIELDS[kind]
    .filter((f) => mapped.includes(f))
    .map((f) => sql`coalesce(CAST(${sql.ident(f)} AS VARCHAR), '')`);
  // Canonical fields only: a later export that adds a column still recognises the same lines.
  const fingerprint = sql`md5_number(concat_ws(chr(31), ${input.source}, ${kind}, ${sql.join(fpFields)}))`;
  const typed = sql.ident(`${input.table}_typed`);
  // Only mapped fields are stored; the view below adds typed NULLs for the rest.
  await store.run(sql`CREATE OR REPLACE TEMP TABLE ${typed} AS
    SELECT row_no, raw_id, ${sql.join(mapped.map((f) => sql.ident(f)))}, extra, line_value, problem_code, problem_column, problem_value,
      problem_reason, bad_email, bad_phone, bad_country, bad_currency, date_miss, fp, 1 AS occ, 1 AS copy_no, false AS stored
    FROM (
      SELECT *,
        ${pick((r) => r.code)} AS problem_code,
        ${pick((r) => sql`${r.column}`)} AS problem_column,
        ${pick((r) => sql`CAST(${r.value} AS VARCHAR)`)} AS problem_value,
        ${pick((r) => r.reason)} AS problem_reason
      FROM (
      SELECT *, ${problemIndex} AS problem_idx,
        ${warn('email')} AS bad_email, ${warn('phone')} AS bad_phone, ${warn('country')} AS bad_country, ${warn('currency')} AS bad_currency,
        ${dateMiss} AS date_miss,
        ${fingerprint} AS fp
      FROM (
        SELECT *, ${lineValue} AS line_value FROM (
        SELECT ${input.rowNo} AS row_no, s.rowid AS raw_id, ${sql.join(parsed)}, ${extra} AS extra,
          ${sql.join(headers.map((_, i) => sql`s.${sql.ident(`c${i + 1}`)}`))}
        FROM ${sql.ident(input.rawTable)} s ${sql.join(joins, ' ')}
      )))
    )`);
  await numberRepeats(store, typed, sql.ident(input.rawTable), allRaw);
  const missing = fields
    .filter((f) => !mapped.includes(f))
    .map((f) => sql`${parsedFieldSql(f, plan)} AS ${sql.ident(f)}`);
  await store.run(sql`CREATE OR REPLACE TEMP VIEW ${sql.ident(input.table)} AS
    SELECT *${missing.length ? sql`, ${sql.join(missing)}` : sql``} FROM ${typed}`);
}

/**
 * Numbers rows that repeat a fingerprint (occ) or a whole raw row (copy_no) in file order.
 * Raw copies always share a fingerprint, so only repeated fingerprints need the window.
 */
async function numberRepeats(store: Store, typed: Sql, raw: Sql, allRaw: Sql): Promise<void> {
  await store.run(sql`UPDATE ${typed} SET occ = d.occ, copy_no = d.copy_no FROM (
      SELECT t.row_no, row_number() OVER (PARTITION BY t.fp ORDER BY t.row_no) AS occ,
        row_number() OVER (PARTITION BY hash(${allRaw}) ORDER BY t.row_no) AS copy_no
      FROM ${typed} t JOIN ${raw} r ON r.rowid = t.raw_id
      WHERE t.fp IN (SELECT fp FROM ${typed} GROUP BY fp HAVING count(*) > 1)) d
    WHERE ${typed}.row_no = d.row_no`);
}

/**
 * A line's value from the fields the file has. Every step is cast back to DECIMAL(18,4): DuckDB
 * widens sums and products past 18 digits, and 128-bit decimals make the whole load slower.
 */
function lineValueSql(mapped: readonly Field[]): Sql {
  const has = (f: Field) => mapped.includes(f);
  const parts: Sql[] = [];
  if (has('line_amount')) parts.push(sql.ident('line_amount'));
  if (has('quantity') && has('unit_price')) {
    const product = sql`CAST(quantity * unit_price AS DECIMAL(18,4))`;
    parts.push(
      has('line_discount') ? sql`CAST(${product} - coalesce(line_discount, 0) AS DECIMAL(18,4))` : product,
    );
  }
  if (has('order_total')) parts.push(sql.ident('order_total'));
  return parts.length ? sql`CAST(coalesce(${sql.join(parts)}) AS DECIMAL(18,4))` : sql`NULL::DECIMAL(18,4)`;
}

function ruleContext(input: ParseInput): RuleContext {
  const { mapping, plan, headers } = input;
  return {
    kind: mapping.kind,
    raw: (f) => plan.raw[f],
    parsed: (f) => sql.ident(f),
    header: (f) => (mapping.fields[f] ?? []).map((i) => headers[i]).join('+') || f,
    column: (name) => {
      const i = headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
      return i < 0 ? undefined : sql.ident(`c${i + 1}`);
    },
    dateLabel: (f) => plan.dates[f]?.label ?? 'date',
  };
}
