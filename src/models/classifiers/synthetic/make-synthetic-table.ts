import { SeededRandom } from '../../random/index.ts';
import { sigmoid } from '../logistic/sigmoid.ts';
import type { Table } from '../table/table.ts';
import { normalDraw } from './normal-draw.ts';

export interface SyntheticTable {
  table: Table;
  y: Float64Array;
  /** The true probability of each row: scoring by it gives the best possible AUC. */
  truth: Float64Array;
  /** Columns that drive the outcome, strongest first. */
  drivers: string[];
}

export type SyntheticSignal = 'logistic' | 'interaction';

/**
 * A customer table with a known signal, for tests and benchmarks. Columns x1…x{d} are standard
 * normal and `plan` is categorical (basic/plus/pro).
 * - `logistic`: logit = −1 + 1.5 x1 − 1.0 x2 + 0.5 x3 + plan effect (pro +0.8, plus +0.3); the rest is noise.
 * - `interaction`: logit = 2.5 · sign(x1 · x2) (an XOR that no additive model can see).
 * `missingShare` blanks that share of x3 at random.
 *
 * @example
 * const { table, y, truth } = makeSyntheticTable({ n: 4000, d: 6, seed: 1, signal: 'logistic' });
 */
export function makeSyntheticTable(options: {
  n: number;
  d: number;
  seed: number;
  signal: SyntheticSignal;
  missingShare?: number;
}): SyntheticTable {
  const { n, d, seed, signal } = options;
  const random = new SeededRandom(seed, 404);
  const xs = Array.from({ length: Math.max(d, 3) }, () => new Float64Array(n));
  const plans: string[] = [];
  const y = new Float64Array(n);
  const truth = new Float64Array(n);
  const planEffect: Record<string, number> = { basic: 0, plus: 0.3, pro: 0.8 };
  for (let i = 0; i < n; i++) {
    for (const x of xs) x[i] = normalDraw(random);
    const plan = random.pickWeighted(['basic', 'plus', 'pro'], [0.5, 0.3, 0.2]);
    plans.push(plan);
    const [x1, x2, x3] = [xs[0]![i]!, xs[1]![i]!, xs[2]![i]!];
    const logit =
      signal === 'logistic' ? -1 + 1.5 * x1 - x2 + 0.5 * x3 + planEffect[plan]! : 2.5 * Math.sign(x1 * x2);
    truth[i] = sigmoid(logit);
    y[i] = random.next() < truth[i]! ? 1 : 0;
    if (options.missingShare && random.next() < options.missingShare) xs[2]![i] = Number.NaN;
  }
  const columns = [
    ...xs.slice(0, d).map((values, k) => ({ name: `x${k + 1}`, kind: 'numeric' as const, values })),
    { name: 'plan', kind: 'categorical' as const, values: plans },
  ];
  const drivers = signal === 'logistic' ? ['x1', 'x2', 'x3', 'plan'] : ['x1', 'x2'];
  return { table: { n, columns }, y, truth, drivers };
}
