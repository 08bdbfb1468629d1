export interface CustomerNumbers {
  number_of_orders: number;
  days_since_last_order: number | null;
  average_days_between_orders: number | null;
  p_alive: number;
  predicted_number_of_orders: number;
  horizon_days: number;
  expected_date_of_next_order: string | null;
}

/**
 * One or two plain sentences on why a customer's numbers are what they are, e.g. "Bought 5 times,
 * last 200 days ago, while usually every 30 days → probably lapsed (4 % chance they still buy here)."
 *
 * @example
 * explainCustomer({ number_of_orders: 5, days_since_last_order: 200, average_days_between_orders: 30, p_alive: 0.04, … });
 */
export function explainCustomer(c: CustomerNumbers): string {
  const times = c.number_of_orders === 1 ? 'once' : `${c.number_of_orders} times`;
  const last = c.days_since_last_order === null ? '' : `, last ${c.days_since_last_order} days ago`;
  const rhythm =
    c.average_days_between_orders === null
      ? ', with no repeat order yet'
      : `, while usually every ${Math.round(c.average_days_between_orders)} days`;
  const pct = Math.round(c.p_alive * 100);
  let verdict: string;
  if (c.average_days_between_orders === null) {
    verdict =
      c.p_alive >= 0.5
        ? `may still come back (${pct} % chance they still buy here)`
        : `probably not coming back (${pct} % chance they still buy here)`;
  } else if (c.p_alive < 0.3) verdict = `probably lapsed (${pct} % chance they still buy here)`;
  else if (c.p_alive < 0.7) verdict = `at risk (${pct} % chance they still buy here)`;
  else verdict = `still active (${pct} % chance they still buy here)`;
  const next = c.expected_date_of_next_order
    ? ` If still active, the next order is expected around ${c.expected_date_of_next_order}.`
    : '';
  const expected = ` Expected orders in the next ${c.horizon_days} days: ${c.predicted_number_of_orders.toFixed(1)}.`;
  return `Bought ${times}${last}${rhythm} → ${verdict}.${expected}${next}`;
}
