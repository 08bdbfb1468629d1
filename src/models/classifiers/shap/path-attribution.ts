import type { Tree } from '../gbdt/tree.ts';

/**
 * The cover-weighted mean output below each node of a tree (node 0's is the tree's expected
 * value). Computed once per tree for `pathAttribution`.
 */
export function nodeExpectations(tree: Tree): Float64Array {
  const means = new Float64Array(tree.feature.length);
  // Children always come after their parent, so one backward pass suffices.
  for (let node = tree.feature.length - 1; node >= 0; node--) {
    if (tree.feature[node]! < 0) means[node] = tree.value[node]!;
    else {
      const l = tree.left[node]!;
      const r = tree.right[node]!;
      means[node] = (tree.cover[l]! * means[l]! + tree.cover[r]! * means[r]!) / tree.cover[node]!;
    }
  }
  return means;
}

/**
 * Path attribution (Saabas): along the row's path, each split's feature is credited with the
 * change in expected output from the node to the child taken. O(depth) per tree rather than
 * TreeSHAP's O(leaves × depth²); the values also sum to the output minus the expected value, but
 * are not Shapley values (they favour features split on near the leaves). Used for large stores.
 */
export function pathAttribution(
  tree: Tree,
  means: Float64Array,
  data: Float64Array,
  offset: number,
  phi: Float64Array,
): void {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    const f = tree.feature[node]!;
    const v = data[offset + f]!;
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
    const child = goLeft ? tree.left[node]! : tree.right[node]!;
    phi[f]! += means[child]! - means[node]!;
    node = child;
  }
}
