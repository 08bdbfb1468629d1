import type { Tree } from '../gbdt/tree.ts';

/**
 * Shapley values of one tree for one row by enumerating every coalition (2^d of them), with the
 * same path-dependent value function TreeSHAP uses: features in the coalition follow the row,
 * the others average the children by cover. Exponential: only for checking TreeSHAP on small d.
 */
export function bruteForceShapley(tree: Tree, row: Float64Array, d: number): Float64Array {
  const value = (mask: number, node: number): number => {
    const f = tree.feature[node]!;
    if (f < 0) return tree.value[node]!;
    const left = tree.left[node]!;
    const right = tree.right[node]!;
    if (mask & (1 << f)) {
      const v = row[f]!;
      const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
      return value(mask, goLeft ? left : right);
    }
    return (
      (tree.cover[left]! * value(mask, left) + tree.cover[right]! * value(mask, right)) / tree.cover[node]!
    );
  };
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const phi = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    for (let mask = 0; mask < 1 << d; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let b = 0; b < d; b++) if (mask & (1 << b)) size++;
      const weight = (factorial(size) * factorial(d - size - 1)) / factorial(d);
      phi[i]! += weight * (value(mask | (1 << i), 0) - value(mask, 0));
    }
  }
  return phi;
}
