/**
 * Median time to the next purchase for a customer who is still active: given x repeat purchases
 * by age T, the purchase rate is Gamma(r + x, α + T) a posteriori (in all three models), so
 * P(no purchase within w) = ((α+T)/(α+T+w))^(r+x) and the median is (α+T)(2^(1/(r+x)) − 1).
 *
 * @example
 * medianWait(0.24, 4.4, 5, 30); // ≈ 4.8 (in the histories' unit)
 */
export function medianWait(r: number, alpha: number, x: number, T: number): number {
  return (alpha + T) * Math.expm1(Math.LN2 / (r + x));
}
