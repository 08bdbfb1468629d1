import type { GammaGammaParams } from './btyd-params.ts';

/**
 * Expected value of a customer's future orders given x repeat orders with mean m (Fader, Hardie &
 * Lee 2005, "RFM and CLV", eq. 5): a weighted mix of the population mean vp/(q−1) and the
 * customer's own mean. With x = 0 it is the population mean. Needs q > 1 (a finite mean).
 *
 * @example
 * gammaGammaExpectedSpend({ p: 6.25, q: 3.74, v: 15.44 }, 2, 22.35); // 24.66…
 */
export function gammaGammaExpectedSpend({ p, q, v }: GammaGammaParams, x: number, m: number): number {
  if (x <= 0) return (v * p) / (q - 1);
  return (v * p + p * x * m) / (p * x + q - 1);
}
