/**
 * murmur3's 32-bit finaliser: spreads every input bit over the whole output.
 *
 * @example
 * mix32(1) !== mix32(2); // true, and the two differ in about half their bits
 */
export function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
