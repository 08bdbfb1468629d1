import cephes from 'cephes';

// The WebAssembly module compiles synchronously in Node; awaiting keeps the ESM build honest.
await cephes.compiled;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) for z < 1 (cephes, which switches between the
 * power series and linear transformations by region). Used by the BTYD expectations.
 *
 * @example
 * hyp2f1(0.5, 2.4, 3.2, 0.55); // 1.3222098661217372
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return cephes.hyp2f1(a, b, c, z);
}
