import { PatronError } from '../../errors/index.ts';
import {
  hessianFromGradient,
  invertPositiveDefinite,
  minimizeLbfgs,
  type Objective,
} from '../optimize/index.ts';
import type { LikelihoodModel } from './likelihood-model.ts';
import type { ModelFit } from './model-fit.ts';

const Z95 = 1.959963984540054;
/**
 * Log-parameters are kept within ±LOG_BOUND (θ between 4.5e-5 and 22,026) by a quadratic wall
 * outside it. Real fits sit far inside (CDNOW's within ±3); small or degenerate data can push a
 * likelihood towards a boundary (e.g. Pareto/NBD's s and β → ∞ together), where the parameters
 * are not identified: the wall stops the run there and the fit reports them as such.
 */
const LOG_BOUND = 10;

export interface FitOptions {
  /** Starting values on the natural scale; the model's own starts otherwise. */
  start?: readonly number[];
}

/**
 * Maximum likelihood by L-BFGS on log-parameters (so every parameter stays positive), then the
 * observed information (Hessian of −LL by differences of the analytic gradient) for standard
 * errors and 95 % intervals.
 *
 * @example
 * const fit = fitMaximumLikelihood(bgnbdModel, histories);
 */
export function fitMaximumLikelihood<Data>(
  model: LikelihoodModel<Data>,
  data: Data,
  options: FitOptions = {},
): ModelFit {
  const n = model.count(data);
  const k = model.parameterNames.length;
  // Mean negative log-likelihood: tolerances then do not depend on the number of customers.
  const objective: Objective = (logParams, gradient) => {
    const ll = model.logLikelihood(data, logParams, gradient);
    let wall = 0;
    for (let i = 0; i < k; i++) {
      const u = logParams[i] as number;
      const over = Math.max(0, Math.abs(u) - LOG_BOUND);
      wall += 0.5 * over * over;
      gradient[i] = -(gradient[i] as number) / n + Math.sign(u) * over;
    }
    return -ll / n + wall;
  };
  const start = Float64Array.from(options.start ?? model.start, Math.log);
  let result = minimizeLbfgs(objective, start, { gradientTolerance: 1e-9, maxIterations: 1000 });
  if (!result.converged) {
    // One restart from where it stopped usually finishes a fit that ran into a poor line search.
    const again = minimizeLbfgs(objective, result.x, { gradientTolerance: 1e-9, maxIterations: 1000 });
    if (again.value <= result.value) result = { ...again, iterations: result.iterations + again.iterations };
  }
  if (!Number.isFinite(result.value)) {
    throw new PatronError(
      'fit_failed',
      `The ${model.id} model could not be fitted: the likelihood is not finite at the start. Check the data for extreme values.`,
    );
  }
  const logParams = result.x;
  const hessian = hessianFromGradient(objective, logParams).map((v) => v * n);
  const covariance = invertPositiveDefinite(hessian, k);
  const params: Record<string, number> = {};
  const unidentified: string[] = [];
  const standardErrors: Record<string, number | null> = {};
  const intervals: Record<string, [number, number] | null> = {};
  model.parameterNames.forEach((name, i) => {
    const logValue = logParams[i] as number;
    const value = Math.exp(logValue);
    params[name] = value;
    const variance = covariance ? (covariance[i * k + i] as number) : Number.NaN;
    const atBound = Math.abs(logValue) > LOG_BOUND - 1;
    if (atBound) unidentified.push(name);
    if (variance > 0 && Number.isFinite(variance) && !atBound) {
      const se = Math.sqrt(variance);
      standardErrors[name] = value * se;
      intervals[name] = [Math.exp(logValue - Z95 * se), Math.exp(logValue + Z95 * se)];
    } else {
      standardErrors[name] = null;
      intervals[name] = null;
    }
  });
  const logLikelihood = model.logLikelihood(data, logParams);
  return {
    model: model.id,
    params,
    logLikelihood,
    standardErrors,
    intervals,
    logCovariance: covariance ? [...covariance] : null,
    n,
    aic: 2 * k - 2 * logLikelihood,
    bic: k * Math.log(n) - 2 * logLikelihood,
    iterations: result.iterations,
    evaluations: result.evaluations,
    converged: result.converged && unidentified.length === 0,
    message:
      unidentified.length > 0
        ? `${unidentified.join(' and ')} ran to an extreme value: the data cannot pin ${unidentified.length > 1 ? 'them' : 'it'} down`
        : result.message,
  };
}
