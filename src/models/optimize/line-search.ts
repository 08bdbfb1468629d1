import type { Objective } from './objective.ts';

export interface LineSearchResult {
  step: number;
  value: number;
  evaluations: number;
  /** False when no step satisfying the strong Wolfe conditions was found. */
  ok: boolean;
}

const C1 = 1e-4;
const C2 = 0.9;
const MAX_EVALUATIONS = 40;

/**
 * A step along `direction` satisfying the strong Wolfe conditions (Nocedal & Wright 2006,
 * algorithms 3.5 and 3.6, with cubic interpolation in the zoom). A non-finite value (a parameter
 * region where the likelihood is undefined) is treated as "too far" and the step is shrunk.
 * On return `x` holds the new point and `gradient` its gradient.
 */
export function lineSearch(
  objective: Objective,
  start: Float64Array,
  startValue: number,
  startSlope: number,
  direction: Float64Array,
  initialStep: number,
  x: Float64Array,
  gradient: Float64Array,
): LineSearchResult {
  let evaluations = 0;
  const evaluate = (step: number): { value: number; slope: number } => {
    for (let i = 0; i < x.length; i++) x[i] = (start[i] as number) + step * (direction[i] as number);
    evaluations++;
    const value = objective(x, gradient);
    let slope = 0;
    for (let i = 0; i < x.length; i++) slope += (gradient[i] as number) * (direction[i] as number);
    return { value, slope };
  };
  let lo = 0;
  let loValue = startValue;
  let loSlope = startSlope;
  let step = initialStep;
  let hi = Number.NaN;
  let hiValue = Number.NaN;
  let hiSlope = Number.NaN;
  // Bracketing phase.
  while (evaluations < MAX_EVALUATIONS) {
    const { value, slope } = evaluate(step);
    if (!Number.isFinite(value) || !Number.isFinite(slope)) {
      step = lo + (step - lo) * 0.25;
      continue;
    }
    if (value > startValue + C1 * step * startSlope || (evaluations > 1 && value >= loValue)) {
      hi = step;
      hiValue = value;
      hiSlope = slope;
      break;
    }
    if (Math.abs(slope) <= -C2 * startSlope) return { step, value, evaluations, ok: true };
    if (slope >= 0) {
      hi = lo;
      hiValue = loValue;
      hiSlope = loSlope;
      lo = step;
      loValue = value;
      loSlope = slope;
      break;
    }
    lo = step;
    loValue = value;
    loSlope = slope;
    step *= 2;
  }
  // Zoom phase: the interval between lo and hi holds an acceptable step.
  while (evaluations < MAX_EVALUATIONS && Number.isFinite(hi)) {
    step = cubicMinimum(lo, loValue, loSlope, hi, hiValue, hiSlope);
    const { value, slope } = evaluate(step);
    if (!Number.isFinite(value) || value > startValue + C1 * step * startSlope || value >= loValue) {
      hi = step;
      hiValue = Number.isFinite(value) ? value : Number.MAX_VALUE;
      hiSlope = Number.isFinite(slope) ? slope : Number.NaN;
    } else {
      if (Math.abs(slope) <= -C2 * startSlope) return { step, value, evaluations, ok: true };
      if (slope * (hi - lo) >= 0) {
        hi = lo;
        hiValue = loValue;
        hiSlope = loSlope;
      }
      lo = step;
      loValue = value;
      loSlope = slope;
    }
    if (Math.abs(hi - lo) < 1e-14 * Math.max(1, Math.abs(lo))) break;
  }
  // No Wolfe point: fall back to the best point seen (lo), which still decreases f when lo > 0.
  const { value } = evaluate(lo);
  return { step: lo, value, evaluations, ok: false };
}

/** Minimiser of the cubic through two points with slopes, kept inside the safe middle of the interval. */
function cubicMinimum(a: number, fa: number, ga: number, b: number, fb: number, gb: number): number {
  const lo = Math.min(a, b);
  const width = Math.abs(b - a);
  const safe = (t: number) =>
    Number.isFinite(t) ? Math.min(Math.max(t, lo + 0.1 * width), lo + 0.9 * width) : (a + b) / 2;
  if (!Number.isFinite(gb) || !Number.isFinite(fb) || fb === Number.MAX_VALUE) return safe(a + (b - a) * 0.5);
  const d1 = ga + gb - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - ga * gb;
  if (disc < 0) return safe((a + b) / 2);
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  return safe(b - (b - a) * ((gb + d2 - d1) / (gb - ga + 2 * d2)));
}
