/**
 * The share of net revenue brought by the top `customerShare` of customers, for customers ranked
 * by net spend, highest first. A fraction of a customer counts that fraction of their spend (the
 * curve is linear between customers), so "the top 1 %" means something with 30 customers too.
 * Null when there are no customers or net revenue is not positive, where shares mean nothing.
 *
 * @example
 * revenueShareCurve([50, 30, 10, 5, 5])?.(0.1) // => 0.25: half of the top customer's 50 out of 100
 */
export function revenueShareCurve(
  amountsHighestFirst: readonly number[],
): ((customerShare: number) => number) | null {
  const n = amountsHighestFirst.length;
  const cumulative = new Float64Array(n + 1);
  amountsHighestFirst.forEach((amount, i) => {
    cumulative[i + 1] = (cumulative[i] ?? 0) + amount;
  });
  const total = cumulative[n] ?? 0;
  if (n === 0 || !(total > 0)) return null;
  return (customerShare) => {
    const customers = Math.min(Math.max(customerShare, 0), 1) * n;
    const whole = Math.floor(customers);
    const part = whole < n ? (customers - whole) * (amountsHighestFirst[whole] ?? 0) : 0;
    return ((cumulative[whole] ?? 0) + part) / total;
  };
}
