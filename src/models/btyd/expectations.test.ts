import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bgnbdConditionalExpected,
  bgnbdExpected,
  bgnbdPAlive,
  expectedRepeatPurchases,
  gammaGammaExpectedSpend,
  mbgnbdConditionalExpected,
  mbgnbdPAlive,
  medianWait,
  pnbdConditionalExpected,
  pnbdPAlive,
} from './index.ts';

// Reference values: ../shared/peers/btyd.py at p = [0.24, 4.4, 0.79, 2.4], t = 39, customers
//   x = [0, 1, 2, 5, 12], tx = [0, 1.71, 30.43, 20, 35.5], T = [38.86, 38.86, 38.86, 30, 36]
const X = [0, 1, 2, 5, 12];
const TX = [0, 1.71, 30.43, 20, 35.5];
const T = [38.86, 38.86, 38.86, 30, 36];
const BG = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
const PEER_CONDITIONAL = [
  0.19269675797339902, 0.20214845240792434, 1.2235259503483946, 2.6248261302927047, 8.5644964653784,
];
const PEER_P_ALIVE = [1, 0.2115074106014798, 0.7259119362370847, 0.5725394259794838, 0.9357488007947771];

const close = (a: number, b: number, rel = 1e-10) =>
  assert.ok(Math.abs(a - b) <= rel * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test('BG/NBD P(alive), conditional and unconditional expectations equal the peer', () => {
  X.forEach((x, i) => {
    close(bgnbdPAlive(BG, x, TX[i] as number, T[i] as number), PEER_P_ALIVE[i] as number);
    close(
      bgnbdConditionalExpected(BG, 39, x, TX[i] as number, T[i] as number),
      PEER_CONDITIONAL[i] as number,
      1e-9,
    );
  });
  close(bgnbdExpected(BG, 52), 1.4306019338692255, 1e-9);
});

test('Gamma-Gamma expected spend equals the peer', () => {
  const gg = { p: 6.25, q: 3.74, v: 15.44 };
  const peer = [18.91685205784205, 24.663713910761153, 39.61459252721389, 16.195009004373553];
  [1, 2, 5, 12].forEach((x, i) => {
    close(gammaGammaExpectedSpend(gg, x, [11.77, 22.35, 40, 15.5][i] as number), peer[i] as number);
  });
  close(gammaGammaExpectedSpend(gg, 0, 0), (15.44 * 6.25) / 2.74);
});

test('P(alive) stays in [0, 1] and expectations grow with the horizon, for every model', () => {
  const mbg = { r: 0.52, alpha: 6.2, a: 0.89, b: 1.6 };
  const pn = { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 };
  X.forEach((x, i) => {
    const tx = TX[i] as number;
    const age = T[i] as number;
    for (const p of [mbgnbdPAlive(mbg, x, tx, age), pnbdPAlive(pn, x, tx, age)]) assert.ok(p >= 0 && p <= 1);
    let previous = [0, 0];
    for (const t of [1, 10, 52, 104]) {
      const now = [mbgnbdConditionalExpected(mbg, t, x, tx, age), pnbdConditionalExpected(pn, t, x, tx, age)];
      for (let k = 0; k < now.length; k++)
        assert.ok((now[k] as number) > (previous[k] as number), `horizon ${t}`);
      previous = now;
    }
  });
  // A customer who bought at the very end is certainly alive.
  assert.equal(pnbdPAlive(pn, 3, 20, 20), 1);
  // The s → 1 limit is continuous.
  close(
    pnbdConditionalExpected({ ...pn, s: 1 }, 39, 2, 30, 38),
    pnbdConditionalExpected({ ...pn, s: 1 + 1e-9 }, 39, 2, 30, 38),
    1e-6,
  );
});

test('medianWait: half of the posterior waiting-time mass lies below it', () => {
  const w = medianWait(0.24, 4.4, 5, 30);
  close(((4.4 + 30) / (4.4 + 30 + w)) ** 5.24, 0.5, 1e-12);
});

test('expectedRepeatPurchases equals the peer for BG/NBD and is increasing for every model', () => {
  close(expectedRepeatPurchases({ model: 'bgnbd', params: BG }, 52), 1.4306019338692255, 1e-9);
  const models = [
    { model: 'mbgnbd', params: { r: 0.52, alpha: 6.2, a: 0.89, b: 1.6 } },
    { model: 'pnbd', params: { r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 } },
  ] as const;
  for (const m of models) {
    let previous = 0;
    for (const t of [1, 10, 52, 104]) {
      const v = expectedRepeatPurchases(m, t);
      assert.ok(v > previous);
      previous = v;
    }
  }
});
