/**
 * The behaviour features of purchase propensity, computed the same way at every snapshot date
 * (orders strictly before it), each with how to say its value in words.
 */
export const PROPENSITY_FEATURES = [
  'orders_last_30d',
  'orders_last_90d',
  'orders_last_365d',
  'orders_total',
  'days_since_last_order',
  'days_since_first_order',
  'average_days_between_orders',
  'spend_last_90d',
  'spend_total',
  'average_order_value',
  'returns_total',
] as const;

export type PropensityFeature = (typeof PROPENSITY_FEATURES)[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const money = (v: number) => v.toFixed(2);

/** One feature's value in words, e.g. "4 orders in the last 90 days", "last order 12 days ago". */
export function phraseFeature(feature: string, value: number | string | null): string {
  if (value === null || typeof value === 'string') {
    return feature === 'average_days_between_orders' ? 'only one order so far' : `${feature} unknown`;
  }
  const v = Math.round(value * 100) / 100;
  switch (feature as PropensityFeature) {
    case 'orders_last_30d':
      return `${plural(v, 'order')} in the last 30 days`;
    case 'orders_last_90d':
      return `${plural(v, 'order')} in the last 90 days`;
    case 'orders_last_365d':
      return `${plural(v, 'order')} in the last year`;
    case 'orders_total':
      return `${plural(v, 'order')} in all`;
    case 'days_since_last_order':
      return `last order ${plural(v, 'day')} ago`;
    case 'days_since_first_order':
      return `first order ${plural(v, 'day')} ago`;
    case 'average_days_between_orders':
      return `an order every ${Math.round(v)} days on average`;
    case 'spend_last_90d':
      return `spent ${money(v)} in the last 90 days`;
    case 'spend_total':
      return `spent ${money(v)} in all`;
    case 'average_order_value':
      return `${money(v)} per order on average`;
    case 'returns_total':
      return plural(v, 'return');
    default:
      return `${feature} = ${v}`;
  }
}
