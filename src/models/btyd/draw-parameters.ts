import { SeededRandom } from '../random/index.ts';
import type { ModelFit } from './model-fit.ts';
import { randomNormal } from './random-gamma.ts';

/**
 * Parameter sets drawn from the fit's asymptotic normal distribution on the log scale
 * (N(log θ̂, inverse observed information)): for intervals on predictions. Empty when the
 * covariance is unknown.
 *
 * @example
 * const draws = drawParameters(fit, 50, 7); // 50 × { r, alpha, a, b }
 */
export function drawParameters(fit: ModelFit, count: number, seed: number): Record<string, number>[] {
  const cov = fit.logCovariance;
  if (!cov) return [];
  const names = Object.keys(fit.params);
  const k = names.length;
  // Cholesky factor of the covariance.
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = cov[i * k + j] as number;
      for (let m = 0; m < j; m++) sum -= (l[i * k + m] as number) * (l[j * k + m] as number);
      if (i === j) {
        if (!(sum > 0)) return [];
        l[i * k + i] = Math.sqrt(sum);
      } else l[i * k + j] = sum / (l[j * k + j] as number);
    }
  }
  const random = new SeededRandom(seed);
  const draws: Record<string, number>[] = [];
  const z = new Float64Array(k);
  for (let d = 0; d < count; d++) {
    for (let i = 0; i < k; i++) z[i] = randomNormal(random);
    const draw: Record<string, number> = {};
    names.forEach((name, i) => {
      let shift = 0;
      for (let j = 0; j <= i; j++) shift += (l[i * k + j] as number) * (z[j] as number);
      draw[name] = Math.exp(Math.log(fit.params[name] as number) + shift);
    });
    draws.push(draw);
  }
  return draws;
}
