import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitIsotonic } from './fit-isotonic.ts';
import { fitPlatt } from './fit-platt.ts';

test('isotonic (PAV): violators pooled to their mean, flat beyond the ends', () => {
  // Labels 0 1 0 1 1 at scores 1..5: the 1 at 2 and the 0 at 3 pool to 0.5.
  const iso = fitIsotonic([1, 2, 3, 4, 5], [0, 1, 0, 1, 1]);
  assert.deepEqual([1, 2, 3, 4, 5].map(iso.apply), [0, 0.5, 0.5, 1, 1]);
  assert.equal(iso.apply(-10), 0);
  assert.equal(iso.apply(10), 1);
  assert.equal(iso.apply(3.5), 0.75); // linear between block ends
  // Monotone whatever the input.
  const noisy = Array.from({ length: 200 }, (_, i) => i / 200);
  const labels = noisy.map((s, i) => ((Math.sin(i * 12.9898) * 43758.5453) % 1 < s - 0.5 ? 1 : 0));
  const fit = fitIsotonic(noisy, labels);
  for (let k = 1; k < 200; k++) assert.ok(fit.apply(noisy[k]!) >= fit.apply(noisy[k - 1]!));
});

test('Platt scaling recovers a known slope and offset', () => {
  // Labels drawn from σ(2m − 1) on a fixed grid, deterministic by thresholding a low-discrepancy sequence.
  const margins: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const m = ((i % 200) - 100) / 40;
    margins.push(m);
    labels.push((i * 0.6180339887) % 1 < 1 / (1 + Math.exp(-(2 * m - 1))) ? 1 : 0);
  }
  const platt = fitPlatt(margins, labels);
  for (const m of [-2, 0, 1.5]) assert.ok(Math.abs(platt.apply(m) - 1 / (1 + Math.exp(-(2 * m - 1)))) < 0.02);
});
