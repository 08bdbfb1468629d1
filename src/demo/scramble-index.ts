import { mix32 } from '../models/random/index.ts';

const MAX_SIZE = 2 ** 30;

/**
 * A keyed one-to-one shuffle of `[0, size)`: distinct indexes always give distinct results.
 * It lets each customer get a unique email and phone without remembering the ones already used.
 * A four-round Feistel network on the next power of four, with cycle-walking back into range
 * (Black & Rogaway 2002, "Ciphers with arbitrary finite domains").
 *
 * @example
 * scrambleIndex(0, 1000, 42); // some number in 0 … 999, never the same as scrambleIndex(1, 1000, 42)
 */
export function scrambleIndex(index: number, size: number, key: number): number {
  if (size > MAX_SIZE || index < 0 || index >= size) {
    throw new RangeError(`scrambleIndex: index ${index} outside 0 … ${size - 1} (size at most 2^30)`);
  }
  let halfBits = 1;
  while (2 ** (2 * halfBits) < size) halfBits++;
  const mask = 2 ** halfBits - 1;
  let value = index;
  do value = feistel(value, halfBits, mask, key);
  while (value >= size);
  return value;
}

function feistel(value: number, halfBits: number, mask: number, key: number): number {
  let left = value >>> halfBits;
  let right = value & mask;
  for (let round = 0; round < 4; round++) {
    const next = left ^ (mix32(right ^ Math.imul(key + round, 0x9e3779b1)) & mask);
    left = right;
    right = next;
  }
  return ((left << halfBits) | right) >>> 0;
}
