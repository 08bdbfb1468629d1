import type { SeededRandom } from '../random/index.ts';

/**
 * A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; for shape < 1 the usual boost
 * Gamma(shape + 1) · U^(1/shape)).
 */
export function randomGamma(random: SeededRandom, shape: number): number {
  if (shape < 1) return randomGamma(random, shape + 1) * (1 - random.next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = randomNormal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A standard normal draw (Box–Muller). */
function randomNormal(random: SeededRandom): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
