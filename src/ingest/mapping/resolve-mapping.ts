import { closestName, PatronError } from '../../errors/index.ts';
import type { Preset } from '../presets/preset.ts';
import { autoMap, guessKind } from './auto-map.ts';
import { FIELD_NAMES, FIELDS, type Field, isField, REQUIRED, type RecordKind } from './fields.ts';

/** Which file columns (by index) fill each canonical field; several columns are joined for composite ids. */
export interface ResolvedMapping {
  kind: RecordKind;
  fields: Partial<Record<Field, number[]>>;
  /** Columns no field uses: kept as custom attributes. */
  unmapped: number[];
  /** Columns deliberately left out (payment card details and the like). */
  ignored: number[];
}

/**
 * Combines a preset (or automatic detection by common names) with `--map field=Column`
 * overrides, and checks that the record kind's required fields are all present.
 */
export function resolveMapping(
  headers: readonly string[],
  preset: Preset | undefined,
  overrides: Readonly<Record<string, string>>,
  file: string,
): ResolvedMapping {
  const fields: Partial<Record<Field, number[]>> = {};
  if (preset) {
    const consent: Partial<Record<Field, readonly string[]>> = {
      ...(preset.consent?.email?.column ? { email_consent: [preset.consent.email.column] } : {}),
      ...(preset.consent?.sms?.column ? { sms_consent: [preset.consent.sms.column] } : {}),
    };
    for (const [field, candidates] of Object.entries({ ...consent, ...preset.columns }) as [
      Field,
      readonly string[],
    ][]) {
      const index = candidates.map((c) => findHeader(headers, c)).find((i) => i !== undefined);
      if (index !== undefined) fields[field] = [index];
    }
  } else {
    // Guess the kind from every field's names, then map again with that kind's fields only, so a
    // column such as 'date' goes to the kind's own date field.
    const named = [...Object.keys(autoMap(headers)), ...Object.keys(overrides)].filter(isField);
    const guessed = guessKind(new Set(named));
    for (const [field, index] of Object.entries(autoMap(headers, guessed)) as [Field, number][])
      fields[field] = [index];
  }
  for (const [field, spec] of Object.entries(overrides)) {
    if (!isField(field)) {
      const hint = closestName(field, FIELD_NAMES);
      throw new PatronError(
        'unknown_field',
        `--map ${field}=…: '${field}' is not a Patron field.${hint ? ` Did you mean '${hint}'?` : ''} Fields: ${FIELD_NAMES.join(', ')}.`,
      );
    }
    fields[field] = spec.split('+').map((part) => columnIndex(headers, part.trim(), field, file));
  }
  const kind = preset?.kind ?? guessKind(new Set(Object.keys(fields) as Field[]));
  if (!kind) {
    throw new PatronError(
      'unknown_layout',
      `${file}: could not tell what this file holds from its columns (${headers.join(', ')}). Map the columns with --map, e.g. --map order_id=Invoice --map order_date=Date --map line_amount=Total.`,
      { file },
    );
  }
  for (const field of Object.keys(fields) as Field[]) {
    if (!(FIELDS[field].kinds as readonly string[]).includes(kind)) delete fields[field];
  }
  checkRequired(kind, fields, file, headers);
  const used = new Set(Object.values(fields).flat());
  const ignoredNames = new Set((preset?.ignoreColumns ?? []).map((c) => c.toLowerCase()));
  const ignored = headers.flatMap((h, i) => (ignoredNames.has(h.toLowerCase()) ? [i] : []));
  const unmapped = headers.flatMap((_, i) => (used.has(i) || ignored.includes(i) ? [] : [i]));
  return { kind, fields, unmapped, ignored };
}

function findHeader(headers: readonly string[], name: string): number | undefined {
  const i = headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  return i < 0 ? undefined : i;
}

function columnIndex(headers: readonly string[], ref: string, field: string, file: string): number {
  const byName = findHeader(headers, ref);
  if (byName !== undefined) return byName;
  const position = /^#?(\d+)$/.exec(ref)?.[1];
  if (position && Number(position) >= 1 && Number(position) <= headers.length) return Number(position) - 1;
  const hint = closestName(ref, headers);
  throw new PatronError(
    'unknown_column',
    `--map ${field}=${ref}: ${file} has no column '${ref}'.${hint ? ` Did you mean '${hint}'?` : ''} Columns: ${headers.join(', ')} (or a position such as #2).`,
    { file, column: ref },
  );
}

function checkRequired(
  kind: RecordKind,
  fields: Partial<Record<Field, number[]>>,
  file: string,
  headers: readonly string[],
): void {
  const missing: string[] = REQUIRED[kind].filter((f) => !fields[f]);
  if (
    kind === 'orders' &&
    !fields.line_amount &&
    !fields.order_total &&
    !(fields.quantity && fields.unit_price)
  ) {
    missing.push('an amount (line_amount or order_total, or quantity and unit_price)');
  }
  if (kind === 'customers' && !fields.customer_id && !fields.email && !fields.phone)
    missing.push('customer_id or email');
  if (missing.length === 0) return;
  throw new PatronError(
    'missing_required_column',
    `${file} cannot be imported as ${kind}: no column for ${missing.join(', ')}. Columns found: ${headers.join(', ')}. Map one with --map, e.g. --map ${REQUIRED[kind][0] ?? 'customer_id'}=<column>.`,
    { file },
    { missing },
  );
}
