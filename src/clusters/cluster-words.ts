/** How a distinguishing input reads in a group's name: an adjective, or a noun that ends the name. */
export interface Words {
  adjective?: string;
  noun?: string;
}

/** Name words per profile input and direction; inputs not listed use their label. */
export const FEATURE_WORDS: Readonly<Record<string, { higher: Words; lower: Words }>> = {
  recency_days: { higher: { adjective: 'lapsed' }, lower: { adjective: 'recent' } },
  number_of_orders: { higher: { adjective: 'frequent' }, lower: { adjective: 'one-time' } },
  amount_spent: { higher: { noun: 'high spenders' }, lower: { noun: 'low spenders' } },
  average_order_value: { higher: { adjective: 'big-basket' }, lower: { adjective: 'small-basket' } },
  tenure_days: { higher: { adjective: 'long-standing' }, lower: { adjective: 'new' } },
  average_days_between_orders: { higher: { adjective: 'infrequent' }, lower: { adjective: 'regular' } },
  returns_rate: { higher: { adjective: 'return-prone' }, lower: { adjective: 'no-return' } },
  discount_rate: { higher: { noun: 'bargain hunters' }, lower: { adjective: 'full-price' } },
  number_of_returns: { higher: { adjective: 'return-prone' }, lower: { adjective: 'no-return' } },
};

/** Words for an input that is not in FEATURE_WORDS. */
export function wordsFor(
  feature: string,
  label: string,
  direction: 'higher' | 'lower',
  value: string | null,
  clusterValue = Number.NaN,
): Words {
  // "One-time" only when members really ordered about once; otherwise they are occasional.
  if (feature === 'number_of_orders' && direction === 'lower' && clusterValue > 1.2)
    return { adjective: 'occasional' };
  const known = FEATURE_WORDS[feature];
  if (known) return known[direction];
  if (feature.startsWith('share:'))
    // "Buys little bread" rarely names a group well; only a high share does.
    return direction === 'higher' ? { noun: `${feature.slice(6)} lovers` } : {};
  if (value !== null) {
    if (feature === 'country') return { noun: `customers from ${value}` };
    return { adjective: `'${value}'` };
  }
  return { adjective: `${direction === 'higher' ? 'high' : 'low'}-${label.replaceAll(' ', '-')}` };
}
