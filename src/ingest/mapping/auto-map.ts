import { FIELD_NAMES, FIELDS, type Field, normaliseHeader, type RecordKind } from './fields.ts';

/**
 * Maps headers to canonical fields by common names (`Customer ID`, `qty`, `Invoice Date` …).
 * Each header is used at most once, and the earliest synonym in a field's list wins.
 */
export function autoMap(headers: readonly string[], kind?: RecordKind): Partial<Record<Field, number>> {
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (!byName.has(key)) byName.set(key, i);
  });
  const used = new Set<number>();
  const mapped: Partial<Record<Field, number>> = {};
  const fields = kind
    ? FIELD_NAMES.filter((f) => (FIELDS[f].kinds as readonly string[]).includes(kind))
    : FIELD_NAMES;
  for (const field of fields) {
    for (const synonym of FIELDS[field].synonyms) {
      const index = byName.get(synonym);
      if (index !== undefined && !used.has(index)) {
        mapped[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapped;
}

/** The record kind a generic file most likely holds, from the fields its headers map to. */
export function guessKind(fields: ReadonlySet<Field>): RecordKind | undefined {
  if (
    fields.has('order_id') ||
    (fields.has('order_date') && (fields.has('line_amount') || fields.has('unit_price')))
  )
    return 'orders';
  if (fields.has('event_type')) return 'events';
  if (fields.has('body')) return 'feedback';
  if (fields.has('customer_id') || fields.has('email') || fields.has('phone')) return 'customers';
  return undefined;
}
