import type { DesignMatrix } from '../table/design-matrix.ts';
import { sigmoid } from './sigmoid.ts';
import { solveSymmetric } from './solve-symmetric.ts';

export interface LogisticOptions {
  /** L2 penalty on the coefficients (not the intercept), on the summed log-loss; as scikit-learn's 1/C. */
  l2?: number;
  /** Per-row weights (e.g. class weights); default 1. */
  weights?: Float64Array;
  maxIterations?: number;
  tolerance?: number;
}

export interface LogisticModel {
  intercept: number;
  coefficients: Float64Array;
  iterations: number;
  converged: boolean;
  /** The penalised weighted log-loss at the solution. */
  loss: number;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS) with step halving. Missing values
 * must already be encoded (NaN counts as 0). The penalty keeps the fit finite on separable data.
 *
 * @example
 * const model = fitLogistic(x, y, { l2: 1 });
 */
export function fitLogistic(
  x: DesignMatrix,
  y: ArrayLike<number>,
  options: LogisticOptions = {},
): LogisticModel {
  const { n, d, data } = x;
  const l2 = Math.max(options.l2 ?? 1, 1e-8);
  const weights = options.weights;
  const p = d + 1; // intercept last
  let beta = new Float64Array(p);
  // Start the intercept at the weighted log-odds so the first step is small.
  let wSum = 0;
  let wPos = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    wSum += w;
    wPos += w * (y[i] as number);
  }
  const prior = Math.min(Math.max(wPos / Math.max(wSum, 1e-300), 1e-6), 1 - 1e-6);
  beta[d] = Math.log(prior / (1 - prior));
  let loss = objective(data, n, d, y, weights, beta, l2);
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-8;
  let converged = false;
  let iterations = 0;
  const grad = new Float64Array(p);
  const hess = new Float64Array(p * p);
  const row = new Float64Array(p);
  for (; iterations < maxIterations && !converged; iterations++) {
    grad.fill(0);
    hess.fill(0);
    for (let i = 0; i < n; i++) {
      let z = beta[d]!;
      for (let j = 0; j < d; j++) {
        const v = data[i * d + j]!;
        row[j] = Number.isNaN(v) ? 0 : v;
        z += beta[j]! * row[j]!;
      }
      row[d] = 1;
      const w = weights ? weights[i]! : 1;
      const mu = sigmoid(z);
      const r = w * (mu - (y[i] as number));
      const h = w * mu * (1 - mu);
      for (let a = 0; a < p; a++) {
        const ra = row[a]!;
        if (ra === 0) continue;
        grad[a]! += r * ra;
        const hra = h * ra;
        for (let b = 0; b <= a; b++) hess[a * p + b]! += hra * row[b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hess[b * p + a] = hess[a * p + b]!;
    for (let j = 0; j < d; j++) {
      grad[j]! += l2 * beta[j]!;
      hess[j * p + j]! += l2;
    }
    hess[d * p + d]! += 1e-12;
    const step = solveSymmetric(hess, grad, p);
    let scale = 1;
    let next = beta;
    let nextLoss = loss;
    for (let halving = 0; halving < 30; halving++, scale /= 2) {
      next = beta.map((b, j) => b - scale * step[j]!);
      nextLoss = objective(data, n, d, y, weights, next, l2);
      if (nextLoss <= loss + 1e-12 * Math.abs(loss)) break;
    }
    const change = Math.max(...step.map((s) => Math.abs(s * scale)));
    converged = change < tolerance || Math.abs(loss - nextLoss) <= 1e-13 * Math.max(1, Math.abs(loss));
    beta = next;
    loss = nextLoss;
  }
  return { intercept: beta[d]!, coefficients: beta.slice(0, d), iterations, converged, loss };
}

function objective(
  data: Float64Array,
  n: number,
  d: number,
  y: ArrayLike<number>,
  weights: Float64Array | undefined,
  beta: Float64Array,
  l2: number,
): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[d]!;
    for (let j = 0; j < d; j++) {
      const v = data[i * d + j]!;
      if (!Number.isNaN(v)) z += beta[j]! * v;
    }
    // log(1 + e^z) − y z, computed stably.
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    total += (weights ? weights[i]! : 1) * (softplus - (y[i] as number) * z);
  }
  let penalty = 0;
  for (let j = 0; j < d; j++) penalty += beta[j]! * beta[j]!;
  return total + 0.5 * l2 * penalty;
}
