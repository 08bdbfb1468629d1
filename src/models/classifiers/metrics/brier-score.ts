/** Mean squared difference between predicted probabilities and the 0/1 outcomes. */
export function brierScore(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < probabilities.length; i++) total += (probabilities[i]! - labels[i]!) ** 2;
  return probabilities.length ? total / probabilities.length : Number.NaN;
}
