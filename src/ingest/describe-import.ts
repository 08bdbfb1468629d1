import type { CustomerResolution } from './identity/resolve-customers.ts';
import type { ImportOptions } from './import-options.ts';
import type { ImportResult, ImportWarning } from './import-result.ts';
import type { RowsLoaded } from './load/load-rows.ts';
import type { Field } from './mapping/fields.ts';
import type { ResolvedMapping } from './mapping/resolve-mapping.ts';
import type { ColumnPlan } from './parse/field-exprs.ts';
import type { PresetChoice } from './presets/choose-preset.ts';
import type { StagedFile } from './readers/stage-file.ts';
import type { StagedSummary } from './summarise-staged.ts';

export interface ImportFacts {
  importId: number;
  file: StagedFile;
  choice: PresetChoice;
  mapping: ResolvedMapping;
  plan: ColumnPlan;
  summary: StagedSummary;
  customers: CustomerResolution;
  loaded: RowsLoaded;
  quarantined: number;
  options: ImportOptions;
}

/** Puts one import's facts into its result, and checks that every row read is accounted for. */
export function describeImport(f: ImportFacts): ImportResult {
  const headers = f.file.headers;
  const mapping: Partial<Record<Field, string>> = {};
  for (const [field, cols] of Object.entries(f.mapping.fields) as [Field, number[]][])
    mapping[field] = cols.map((i) => headers[i]).join('+');
  const dateFormats: Partial<Record<Field, string>> = {};
  for (const [field, family] of Object.entries(f.plan.dates))
    if (family) dateFormats[field as Field] = family.label;
  const rowsDuplicate = f.loaded.duplicates;
  const result: ImportResult = {
    import_id: f.importId,
    file: f.file.shape.name,
    source: f.choice.preset?.id ?? 'generic',
    source_reason: f.choice.reason,
    kind: f.mapping.kind,
    mapping,
    unmapped_columns: f.mapping.unmapped.map((i) => headers[i] ?? ''),
    date_formats: dateFormats,
    rows_read: f.summary.accepted + f.quarantined,
    rows_loaded: f.loaded.loaded,
    rows_quarantined: f.quarantined,
    rows_duplicate: rowsDuplicate,
    customers: 0,
    orders: f.summary.orders,
    guest_orders: f.summary.guestOrders,
    guest_lines: f.summary.guestLines,
    returns: f.summary.returns,
    customers_created: f.customers.created,
    orders_created: f.loaded.ordersCreated,
    merges: f.customers.merges.length,
    net_revenue: Math.round(f.summary.netRevenue * 100) / 100,
    warnings: warnings(f),
  };
  result.customers = f.customers.customersNamed;
  if (result.rows_read !== result.rows_loaded + result.rows_quarantined + result.rows_duplicate) {
    throw new Error(
      `reconciliation failed for ${result.file}: read ${result.rows_read} ≠ loaded ${result.rows_loaded} + quarantined ${result.rows_quarantined} + duplicate ${result.rows_duplicate}`,
    );
  }
  return result;
}

const n = (v: number) => v.toLocaleString('en-GB');

function warnings(f: ImportFacts): ImportWarning[] {
  const s = f.summary;
  const list: ImportWarning[] = [];
  const add = (code: string, count: number, message: string) =>
    count > 0 && list.push({ code, count, message });
  add(
    'exact_copy_rows',
    s.exactCopies,
    f.options.dropDuplicateLines
      ? `${n(s.exactCopies)} rows were exact copies of an earlier row and were dropped (--drop-duplicate-lines).`
      : `${n(s.exactCopies)} rows are exact copies of an earlier row. They were kept (two identical items can be scanned separately); pass --drop-duplicate-lines to drop them.`,
  );
  add(
    'invalid_email',
    s.badEmails,
    `${n(s.badEmails)} emails were not valid addresses and were cleared; the rows were kept.`,
  );
  add(
    'invalid_phone',
    s.badPhones,
    `${n(s.badPhones)} phone numbers could not be read (default country ${f.options.phoneCountry}) and were cleared; the rows were kept.`,
  );
  add(
    'unknown_country',
    s.badCountries,
    `${n(s.badCountries)} country values are not recognised countries (regions such as 'European Community' or 'Unspecified' are not) and were cleared; the rows were kept.`,
  );
  add(
    'unknown_currency',
    s.badCurrencies,
    `${n(s.badCurrencies)} currency values are not ISO 4217 codes or known symbols and were cleared; the rows were kept.`,
  );
  add(
    'unmapped_columns',
    f.mapping.unmapped.length,
    `${n(f.mapping.unmapped.length)} columns were not mapped to a Patron field and were kept as custom attributes: ${f.mapping.unmapped.map((i) => f.file.headers[i]).join(', ')}.`,
  );
  add(
    'guest_rows',
    s.guestLines,
    `${n(s.guestLines)} rows have no customer and were loaded as guest orders.`,
  );
  return list;
}
