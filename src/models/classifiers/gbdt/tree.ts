/**
 * A fitted regression tree in flat arrays, node 0 the root. A leaf has feature −1. At a split,
 * a row goes left when its value ≤ threshold (bin ≤ thresholdBin), and a missing value goes left
 * when missingLeft is 1. `cover` is the number of training rows that reached the node.
 */
export interface Tree {
  feature: Int32Array;
  threshold: Float64Array;
  thresholdBin: Int32Array;
  missingLeft: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
  cover: Float64Array;
  maxDepth: number;
}

/** The leaf value a row of raw values (row-major, starting at `offset`) reaches. */
export function treeValue(tree: Tree, data: Float64Array, offset: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    const v = data[offset + tree.feature[node]!]!;
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
    node = goLeft ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}
