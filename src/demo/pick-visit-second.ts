import type { SeededRandom } from '../models/random/index.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
// Online orders come in at any hour, most in the evening after work.
const ONLINE_HOUR_WEIGHTS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2, 2, 2, 2.2, 2.5, 2.2, 2, 2, 2.2, 2.8, 3.2, 3.8, 4, 3.5, 2.5, 1.5,
];
const OPEN = 7 * 3600;
const CLOSE = 18 * 3600;

/**
 * The second of the day an order is placed. The shop is open 07:00–18:00 with a weekday
 * morning coffee rush and weekend late mornings; a regular keeps to a usual time.
 *
 * @example
 * pickVisitSecond(rng, { online: false, weekend: false }); // e.g. 29_100 (08:05:00)
 */
export function pickVisitSecond(
  rng: SeededRandom,
  visit: { online: boolean; weekend: boolean; usualSecond?: number },
): number {
  if (visit.online) return rng.pickWeighted(HOURS, ONLINE_HOUR_WEIGHTS) * 3600 + rng.int(0, 3599);
  if (visit.usualSecond !== undefined) {
    // Sum of two uniforms: a triangular spread of ±20 minutes around the usual time.
    const jitter = Math.round((rng.next() + rng.next() - 1) * 1200);
    return clampToOpening(visit.usualSecond + jitter);
  }
  const draw = rng.next();
  if (visit.weekend) {
    if (draw < 0.7) return rng.int(8 * 3600, 13 * 3600);
  } else {
    if (draw < 0.42) return rng.int(OPEN, 10 * 3600);
    if (draw < 0.65) return rng.int(12 * 3600, 14 * 3600);
  }
  return rng.int(OPEN, CLOSE - 1);
}

function clampToOpening(second: number): number {
  return Math.min(CLOSE - 1, Math.max(OPEN, second));
}
