import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bgnbdModel,
  gammaGammaModel,
  type LikelihoodModel,
  mbgnbdModel,
  pnbdModel,
  preparePurchaseHistories,
  prepareSpendHistories,
} from './index.ts';

// Five hand-picked customers; reference values from ../shared/peers/btyd.py (scipy closed forms):
//   x = [0, 1, 2, 5, 12], tx = [0, 1.71, 30.43, 20, 35.5], T = [38.86, 38.86, 38.86, 30, 36]
//   print(repr(float(bgnbd_ll(p, x, tx, T).sum()))) etc.
const histories = preparePurchaseHistories({
  x: [0, 1, 2, 5, 12],
  tx: [0, 1.71, 30.43, 20, 35.5],
  T: [38.86, 38.86, 38.86, 30, 36],
});
const spend = prepareSpendHistories({ x: [1, 2, 5, 12], m: [11.77, 22.35, 40, 15.5] });

const CASES: {
  name: string;
  model: LikelihoodModel<never>;
  data: unknown;
  params: number[];
  peer: number;
}[] = [
  {
    name: 'BG/NBD',
    model: bgnbdModel as never,
    data: histories,
    params: [0.24, 4.4, 0.79, 2.4],
    peer: -60.34839374104406,
  },
  {
    name: 'MBG/NBD',
    model: mbgnbdModel as never,
    data: histories,
    params: [0.52, 6.2, 0.89, 1.6],
    peer: -60.295582513217326,
  },
  {
    name: 'Pareto/NBD (α < β)',
    model: pnbdModel as never,
    data: histories,
    params: [0.55, 10.6, 0.61, 11.7],
    peer: -60.01755671427062,
  },
  {
    name: 'Pareto/NBD (α > β)',
    model: pnbdModel as never,
    data: histories,
    params: [0.8, 20, 0.5, 2],
    peer: -62.96181350471572,
  },
  {
    name: 'Gamma-Gamma',
    model: gammaGammaModel as never,
    data: spend,
    params: [6.25, 3.74, 15.44],
    peer: -15.190953955060497,
  },
];

for (const c of CASES) {
  test(`${c.name} log-likelihood equals the peer's closed form`, () => {
    const ll = c.model.logLikelihood(c.data as never, Float64Array.from(c.params, Math.log));
    assert.ok(Math.abs(ll - c.peer) < 1e-10 * Math.abs(c.peer), `${ll} vs ${c.peer}`);
  });

  test(`${c.name} gradient matches central differences of the log-likelihood`, () => {
    const at = Float64Array.from(c.params, Math.log);
    const gradient = new Float64Array(at.length);
    c.model.logLikelihood(c.data as never, at, gradient);
    for (let i = 0; i < at.length; i++) {
      const h = 1e-6;
      const up = Float64Array.from(at);
      const down = Float64Array.from(at);
      up[i] = (at[i] as number) + h;
      down[i] = (at[i] as number) - h;
      const fd =
        (c.model.logLikelihood(c.data as never, up) - c.model.logLikelihood(c.data as never, down)) / (2 * h);
      assert.ok(
        Math.abs((gradient[i] as number) - fd) < 1e-6 * Math.max(1, Math.abs(fd)),
        `∂LL/∂log ${c.model.parameterNames[i]}: analytic ${gradient[i]}, differences ${fd}`,
      );
    }
  });
}

test('the Pareto/NBD likelihood is continuous across α = β, where the 2F1 switches sides', () => {
  const at = (alpha: number) =>
    pnbdModel.logLikelihood(histories, Float64Array.from([0.55, alpha, 0.61, 11.7], Math.log));
  assert.ok(Math.abs(at(11.7 * (1 + 1e-9)) - at(11.7 * (1 - 1e-9))) < 1e-7);
});

test('a customer whose last purchase is at T adds no NaN to Pareto/NBD', () => {
  const h = preparePurchaseHistories({ x: [3, 0], tx: [10, 0], T: [10, 10] });
  const g = new Float64Array(4);
  const ll = pnbdModel.logLikelihood(h, Float64Array.from([0.5, 5, 0.5, 5], Math.log), g);
  assert.ok(Number.isFinite(ll));
  for (const v of g) assert.ok(Number.isFinite(v));
});

test('bad summaries are refused with the row and column', () => {
  assert.throws(
    () => preparePurchaseHistories({ x: [1, 2], tx: [3, 9], T: [5, 8] }),
    (e: Error & { location?: { row?: number; column?: string } }) =>
      e.location?.row === 2 && e.location.column === 'recency',
  );
  assert.throws(() => preparePurchaseHistories({ x: [1.5], tx: [1], T: [2] }), /whole number/);
  assert.throws(() => prepareSpendHistories({ x: [0], m: [3] }), /repeat buyers/);
});
