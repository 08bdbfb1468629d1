import { type Sql, sql } from '../../store/index.ts';
import type { Field, RecordKind } from '../mapping/fields.ts';
import type { RowFilter } from '../presets/preset.ts';

/**
 * One reason to quarantine a row: when `when` holds, the row is kept aside with this explanation.
 * `when` runs on every row, so it tests parsed values only; code, value and reason are evaluated
 * for rejected rows alone, so they may look at the raw text.
 */
export interface RowRule {
  code: Sql;
  column: string;
  when: Sql;
  value: Sql;
  reason: Sql;
}

/** What the rules need to know about the file: raw and parsed expressions, and header names. */
export interface RuleContext {
  kind: RecordKind;
  raw(field: Field): Sql | undefined;
  parsed(field: Field): Sql;
  header(field: Field): string;
  column(name: string): Sql | undefined;
  dateLabel(field: Field): string;
}

const blank = (raw: Sql | undefined) => (raw ? sql`nullif(trim(${raw}), '') IS NULL` : sql`true`);

function required(ctx: RuleContext, field: Field, words: string): RowRule[] {
  // Parsed ids and texts are NULL exactly when the raw text is blank.
  return [
    {
      code: sql`${`missing_${field}`}`,
      column: ctx.header(field),
      when: sql`${ctx.parsed(field)} IS NULL`,
      value: sql`NULL`,
      reason: sql`${`the ${words} is empty; every row needs one`}`,
    },
  ];
}

function readableDate(ctx: RuleContext, field: Field, words: string): RowRule[] {
  const raw = ctx.raw(field);
  if (!raw) return [];
  const empty = blank(raw);
  return [
    {
      code: sql`CASE WHEN ${empty} THEN ${`missing_${field}`} ELSE ${`invalid_${field}`} END`,
      column: ctx.header(field),
      when: sql`${ctx.parsed(field)} IS NULL`,
      value: sql`CASE WHEN ${empty} THEN NULL ELSE ${raw} END`,
      reason: sql`CASE WHEN ${empty} THEN ${`the ${words} is empty; every row needs one`}
        ELSE ${`the ${words} is not a date in the column's format (${ctx.dateLabel(field)})`} END`,
    },
  ];
}

function orderAmount(ctx: RuleContext): RowRule {
  const candidates = (['line_amount', 'quantity', 'unit_price', 'order_total'] as const).filter((f) =>
    ctx.raw(f),
  );
  const anyRaw = candidates.map((f) => ctx.raw(f) as Sql);
  return {
    code: sql`'invalid_amount'`,
    column: candidates.map((f) => ctx.header(f)).join(' / '),
    when: sql`line_value IS NULL`,
    value: anyRaw.length ? sql`concat_ws(' / ', ${sql.join(anyRaw)})` : sql`NULL`,
    reason: sql`${`no amount could be read: ${candidates.map((f) => ctx.header(f)).join(', ')} ${candidates.length > 1 ? 'are' : 'is'} empty or not a number`}`,
  };
}

function presetFilter(ctx: RuleContext, filter: RowFilter): RowRule[] {
  const raw = ctx.column(filter.column);
  if (!raw) return [];
  const byOrder = filter.scope === 'order' && ctx.kind === 'orders';
  // Order-wide filters look at the order's value, whichever of its rows carries it.
  const column = byOrder ? sql`max(${raw}) OVER (PARTITION BY ${ctx.parsed('order_id')})` : raw;
  const value = sql`lower(trim(coalesce(${column}, '')))`;
  const when = filter.keep
    ? sql`NOT list_contains(${sql.list(filter.keep.map((k) => k.toLowerCase()))}, ${value})`
    : sql`regexp_matches(${value}, ${(filter.dropPattern ?? '').toLowerCase()})`;
  const [before, after] = filter.reason.split('{value}');
  const reason =
    after === undefined
      ? sql`${before ?? ''}`
      : sql`${before ?? ''} || coalesce(${column}, '(empty)') || ${after}`;
  return [{ code: sql`${filter.code}`, column: filter.column, when, value: column, reason }];
}

/** The quarantine rules for a record kind, in the order they are checked. */
export function rowRules(ctx: RuleContext, filters: readonly RowFilter[]): RowRule[] {
  const fromPreset = filters.flatMap((f) => presetFilter(ctx, f));
  switch (ctx.kind) {
    case 'orders':
      return [
        ...fromPreset,
        ...required(ctx, 'order_id', 'order id'),
        ...readableDate(ctx, 'order_date', 'order date'),
        orderAmount(ctx),
      ];
    case 'customers':
      return [...fromPreset, customerKey(ctx)];
    case 'events':
      return [
        ...fromPreset,
        ...required(ctx, 'event_type', 'event type'),
        ...readableDate(ctx, 'occurred_at', 'event time'),
      ];
    case 'feedback':
      return [
        ...fromPreset,
        ...readableDate(ctx, 'created_at', 'feedback date'),
        ...required(ctx, 'body', 'feedback text'),
      ];
    default: {
      const exhaustive: never = ctx.kind;
      throw new Error(`unknown kind ${String(exhaustive)}`);
    }
  }
}

function customerKey(ctx: RuleContext): RowRule {
  const keys = (['customer_id', 'email', 'phone'] as const).filter((f) => ctx.raw(f));
  const value = keys.length
    ? sql`concat_ws(' / ', ${sql.join(keys.map((k) => ctx.raw(k) as Sql))})`
    : sql`NULL`;
  return {
    code: sql`'missing_customer_key'`,
    column: keys.map((k) => ctx.header(k)).join(' / '),
    when: sql`customer_id IS NULL AND email IS NULL AND phone IS NULL`,
    value,
    reason: sql`'the row has no customer id and no valid email or phone, so it cannot be matched to a customer'`,
  };
}
