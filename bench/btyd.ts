import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  bgnbdModel,
  fitMaximumLikelihood,
  gammaGammaExpectedSpend,
  gammaGammaModel,
  type LikelihoodModel,
  mbgnbdModel,
  medianWait,
  pnbdModel,
  predictPurchases,
  preparePurchaseHistories,
  prepareSpendHistories,
  purchaseModelParams,
  randomGamma,
  simulateBgnbd,
} from '../src/models/btyd/index.ts';
import { SeededRandom } from '../src/models/random/index.ts';

const SHARED = resolve(import.meta.dirname, '..', '..', 'shared');
const PEER = resolve(SHARED, 'peers', 'cdnow_btyd.py');

interface PeerFit {
  params: Record<string, number>;
  loglik: number;
  median_s: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Median of 5 timed fits in this process, as the peer script times scipy (median of 5 in one
 * process), after 3 untimed warm-up fits: V8 compiles the likelihood on first use, which the
 * peer's numpy code does not need.
 */
function timeFit<D>(model: LikelihoodModel<D>, data: D): { seconds: number; ll: number } {
  for (let i = 0; i < 3; i++) fitMaximumLikelihood(model, data);
  const times: number[] = [];
  let ll = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    ll = fitMaximumLikelihood(model, data).logLikelihood;
    times.push((performance.now() - t) / 1000);
  }
  return { seconds: median(times), ll };
}

/**
 * BTYD fits on CDNOW against the scipy peer (../shared/peers/cdnow_btyd.py, run in this same
 * benchmark), then fitting and scoring one million simulated customers.
 */
export async function benchBtyd(): Promise<Record<string, string | number>[]> {
  const peerOut = execFileSync('/usr/bin/python3', [PEER], {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: '1' },
  });
  const peer = JSON.parse(peerOut) as { fits: Record<string, Record<string, PeerFit>> };
  const lines = readFileSync(
    resolve(SHARED, 'data', 'cdnow', 'cdnow_customers_summary_with_transactions.csv'),
    'utf8',
  )
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map(Number));
  const histories = preparePurchaseHistories({
    x: lines.map((r) => r[1] as number),
    tx: lines.map((r) => r[2] as number),
    T: lines.map((r) => r[3] as number),
  });
  const repeat = lines.filter((r) => (r[1] as number) > 0);
  const spend = prepareSpendHistories({
    x: repeat.map((r) => r[1] as number),
    m: repeat.map((r) => r[4] as number),
  });
  const rows: Record<string, string | number>[] = [];
  const cases: [string, () => { seconds: number; ll: number }][] = [
    ['BG/NBD', () => timeFit(bgnbdModel, histories)],
    ['MBG/NBD', () => timeFit(mbgnbdModel, histories)],
    ['Pareto/NBD', () => timeFit(pnbdModel, histories)],
    ['Gamma-Gamma', () => timeFit(gammaGammaModel, spend)],
  ];
  for (const [name, run] of cases) {
    const ours = run();
    const scipy = peer.fits[name]?.['L-BFGS-B'] as PeerFit;
    rows.push({
      case: `CDNOW ${name} fit (incl. SEs)`,
      patron_s: ours.seconds.toFixed(4),
      scipy_lbfgsb_s: scipy.median_s.toFixed(4),
      ratio: (ours.seconds / scipy.median_s).toFixed(2),
      patron_ll: ours.ll.toFixed(4),
      scipy_ll: scipy.loglik.toFixed(4),
    });
  }
  rows.push(benchMillion());
  return rows;
}

/** Simulate 1M BG/NBD customers with spend, then time: fit BG/NBD and Gamma-Gamma, score P(alive), 52-week orders, spend and next-order wait. */
function benchMillion(): Record<string, string | number> {
  const n = Number(process.env.BENCH_BTYD_CUSTOMERS ?? 1_000_000);
  const truth = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
  const sim = simulateBgnbd(truth, { n, seed: 7, minT: 27, maxT: 39 });
  const random = new SeededRandom(8);
  const x: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = sim.x[i] as number;
    if (xi === 0) continue;
    const nu = randomGamma(random, 3.74) / 15.44;
    x.push(xi);
    m.push(randomGamma(random, 6.25 * xi) / (nu * xi));
  }
  const t0 = performance.now();
  const histories = preparePurchaseHistories(sim);
  const fit = fitMaximumLikelihood(bgnbdModel, histories);
  const spendFit = fitMaximumLikelihood(gammaGammaModel, prepareSpendHistories({ x, m }));
  const tFit = performance.now();
  const fitted = purchaseModelParams(fit);
  const { pAlive, expected } = predictPurchases(fitted, histories, 52);
  const gg = {
    p: spendFit.params.p as number,
    q: spendFit.params.q as number,
    v: spendFit.params.v as number,
  };
  let clv = 0;
  let waits = 0;
  for (let i = 0; i < n; i++) {
    clv += (expected[i] as number) * gammaGammaExpectedSpend(gg, sim.x[i] as number, 20);
    waits += medianWait(fitted.params.r, fitted.params.alpha, sim.x[i] as number, sim.T[i] as number);
  }
  const t1 = performance.now();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  return {
    case: `${n.toLocaleString('en-GB')} simulated customers: fit BG/NBD + Gamma-Gamma, score all`,
    patron_s: ((t1 - t0) / 1000).toFixed(2),
    scipy_lbfgsb_s: '-',
    ratio: `fit ${((tFit - t0) / 1000).toFixed(2)} s, score ${((t1 - tFit) / 1000).toFixed(2)} s; peak RSS ${rssMb.toFixed(0)} MB`,
    patron_ll: `r ${fit.params.r?.toFixed(4)} (true 0.24), b ${fit.params.b?.toFixed(3)} (2.4)`,
    scipy_ll: `mean P(alive) ${(pAlive.reduce((s, v) => s + v, 0) / n).toFixed(3)}, CLV sum ${clv.toExponential(3)}, waits ${waits > 0 ? 'ok' : '-'}`,
  };
}
