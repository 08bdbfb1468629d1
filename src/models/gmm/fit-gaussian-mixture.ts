import { PatronError } from '../../errors/index.ts';
import type { Points } from '../kmeans/index.ts';
import { fitKMeans } from '../kmeans/index.ts';

export interface GaussianMixtureOptions {
  k: number;
  seed: number;
  maxIterations?: number;
  /** Stop when the mean log-likelihood per point improves by less than this. */
  tolerance?: number;
  /** Added to every variance so no component collapses onto one point (scikit-learn's reg_covar). */
  regularisation?: number;
}

export interface GaussianMixtureResult {
  k: number;
  weights: Float64Array;
  means: Float64Array;
  /** Diagonal covariances, k × d. */
  variances: Float64Array;
  /** Soft membership, n × k: each row sums to 1. */
  responsibilities: Float64Array;
  /** The most likely component per point. */
  labels: Int32Array;
  logLikelihood: number;
  /** Bayesian information criterion: lower is better. */
  bic: number;
  iterations: number;
  converged: boolean;
}

/**
 * A Gaussian mixture with diagonal covariances fitted by EM, started from k-means (as
 * scikit-learn's default init is). Gives each point a probability of belonging to each group.
 *
 * @example
 * const { responsibilities } = fitGaussianMixture({ data, n, d }, { k: 3, seed: 0 });
 */
export function fitGaussianMixture(points: Points, options: GaussianMixtureOptions): GaussianMixtureResult {
  const { data, n, d } = points;
  const start = fitKMeans(points, { k: options.k, seed: options.seed, nInit: 1 });
  const k = start.k;
  const reg = options.regularisation ?? 1e-6;
  const weights = new Float64Array(k);
  const means = Float64Array.from(start.centers);
  const variances = new Float64Array(k * d);
  const resp = new Float64Array(n * k);
  for (let i = 0; i < n; i++) resp[i * k + (start.labels[i] as number)] = 1;
  maximise(points, resp, k, reg, weights, means, variances);
  let previous = Number.NEGATIVE_INFINITY;
  let logLikelihood = Number.NEGATIVE_INFINITY;
  let iterations = 0;
  let converged = false;
  const maxIterations = options.maxIterations ?? 100;
  const logRow = new Float64Array(k);
  while (iterations < maxIterations) {
    iterations++;
    logLikelihood = 0;
    for (let i = 0; i < n; i++) {
      let top = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let lp = Math.log(weights[c] as number);
        for (let t = 0; t < d; t++) {
          const v = variances[c * d + t] as number;
          const diff = (data[i * d + t] as number) - (means[c * d + t] as number);
          lp -= 0.5 * (Math.log(2 * Math.PI * v) + (diff * diff) / v);
        }
        logRow[c] = lp;
        if (lp > top) top = lp;
      }
      // log-sum-exp to avoid underflow far from every component.
      let sum = 0;
      for (let c = 0; c < k; c++) sum += Math.exp((logRow[c] as number) - top);
      const logNorm = top + Math.log(sum);
      logLikelihood += logNorm;
      for (let c = 0; c < k; c++) resp[i * k + c] = Math.exp((logRow[c] as number) - logNorm);
    }
    if (!Number.isFinite(logLikelihood))
      throw new PatronError(
        'gmm_failed',
        'The Gaussian mixture could not be fitted (non-finite likelihood).',
      );
    if (Math.abs(logLikelihood - previous) / n < (options.tolerance ?? 1e-3)) {
      converged = true;
      break;
    }
    previous = logLikelihood;
    maximise(points, resp, k, reg, weights, means, variances);
  }
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if ((resp[i * k + c] as number) > (resp[i * k + best] as number)) best = c;
    labels[i] = best;
  }
  const parameters = k - 1 + 2 * k * d;
  const bic = -2 * logLikelihood + parameters * Math.log(n);
  return {
    k,
    weights,
    means,
    variances,
    responsibilities: resp,
    labels,
    logLikelihood,
    bic,
    iterations,
    converged,
  };
}

/** The M step: weights, means and diagonal variances from the responsibilities. */
function maximise(
  { data, n, d }: Points,
  resp: Float64Array,
  k: number,
  reg: number,
  weights: Float64Array,
  means: Float64Array,
  variances: Float64Array,
): void {
  weights.fill(0);
  means.fill(0);
  variances.fill(0);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c] as number;
      if (r === 0) continue;
      weights[c] = (weights[c] as number) + r;
      for (let t = 0; t < d; t++)
        means[c * d + t] = (means[c * d + t] as number) + r * (data[i * d + t] as number);
    }
  for (let c = 0; c < k; c++) {
    const w = Math.max(weights[c] as number, 10 * Number.EPSILON);
    for (let t = 0; t < d; t++) means[c * d + t] = (means[c * d + t] as number) / w;
  }
  for (let i = 0; i < n; i++)
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c] as number;
      if (r === 0) continue;
      for (let t = 0; t < d; t++) {
        const diff = (data[i * d + t] as number) - (means[c * d + t] as number);
        variances[c * d + t] = (variances[c * d + t] as number) + r * diff * diff;
      }
    }
  for (let c = 0; c < k; c++) {
    const w = Math.max(weights[c] as number, 10 * Number.EPSILON);
    for (let t = 0; t < d; t++) variances[c * d + t] = (variances[c * d + t] as number) / w + reg;
    weights[c] = w / n;
  }
}
