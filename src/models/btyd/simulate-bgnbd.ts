import { SeededRandom } from '../random/index.ts';
import type { BgnbdParams } from './btyd-params.ts';
import { randomGamma } from './random-gamma.ts';

export interface SimulatedCustomers {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Purchases in (T, T + holdout]. */
  holdout: Float64Array;
}

export interface SimulationOptions {
  n: number;
  seed: number;
  /** Observation length per customer is drawn uniformly in [minT, maxT]. */
  minT: number;
  maxT: number;
  holdout?: number;
}

/**
 * Draws customers from the BG/NBD story (Fader, Hardie & Lee 2005, section 2): λ ~ Gamma(r, α),
 * p ~ Beta(a, b); purchases arrive as a Poisson process with rate λ, and after each repeat purchase
 * the customer drops out with probability p. Same seed, same customers.
 *
 * @example
 * const sim = simulateBgnbd({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, { n: 2000, seed: 1, minT: 27, maxT: 39 });
 */
export function simulateBgnbd(params: BgnbdParams, options: SimulationOptions): SimulatedCustomers {
  const { n, seed, minT, maxT } = options;
  const holdout = options.holdout ?? 0;
  const random = new SeededRandom(seed);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const later = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const age = minT + (maxT - minT) * random.next();
    const lambda = randomGamma(random, params.r) / params.alpha;
    const ga = randomGamma(random, params.a);
    const p = ga / (ga + randomGamma(random, params.b));
    let t = 0;
    let count = 0;
    let last = 0;
    let after = 0;
    for (;;) {
      t += -Math.log(1 - random.next()) / lambda;
      if (t > age + holdout) break;
      if (t <= age) {
        count++;
        last = t;
      } else {
        after++;
      }
      if (random.next() < p) break;
    }
    x[i] = count;
    tx[i] = last;
    T[i] = age;
    later[i] = after;
  }
  return { x, tx, T, holdout: later };
}
