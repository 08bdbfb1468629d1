import type { SeededRandom } from '../../random/index.ts';

/** A standard normal draw (Box–Muller) from a seeded generator. */
export function normalDraw(random: SeededRandom): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
