import { lineSearch } from './line-search.ts';
import type { Objective } from './objective.ts';

export interface LbfgsOptions {
  /** Stop when the largest gradient component is below this. */
  gradientTolerance?: number;
  /** Stop when f changes by less than this times max(1, |f|). */
  valueTolerance?: number;
  maxIterations?: number;
  /** Number of correction pairs kept. */
  memory?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  message: string;
}

/**
 * Limited-memory BFGS (Nocedal & Wright 2006, algorithm 7.4 two-loop recursion) with a strong
 * Wolfe line search. Unconstrained: callers put positive parameters on the log scale.
 *
 * @example
 * const { x, value } = minimizeLbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, Float64Array.of(0));
 */
export function minimizeLbfgs(
  objective: Objective,
  x0: Float64Array,
  options: LbfgsOptions = {},
): LbfgsResult {
  const n = x0.length;
  const gtol = options.gradientTolerance ?? 1e-8;
  const ftol = options.valueTolerance ?? 1e-14;
  const maxIterations = options.maxIterations ?? 500;
  const m = options.memory ?? 10;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let value = objective(x, g);
  let evaluations = 1;
  if (!Number.isFinite(value)) {
    return {
      x,
      value,
      gradient: g,
      iterations: 0,
      evaluations,
      converged: false,
      message: 'non-finite start',
    };
  }
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  const alpha = new Float64Array(m);
  let xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) < gtol) return done(true, 'gradient below tolerance', iteration - 1);
    // Two-loop recursion: direction = −H·g.
    for (let i = 0; i < n; i++) direction[i] = -(g[i] as number);
    for (let k = s.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(s[k] as Float64Array, direction);
      alpha[k] = a;
      axpy(-a, y[k] as Float64Array, direction);
    }
    const last = s.length - 1;
    const gamma = last >= 0 ? dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!) : 1 / Math.max(1, maxAbs(g));
    for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) * gamma;
    for (let k = 0; k < s.length; k++) {
      const b = (rho[k] as number) * dot(y[k] as Float64Array, direction);
      axpy((alpha[k] as number) - b, s[k] as Float64Array, direction);
    }
    let slope = dot(g, direction);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -(g[i] as number) / Math.max(1, maxAbs(g));
      slope = dot(g, direction);
    }
    const search = lineSearch(objective, x, value, slope, direction, 1, xNew, gNew);
    evaluations += search.evaluations;
    if (search.step === 0 || !(search.value <= value)) {
      objective(x, g);
      return done(maxAbs(g) < Math.sqrt(gtol), 'line search found no decrease', iteration);
    }
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = (xNew[i] as number) - (x[i] as number);
      yk[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(sk, yk);
    if (sy > 1e-300) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const change = value - search.value;
    [x, xNew] = [xNew, x];
    [g, gNew] = [gNew, g];
    value = search.value;
    if (change < ftol * Math.max(1, Math.abs(value)) && maxAbs(g) < Math.sqrt(gtol))
      return done(true, 'value change below tolerance', iteration);
  }
  return done(maxAbs(g) < gtol, 'iteration limit reached', maxIterations);

  function done(converged: boolean, message: string, iterations: number): LbfgsResult {
    return { x, value, gradient: g, iterations, evaluations, converged, message };
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += (a[i] as number) * (b[i] as number);
  return total;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + a * (x[i] as number);
}

function maxAbs(a: Float64Array): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) best = Math.max(best, Math.abs(a[i] as number));
  return best;
}
