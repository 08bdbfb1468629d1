/** One step of the customer journey funnel. */
export interface JourneyStep {
  label: string;
  customers: number;
  /** Customers at this step over the step before (null for the first step or an empty one before). */
  shareOfPrevious: number | null;
}

/**
 * The journey from every known customer to a second order, from the overview's counts (each step is
 * a subset of the one before). Repeat buyers are the buyers times the repeat rate, rounded.
 *
 * @example
 * journeySteps({ customers: 100, customers_with_orders: 80, repeat_rate: 0.5 })
 * // => Customers 100, Ordered 80 (80 %), Ordered again 40 (50 %)
 */
export function journeySteps(overview: {
  customers: number;
  customers_with_orders: number;
  repeat_rate: number | null;
}): JourneyStep[] {
  const counts: [string, number][] = [
    ['Customers', overview.customers],
    ['Ordered', overview.customers_with_orders],
    ['Ordered again', Math.round(overview.customers_with_orders * (overview.repeat_rate ?? 0))],
  ];
  return counts.map(([label, customers], i) => {
    const previous = i === 0 ? 0 : (counts[i - 1]?.[1] ?? 0);
    return { label, customers, shareOfPrevious: i === 0 || previous === 0 ? null : customers / previous };
  });
}
