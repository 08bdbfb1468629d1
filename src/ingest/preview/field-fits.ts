import { FIELDS, type Field } from '../mapping/fields.ts';

const CHECKS: Partial<Record<string, RegExp>> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  money: /^[-+(]?\s*[^\d\s-]{0,3}\s*-?[\d.,\s]+\)?\s*[^\d\s]{0,3}$/,
  number: /^[-+]?[\d.,\s]+$/,
  date: /\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}|\d{8}|[A-Za-z]{3,9}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}/,
  boolean: /^(true|false|yes|no|y|n|1|0|subscribed|unsubscribed|t|f)$/i,
  country: /^[A-Za-z .'-]{2,60}$/,
  currency: /^[A-Za-z]{3}$/,
};

/**
 * The share (0–1) of non-empty sample values that look like the field's type; 1 when there are no
 * samples or the type has no simple shape (ids, text).
 */
export function fieldFits(field: Field, samples: readonly string[]): number {
  const check = CHECKS[FIELDS[field].type];
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (!check || values.length === 0) return 1;
  return values.filter((v) => check.test(v)).length / values.length;
}
