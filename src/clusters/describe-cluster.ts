import type { ClusterProfile, DistinguishingFeature } from './cluster-profile.ts';

const round = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
const percent = (v: number) => `${(v * 100).toFixed(0)} %`;

/** One phrase per distinguishing input, e.g. "placed 12.3 orders on average (all customers: 4.1)". */
function phrase(f: DistinguishingFeature, currency: string): string {
  const m = f.cluster_value;
  const o = f.overall_value;
  if (f.value !== null) return `${percent(m)} have ${f.label} '${f.value}' (all: ${percent(o)})`;
  switch (f.feature) {
    case 'number_of_orders':
      return `placed ${round(m)} orders on average (all: ${round(o)})`;
    case 'amount_spent':
      return `spent ${currency}${round(m)} on average (all: ${currency}${round(o)})`;
    case 'recency_days':
      return `last ordered ${round(m)} days ago on average (all: ${round(o)})`;
    case 'average_order_value':
      return `spend ${currency}${round(m)} per order (all: ${currency}${round(o)})`;
    case 'tenure_days':
      return `have been customers for ${round(m)} days (all: ${round(o)})`;
    case 'average_days_between_orders':
      return `order every ${round(m)} days (all: ${round(o)})`;
    case 'returns_rate':
      return `return ${percent(m)} of orders (all: ${percent(o)})`;
    case 'discount_rate':
      return `use a discount on ${percent(m)} of orders (all: ${percent(o)})`;
    default:
      if (f.feature.startsWith('share:'))
        return `spend ${percent(m)} of their money on ${f.feature.slice(6)} (all: ${percent(o)})`;
      return `have ${f.label} ${round(m)} on average (all: ${round(o)})`;
  }
}

/**
 * One sentence about a cluster from its size and distinguishing inputs.
 *
 * @example
 * describeCluster(profile) // => "412 customers (21 % of all, 48 % of revenue) who placed 12.3 orders on average (all: 4.1) and spent 530 on average (all: 160)."
 */
export function describeCluster(profile: ClusterProfile, currency = ''): string {
  const share = [`${percent(profile.share)} of all`];
  if (profile.revenue_share !== null) share.push(`${percent(profile.revenue_share)} of revenue`);
  const phrases = profile.distinguishing.map((f) => phrase(f, currency));
  const who =
    phrases.length === 0
      ? 'who look like the average customer'
      : `who ${phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`}`;
  return `${profile.size.toLocaleString('en-GB')} ${profile.size === 1 ? 'customer' : 'customers'} (${share.join(', ')}) ${who}.`;
}
