import type { Reason } from './explanation.ts';

/** One reason in words with the sign of its push, e.g. "last order 12 days ago (+)". */
export function describeReason(
  reason: Reason,
  phrase: (feature: string, value: number | string | null) => string = defaultPhrase,
): string {
  return `${phrase(reason.feature, reason.value)} (${reason.contribution >= 0 ? '+' : '−'})`;
}

/** `feature = value` with numbers to 3 significant digits, or `feature missing`. */
export function defaultPhrase(feature: string, value: number | string | null): string {
  if (value === null) return `${feature} missing`;
  if (typeof value === 'number')
    return `${feature} = ${Number.isInteger(value) ? value : Number(value.toPrecision(3))}`;
  return `${feature} = ${value}`;
}
