import type { Tree } from '../gbdt/tree.ts';

/**
 * Exact path-dependent TreeSHAP (Lundberg, Erion & Lee 2018, "Consistent individualized feature
 * attribution for tree ensembles", Algorithm 2), ported from the reference C++ (shap's
 * tree_shap.h). Adds each feature's SHAP value for one row of raw values (row-major at `offset`)
 * into `phi` (length d). The values sum to the tree's output minus `treeExpectedValue(tree)`.
 * Missing values follow the split's learned direction; covers weight the unknown side.
 */
export function treeShap(
  tree: Tree,
  data: Float64Array,
  offset: number,
  phi: Float64Array,
  workspace: ShapWorkspace = createShapWorkspace(tree.maxDepth),
): void {
  const path =
    workspace.feature.length >= pathSize(tree.maxDepth) ? workspace : createShapWorkspace(tree.maxDepth);
  recurse(tree, data, offset, phi, 0, path, 0, 0, 1, 1, -1);
}

function pathSize(maxDepth: number): number {
  const depth = maxDepth + 2;
  return ((depth + 1) * (depth + 2)) / 2;
}

/**
 * Scratch space for the paths of trees up to `maxDepth` deep: allocate once and pass it to
 * every `treeShap` call rather than allocating per tree and row.
 */
export function createShapWorkspace(maxDepth: number): ShapWorkspace {
  const size = pathSize(maxDepth);
  return {
    feature: new Int32Array(size),
    zero: new Float64Array(size),
    one: new Float64Array(size),
    weight: new Float64Array(size),
  };
}

export type ShapWorkspace = Path;

interface Path {
  feature: Int32Array;
  zero: Float64Array;
  one: Float64Array;
  weight: Float64Array;
}

function recurse(
  tree: Tree,
  data: Float64Array,
  offset: number,
  phi: Float64Array,
  node: number,
  path: Path,
  parentStart: number,
  uniqueDepthIn: number,
  parentZero: number,
  parentOne: number,
  parentFeature: number,
): void {
  let uniqueDepth = uniqueDepthIn;
  // This level's copy of the path starts right after the parent's.
  const start = parentStart + uniqueDepth;
  for (let k = 0; k < uniqueDepth; k++) {
    path.feature[start + k] = path.feature[parentStart + k]!;
    path.zero[start + k] = path.zero[parentStart + k]!;
    path.one[start + k] = path.one[parentStart + k]!;
    path.weight[start + k] = path.weight[parentStart + k]!;
  }
  extendPath(path, start, uniqueDepth, parentZero, parentOne, parentFeature);
  const feature = tree.feature[node]!;
  if (feature < 0) {
    const leafValue = tree.value[node]!;
    for (let i = 1; i <= uniqueDepth; i++) {
      const w = unwoundPathSum(path, start, uniqueDepth, i);
      phi[path.feature[start + i]!]! += w * (path.one[start + i]! - path.zero[start + i]!) * leafValue;
    }
    return;
  }
  const v = data[offset + feature]!;
  const goLeft = Number.isNaN(v) ? tree.missingLeft[node] === 1 : v <= tree.threshold[node]!;
  const hot = goLeft ? tree.left[node]! : tree.right[node]!;
  const cold = goLeft ? tree.right[node]! : tree.left[node]!;
  const cover = tree.cover[node]!;
  const hotZero = tree.cover[hot]! / cover;
  const coldZero = tree.cover[cold]! / cover;
  let incomingZero = 1;
  let incomingOne = 1;
  // A feature already on the path is unwound so this split can redo it.
  let k = 0;
  for (; k <= uniqueDepth; k++) if (path.feature[start + k] === feature) break;
  if (k !== uniqueDepth + 1) {
    incomingZero = path.zero[start + k]!;
    incomingOne = path.one[start + k]!;
    unwindPath(path, start, uniqueDepth, k);
    uniqueDepth -= 1;
  }
  recurse(
    tree,
    data,
    offset,
    phi,
    hot,
    path,
    start,
    uniqueDepth + 1,
    hotZero * incomingZero,
    incomingOne,
    feature,
  );
  recurse(tree, data, offset, phi, cold, path, start, uniqueDepth + 1, coldZero * incomingZero, 0, feature);
}

function extendPath(path: Path, s: number, depth: number, zero: number, one: number, feature: number): void {
  path.feature[s + depth] = feature;
  path.zero[s + depth] = zero;
  path.one[s + depth] = one;
  path.weight[s + depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    path.weight[s + i + 1]! += (one * path.weight[s + i]! * (i + 1)) / (depth + 1);
    path.weight[s + i] = (zero * path.weight[s + i]! * (depth - i)) / (depth + 1);
  }
}

function unwindPath(path: Path, s: number, depth: number, index: number): void {
  const one = path.one[s + index]!;
  const zero = path.zero[s + index]!;
  let next = path.weight[s + depth]!;
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = path.weight[s + i]!;
      path.weight[s + i] = (next * (depth + 1)) / ((i + 1) * one);
      next = tmp - (path.weight[s + i]! * zero * (depth - i)) / (depth + 1);
    } else {
      path.weight[s + i] = (path.weight[s + i]! * (depth + 1)) / (zero * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    path.feature[s + i] = path.feature[s + i + 1]!;
    path.zero[s + i] = path.zero[s + i + 1]!;
    path.one[s + i] = path.one[s + i + 1]!;
  }
}

function unwoundPathSum(path: Path, s: number, depth: number, index: number): number {
  const one = path.one[s + index]!;
  const zero = path.zero[s + index]!;
  let next = path.weight[s + depth]!;
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = (next * (depth + 1)) / ((i + 1) * one);
      total += tmp;
      next = path.weight[s + i]! - tmp * zero * ((depth - i) / (depth + 1));
    } else if (zero !== 0) {
      total += path.weight[s + i]! / zero / ((depth - i) / (depth + 1));
    }
  }
  return total;
}

/** The tree's output averaged over its training rows (covers): the SHAP baseline. */
export function treeExpectedValue(tree: Tree): number {
  let total = 0;
  for (let node = 0; node < tree.feature.length; node++)
    if (tree.feature[node]! < 0) total += tree.value[node]! * tree.cover[node]!;
  return total / tree.cover[0]!;
}
